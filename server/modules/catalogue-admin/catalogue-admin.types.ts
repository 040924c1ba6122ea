import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Unit } from "../../../shared/units.js";
import { CapWindowKindEnum, DateScalar, enumOf, UnitEnum, UserError } from "../../platform/graphql-common.js";
import { APPROVAL_RULES, ELIGIBILITY_RULES, type ApprovalRule, type CapWindowKind, type EligibilityRule } from "../../rules/types.js";
import type { VoorzieningEntity } from "../catalogue/voorziening.entity.js";
import { Voorziening } from "../catalogue/catalogue.types.js";

export const EligibilityRuleEnum = enumOf(ELIGIBILITY_RULES);
registerEnumType(EligibilityRuleEnum, {
  name: "EligibilityRule",
  description: "NONE; MAATWERK_BEGELEIDING_ACTIVE (zorgcoördinatie: beside running maatwerk begeleiding by the same provider); ENDED_INDIVIDUAL_BEGELEIDING (waakvlam: after ended begeleiding by the same provider).",
});
export const ApprovalRuleEnum = enumOf(APPROVAL_RULES);
registerEnumType(ApprovalRuleEnum, {
  name: "ApprovalRule",
  description:
    "NONE; REPEAT_OR_DURING_MAATWERK (a second deployment for a resident, or one while maatwerk begeleiding runs, waits for the municipality); GRANT_FIRST (every new deployment waits for the municipality, unless it follows a recorded maatwerk indication for the resident, delivered by the same provider, that covers it).",
});

@ObjectType({ description: "A version of a municipality's catalogue: it holds from validFrom until the next version starts." })
export class CatalogueVersion {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "The day before the next version starts; null for the newest." })
  validUntil: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String)
  policySource: string;

  @Field(() => [Voorziening])
  voorzieningen: VoorzieningEntity[];
}

@InputType({ description: "A voorziening of a new catalogue version; amounts are in the unit (minutes for hours)." })
export class VoorzieningInput {
  @Field(() => String, { description: "Capitals, digits and underscores, e.g. KORTDURENDE_BEGELEIDING; keep a code to continue a voorziening." })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => UnitEnum)
  unit: Unit;

  @Field(() => Int, { nullable: true, description: "The maximum per window; needs capWindow." })
  capAmount?: number | null;

  @Field(() => CapWindowKindEnum, { nullable: true, description: "Where the amount is counted; without capAmount it only counts (dagdelen per week)." })
  capWindow?: CapWindowKind | null;

  @Field(() => Int, { nullable: true })
  maxDurationMonths?: number | null;

  @Field(() => String, { nullable: true, description: "The municipality's iWmo product code (five capitals or digits, e.g. 02A01); default: the demo code of catalogue/iwmo.ts." })
  iwmoProductCode?: string | null;

  @Field(() => Int, { nullable: true, description: "12 for a yearly review by the municipality (waakvlamcontact); null for none." })
  reviewCycleMonths?: number | null;

  @Field(() => EligibilityRuleEnum, { defaultValue: "NONE" })
  eligibility: EligibilityRule;

  @Field(() => ApprovalRuleEnum, { defaultValue: "NONE" })
  approval: ApprovalRule;

  @Field(() => Boolean, { defaultValue: false, description: "Asks the provider's motivation (recreatieve dagbesteding with a work-like part)." })
  asksMotivation: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Asks whether the provider organises transport (after a light check)." })
  asksTransport: boolean;

  @Field(() => String, { description: "The policy sentence this voorziening's rules come from." })
  policyQuote: string;
}

@InputType()
export class CreateCatalogueVersionInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => DateScalar, { description: "After today and after the newest version's start: the past cannot be changed." })
  validFrom: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "The policy text the version rests on." })
  policySource: string;

  @Field(() => [VoorzieningInput])
  voorzieningen: VoorzieningInput[];
}

@ObjectType()
export class CreateCatalogueVersionPayload {
  @Field(() => CatalogueVersion, { nullable: true })
  version: CatalogueVersion | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
