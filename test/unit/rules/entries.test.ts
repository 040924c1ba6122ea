import { describe, expect, it } from "vitest";
import { checkEntry } from "../../../server/rules/entries.js";
import { checkNewDeployment } from "../../../server/rules/deployments.js";
import { GROESBEEK, ZOETERMEER } from "../../../server/modules/catalogue/catalogues.js";

const kortdurend = ZOETERMEER.voorzieningen.find((v) => v.code === "KORTDURENDE_BEGELEIDING")!;
const groesbeekKort = GROESBEEK.voorzieningen.find((v) => v.code === "BEGELEIDING_KORTDUREND")!;
const today = "2026-11-23";
const period = { startDate: "2026-10-01", endDate: "2026-12-31" };

describe("an hour entry", () => {
  it.each([
    [{ date: "2026-11-20", amount: 0 }, "INVALID_INPUT", "minutes"],
    [{ date: "2026-11-20", amount: -30 }, "INVALID_INPUT", "minutes"],
    [{ date: "2026-11-20", amount: 1.5 }, "INVALID_INPUT", "minutes"],
    [{ date: "2026-11-20", amount: 1441 }, "INVALID_INPUT", "minutes"],
    [{ date: "2026-02-30", amount: 60 }, "INVALID_INPUT", "date"],
    [{ date: "2026-11-24", amount: 60 }, "FUTURE_DATE", "date"],
    [{ date: "2026-09-30", amount: 60 }, "OUTSIDE_PERIOD", "date"],
  ])("%o is refused with %s on %s", (entry, code, field) => {
    expect(checkEntry(kortdurend, period, entry, today, 0)).toMatchObject({ code, field });
  });

  it("accepts a whole day's worth on today's date", () => {
    expect(checkEntry(kortdurend, period, { date: today, amount: 1440 }, today, 0)).toBeNull();
  });

  it("refuses more than 24 hours on one day of one deployment", () => {
    const refusal = checkEntry(kortdurend, period, { date: "2026-11-20", amount: 61 }, today, 1380);
    expect(refusal).toMatchObject({ code: "INVALID_INPUT", field: "minutes" });
    expect(refusal!.message).toBe("Op 20 november 2026 staat al 23:00 uur op deze inzet; meer dan 24:00 uur op één dag kan niet.");
  });

  it("refuses a date past Groesbeek's six months even without an end date", () => {
    const open = { startDate: "2026-01-15", endDate: null };
    expect(checkEntry(groesbeekKort, open, { date: "2026-07-14", amount: 60 }, today, 0)).toBeNull();
    expect(checkEntry(groesbeekKort, open, { date: "2026-07-15", amount: 60 }, today, 0)).toMatchObject({ code: "OUTSIDE_PERIOD" });
  });
});

describe("a new deployment", () => {
  it("ends Groesbeek's kortdurend traject after six months when no end is given", () => {
    expect(checkNewDeployment(groesbeekKort, { startDate: "2026-11-01", endDate: null, motivation: null })).toEqual({ endDate: "2027-04-30" });
  });

  it("refuses an end date past the maximum duration", () => {
    expect(checkNewDeployment(groesbeekKort, { startDate: "2026-11-01", endDate: "2027-05-01", motivation: null })).toMatchObject({
      code: "OUTSIDE_PERIOD",
      field: "endDate",
    });
  });

  it("refuses an end before the start", () => {
    expect(checkNewDeployment(kortdurend, { startDate: "2026-11-01", endDate: "2026-10-31", motivation: null })).toMatchObject({
      code: "INVALID_INPUT",
      field: "endDate",
    });
  });
});
