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
