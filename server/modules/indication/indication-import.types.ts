import { Field, InputType, Int, ObjectType } from "type-graphql";
import { RefusalCodeEnum, UserError } from "../../platform/graphql-common.js";
import type { RefusalCode } from "../../../shared/refusal-codes.js";

@InputType()
export class ImportMaatwerkIndicationsInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, {
    description:
      "The file's text: a header line `residentBsn;householdCode;providerId;product;startDate;endDate` (semicolons, any column order), then one indication per line; dates JJJJ-MM-DD, an empty endDate is open ended.",
  })
  csv: string;
}

@ObjectType({ description: "A problem with one line of an imported file." })
export class ImportRowError {
  @Field(() => Int, { description: "The line as an editor numbers it: the header is line 1." })
  line: number;

  @Field(() => String, { nullable: true, description: "The column, e.g. residentBsn; null when the line as a whole is wrong." })
  field: string | null;

  @Field(() => RefusalCodeEnum)
  code: RefusalCode;

  @Field(() => String, { description: "Dutch sentence; never repeats the BSN." })
  message: string;
}

@ObjectType()
export class ImportMaatwerkIndicationsPayload {
  @Field(() => Int, { description: "Indications written: every line, or none when any line is wrong." })
  importedCount: number;

  @Field(() => [ImportRowError], { description: "Every problem of every line; empty when the file was imported." })
  rowErrors: ImportRowError[];

  @Field(() => [UserError], { description: "Why nothing was imported, for the file as a whole." })
  userErrors: UserError[];
}
