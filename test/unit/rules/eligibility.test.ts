import { describe, expect, it } from "vitest";
import { approvalNeeded, checkEligibility, checkWorkLikePart } from "../../../server/rules/eligibility.js";
import { ZOETERMEER } from "../../../server/modules/catalogue/catalogues.js";

const rule = (code: string) => ZOETERMEER.voorzieningen.find((v) => v.code === code)!;
const facts = (householdMaatwerkBySameProvider: boolean, endedBegeleidingBySameProvider: boolean) => ({
  householdMaatwerkBySameProvider,
  endedBegeleidingBySameProvider,
});

describe("eligibility", () => {
  it.each([
    ["ZORGCOORDINATIE", facts(true, false), null],
    ["ZORGCOORDINATIE", facts(false, true), "NOT_ELIGIBLE"],
    ["WAAKVLAMCONTACT", facts(false, true), null],
    ["WAAKVLAMCONTACT", facts(true, false), "NOT_ELIGIBLE"],
    ["KORTDURENDE_BEGELEIDING", facts(false, false), null],
    ["RECREATIEVE_DAGBESTEDING", facts(false, false), null],
  ])("%s with %o: %s", (code, f, expected) => {
    expect(checkEligibility(rule(code), f, "2026-11-02")?.code ?? null).toBe(expected);
  });

  it("tells a provider why zorgcoördinatie is refused, with the date", () => {
    expect(checkEligibility(rule("ZORGCOORDINATIE"), facts(false, false), "2026-11-02")!.message).toBe(
      "Zorgcoördinatie kan alleen naast een lopende indicatie voor individuele begeleiding (maatwerk) die uw organisatie in dit huishouden levert. Op 2 november 2026 is die er niet.",
    );
  });
});

describe("approval of kortdurende begeleiding", () => {
  const none = { earlierOfSameKind: 0, maatwerkActive: false, maatwerkStartsAfter: null, stoppedBefore: null };
  const open = { startDate: "2026-03-01", endDate: null };
  it.each([
    [none, null],
    [{ ...none, earlierOfSameKind: 1 }, "REPEAT"],
    [{ ...none, maatwerkActive: true }, "DURING_MAATWERK"],
    // An open kortdurende begeleiding counts as thirteen weeks, plus four weeks to hand over.
    [{ ...none, maatwerkStartsAfter: "2026-06-28" }, "BRIDGING"],
    [{ ...none, maatwerkStartsAfter: "2026-06-29" }, null],
  ])("with %o needs %s", (f, expected) => {
    expect(approvalNeeded(rule("KORTDURENDE_BEGELEIDING"), open, f)).toBe(expected);
  });

  it("counts bridging up to four weeks after a given end date", () => {
    const period = { startDate: "2026-03-01", endDate: "2026-04-30" };
    expect(approvalNeeded(rule("KORTDURENDE_BEGELEIDING"), period, { ...none, maatwerkStartsAfter: "2026-05-28" })).toBe("BRIDGING");
    expect(approvalNeeded(rule("KORTDURENDE_BEGELEIDING"), period, { ...none, maatwerkStartsAfter: "2026-05-29" })).toBeNull();
  });

  it("asks approval for a waakvlamcontact after a stop, and nothing else for the other voorzieningen", () => {
    const stopped = { ...none, stoppedBefore: { decidedOn: "2026-01-10", motivation: "Niet meer nodig." } };
    expect(approvalNeeded(rule("WAAKVLAMCONTACT"), open, stopped)).toBe("AFTER_STOP");
    expect(approvalNeeded(rule("WAAKVLAMCONTACT"), open, { ...none, earlierOfSameKind: 2 })).toBeNull();
    expect(approvalNeeded(rule("ZORGCOORDINATIE"), open, { ...stopped, earlierOfSameKind: 3, maatwerkActive: true })).toBeNull();
  });
});

describe("recreatieve dagbesteding with a work-like part", () => {
  it("needs the provider's motivation", () => {
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, null)).toMatchObject({ code: "NOT_ELIGIBLE", field: "motivation" });
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, "Zwaartepunt op recreatie")).toBeNull();
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), false, null)).toBeNull();
  });
});
