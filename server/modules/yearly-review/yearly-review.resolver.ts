import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { percentage, type FigureChange as FigureChangeData, type MainFigure, type YearlyFigures as Figures } from "../../rules/yearly-review.js";
import { Organisation } from "../organisation/organisation.types.js";
import type { YearlyReviewLine as Line } from "./yearly-review.service.js";
import { FigureChange, type YearlyFigure, YearlyFigureEnum, YearlyFigures, YearlyReview, YearlyReviewLine } from "./yearly-review.types.js";

const FIGURE_NAMES: Record<MainFigure, YearlyFigure> = {
  deploymentsStarted: YearlyFigureEnum.DEPLOYMENTS_STARTED,
  deploymentsRunning: YearlyFigureEnum.DEPLOYMENTS_RUNNING,
  deploymentsEnded: YearlyFigureEnum.DEPLOYMENTS_ENDED,
  residents: YearlyFigureEnum.RESIDENTS,
  amount: YearlyFigureEnum.MINUTES,
  deploymentsAtCap: YearlyFigureEnum.DEPLOYMENTS_AT_CAP,
};

function figures(f: Figures): YearlyFigures {
  const { amount, residentsShown, ...rest } = f;
  return {
    ...rest,
    residents: residentsShown === undefined ? f.residents : null,
    residentsShown: residentsShown ?? String(f.residents),
    minutes: amount,
    halfYearsAtCapPercentage: percentage(f.halfYearsEndedAtCap, f.halfYearsEnded),
  };
}

function change(c: FigureChangeData): FigureChange {
  return { ...c, figure: FIGURE_NAMES[c.figure] };
}

/** The change in residents is left out where either year's count is not shown: it would give the count away. */
function shownChanges(l: Line): FigureChangeData[] {
  const hidden = l.current.residentsShown !== undefined || l.previous.residentsShown !== undefined;
  return hidden ? l.changes.filter((c) => c.figure !== "residents") : l.changes;
}

function line(l: Line): YearlyReviewLine {
  return {
    provider: l.provider ? Organisation.provider(l.provider) : null,
    voorziening: l.voorziening,
    figures: figures(l.current),
    previousYear: figures(l.previous),
    changes: shownChanges(l).map(change),
  };
}

@Resolver()
export class YearlyReviewResolver {
  @Query(() => YearlyReview, {
    nullable: true,
    description: "The municipality's yearly overview per provider and voorziening, with the change from the previous year; null for a municipality the user does not work in. Also as CSV: GET /exports/yearly-review.csv?municipalityCode=&year=.",
  })
  async yearlyReview(
    @Arg("municipalityCode", () => String) municipalityCode: string,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<YearlyReview | null> {
    const review = await ctx.services.yearlyReview.review(ctx.actor, municipalityCode, year);
    if (!review) return null;
    return { municipality: review.municipality, year: review.year, from: review.span?.from ?? null, to: review.span?.to ?? null, lines: review.lines.map(line), total: line(review.total) };
  }
}
