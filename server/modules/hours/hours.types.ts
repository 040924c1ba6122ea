import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CapUsage, DateScalar, UserError } from "../../app/graphql-common.js";

@ObjectType()
export class HourEntry {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  static from(e: { id: string; entryDate: string; amount: number; note: string | null }): HourEntry {
    return Object.assign(new HourEntry(), { id: e.id, date: e.entryDate, minutes: e.amount, note: e.note });
  }
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

@ObjectType()
export class LogHoursPayload {
  @Field(() => HourEntry, { nullable: true })
  entry: HourEntry | null;

  @Field(() => CapUsage, { nullable: true, description: "The usage of the entry's own window after the write." })
  capUsage: CapUsage | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
