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
  it.each([
    [{ earlierOfSameKind: 0, maatwerkActive: false }, null],
    [{ earlierOfSameKind: 1, maatwerkActive: false }, "REPEAT"],
    [{ earlierOfSameKind: 0, maatwerkActive: true }, "DURING_MAATWERK"],
  ])("with %o needs %s", (f, expected) => {
    expect(approvalNeeded(rule("KORTDURENDE_BEGELEIDING"), f)).toBe(expected);
  });

  it("never asks approval for the other voorzieningen", () => {
    expect(approvalNeeded(rule("ZORGCOORDINATIE"), { earlierOfSameKind: 3, maatwerkActive: true })).toBeNull();
  });
});

describe("recreatieve dagbesteding with a work-like part", () => {
  it("needs the provider's motivation", () => {
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, null)).toMatchObject({ code: "NOT_ELIGIBLE", field: "motivation" });
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, "Zwaartepunt op recreatie")).toBeNull();
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), false, null)).toBeNull();
  });
});
