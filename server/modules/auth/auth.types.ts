import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ROLES, type Role } from "../../../shared/roles.js";
import { enumOf, UserError } from "../../platform/graphql-common.js";
import { Organisation } from "../organisation/organisation.types.js";

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: "Role" });

/**
 * What every view of a person's account shows: the signed-in user (`me`) and an admin's list.
 * Not in the schema itself (nothing returns it): User and Account inherit its fields.
 */
@ObjectType()
export abstract class AccountFields {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Boolean, { description: "The account has a confirmed second factor." })
  secondFactor: boolean;
}

@ObjectType()
export class User extends AccountFields {
  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Boolean, { description: "The account must set up its second factor before it can do anything else." })
  secondFactorRequired: boolean;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  @Field(() => String, { nullable: true })
  totp?: string | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean)
  ok: boolean;
}
