import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import type { DueReviewItem } from "./review-queue.service.js";
import { WaakvlamReviewDue } from "./review-queue.types.js";

function toGraphQL(item: DueReviewItem): WaakvlamReviewDue {
  return {
    deployment: item.deployment,
    reviewYear: item.reviewYear,
    period: item.period,
    overdue: item.overdue,
    advice: item.advice,
    adviceMotivation: item.adviceMotivation,
    minutesPerReviewYear: item.history.map((y) => ({ reviewYear: y.reviewYear, start: y.start, end: y.end, minutes: y.amount })),
  };
}

@Resolver()
export class ReviewQueueResolver {
  @Query(() => [WaakvlamReviewDue], {
    description:
      "The municipality's yearly waakvlam reviews to decide: the current review year ends within eight weeks, or the next one started without a decision. Overdue first. Decide with decideWaakvlamReview.",
  })
  async waakvlamReviewQueue(@Arg("municipalityCode", () => String) municipalityCode: string, @Ctx() ctx: Context): Promise<WaakvlamReviewDue[]> {
    return (await ctx.services.reviewQueue.municipalityQueue(ctx.actor, municipalityCode)).map(toGraphQL);
  }

  @Query(() => [WaakvlamReviewDue], {
    description: "The provider's waakvlam deployments whose yearly review is due within eight weeks or overdue, to advise on with adviseWaakvlamReview.",
  })
  async upcomingWaakvlamReviews(@Ctx() ctx: Context): Promise<WaakvlamReviewDue[]> {
    return (await ctx.services.reviewQueue.providerUpcoming(ctx.actor)).map(toGraphQL);
  }
}
