import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal, type Refusal } from "../../rules/types.js";
import type { BatchEntry } from "./batch.service.js";
import { HoursBatchResult, HoursImportInput, LogHoursBatchInput, LogHoursBatchPayload } from "./batch.types.js";

const refused = (refusal: Refusal) => Object.assign(new LogHoursBatchPayload(), { results: [], acceptedCount: 0, refusedCount: 0, userErrors: [UserError.from(refusal)] });

@Resolver()
export class HoursBatchResolver {
  @Mutation(() => LogHoursBatchPayload, { description: "Many entries at once, each judged like logHours; accepted entries are kept when others are refused." })
  async logHoursBatch(@Arg("input", () => LogHoursBatchInput) input: LogHoursBatchInput, @Ctx() ctx: Context): Promise<LogHoursBatchPayload> {
    const entries: BatchEntry[] = input.entries.map((e) => ({
      deploymentId: e.deploymentId ?? null,
      municipalityCode: e.municipalityCode ?? null,
      residentBsn: e.residentBsn ?? null,
      voorzieningCode: e.voorzieningCode ?? null,
      date: e.date,
      minutes: e.minutes,
      note: e.note ?? null,
      idempotencyKey: e.idempotencyKey ?? null,
    }));
    const outcomes = await ctx.services.hoursBatch.log(ctx.actor, ctx.origin, entries, { rehearse: false });
    if (isRefusal(outcomes)) return refused(outcomes);
    return LogHoursBatchPayload.of(outcomes.map((outcome, index) => HoursBatchResult.from(index, null, outcome)));
  }

  @Mutation(() => LogHoursBatchPayload, { description: "What importHours would do with this file, line by line; writes nothing." })
  async previewHoursImport(@Arg("input", () => HoursImportInput) input: HoursImportInput, @Ctx() ctx: Context): Promise<LogHoursBatchPayload> {
    return this.importFile(input.csv, ctx, true);
  }

  @Mutation(() => LogHoursBatchPayload, { description: "Writes the accepted lines of the file; a line sent before (same referentie) is not written again." })
  async importHours(@Arg("input", () => HoursImportInput) input: HoursImportInput, @Ctx() ctx: Context): Promise<LogHoursBatchPayload> {
    return this.importFile(input.csv, ctx, false);
  }

  private async importFile(csv: string, ctx: Context, rehearse: boolean): Promise<LogHoursBatchPayload> {
    const lines = await ctx.services.hoursBatch.importFile(ctx.actor, ctx.origin, csv, { rehearse });
    if (isRefusal(lines)) return refused(lines);
    return LogHoursBatchPayload.of(lines.map(({ line, outcome }, index) => HoursBatchResult.from(index, line, outcome)));
  }
}
