import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Unit } from "../../../shared/units.js";
import { DateScalar, enumOf, UnitEnum } from "../../platform/graphql-common.js";
import { Municipality, Organisation } from "../organisation/organisation.types.js";

export const YearlyFigureEnum = enumOf(["DEPLOYMENTS_STARTED", "DEPLOYMENTS_RUNNING", "DEPLOYMENTS_ENDED", "RESIDENTS", "MINUTES", "DEPLOYMENTS_AT_CAP"]);
export type YearlyFigure = keyof typeof YearlyFigureEnum;
registerEnumType(YearlyFigureEnum, { name: "YearlyFigure", description: "The main figures of the yearly review, compared with the previous year." });

@ObjectType({ description: "The figures of one year (up to today while the year runs). Aggregates only: never a BSN or a name." })
export class YearlyFigures {
  @Field(() => Int, { description: "Deployments that started in the year." })
  deploymentsStarted: number;

  @Field(() => Int, { description: "Deployments that ran on at least one day of the year (declined ones never ran)." })
  deploymentsRunning: number;

  @Field(() => Int, { description: "Deployments that ended in the year." })
  deploymentsEnded: number;

  @Field(() => Int, { nullable: true, description: "Distinct residents with a running deployment; null where the reader may not see the exact count (finance: 1 to 4 residents, or a total with such a line)." })
  residents: number | null;

  @Field(() => String, { description: 'The residents as shown: the count, or "< 5", or "afgeschermd" for a total that would reveal a small count.' })
  residentsShown: string;

  @Field(() => Int, { description: "Non-deleted entries dated in the year, in the voorziening's unit (minutes, or dagdelen where it counts those); on the total line minutes only." })
  minutes: number;

  @Field(() => Int, { description: "Deployments with a cap window that reached its cap in the year." })
  deploymentsAtCap: number;

  @Field(() => Int, { description: "Cap windows that reached their cap (used = cap) in the year, counted on the date of their last entry." })
  capWindowsAtCap: number;

  @Field(() => Int, { description: "Half-year cap windows with hours that ended in the year (zorgcoördinatie)." })
  halfYearsEnded: number;

  @Field(() => Int, { description: "Of those, the ones that ended at exactly the cap." })
  halfYearsEndedAtCap: number;

  @Field(() => Float, { nullable: true, description: "halfYearsEndedAtCap as a percentage of halfYearsEnded, one decimal; null without half years." })
  halfYearsAtCapPercentage: number | null;

  @Field(() => Int, { description: "Waakvlam review years starting in the year that the municipality continued." })
  reviewsContinued: number;

  @Field(() => Int, { description: "Waakvlam review years starting in the year that the municipality stopped." })
  reviewsStopped: number;

  @Field(() => Int, { description: "Waakvlam review years starting in the year still without a decision." })
  reviewsOpen: number;
}

@ObjectType()
export class FigureChange {
  @Field(() => YearlyFigureEnum)
  figure: YearlyFigure;

  @Field(() => Int)
  previous: number;

  @Field(() => Int)
  current: number;

  @Field(() => Int, { description: "current - previous" })
  difference: number;

  @Field(() => Float, { nullable: true, description: "The difference as a percentage of the previous year, one decimal; null when the previous year had none." })
  percentChange: number | null;
}

@ObjectType()
export class YearlyReviewVoorziening {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => UnitEnum)
  unit: Unit;
}

@ObjectType({ description: "One provider's figures for one voorziening; provider and voorziening are null on the total line." })
export class YearlyReviewLine {
  @Field(() => Organisation, { nullable: true })
  provider: Organisation | null;

  @Field(() => YearlyReviewVoorziening, { nullable: true })
  voorziening: YearlyReviewVoorziening | null;

  @Field(() => YearlyFigures)
  figures: YearlyFigures;

  @Field(() => YearlyFigures)
  previousYear: YearlyFigures;

  @Field(() => [FigureChange])
  changes: FigureChange[];
}

@ObjectType({ description: "The municipality's yearly overview per provider and voorziening (domain.md, 'Yearly review')." })
export class YearlyReview {
  @Field(() => Municipality)
  municipality: Municipality;

  @Field(() => Int)
  year: number;

  @Field(() => DateScalar, { nullable: true, description: "First day counted; null for a year that has not begun." })
  from: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day counted: 31 December, or today while the year runs." })
  to: string | null;

  @Field(() => [YearlyReviewLine], { description: "Per provider and voorziening, by provider name, then voorziening name." })
  lines: YearlyReviewLine[];

  @Field(() => YearlyReviewLine)
  total: YearlyReviewLine;
}
