import { describe, expect, it } from "vitest";
import { checkCap } from "../../../server/rules/caps.js";
import type { CapWindow, VoorzieningRule } from "../../../server/rules/types.js";
import { GROESBEEK, ZOETERMEER } from "../../../server/modules/catalogue/catalogues.js";

const rule = (code: string, catalogue = ZOETERMEER): VoorzieningRule => catalogue.voorzieningen.find((v) => v.code === code)!;
const whole: CapWindow = { kind: "DEPLOYMENT", start: "2026-09-01", end: null };

describe("caps", () => {
  it("accepts the 3000th minute of kortdurende begeleiding", () => {
    expect(checkCap(rule("KORTDURENDE_BEGELEIDING"), whole, 2999, 1)).toBeNull();
  });

  it("refuses the 3001st minute of kortdurende begeleiding with the figures", () => {
    const refusal = checkCap(rule("KORTDURENDE_BEGELEIDING"), whole, 3000, 1);
    expect(refusal).toMatchObject({ code: "CAP_EXCEEDED", field: "minutes", capUsage: { cap: 3000, used: 3000, remaining: 0 } });
    expect(refusal!.message).toBe("Dit past niet binnen het maximum. Nog 0:00 van de 50:00 uur over in deze inzet.");
  });

  it("says how much is left in hours and minutes", () => {
    expect(checkCap(rule("KORTDURENDE_BEGELEIDING"), whole, 2955, 60)!.message).toContain("Nog 0:45 van de 50:00 uur over in deze inzet.");
  });

  it("names the half year in a zorgcoördinatie refusal", () => {
    const half: CapWindow = { kind: "HALF_YEAR", start: "2026-07-01", end: "2026-12-31" };
    expect(checkCap(rule("ZORGCOORDINATIE"), half, 3000, 15)!.message).toBe(
      "Dit past niet binnen het maximum. Nog 0:00 van de 50:00 uur over in dit halfjaar (1 juli 2026 tot en met 31 december 2026).",
    );
  });

  it("never refuses recreatieve dagbesteding, which has no cap", () => {
    expect(checkCap(rule("RECREATIEVE_DAGBESTEDING"), whole, 100_000, 1440)).toBeNull();
  });

  it("holds Groesbeek's kortdurend traject to 52 hours", () => {
    const kortdurend = rule("BEGELEIDING_KORTDUREND", GROESBEEK);
    expect(checkCap(kortdurend, whole, 3060, 60)).toBeNull();
    expect(checkCap(kortdurend, whole, 3060, 61)).toMatchObject({ code: "CAP_EXCEEDED", capUsage: { cap: 3120, remaining: 60 } });
  });
});
