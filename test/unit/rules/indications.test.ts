import { describe, expect, it } from "vitest";
import { checkIndication } from "../../../server/rules/indications.js";

const good = {
  residentBsn: "1234 56 782",
  householdCode: " HH-1 ",
  providerId: "6F1C2A3B-0000-4000-8000-000000000001",
  product: "BEGELEIDING_INDIVIDUEEL",
  startDate: "2026-01-01",
  endDate: null,
};

describe("checking a maatwerk indication", () => {
  it("accepts a good one and normalises BSN, household code and provider id", () => {
    expect(checkIndication(good)).toEqual({
      value: { bsn: "123456782", householdCode: "HH-1", providerId: "6f1c2a3b-0000-4000-8000-000000000001", product: "BEGELEIDING_INDIVIDUEEL", startDate: "2026-01-01", endDate: null },
      problems: [],
    });
  });

  it("names every wrong field, in the order of the fields", () => {
    const { problems } = checkIndication({ ...good, residentBsn: "123456789", householdCode: "", product: "DAGBESTEDING", startDate: "2026-02-30", endDate: "2026-13-01" });
    expect(problems.map((p) => p.field)).toEqual(["residentBsn", "householdCode", "product", "startDate", "endDate"]);
    expect(problems.every((p) => p.code === "INVALID_INPUT")).toBe(true);
  });

  it("refuses an end before the start", () => {
    expect(checkIndication({ ...good, endDate: "2025-12-31" }).problems).toEqual([
      { code: "INVALID_INPUT", field: "endDate", message: "De einddatum ligt vóór de startdatum." },
    ]);
  });

  it("never repeats the BSN in a message", () => {
    const { problems } = checkIndication({ ...good, residentBsn: "123456789" });
    expect(problems[0].message).not.toContain("123456789");
  });
});
