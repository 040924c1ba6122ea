import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CapUsage, DateScalar, UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import { HourEntry } from "../hours/hours.types.js";
import type { BatchOutcome } from "./batch.service.js";

@InputType({ description: "One entry: its deployment by deploymentId, or by municipalityCode + residentBsn + voorzieningCode (the caller's deployment of that resident and voorziening running on date)." })
export class HoursBatchEntryInput {
  @Field(() => ID, { nullable: true })
  deploymentId?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  residentBsn?: string | null;

  @Field(() => String, { nullable: true })
  voorzieningCode?: string | null;

  @Field(() => DateScalar)
  date: string;

  @Field(() => Int, { description: "Whole minutes (or dagdelen/etmalen where the voorziening counts those)." })
  minutes: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "The provider's own id of the entry: sent again, it answers the first result and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType()
export class LogHoursBatchInput {
  @Field(() => [HoursBatchEntryInput], { description: "At most 5,000 entries." })
  entries: HoursBatchEntryInput[];
}

@InputType()
export class HoursImportInput {
  @Field(() => String, { description: "The file's text: bsn;gemeente;voorziening;datum;minuten;notitie;referentie (template: GET /exports/hours-template.csv)." })
  csv: string;
}

@ObjectType({ description: "The outcome of one entry of a batch or one line of a file." })
export class HoursBatchResult {
  @Field(() => Int, { description: "The entry's position in the input, from 0 (for a file: its row, from 0, after the header)." })
  index: number;

  @Field(() => Int, { nullable: true, description: "For a file: the line number as an editor shows it (the header is line 1)." })
  line: number | null;

  @Field(() => HourEntry, { nullable: true })
  entry: HourEntry | null;

  @Field(() => CapUsage, { nullable: true })
  capUsage: CapUsage | null;

  @Field(() => Boolean, { description: "True when the idempotency key had been used before: nothing was written again." })
  alreadyRecorded: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];

  static from(index: number, line: number | null, outcome: BatchOutcome): HoursBatchResult {
    const result = Object.assign(new HoursBatchResult(), { index, line });
    if (isRefusal(outcome)) {
      return Object.assign(result, { entry: null, capUsage: outcome.capUsage ? CapUsage.from(outcome.capUsage) : null, alreadyRecorded: false, userErrors: [UserError.from(outcome)] });
    }
    return Object.assign(result, { entry: outcome.entry, capUsage: CapUsage.from(outcome.capUsage), alreadyRecorded: outcome.replayed === true, userErrors: [] });
  }
}

@ObjectType()
export class LogHoursBatchPayload {
  @Field(() => [HoursBatchResult])
  results: HoursBatchResult[];

  @Field(() => Int)
  acceptedCount: number;

  @Field(() => Int)
  refusedCount: number;

  @Field(() => [UserError], { description: "A refusal of the batch or file as a whole (too many entries, a wrong header); then results is empty." })
  userErrors: UserError[];

  static of(results: HoursBatchResult[]): LogHoursBatchPayload {
    const refusedCount = results.filter((r) => r.userErrors.length > 0).length;
    return Object.assign(new LogHoursBatchPayload(), { results, acceptedCount: results.length - refusedCount, refusedCount, userErrors: [] });
  }
}
