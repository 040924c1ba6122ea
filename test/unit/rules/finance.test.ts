import { describe, expect, it } from "vitest";
import {
  bookingOfChange,
  checkClosable,
  formatEuros,
  lastDayOf,
  monthParts,
  priceCents,
  residentsShown,
} from "../../../server/rules/finance.js";
import { formatDutchMonth } from "../../../shared/dates.js";

describe("monthParts", () => {
  it("splits a range into whole months and the parts of months it cuts through", () => {
    expect(monthParts("2025-01-01", "2025-12-31")).toEqual({ whole: ["2025-01-01", "2025-12-01"], before: null, after: null });
    expect(monthParts("2025-01-15", "2025-03-10")).toEqual({ whole: ["2025-02-01", "2025-02-01"], before: ["2025-01-15", "2025-01-31"], after: ["2025-03-01", "2025-03-10"] });
    expect(monthParts("2025-02-03", "2025-02-20")).toEqual({ whole: null, before: ["2025-02-03", "2025-02-20"], after: null });
    expect(monthParts("2025-01-20", "2025-02-10")).toEqual({ whole: null, before: ["2025-01-20", "2025-02-10"], after: null });
    expect(monthParts("2024-02-01", "2024-02-29")).toEqual({ whole: ["2024-02-01", "2024-02-01"], before: null, after: null });
  });
});

describe("months", () => {
  it("names a month in Dutch and knows its last day", () => {
    expect(formatDutchMonth("2026-10")).toBe("oktober 2026");
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
  });

  it("closes only a month that has ended", () => {
    expect(checkClosable("2026-10", "2026-11-01")).toBeNull();
    expect(checkClosable("2026-11", "2026-11-30")).toMatchObject({ code: "OUTSIDE_PERIOD", field: "month" });
    expect(checkClosable("2026-13", "2027-11-30")).toMatchObject({ code: "INVALID_INPUT" });
    expect(checkClosable("oktober", "2027-11-30")).toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("a change to an entry", () => {
  const closed = new Set(["2026-09", "2026-10"]);
  const isClosed = (m: string) => closed.has(m);

  it("happens in place in an open month", () => {
    expect(bookingOfChange({ bookedMonth: "2026-11", dateMonth: "2026-11" }, "2026-11", isClosed)).toEqual({ inPlace: true });
  });

  it("of a closed month is booked in the first open month after it", () => {
    expect(bookingOfChange({ bookedMonth: "2026-09", dateMonth: "2026-09" }, "2026-09", isClosed)).toEqual({ inPlace: false, bookIn: "2026-11" });
    expect(bookingOfChange({ bookedMonth: "2026-10", dateMonth: "2026-10" }, null, isClosed)).toEqual({ inPlace: false, bookIn: "2026-11" });
  });

  it("may not move hours of an open month into a closed one", () => {
    expect(bookingOfChange({ bookedMonth: "2026-11", dateMonth: "2026-11" }, "2026-10", isClosed)).toMatchObject({
      code: "OUTSIDE_PERIOD",
      message: expect.stringContaining("Oktober 2026 is afgesloten"),
    });
  });

  it("lets a correction line dated in a closed month but booked in an open one change in place", () => {
    expect(bookingOfChange({ bookedMonth: "2026-11", dateMonth: "2026-10" }, "2026-10", isClosed)).toEqual({ inPlace: true });
  });
});

describe("prices and counts", () => {
  it("prices minutes at an hourly tariff once per line, rounded half away from zero", () => {
    expect(priceCents(90 * 6850, 0)).toBe(10275);
    expect(priceCents(1 * 30, 0)).toBe(1); // 0.5 cent
    expect(priceCents(-1 * 30, 0)).toBe(-1);
    expect(priceCents(7 * 6850, 0)).toBe(799); // 799.17
    expect(priceCents(0, 3 * 4750)).toBe(14250);
    expect(Object.is(priceCents(-10, 0), 0)).toBe(true);
  });

  it("shows fewer than five residents as < 5 and gives no exact number for them", () => {
    expect(residentsShown(0)).toEqual({ display: "0", count: 0 });
    expect(residentsShown(1)).toEqual({ display: "< 5", count: null });
    expect(residentsShown(4)).toEqual({ display: "< 5", count: null });
    expect(residentsShown(5)).toEqual({ display: "5", count: 5 });
  });

  it("writes euros the Dutch way", () => {
    expect(formatEuros(123456)).toBe("1.234,56");
    expect(formatEuros(5)).toBe("0,05");
    expect(formatEuros(-2550)).toBe("-25,50");
    expect(formatEuros(100000000)).toBe("1.000.000,00");
  });
});
