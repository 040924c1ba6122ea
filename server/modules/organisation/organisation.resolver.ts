import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import { Municipality, Organisation, ProviderListing, SetProviderAgbCodeInput, SetProviderAgbCodePayload } from "./organisation.types.js";

@Resolver(() => Municipality)
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

  @Query(() => [ProviderListing], { description: "Every provider organisation, with its contracts with the admin's municipality (functioneel beheer)." })
  providers(@Ctx() ctx: Context): Promise<ProviderListing[]> {
    return ctx.services.organisations.providersWithContracts(ctx.actor);
  }

  /**
   * Not a secret of finance: whoever sees the municipality may know which months no longer take
   * hours, so that the Urenweek closes those days instead of refusing them one by one.
   */
  @FieldResolver(() => [String], { description: 'The months the municipality has closed ("2026-10"), oldest first: no hours can be written in them.' })
  closedMonths(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.finance.closedMonthsOf(municipality.id);
  }
}
