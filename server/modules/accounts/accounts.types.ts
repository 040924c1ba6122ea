import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { Role } from "../../../shared/roles.js";
import { DateScalar, UserError } from "../../platform/graphql-common.js";
import { AccountFields, RoleEnum } from "../auth/auth.types.js";

@ObjectType({ description: "A person's account in the admin's organisation." })
export class Account extends AccountFields {
  @Field(() => Boolean)
  active: boolean;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account, { nullable: true })
  account: Account | null;

  @Field(() => String, { nullable: true, description: "The first password, shown this once." })
  initialPassword: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class ResetSecondFactorInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: "Why, for the audit trail (required)." })
  reason: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;
}

@InputType()
export class CreateProviderInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: "The e-mail address of the organisation's first admin." })
  adminEmail: string;
}

@ObjectType()
export class CreateProviderPayload {
  @Field(() => ID, { nullable: true })
  providerId: string | null;

  @Field(() => Account, { nullable: true })
  admin: Account | null;

  @Field(() => String, { nullable: true, description: "The admin's first password, shown this once." })
  initialPassword: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class CreateContractInput {
  @Field(() => ID)
  providerId: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;
}

@ObjectType()
export class CreateContractPayload {
  @Field(() => ID, { nullable: true })
  contractId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "A provider system's API token; the token itself is shown only when it is made." })
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "ISO 8601 timestamp." })
  createdAt: string;

  @Field(() => String, { nullable: true, description: "ISO 8601 timestamp of the last request made with it." })
  lastUsedAt: string | null;

  @Field(() => String, { nullable: true })
  revokedAt: string | null;
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null;

  @Field(() => String, { nullable: true, description: "Send as `Authorization: Bearer <token>`; shown this once." })
  token: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class TotpEnrolment {
  @Field(() => String, { description: "Base32 secret, for typing into an authenticator app." })
  secret: string;

  @Field(() => String, { description: "otpauth:// URI, for a QR code." })
  otpauthUri: string;
}

@ObjectType()
export class ConfirmTotpPayload {
  @Field(() => [String], { nullable: true, description: "One-time recovery codes, shown this once." })
  recoveryCodes: string[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RevealBsnPayload {
  @Field(() => String, { nullable: true })
  bsn: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "One row of the audit trail." })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "ISO 8601 timestamp." })
  occurredAt: string;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field(() => String, { nullable: true })
  actorOrganisation: string | null;

  @Field(() => String)
  action: string;

  @Field(() => String, { nullable: true })
  objectType: string | null;

  @Field(() => String, { nullable: true })
  objectId: string | null;

  @Field(() => String)
  result: string;

  @Field(() => String, { nullable: true, description: "The administrator's reason, for actions that ask one (resetting a second factor)." })
  reason: string | null;

  @Field(() => String, { nullable: true, description: "The IP address the request came from." })
  origin: string | null;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  objectId?: string | null;

  @Field(() => String, { nullable: true })
  actorEmail?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}
