import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import { Municipality, Organisation, SetProviderAgbCodeInput, SetProviderAgbCodePayload } from "./organisation.types.js";

@Resolver()
export class OrganisationResolver {
  @Query(() => [Municipality], { description: "Municipalities the user works in (for a provider: those it has a contract with)." })
  municipalities(@Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.services.organisations.municipalitiesFor(ctx.actor);
  }

  @Mutation(() => SetProviderAgbCodePayload, { description: "Functioneel beheer sets the AGB code a contracted provider declares under." })
  async setProviderAgbCode(@Arg("input", () => SetProviderAgbCodeInput) input: SetProviderAgbCodeInput, @Ctx() ctx: Context): Promise<SetProviderAgbCodePayload> {
    const result = await ctx.services.organisations.setAgbCode(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { provider: null, userErrors: [UserError.from(result)] };
    return { provider: Organisation.provider(result), userErrors: [] };
  }
}
