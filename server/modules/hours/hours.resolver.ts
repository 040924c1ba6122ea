import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../app/context.js";
import { CapUsage, UserError } from "../../app/graphql-common.js";
import { HourEntry, LogHoursInput, LogHoursPayload } from "./hours.types.js";

@Resolver()
export class HoursResolver {
  @Mutation(() => LogHoursPayload)
  async logHours(@Arg("input", () => LogHoursInput) input: LogHoursInput, @Ctx() ctx: Context): Promise<LogHoursPayload> {
    const result = await ctx.services.hours.log(ctx.actor, ctx.origin, {
      deploymentId: input.deploymentId,
      date: input.date,
      minutes: input.minutes,
      note: input.note ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    if ("code" in result) {
      return { entry: null, capUsage: result.capUsage ? CapUsage.from(result.capUsage) : null, userErrors: [UserError.from(result)] };
    }
    return { entry: HourEntry.from(result.entry), capUsage: CapUsage.from(result.capUsage), userErrors: [] };
  }
}
