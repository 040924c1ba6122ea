import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { enumOf, UserError } from "../../platform/graphql-common.js";

export const OrganisationKindEnum = enumOf(["PROVIDER", "MUNICIPALITY"]);
export type OrganisationKind = keyof typeof OrganisationKindEnum;
registerEnumType(OrganisationKindEnum, { name: "OrganisationKind" });

/** A provider organisation or a municipality, as a user belongs to one. */
@ObjectType()
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: "Municipality code such as GM0637; null for a provider." })
  code: string | null;

  @Field(() => String, { nullable: true, description: "A provider's AGB code (8 digits) for iWmo declarations; null when not set, and for a municipality." })
  agbCode: string | null;

  static provider(p: { id: string; name: string; agbCode?: string | null }): Organisation {
    return Object.assign(new Organisation(), { id: p.id, name: p.name, kind: OrganisationKindEnum.PROVIDER, code: null, agbCode: p.agbCode ?? null });
  }

  static municipality(m: { id: string; name: string; code: string }): Organisation {
    return Object.assign(new Organisation(), { id: m.id, name: m.name, kind: OrganisationKindEnum.MUNICIPALITY, code: m.code, agbCode: null });
  }
}

@ObjectType()
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

@InputType()
export class SetProviderAgbCodeInput {
  @Field(() => ID)
  providerId: string;

  @Field(() => String, { description: "Eight digits, as Vektis registers it." })
  agbCode: string;
}

@ObjectType()
export class SetProviderAgbCodePayload {
  @Field(() => Organisation, { nullable: true })
  provider: Organisation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** A contract between the admin's municipality and a provider. */
@ObjectType()
export class ProviderContract {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  validFrom: string;

  @Field(() => String, { nullable: true, description: "Null for a contract without an end date." })
  validTo: string | null;
}

/** A provider organisation of the portal, with its contracts with the admin's own municipality. */
@ObjectType()
export class ProviderListing {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [ProviderContract], { description: "Oldest first; empty when the provider has no contract with this municipality." })
  contracts: ProviderContract[];
}
