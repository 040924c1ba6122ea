import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ROLES, type Role } from "../../../shared/roles.js";
import { enumOf, UserError } from "../../platform/graphql-common.js";
import { Organisation } from "../organisation/organisation.types.js";

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: "Role" });

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Boolean, { description: "The account must set up its second factor before it can do anything else." })
  secondFactorRequired: boolean;

  @Field(() => Boolean, { description: "The account has a confirmed second factor." })
  secondFactor: boolean;
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
