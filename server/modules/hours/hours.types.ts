import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CapUsage, DateScalar, enumOf, UserError } from "../../platform/graphql-common.js";

/** An hour entry; resolved from HourEntryEntity (entryDate is `date`, amount is `minutes`). */
@ObjectType()
export class HourEntry {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { name: "date" })
  entryDate: string;

  @Field(() => Int, { name: "minutes", description: "Whole minutes (or dagdelen/etmalen where the voorziening counts those)." })
  amount: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

export const RevisionActionEnum = enumOf(["CREATED", "CORRECTED", "DELETED"]);
export type RevisionAction = keyof typeof RevisionActionEnum;
registerEnumType(RevisionActionEnum, { name: "RevisionAction" });

/** One change to an entry; resolved from HourEntryRevisionEntity. */
@ObjectType()
export class HourEntryRevision {
  @Field(() => RevisionActionEnum)
  action: RevisionAction;

  @Field(() => DateScalar, { nullable: true })
  dateBefore: string | null;

  @Field(() => Int, { nullable: true, name: "minutesBefore" })
  amountBefore: number | null;

  @Field(() => DateScalar, { nullable: true })
  dateAfter: string | null;

  @Field(() => Int, { nullable: true, name: "minutesAfter" })
  amountAfter: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@InputType()
export class LogHoursInput {
  @Field(() => ID)
  deploymentId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => Int, { description: "Whole minutes (or dagdelen/etmalen where the voorziening counts those)." })
  minutes: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "A retry with the same key returns the first result instead of writing twice." })
  idempotencyKey?: string | null;
}

/** What a write of one entry answers: the entry, its window's usage after the write, or why not. */
@ObjectType()
export abstract class EntryPayload {
  @Field(() => HourEntry, { nullable: true })
  entry: HourEntry | null;

  @Field(() => CapUsage, { nullable: true, description: "The usage of the entry's own window after the write." })
  capUsage: CapUsage | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class LogHoursPayload extends EntryPayload {}

@ObjectType()
export class CorrectHoursPayload extends EntryPayload {}

@InputType()
export class CorrectHoursInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => String, { description: "Why; stays visible in the entry's history." })
  reason: string;
}

@InputType()
export class DeleteHoursInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => String, { description: "Why; stays visible in the entry's history." })
  reason: string;
}

@ObjectType()
export class DeleteHoursPayload {
  @Field(() => CapUsage, { nullable: true, description: "The usage of the deleted entry's window after the deletion." })
  capUsage: CapUsage | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
