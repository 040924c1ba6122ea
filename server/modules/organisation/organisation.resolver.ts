import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { Municipality } from "./organisation.types.js";

@Resolver()
export class OrganisationResolver {
  @Query(() => [Municipality], { description: "Municipalities the user works in (for a provider: those it has a contract with)." })
  municipalities(@Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.services.organisations.municipalitiesFor(ctx.actor);
  }
}
