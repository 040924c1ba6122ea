import { describe, expect, it } from "vitest";
import { checkReviewGate, endAfterStop, reviewYearToDecide } from "../../../server/rules/waakvlam.js";
import { ZOETERMEER, GROESBEEK } from "../../../server/modules/catalogue/catalogues.js";

const waakvlam = ZOETERMEER.voorzieningen.find((v) => v.code === "WAAKVLAMCONTACT")!;
const period = { startDate: "2025-03-15", endDate: null };

describe("the waakvlam review gate", () => {
  it("lets the first review year through without a decision", () => {
    expect(checkReviewGate(waakvlam, period, "2026-03-14", new Map())).toBeNull();
  });

  it("refuses the first day of the second review year until the municipality continues it", () => {
    const refusal = checkReviewGate(waakvlam, period, "2026-03-15", new Map());
    expect(refusal).toMatchObject({ code: "REVIEW_REQUIRED", field: "date" });
    expect(refusal!.message).toContain("15 maart 2026 tot en met 14 maart 2027");
    expect(checkReviewGate(waakvlam, period, "2026-03-15", new Map([[1, "CONTINUE"]]))).toBeNull();
    expect(checkReviewGate(waakvlam, period, "2026-03-15", new Map([[1, "STOP"]]))).toMatchObject({ code: "REVIEW_REQUIRED" });
  });

  it("needs a decision for every year, not only the first", () => {
    expect(checkReviewGate(waakvlam, period, "2027-03-15", new Map([[1, "CONTINUE"]]))).toMatchObject({ code: "REVIEW_REQUIRED" });
  });

  it("does not gate Groesbeek's waakvlambegeleiding, which has no yearly review", () => {
    const groesbeek = GROESBEEK.voorzieningen.find((v) => v.code === "WAAKVLAMBEGELEIDING")!;
    expect(checkReviewGate(groesbeek, period, "2028-01-01", new Map())).toBeNull();
  });
});

describe("which review year a decision is about", () => {
  it.each([
    ["2025-12-01", [], 1],
    ["2026-03-15", [], 1], // overdue: the second year started without a decision
    ["2026-04-01", [1], 2],
    ["2025-12-01", [1], null], // the next year is decided already
    ["2027-06-01", [1], 2],
  ])("on %s with decided years %o: %s", (today, decided, expected) => {
    expect(reviewYearToDecide("2025-03-15", today, new Set(decided))).toBe(expected);
  });

  it("ends a stopped deployment on the last day of the current review year", () => {
    expect(endAfterStop("2025-03-15", 1)).toBe("2026-03-14");
    expect(endAfterStop("2024-02-29", 1)).toBe("2025-02-27");
  });
});
