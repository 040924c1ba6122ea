import { describe, expect, it } from "vitest";
import { changes, countedSpan, EMPTY_FIGURES, percentage, reviewsDueIn, sumFigures } from "../../../server/rules/yearly-review.js";

describe("shares and changes of the yearly review", () => {
  it("gives a share as a percentage with one decimal", () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(3, 3)).toBe(100);
    expect(percentage(0, 4)).toBe(0);
  });

  it("has no share without a whole", () => {
    expect(percentage(0, 0)).toBeNull();
  });

  it("compares the main figures with the previous year", () => {
    const previous = { ...EMPTY_FIGURES, deploymentsRunning: 4, amount: 600, residents: 2 };
    const current = { ...EMPTY_FIGURES, deploymentsRunning: 3, amount: 3300, residents: 2, deploymentsAtCap: 1 };
    const byFigure = Object.fromEntries(changes(previous, current).map((c) => [c.figure, c]));
    expect(byFigure.deploymentsRunning).toEqual({ figure: "deploymentsRunning", previous: 4, current: 3, difference: -1, percentChange: -25 });
    expect(byFigure.amount).toMatchObject({ difference: 2700, percentChange: 450 });
    expect(byFigure.residents).toMatchObject({ difference: 0, percentChange: 0 });
    // From nothing there is no percentage, only the difference.
    expect(byFigure.deploymentsAtCap).toMatchObject({ previous: 0, current: 1, difference: 1, percentChange: null });
  });

  it("adds figures up field by field", () => {
    const a = { ...EMPTY_FIGURES, deploymentsStarted: 1, halfYearsEnded: 2 };
    const b = { ...EMPTY_FIGURES, deploymentsStarted: 2, halfYearsEndedAtCap: 1 };
    expect(sumFigures([a, b])).toEqual({ ...EMPTY_FIGURES, deploymentsStarted: 3, halfYearsEnded: 2, halfYearsEndedAtCap: 1 });
  });
});

describe("the days a year's review counts", () => {
  it("counts a past year whole, the current one up to today, and a future one not at all", () => {
    expect(countedSpan(2025, "2026-11-23")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(countedSpan(2026, "2026-11-23")).toEqual({ from: "2026-01-01", to: "2026-11-23" });
    expect(countedSpan(2027, "2026-11-23")).toBeNull();
  });
});

describe("waakvlam reviews in a year", () => {
  const year = ["2026-01-01", "2026-12-31"] as const;

  it("counts a review year in the calendar year it starts, by its decision", () => {
    const d = { startDate: "2025-03-01", endDate: null, cycleMonths: 12, decisions: new Map([[1, "CONTINUE" as const]]) };
    expect(reviewsDueIn(d, ...year)).toEqual({ reviewsContinued: 1, reviewsStopped: 0, reviewsOpen: 0 });
    expect(reviewsDueIn(d, "2025-01-01", "2025-12-31")).toEqual({ reviewsContinued: 0, reviewsStopped: 0, reviewsOpen: 0 });
  });

  it("counts a stop, although the deployment ended the day before that review year", () => {
    const d = { startDate: "2025-05-01", endDate: "2026-04-30", cycleMonths: 12, decisions: new Map([[1, "STOP" as const]]) };
    expect(reviewsDueIn(d, ...year)).toEqual({ reviewsContinued: 0, reviewsStopped: 1, reviewsOpen: 0 });
  });

  it("counts a review year without a decision as open, unless the deployment ended before it", () => {
    const running = { startDate: "2025-09-01", endDate: null, cycleMonths: 12, decisions: new Map() };
    expect(reviewsDueIn(running, ...year)).toEqual({ reviewsContinued: 0, reviewsStopped: 0, reviewsOpen: 1 });
    expect(reviewsDueIn({ ...running, endDate: "2026-06-30" }, ...year)).toEqual({ reviewsContinued: 0, reviewsStopped: 0, reviewsOpen: 0 });
  });

  it("counts only review years that have started by the end of the span", () => {
    const d = { startDate: "2025-09-01", endDate: null, cycleMonths: 12, decisions: new Map() };
    expect(reviewsDueIn(d, "2026-01-01", "2026-08-31").reviewsOpen).toBe(0);
  });
});
