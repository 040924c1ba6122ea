import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import type { ApprovalRule, EligibilityRule } from "../../rules/types.js";
import { isRefusal } from "../../rules/types.js";
import { Voorziening } from "../catalogue/catalogue.types.js";
import type { VoorzieningEntity } from "../catalogue/voorziening.entity.js";
import type { CatalogueVersionView } from "./catalogue-admin.service.js";
import { ApprovalRuleEnum, CatalogueVersion, CreateCatalogueVersionInput, CreateCatalogueVersionPayload, EligibilityRuleEnum } from "./catalogue-admin.types.js";

function toGraphQL(view: CatalogueVersionView): CatalogueVersion {
  const { version } = view;
  return { id: version.id, validFrom: version.validFrom, validUntil: view.validUntil, name: version.name, policySource: version.policySource, voorzieningen: view.voorzieningen };
}

@Resolver(() => CatalogueVersion)
export class CatalogueAdminResolver {
  @Query(() => [CatalogueVersion], { description: "Every catalogue version of a municipality the user works in, newest first." })
  async catalogueVersions(@Arg("municipalityCode", () => String) municipalityCode: string, @Ctx() ctx: Context): Promise<CatalogueVersion[]> {
    return (await ctx.services.catalogueAdmin.versions(ctx.actor, municipalityCode)).map(toGraphQL);
  }

  @Mutation(() => CreateCatalogueVersionPayload, { description: "A new catalogue version from a future date (municipality admin); earlier dates keep their rules." })
  async createCatalogueVersion(@Arg("input", () => CreateCatalogueVersionInput) input: CreateCatalogueVersionInput, @Ctx() ctx: Context): Promise<CreateCatalogueVersionPayload> {
    const result = await ctx.services.catalogueAdmin.createVersion(ctx.actor, ctx.origin, input.municipalityCode, {
      validFrom: input.validFrom,
      name: input.name,
      policySource: input.policySource,
      voorzieningen: input.voorzieningen.map((v) => ({
        ...v,
        capAmount: v.capAmount ?? null,
        capWindow: v.capWindow ?? null,
        maxDurationMonths: v.maxDurationMonths ?? null,
        reviewCycleMonths: v.reviewCycleMonths ?? null,
      })),
    });
    if (!isRefusal(result)) return { version: toGraphQL(result), userErrors: [] };
    const all = "all" in result ? result.all : [result];
    return { version: null, userErrors: all.map((r) => UserError.from(r)) };
  }
}

/** The rest of a voorziening's rule, for the catalogue admin's screen (Voorziening itself lives in the catalogue module). */
@Resolver(() => Voorziening)
export class VoorzieningRuleResolver {
  @FieldResolver(() => EligibilityRuleEnum)
  eligibility(@Root() v: VoorzieningEntity): EligibilityRule {
    return v.eligibility;
  }

  @FieldResolver(() => ApprovalRuleEnum)
  approval(@Root() v: VoorzieningEntity): ApprovalRule {
    return v.approval;
  }
}
