import { describe, expect, it } from "vitest";
import { capWindowFor, lastDayWithin, reviewYearIndex } from "../../../server/rules/windows.js";

const period = (startDate: string, endDate: string | null = null) => ({ startDate, endDate });

describe("cap windows", () => {
  it.each([
    ["2026-06-30", "2026-01-01", "2026-06-30"],
    ["2026-07-01", "2026-07-01", "2026-12-31"],
    ["2026-01-01", "2026-01-01", "2026-06-30"],
    ["2026-12-31", "2026-07-01", "2026-12-31"],
  ])("puts %s in the zorgcoördinatie half year %s to %s", (date, start, end) => {
    expect(capWindowFor("HALF_YEAR", period("2025-03-15"), date)).toEqual({ kind: "HALF_YEAR", start, end });
  });

  it("counts kortdurende begeleiding over the whole deployment", () => {
    expect(capWindowFor("DEPLOYMENT", period("2026-02-10", "2026-08-01"), "2026-05-05")).toEqual({
      kind: "DEPLOYMENT",
      start: "2026-02-10",
      end: "2026-08-01",
    });
  });

  it.each([
    // start, date, window start, window end
    ["2025-03-15", "2025-03-15", "2025-03-15", "2026-03-14"],
    ["2025-03-15", "2026-03-14", "2025-03-15", "2026-03-14"],
    ["2025-03-15", "2026-03-15", "2026-03-15", "2027-03-14"],
    ["2025-03-15", "2028-01-01", "2027-03-15", "2028-03-14"],
    // A start on 29 February: the anniversary falls on 28 February in other years, and on
    // 29 February again in the next leap year.
    ["2024-02-29", "2025-02-27", "2024-02-29", "2025-02-27"],
    ["2024-02-29", "2025-02-28", "2025-02-28", "2026-02-27"],
    ["2024-02-29", "2028-02-28", "2027-02-28", "2028-02-28"],
    ["2024-02-29", "2028-02-29", "2028-02-29", "2029-02-27"],
  ])("waakvlam starting %s: %s lies in the review year %s to %s", (start, date, windowStart, windowEnd) => {
    expect(capWindowFor("REVIEW_YEAR", period(start), date)).toEqual({ kind: "REVIEW_YEAR", start: windowStart, end: windowEnd });
  });

  it("numbers review years from the start", () => {
    expect(reviewYearIndex("2025-03-15", "2025-12-01")).toBe(0);
    expect(reviewYearIndex("2025-03-15", "2026-03-15")).toBe(1);
    expect(reviewYearIndex("2025-03-15", "2029-03-14")).toBe(3);
  });

  it("counts Groesbeek's dagdelen per week from Monday to Sunday", () => {
    expect(capWindowFor("WEEK", period("2026-01-01"), "2026-11-22")).toEqual({ kind: "WEEK", start: "2026-11-16", end: "2026-11-22" });
    expect(capWindowFor("WEEK", period("2026-01-01"), "2026-11-23")).toEqual({ kind: "WEEK", start: "2026-11-23", end: "2026-11-29" });
  });

  it("ends a six-month maximum the day before the half-year anniversary", () => {
    expect(lastDayWithin("2026-01-15", 6)).toBe("2026-07-14");
    expect(lastDayWithin("2026-08-31", 6)).toBe("2027-02-27");
  });
});
