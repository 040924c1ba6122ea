import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import type { ApiTokenRow } from "./accounts.service.js";
import {
  Account,
  AccountPayload,
  ApiToken,
  ApiTokenPayload,
  AuditEvent,
  AuditFilterInput,
  ConfirmTotpPayload,
  CreateContractInput,
  CreateContractPayload,
  CreateProviderInput,
  CreateProviderPayload,
  CreateUserInput,
  ResetSecondFactorInput,
  RevealBsnPayload,
  TotpEnrolment,
} from "./accounts.types.js";

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toApiToken = (t: ApiTokenRow): ApiToken => ({ id: t.id, name: t.name, createdAt: iso(t.createdAt)!, lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) });

@Resolver()
export class AccountsResolver {
  @Query(() => [Account], { description: "The people's accounts of the admin's own organisation." })
  accounts(@Ctx() ctx: Context): Promise<Account[]> {
    return ctx.services.accounts.list(ctx.actor);
  }

  @Mutation(() => AccountPayload)
  async createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<AccountPayload> {
    const result = await ctx.services.accounts.createUser(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { account: null, initialPassword: null, userErrors: [UserError.from(result)] };
    return { account: result.account, initialPassword: result.initialPassword, userErrors: [] };
  }

  @Mutation(() => AccountPayload, { description: "Switches an account off and ends its sessions." })
  async deactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context): Promise<AccountPayload> {
    const result = await ctx.services.accounts.deactivateUser(ctx.actor, ctx.origin, userId);
    return isRefusal(result) ? { account: null, initialPassword: null, userErrors: [UserError.from(result)] } : { account: result, initialPassword: null, userErrors: [] };
  }

  @Mutation(() => AccountPayload, { description: "Removes an own account's lost second factor (with a reason, audited) and ends its sessions; the person sets up a new one at the next login." })
  async resetSecondFactor(@Arg("input", () => ResetSecondFactorInput) input: ResetSecondFactorInput, @Ctx() ctx: Context): Promise<AccountPayload> {
    const result = await ctx.services.accounts.resetSecondFactor(ctx.actor, ctx.origin, input);
    return isRefusal(result) ? { account: null, initialPassword: null, userErrors: [UserError.from(result)] } : { account: result, initialPassword: null, userErrors: [] };
  }

  @Mutation(() => CreateProviderPayload)
  async createProvider(@Arg("input", () => CreateProviderInput) input: CreateProviderInput, @Ctx() ctx: Context): Promise<CreateProviderPayload> {
    const result = await ctx.services.accounts.createProvider(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { providerId: null, admin: null, initialPassword: null, userErrors: [UserError.from(result)] };
    return { ...result, userErrors: [] };
  }

  @Mutation(() => CreateContractPayload)
  async createContract(@Arg("input", () => CreateContractInput) input: CreateContractInput, @Ctx() ctx: Context): Promise<CreateContractPayload> {
    const result = await ctx.services.accounts.createContract(ctx.actor, ctx.origin, { ...input, validTo: input.validTo ?? null });
    return isRefusal(result) ? { contractId: null, userErrors: [UserError.from(result)] } : { contractId: result, userErrors: [] };
  }

  @Query(() => [ApiToken])
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return (await ctx.services.accounts.apiTokens(ctx.actor)).map(toApiToken);
  }

  @Mutation(() => ApiTokenPayload)
  async createApiToken(@Arg("name", () => String) name: string, @Ctx() ctx: Context): Promise<ApiTokenPayload> {
    const result = await ctx.services.accounts.createApiToken(ctx.actor, ctx.origin, name);
    if (isRefusal(result)) return { apiToken: null, token: null, userErrors: [UserError.from(result)] };
    return { apiToken: toApiToken(result.apiToken), token: result.token, userErrors: [] };
  }

  @Mutation(() => ApiTokenPayload)
  async revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ApiTokenPayload> {
    const result = await ctx.services.accounts.revokeApiToken(ctx.actor, ctx.origin, id);
    return isRefusal(result) ? { apiToken: null, token: null, userErrors: [UserError.from(result)] } : { apiToken: toApiToken(result), token: null, userErrors: [] };
  }

  @Mutation(() => TotpEnrolment, { description: "Starts setting up the second factor: a new secret for the authenticator app." })
  startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolment> {
    return ctx.services.enrolment.start(ctx.actor);
  }

  @Mutation(() => ConfirmTotpPayload, { description: "Confirms the second factor with a code from the app." })
  async confirmTotpEnrolment(@Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<ConfirmTotpPayload> {
    const result = await ctx.services.enrolment.confirm(ctx.actor, ctx.origin, code, ctx.session.token);
    return isRefusal(result) ? { recoveryCodes: null, userErrors: [UserError.from(result)] } : { recoveryCodes: result, userErrors: [] };
  }

  @Mutation(() => RevealBsnPayload, { description: "The full BSN of a resident; every reveal is in the audit trail." })
  async revealResidentBsn(@Arg("residentId", () => ID) residentId: string, @Ctx() ctx: Context): Promise<RevealBsnPayload> {
    const result = await ctx.services.residents.reveal(ctx.actor, ctx.origin, residentId);
    return isRefusal(result) ? { bsn: null, userErrors: [UserError.from(result)] } : { bsn: result, userErrors: [] };
  }

  @Query(() => [AuditEvent], { description: "The municipality's audit trail, newest first; page with `before` (an event id)." })
  async auditEvents(
    @Arg("filter", () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEvent[]> {
    const rows = await ctx.services.audit.search(ctx.actor, filter ?? {}, first ?? 50, before && /^\d+$/.test(before) ? before : null);
    return rows.map((r) => ({ ...r, occurredAt: iso(r.occurredAt)! }));
  }
}
