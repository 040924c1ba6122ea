import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum OrganisationKind {
  PROVIDER = "PROVIDER",
  MUNICIPALITY = "MUNICIPALITY",
}
registerEnumType(OrganisationKind, { name: "OrganisationKind" });

/** A provider organisation or a municipality, as a user belongs to one. */
@ObjectType()
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: "Municipality code such as GM0637; null for a provider." })
  code: string | null;

  static provider(p: { id: string; name: string }): Organisation {
    return Object.assign(new Organisation(), { id: p.id, name: p.name, kind: OrganisationKind.PROVIDER, code: null });
  }

  static municipality(m: { id: string; name: string; code: string }): Organisation {
    return Object.assign(new Organisation(), { id: m.id, name: m.name, kind: OrganisationKind.MUNICIPALITY, code: m.code });
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
