import { describe, expect, it } from "vitest";
import { amountsPerReviewYear, dueReview } from "../../../server/rules/review-queue.js";

const open = (startDate: string) => ({ startDate, endDate: null });

describe("when a waakvlam review is due", () => {
  it("shows a review whose current year ends within eight weeks", () => {
    // First review year 2025-03-15 .. 2026-03-14; 2026-01-17 is 56 days before its last day.
    expect(dueReview(open("2025-03-15"), 12, "2026-01-17", new Set())).toEqual({
      reviewYear: 1,
      period: { start: "2026-03-15", end: "2027-03-14" },
      overdue: false,
    });
  });

  it("does not show it a day earlier", () => {
    expect(dueReview(open("2025-03-15"), 12, "2026-01-16", new Set())).toBeNull();
  });

  it("shows a review year that started without a decision as overdue", () => {
    expect(dueReview(open("2025-03-15"), 12, "2026-05-01", new Set())).toMatchObject({ reviewYear: 1, overdue: true });
  });

  it("moves on to the next year once a year is decided", () => {
    expect(dueReview(open("2025-03-15"), 12, "2026-05-01", new Set([1]))).toBeNull();
    expect(dueReview(open("2025-03-15"), 12, "2027-02-01", new Set([1]))).toMatchObject({ reviewYear: 2, period: { start: "2027-03-15" }, overdue: false });
  });

  it("needs no review when the deployment ends before the year to decide", () => {
    expect(dueReview({ startDate: "2025-03-15", endDate: "2026-03-14" }, 12, "2026-02-01", new Set())).toBeNull();
    expect(dueReview({ startDate: "2025-03-15", endDate: "2026-03-15" }, 12, "2026-02-01", new Set())).toMatchObject({ reviewYear: 1 });
  });
});

describe("the hours per review year", () => {
  it("puts every entry in its review year and lists every year up to today", () => {
    const entries = [
      { date: "2025-03-15", amount: 60 },
      { date: "2026-03-14", amount: 30 },
      { date: "2026-03-15", amount: 45 },
    ];
    expect(amountsPerReviewYear("2025-03-15", 12, "2027-04-01", entries)).toEqual([
      { reviewYear: 0, start: "2025-03-15", end: "2026-03-14", amount: 90 },
      { reviewYear: 1, start: "2026-03-15", end: "2027-03-14", amount: 45 },
      { reviewYear: 2, start: "2027-03-15", end: "2028-03-14", amount: 0 },
    ]);
  });
});
