import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { UserError } from "../../platform/graphql-common.js";
import { isRefusal, type Refusal } from "../../rules/types.js";
import { reviewYearSpan } from "../../rules/waakvlam.js";
import type { WaakvlamReviewEntity } from "./waakvlam-review.entity.js";
import { AdviseWaakvlamReviewInput, DecideWaakvlamReviewInput, ReviewYearSpan, WaakvlamReview, WaakvlamReviewPayload } from "./waakvlam.types.js";

function toPayload(result: WaakvlamReviewEntity | Refusal): WaakvlamReviewPayload {
  return isRefusal(result) ? { review: null, userErrors: [UserError.from(result)] } : { review: result, userErrors: [] };
}

@Resolver(() => WaakvlamReview)
export class WaakvlamResolver {
  @Mutation(() => WaakvlamReviewPayload, { description: "The provider's advice on continuing a waakvlamcontact into its next review year." })
  async adviseWaakvlamReview(@Arg("input", () => AdviseWaakvlamReviewInput) input: AdviseWaakvlamReviewInput, @Ctx() ctx: Context): Promise<WaakvlamReviewPayload> {
    return toPayload(await ctx.services.waakvlam.advise(ctx.actor, ctx.origin, { deploymentId: input.deploymentId, outcome: input.advice, motivation: input.motivation }));
  }

  @Mutation(() => WaakvlamReviewPayload, { description: "The municipality's decision: CONTINUE opens the next review year, STOP ends the deployment at the end of the current one." })
  async decideWaakvlamReview(@Arg("input", () => DecideWaakvlamReviewInput) input: DecideWaakvlamReviewInput, @Ctx() ctx: Context): Promise<WaakvlamReviewPayload> {
    return toPayload(await ctx.services.waakvlam.decide(ctx.actor, ctx.origin, { deploymentId: input.deploymentId, outcome: input.decision, motivation: input.motivation }));
  }

  @FieldResolver(() => ReviewYearSpan, { description: "The first and last day of the review year this review decides." })
  async period(@Root() review: WaakvlamReviewEntity, @Ctx() ctx: Context): Promise<ReviewYearSpan> {
    // Batched: a list of reviews asks the deployments' start dates in one query.
    const start = await ctx.loaders.deploymentStart.load({ municipalityId: review.municipalityId, deploymentId: review.deploymentId });
    return reviewYearSpan(start!, review.reviewYear);
  }
}
