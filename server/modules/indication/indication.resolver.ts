import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import { RecordMaatwerkIndicationInput, RecordMaatwerkIndicationPayload } from "./indication.types.js";

@Resolver()
export class IndicationResolver {
  @Mutation(() => RecordMaatwerkIndicationPayload, { description: "Records a maatwerk indication (municipality), the data eligibility is judged on." })
  async recordMaatwerkIndication(
    @Arg("input", () => RecordMaatwerkIndicationInput) input: RecordMaatwerkIndicationInput,
    @Ctx() ctx: Context,
  ): Promise<RecordMaatwerkIndicationPayload> {
    const result = await ctx.services.indications.record(ctx.actor, ctx.origin, { ...input, endDate: input.endDate ?? null });
    return isRefusal(result) ? { indication: null, userErrors: [UserError.from(result)] } : { indication: result, userErrors: [] };
  }
}
