import { describe, expect, it } from "vitest";
import { isSmallCount, totalResidentsShown } from "../../../server/rules/small-counts.js";

describe("small counts without a subtraction leak", () => {
  it("hides 1 to 4, not 0 or 5", () => {
    expect([0, 1, 4, 5].map(isSmallCount)).toEqual([false, true, true, false]);
  });

  it("shows a total exactly only when none of its rows is hidden", () => {
    // Rows 9 and 3 ("< 5") under a total of 12: an exact total would give away the 3.
    expect(totalResidentsShown(12, [9, 3].some(isSmallCount))).toEqual({ display: "afgeschermd", count: null });
    expect(totalResidentsShown(12, [7, 5].some(isSmallCount))).toEqual({ display: "12", count: 12 });
    expect(totalResidentsShown(3, false)).toEqual({ display: "< 5", count: null });
  });
});
