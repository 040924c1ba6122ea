import { describe, expect, it } from "vitest";
import { GROESBEEK } from "../../server/modules/catalogue/catalogues.js";

describe("the Berg en Dal catalogue (Groesbeek, Bijlage 5)", () => {
  it("holds every row of Bijlage 5 but the Werkbedrijf's trajectories, each with its unit, cap and duration", () => {
    const rows = GROESBEEK.voorzieningen.map((v) => [v.code, v.unit, v.cap?.amount ?? null, v.cap?.window ?? null, v.maxDurationMonths]);
    expect(rows).toEqual([
      ["WAAKVLAMBEGELEIDING", "MINUTES", 900, "REVIEW_YEAR", null],
      ["SPECIALISTISCHE_WAAKVLAMBEGELEIDING", "MINUTES", 900, "REVIEW_YEAR", null],
      ["BEGELEIDING_KORTDUREND", "MINUTES", 3120, "DEPLOYMENT", 6],
      ["SPECIALISTISCHE_BEGELEIDING_KORTDUREND", "MINUTES", 3120, "DEPLOYMENT", 6],
      ["BEGELEIDING_MIDDELLANG", "MINUTES", 6240, "DEPLOYMENT", 12],
      ["SPECIALISTISCHE_BEGELEIDING_MIDDELLANG", "MINUTES", 6240, "DEPLOYMENT", 12],
      ["DAGBESTEDING_BASIS", "DAGDELEN", null, "WEEK", null],
      ["DAGBESTEDING_SPECIALISTISCH", "DAGDELEN", null, "WEEK", null],
      ["DAGBESTEDING_EXTRA_ONDERSTEUNING", "DAGDELEN", null, "WEEK", null],
      ["BEGELEIDING_LANGDURIG_INTENSIEF", "MINUTES", null, "DEPLOYMENT", 24],
      ["SPECIALISTISCHE_BEGELEIDING_LANGDURIG_INTENSIEF", "MINUTES", null, "DEPLOYMENT", 24],
      ["KORTDUREND_VERBLIJF", "ETMALEN", null, "DEPLOYMENT", null],
      ["VERVOER", "DAGDELEN", null, "WEEK", null],
    ]);
  });
});
