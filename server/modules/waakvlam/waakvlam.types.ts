import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, enumOf, UserError } from "../../platform/graphql-common.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";

export const ReviewOutcomeEnum = enumOf<ReviewOutcome>(["CONTINUE", "STOP"]);
registerEnumType(ReviewOutcomeEnum, { name: "ReviewOutcome" });

/** The review of one review year; resolved from WaakvlamReviewEntity. */
@ObjectType()
export class WaakvlamReview {
  @Field(() => Int, { description: "Which review year this decides: 1 is the second year from the start, the first that needs a decision." })
  reviewYear: number;

  @Field(() => ReviewOutcomeEnum, { nullable: true })
  advice: ReviewOutcome | null;

  @Field(() => String, { nullable: true })
  adviceMotivation: string | null;

  @Field(() => ReviewOutcomeEnum, { nullable: true })
  decision: ReviewOutcome | null;

  @Field(() => String, { nullable: true })
  decisionMotivation: string | null;
}

@InputType()
export class AdviseWaakvlamReviewInput {
  @Field(() => ID)
  deploymentId: string;

  @Field(() => ReviewOutcomeEnum)
  advice: ReviewOutcome;

  @Field(() => String)
  motivation: string;
}

@InputType()
export class DecideWaakvlamReviewInput {
  @Field(() => ID)
  deploymentId: string;

  @Field(() => ReviewOutcomeEnum)
  decision: ReviewOutcome;

  @Field(() => String)
  motivation: string;
}

@ObjectType()
export class WaakvlamReviewPayload {
  @Field(() => WaakvlamReview, { nullable: true })
  review: WaakvlamReview | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** The span of a review year, for showing it. */
@ObjectType()
export class ReviewYearSpan {
  @Field(() => DateScalar)
  start: string;

  @Field(() => DateScalar)
  end: string;
}

/** The review a decision made today would be about. */
@ObjectType()
export class OpenReview {
  @Field(() => Int)
  reviewYear: number;

  @Field(() => ReviewYearSpan)
  period: ReviewYearSpan;
}

