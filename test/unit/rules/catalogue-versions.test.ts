import { describe, expect, it } from "vitest";
import { ZOETERMEER } from "../../../server/modules/catalogue/catalogues.js";
import { checkCatalogueVersion, draftToRule, type VoorzieningDraft } from "../../../server/rules/catalogue-versions.js";

/** Zoetermeer's catalogue as an admin would enter it again. */
const drafts: VoorzieningDraft[] = ZOETERMEER.voorzieningen.map((rule) => ({
  ...rule,
  capAmount: rule.cap?.amount ?? null,
  capWindow: rule.cap?.window ?? null,
}));
const history = { today: "2026-11-23", latestValidFrom: "2024-01-01", latest: ZOETERMEER.voorzieningen, runningCodes: ["KORTDURENDE_BEGELEIDING", "WAAKVLAMCONTACT"] };
const draft = { validFrom: "2027-01-01", name: "Zoetermeer 2027", policySource: "Beleidsregels 2027", voorzieningen: drafts };
const fields = (d: typeof draft, h = history) => checkCatalogueVersion(d, h).map((p) => p.field);

describe("a new catalogue version", () => {
  it("is accepted from a future date with complete voorzieningen", () => {
    expect(checkCatalogueVersion(draft, history)).toEqual([]);
  });

  it("cannot start today or earlier: the past cannot be changed", () => {
    expect(fields({ ...draft, validFrom: "2026-11-23" })).toEqual(["validFrom"]);
    expect(fields({ ...draft, validFrom: "2025-01-01" })).toEqual(["validFrom"]);
  });

  it("must start after the newest version, also when that one lies in the future", () => {
    const refusals = checkCatalogueVersion({ ...draft, validFrom: "2027-01-01" }, { ...history, latestValidFrom: "2027-01-01" });
    expect(refusals).toMatchObject([{ field: "validFrom", message: "De nieuwste versie gaat in op 1 januari 2027; een nieuwe versie moet daarna ingaan." }]);
  });

  it("needs a window for a cap amount, and a positive amount", () => {
    const changed = drafts.map((d) => (d.code === "RECREATIEVE_DAGBESTEDING" ? { ...d, capAmount: 600 } : d.code === "ZORGCOORDINATIE" ? { ...d, capAmount: 0 } : d));
    expect(fields({ ...draft, voorzieningen: changed })).toEqual(["voorzieningen[0].capWindow", "voorzieningen[2].capAmount"]);
  });

  it("refuses a code twice, a malformed code, and a voorziening without its policy quote", () => {
    const changed = [...drafts, { ...drafts[1] }, { ...drafts[0], code: "dagbesteding" }, { ...drafts[0], code: "NIEUW", policyQuote: " " }];
    expect(fields({ ...draft, voorzieningen: changed })).toEqual(["voorzieningen[4].code", "voorzieningen[5].code", "voorzieningen[6].policyQuote"]);
  });

  it("counts review years in twelve months only", () => {
    const changed = drafts.map((d) => (d.code === "WAAKVLAMCONTACT" ? { ...d, reviewCycleMonths: 6 } : d));
    expect(fields({ ...draft, voorzieningen: changed })).toEqual(["voorzieningen[3].reviewCycleMonths"]);
  });

  it("keeps the unit and the window of an existing code, so running totals stay right", () => {
    const changed = drafts.map((d) => (d.code === "KORTDURENDE_BEGELEIDING" ? { ...d, unit: "DAGDELEN" as const, capWindow: "HALF_YEAR" as const } : d));
    expect(fields({ ...draft, voorzieningen: changed })).toEqual(["voorzieningen[1].unit", "voorzieningen[1].capWindow"]);
    // A cap for a voorziening that had none counts in the same window (the whole deployment).
    const capped = drafts.map((d) => (d.code === "RECREATIEVE_DAGBESTEDING" ? { ...d, capAmount: 6000, capWindow: "DEPLOYMENT" as const } : d));
    expect(fields({ ...draft, voorzieningen: capped })).toEqual([]);
  });

  it("keeps every voorziening that still has running deployments", () => {
    const refusals = checkCatalogueVersion({ ...draft, voorzieningen: drafts.filter((d) => d.code !== "WAAKVLAMCONTACT") }, history);
    expect(refusals).toMatchObject([{ field: "voorzieningen", message: expect.stringContaining("WAAKVLAMCONTACT") }]);
  });

  it("turns a draft into the rule the engine reads", () => {
    expect(draftToRule(drafts[2])).toEqual(ZOETERMEER.voorzieningen[2]);
  });
});
