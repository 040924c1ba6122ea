import { describe, expect, it } from "vitest";
import { approvalNeeded, approvalRefusal, checkEligibility, checkWorkLikePart, productsCovering } from "../../../server/rules/eligibility.js";
import { GROESBEEK, ZOETERMEER } from "../../../server/modules/catalogue/catalogues.js";

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
  const none = { earlierOfSameKind: 0, maatwerkActive: false, maatwerkStartsAfter: null, stoppedBefore: null, grantedByIndication: false };
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

describe("approval in Berg en Dal, which grants first (GRANT_FIRST)", () => {
  const groesbeek = (code: string) => GROESBEEK.voorzieningen.find((v) => v.code === code)!;
  const none = { earlierOfSameKind: 0, maatwerkActive: false, maatwerkStartsAfter: null, stoppedBefore: null, grantedByIndication: false };
  const open = { startDate: "2026-03-01", endDate: null };

  it("puts every voorziening of Bijlage 5 under the municipality's grant", () => {
    expect(GROESBEEK.voorzieningen.filter((v) => v.approval !== "GRANT_FIRST").map((v) => v.code)).toEqual([]);
  });

  it.each(GROESBEEK.voorzieningen.map((v) => v.code))("%s waits for the municipality when no indication grants it", (code) => {
    expect(approvalNeeded(groesbeek(code), open, none)).toBe("GRANT_FIRST");
  });

  it("lets a deployment that follows a covering indication run at once", () => {
    expect(approvalNeeded(groesbeek("BEGELEIDING_MIDDELLANG"), open, { ...none, grantedByIndication: true })).toBeNull();
    // The other facts are Zoetermeer's kortdurende begeleiding's; they neither add nor lift a grant.
    expect(approvalNeeded(groesbeek("BEGELEIDING_KORTDUREND"), open, { ...none, maatwerkActive: true, earlierOfSameKind: 2, grantedByIndication: true })).toBeNull();
    expect(approvalNeeded(groesbeek("BEGELEIDING_KORTDUREND"), open, { ...none, maatwerkActive: true, earlierOfSameKind: 2 })).toBe("GRANT_FIRST");
  });

  it("counts an indication for individuele begeleiding as a grant for begeleiding only", () => {
    expect(productsCovering("02")).toEqual(["BEGELEIDING_INDIVIDUEEL"]);
    for (const category of ["04", "07", "08"]) expect(productsCovering(category)).toEqual([]);
  });

  it("tells the provider only that the municipality must approve, never why", () => {
    expect(approvalRefusal(groesbeek("BEGELEIDING_KORTDUREND"))).toEqual({
      code: "APPROVAL_REQUIRED",
      field: null,
      message:
        "Deze inzet moet eerst door de gemeente worden goedgekeurd. De inzet is vastgelegd en wacht op goedkeuring van de gemeente; u kunt uren schrijven zodra de gemeente heeft goedgekeurd.",
    });
  });

  it("leaves Zoetermeer's voorzieningen as they were", () => {
    for (const code of ["RECREATIEVE_DAGBESTEDING", "ZORGCOORDINATIE", "WAAKVLAMCONTACT", "KORTDURENDE_BEGELEIDING"]) {
      expect(approvalNeeded(rule(code), open, none)).toBeNull();
    }
  });
});

describe("recreatieve dagbesteding with a work-like part", () => {
  it("needs the provider's motivation", () => {
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, null)).toMatchObject({ code: "NOT_ELIGIBLE", field: "motivation" });
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), true, "Zwaartepunt op recreatie")).toBeNull();
    expect(checkWorkLikePart(rule("RECREATIEVE_DAGBESTEDING"), false, null)).toBeNull();
  });
});
