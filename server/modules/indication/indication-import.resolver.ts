import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import { ImportMaatwerkIndicationsInput, ImportMaatwerkIndicationsPayload } from "./indication-import.types.js";

@Resolver()
export class IndicationImportResolver {
  @Mutation(() => ImportMaatwerkIndicationsPayload, {
    description: "Loads maatwerk indications from a CSV file (municipality). Every line is checked like recordMaatwerkIndication; one wrong line and nothing is written.",
  })
  async importMaatwerkIndications(
    @Arg("input", () => ImportMaatwerkIndicationsInput) input: ImportMaatwerkIndicationsInput,
    @Ctx() ctx: Context,
  ): Promise<ImportMaatwerkIndicationsPayload> {
    const result = await ctx.services.indicationImport.importCsv(ctx.actor, ctx.origin, input.municipalityCode, input.csv);
    if (!isRefusal(result)) return { importedCount: result.importedCount, rowErrors: [], userErrors: [] };
    const rowErrors = "rowProblems" in result ? result.rowProblems.map((p) => ({ line: p.line, field: p.field, code: p.code, message: p.message })) : [];
    return { importedCount: 0, rowErrors, userErrors: [UserError.from(result)] };
  }
}
