import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../platform/graphql-common.js";
import type { ReviewOutcome } from "../../rules/waakvlam.js";
import { Deployment } from "../deployment/deployment.types.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { ReviewOutcomeEnum, ReviewYearSpan } from "../waakvlam/waakvlam.types.js";

@ObjectType({ description: "What was written in one review year of a waakvlam deployment." })
export class ReviewYearMinutes {
  @Field(() => Int, { description: "0 is the first year from the start; 1 the second, the first that needs a decision." })
  reviewYear: number;

  @Field(() => DateScalar)
  start: string;

  @Field(() => DateScalar)
  end: string;

  @Field(() => Int, { description: "Minutes of the entries in that year (deleted entries do not count)." })
  minutes: number;
}

@ObjectType({ description: "A waakvlam deployment whose yearly review is due within eight weeks, or overdue." })
export class WaakvlamReviewDue {
  @Field(() => Deployment)
  deployment: DeploymentEntity;

  @Field(() => Int, { description: "The review year open for decision (1 = the second year from the start)." })
  reviewYear: number;

  @Field(() => ReviewYearSpan, { description: "The first and last day of that review year." })
  period: ReviewYearSpan;

  @Field(() => Boolean, { description: "The review year has started without a decision: hours in it are refused until there is one." })
  overdue: boolean;

  @Field(() => ReviewOutcomeEnum, { nullable: true, description: "The provider's advice, once given." })
  advice: ReviewOutcome | null;

  @Field(() => String, { nullable: true })
  adviceMotivation: string | null;

  @Field(() => [ReviewYearMinutes], { description: "Every review year so far, oldest first." })
  minutesPerReviewYear: ReviewYearMinutes[];
}
