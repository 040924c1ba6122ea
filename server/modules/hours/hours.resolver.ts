import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { CapUsage, UserError } from "../../platform/graphql-common.js";
import { isRefusal, type Refusal } from "../../rules/types.js";
import type { HourEntryEntity } from "./hour-entry.entity.js";
import type { HourEntryRevisionEntity } from "./hour-entry-revision.entity.js";
import type { WrittenEntry } from "./hours.service.js";
import {
  CorrectHoursInput,
  CorrectHoursPayload,
  DeleteHoursInput,
  DeleteHoursPayload,
  EntryPayload,
  HourEntry,
  HourEntryRevision,
  LogHoursInput,
  LogHoursPayload,
} from "./hours.types.js";

function toPayload<P extends EntryPayload>(payload: P, result: WrittenEntry | Refusal): P {
  if (isRefusal(result)) {
    return Object.assign(payload, { entry: null, capUsage: result.capUsage ? CapUsage.from(result.capUsage) : null, userErrors: [UserError.from(result)] });
  }
  return Object.assign(payload, { entry: result.entry, capUsage: CapUsage.from(result.capUsage), userErrors: [] });
}

@Resolver(() => HourEntry)
export class HoursResolver {
  @Mutation(() => LogHoursPayload)
  async logHours(@Arg("input", () => LogHoursInput) input: LogHoursInput, @Ctx() ctx: Context): Promise<LogHoursPayload> {
    return toPayload(
      new LogHoursPayload(),
      await ctx.services.hours.log(ctx.actor, ctx.origin, {
        deploymentId: input.deploymentId,
        date: input.date,
        minutes: input.minutes,
        note: input.note ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
    );
  }

  @Mutation(() => CorrectHoursPayload, { description: "Changes an entry's date and minutes, judged like a new write." })
  async correctHours(@Arg("input", () => CorrectHoursInput) input: CorrectHoursInput, @Ctx() ctx: Context): Promise<CorrectHoursPayload> {
    return toPayload(new CorrectHoursPayload(), await ctx.services.hours.correct(ctx.actor, ctx.origin, input));
  }

  @Mutation(() => DeleteHoursPayload)
  async deleteHours(@Arg("input", () => DeleteHoursInput) input: DeleteHoursInput, @Ctx() ctx: Context): Promise<DeleteHoursPayload> {
    const result = await ctx.services.hours.delete(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { capUsage: null, userErrors: [UserError.from(result)] };
    return { capUsage: CapUsage.from(result), userErrors: [] };
  }

  @FieldResolver(() => Boolean)
  deleted(@Root() entry: HourEntryEntity): boolean {
    return entry.deletedAt !== null;
  }

  @FieldResolver(() => [HourEntryRevision], { description: "Every change, oldest first: who, when, before, after, why." })
  history(@Root() entry: HourEntryEntity, @Ctx() ctx: Context): Promise<HourEntryRevisionEntity[]> {
    return ctx.services.hours.historyOf(entry);
  }
}

@Resolver(() => HourEntryRevision)
export class HourEntryRevisionResolver {
  @FieldResolver(() => String, { description: "When, as an ISO 8601 timestamp." })
  at(@Root() revision: HourEntryRevisionEntity): string {
    return new Date(revision.occurredAt).toISOString();
  }

  @FieldResolver(() => String, { description: "The e-mail address of who made the change." })
  async by(@Root() revision: HourEntryRevisionEntity, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.userEmail.load(revision.actorUserId)) ?? "";
  }
}
