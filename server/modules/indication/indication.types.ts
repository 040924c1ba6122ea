import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar, UserError } from "../../platform/graphql-common.js";

/** Resolved from MaatwerkIndicationEntity; never carries the BSN. */
@ObjectType()
export class MaatwerkIndication {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  householdCode: string;

  @Field(() => String)
  product: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  endDate: string | null;
}

@InputType()
export class RecordMaatwerkIndicationInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  residentBsn: string;

  @Field(() => String)
  householdCode: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String, { description: "BEGELEIDING_INDIVIDUEEL: individuele begeleiding as maatwerkvoorziening." })
  product: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;
}

@ObjectType()
export class RecordMaatwerkIndicationPayload {
  @Field(() => MaatwerkIndication, { nullable: true })
  indication: MaatwerkIndication | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
