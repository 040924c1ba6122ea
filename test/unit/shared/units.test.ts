import { describe, expect, it } from "vitest";
import { durationEcho, formatAmount, formatMinutes, parseDuration } from "../../../shared/units.js";
import { isValidBsn, maskBsn, normaliseBsn } from "../../../shared/bsn.js";

describe("durations", () => {
  it.each([
    ["1:30", 90],
    ["1,5", 90],
    ["1.5", 90],
    ["90", 90],
    ["0:45", 45],
    ["2,25", 135],
    [" 2 ", 120],
    ["4", 240],
    ["8", 480],
    ["24", 1440],
    ["25", 25],
    ["0", 0],
  ])("reads %s as %i minutes", (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(["", "abc", "1:75", "-30", "1,333"])("does not read %j as a duration", (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it("says what it understood", () => {
    expect(durationEcho("4")).toBe("= 4:00 uur");
    expect(durationEcho("90")).toBe("= 1:30 uur");
    expect(durationEcho("1,25")).toBe("= 1:15 uur");
    expect(durationEcho("abc")).toBeNull();
    expect(durationEcho(" ")).toBeNull();
  });

  it("writes minutes as hours:minutes", () => {
    expect(formatMinutes(1935)).toBe("32:15");
    expect(formatMinutes(45)).toBe("0:45");
    expect(formatAmount(3000, "MINUTES")).toBe("50:00 uur");
    expect(formatAmount(1, "DAGDELEN")).toBe("1 dagdeel");
  });
});

describe("BSN", () => {
  it("accepts numbers that pass the elfproef", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("908301662")).toBe(true);
  });

  it.each(["111222334", "12345678", "1234567890", "00000000a", "000000000"])("refuses %s", (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it("strips spaces and dots, and masks all but the last three digits", () => {
    expect(normaliseBsn("1112.22 333")).toBe("111222333");
    expect(maskBsn("111222333")).toBe("******333");
  });
});
