import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { DateScalar } from "../../platform/graphql-common.js";
import { IwmoCodes, Voorziening } from "./catalogue.types.js";
import type { VoorzieningEntity } from "./voorziening.entity.js";

@Resolver(() => Voorziening)
export class CatalogueResolver {
  @Query(() => [Voorziening], { description: "The voorzieningen of a municipality's catalogue valid on the date (default today)." })
  catalogue(
    @Arg("municipalityCode", () => String) municipalityCode: string,
    @Arg("date", () => DateScalar, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<VoorzieningEntity[]> {
    return ctx.services.catalogue.catalogueOn(ctx.actor, municipalityCode, date ?? ctx.today);
  }

  @FieldResolver(() => IwmoCodes)
  iwmo(@Root() voorziening: VoorzieningEntity): IwmoCodes {
    return voorziening.iwmo();
  }

  @FieldResolver(() => String, { description: "The policy text the catalogue version comes from." })
  async policySource(@Root() voorziening: VoorzieningEntity, @Ctx() ctx: Context): Promise<string> {
    const version = await ctx.loaders.catalogueVersion.load(voorziening.catalogueVersionId);
    return version?.policySource ?? "";
  }
}
