import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { unauthenticated } from "../../platform/errors.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import type { Actor } from "../../platform/actor.js";
import { Organisation } from "../organisation/organisation.types.js";
import { LoginInput, LoginPayload, LogoutPayload, User } from "./auth.types.js";

@Resolver()
export class AuthResolver {
  @Query(() => User)
  async me(@Ctx() ctx: Context): Promise<User> {
    if (!ctx.actor) throw unauthenticated();
    return toUser(ctx, ctx.actor);
  }

  @Mutation(() => LoginPayload)
  async login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const result = await ctx.services.auth.login(input.email, input.password, input.totp ?? null, ctx.origin);
    if (isRefusal(result)) return { user: null, userErrors: [UserError.from(result)] };
    ctx.session.start(result.token);
    return { user: await toUser(ctx, result.actor), userErrors: [] };
  }

  @Mutation(() => LogoutPayload, { description: "Ends this session, or with everywhere: true every session of the account." })
  async logout(@Arg("everywhere", () => Boolean, { defaultValue: false }) everywhere: boolean, @Ctx() ctx: Context): Promise<LogoutPayload> {
    if (ctx.session.token) await ctx.services.auth.logout(ctx.session.token, everywhere);
    ctx.session.end();
    return { ok: true };
  }
}

async function toUser(ctx: Context, actor: Actor): Promise<User> {
  let organisation: Organisation | null = null;
  if (actor.providerId) {
    const provider = await ctx.loaders.provider.load(actor.providerId);
    organisation = provider && Organisation.provider(provider);
  } else if (actor.municipalityId) {
    const municipality = await ctx.loaders.municipality.load(actor.municipalityId);
    organisation = municipality && Organisation.municipality(municipality);
  }
  return Object.assign(new User(), {
    id: actor.userId,
    email: actor.email,
    role: actor.role,
    organisation,
    secondFactorRequired: actor.enrolmentOnly,
    secondFactor: await ctx.services.enrolment.hasSecondFactor(actor.userId),
  });
}
