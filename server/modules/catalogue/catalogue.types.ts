import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Unit } from "../../../shared/units.js";
import { CapWindowKindEnum, UnitEnum } from "../../platform/graphql-common.js";
import type { CapWindowKind } from "../../rules/types.js";

/** A voorziening of a catalogue version. Resolved from VoorzieningEntity (same field names). */
@ObjectType({ description: "The iWmo codes a voorziening is declared in." })
export class IwmoCodes {
  @Field(() => String, { description: "iWmo product category: 02 begeleiding, 04 kortdurend verblijf, 07 dagbesteding, 08 vervoer." })
  productCategory: string;

  @Field(() => String, { description: "The municipality's product code within the category." })
  productCode: string;

  @Field(() => String, { description: "iWmo unit: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel." })
  unitCode: string;
}

@ObjectType()
export class Voorziening {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => UnitEnum)
  unit: Unit;

  @Field(() => Int, { nullable: true, description: "Cap in the unit (minutes for hours); null when there is no cap." })
  capAmount: number | null;

  @Field(() => CapWindowKindEnum, { nullable: true })
  capWindow: CapWindowKind | null;

  @Field(() => Int, { nullable: true })
  maxDurationMonths: number | null;

  @Field(() => Int, { nullable: true, description: "Months between the municipality's reviews (waakvlamcontact: 12); null without reviews." })
  reviewCycleMonths: number | null;

  @Field(() => String, { description: "The policy sentence this voorziening's rules come from." })
  policyQuote: string;

  @Field(() => Boolean)
  asksMotivation: boolean;

  @Field(() => Boolean)
  asksTransport: boolean;
}
