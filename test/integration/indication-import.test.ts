import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let consulent: GraphQLSession;
let horizonId: string;
let deLindeId: string;

const IMPORT = `mutation I($input: ImportMaatwerkIndicationsInput!) {
  importMaatwerkIndications(input: $input) { importedCount rowErrors { line field code message } userErrors { code field message } }
}`;
const HEADER = "residentBsn;householdCode;providerId;product;startDate;endDate";
const importCsv = async (csv: string, session = consulent, municipalityCode = "GM0637") =>
  (await session.request(IMPORT, { input: { municipalityCode, csv } })).data?.importMaatwerkIndications;
const indicationCount = async () => Number((await portal.sql<{ n: string }>("SELECT count(*) AS n FROM maatwerk_indication"))[0].n);

beforeAll(async () => {
  portal = await startTestPortal();
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  const providers = await portal.sql<{ id: string; name: string }>("SELECT id, name FROM provider");
  horizonId = providers.find((p) => p.name === "Zorggroep Horizon")!.id;
  deLindeId = providers.find((p) => p.name === "Welzijn De Linde")!.id;
});
afterAll(() => portal?.stop());

describe("importing maatwerk indications from CSV", () => {
  it("writes every line of a good file, and the indications count for eligibility", async () => {
    const [a, b] = [freshBsn(), freshBsn()];
    const before = await indicationCount();
    const csv = [
      HEADER,
      `${a};HH-IMP-1;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(100)};`,
      `"${b}";HH-IMP-2;${deLindeId};BEGELEIDING_INDIVIDUEEL;${daysAgo(400)};${daysAgo(10)}`,
      "",
      `${a};HH-IMP-1;${deLindeId};BEGELEIDING_INDIVIDUEEL;${daysAgo(50)};${daysAgo(20)}`,
    ].join("\r\n");
    expect(await importCsv(csv)).toEqual({ importedCount: 3, rowErrors: [], userErrors: [] });
    expect(await indicationCount()).toBe(before + 3);
    const rows = await portal.sql<{ household_code: string; end_date: string | null }>(
      "SELECT household_code, end_date FROM maatwerk_indication WHERE household_code LIKE 'HH-IMP-%' ORDER BY household_code, start_date",
    );
    expect(rows).toEqual([
      { household_code: "HH-IMP-1", end_date: null },
      { household_code: "HH-IMP-1", end_date: daysAgo(20) },
      { household_code: "HH-IMP-2", end_date: daysAgo(10) },
    ]);
    // The import is in the audit trail, besides each indication.
    expect(await portal.sql("SELECT result FROM audit_event WHERE action = 'indication.import'")).toEqual([{ result: "OK (3)" }]);
  });

  it("reports every wrong line with its number, field and reason, and writes nothing", async () => {
    const good = freshBsn();
    const before = await indicationCount();
    const twin = freshBsn();
    const csv = [
      HEADER,
      `${good};HH-BAD-1;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // line 2: fine on its own
      `123456789;HH-BAD-2;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // 3: elfproef
      `${freshBsn()};HH-BAD-3;${horizonId};DAGBESTEDING;${daysAgo(10)};`, // 4: product
      `${freshBsn()};HH-BAD-4;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};${daysAgo(20)}`, // 5: end before start
      `${freshBsn()};HH-BAD-5;${randomUUID()};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // 6: no contract
      `${freshBsn()};HH-BAD-6;${horizonId};BEGELEIDING_INDIVIDUEEL;31-02-2026;`, // 7: a date that does not exist
      `${freshBsn()};HH-BAD-7;${horizonId}`, // 8: too few fields
      `${twin};HH-BAD-8;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // 9: fine
      `${twin};HH-BAD-9;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(30)};`, // 10: same resident, other household
    ].join("\n");
    const result = await importCsv(csv);
    expect(result.importedCount).toBe(0);
    expect(result.rowErrors.map((e: { line: number; field: string | null; code: string }) => [e.line, e.field, e.code])).toEqual([
      [3, "residentBsn", "INVALID_INPUT"],
      [4, "product", "INVALID_INPUT"],
      [5, "endDate", "INVALID_INPUT"],
      [6, "providerId", "NOT_FOUND"],
      [7, "startDate", "INVALID_INPUT"],
      [8, null, "INVALID_INPUT"],
      [10, "householdCode", "INVALID_INPUT"],
    ]);
    expect(result.rowErrors[0].message).toBe("Dit is geen geldig BSN: controleer de negen cijfers.");
    expect(result.rowErrors[3].message).toBe("Deze dienstverlener heeft geen contract met de gemeente.");
    expect(result.rowErrors[6].message).toBe("Deze inwoner staat ook op regel 9, met een andere huishoudcode.");
    expect(result.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "csv", message: "Regels 3, 4, 5, 6, 7, 8, 10 bevatten fouten; er is niets opgeslagen. Verbeter het bestand en lever het opnieuw aan." },
    ]);
    expect(await indicationCount()).toBe(before);
    // No message repeats a BSN, not even the malformed one.
    const text = JSON.stringify(result);
    for (const bsn of [good, twin, "123456789"]) expect(text).not.toContain(bsn);
  });

  it("reads Dutch column names with the provider by its name and dates as dd-mm-jjjj", async () => {
    const [a, b] = [freshBsn(), freshBsn()];
    const dutch = (iso: string) => iso.split("-").reverse().join("-");
    const csv = [
      "bsn;huishoudcode;dienstverlener;product;startdatum;einddatum",
      `${a};HH-NL-1;Zorggroep Horizon;BEGELEIDING_INDIVIDUEEL;${dutch(daysAgo(100))};`,
      `${b};HH-NL-2; welzijn de linde ;BEGELEIDING_INDIVIDUEEL;${daysAgo(60)};${dutch(daysAgo(10))}`,
    ].join("\r\n");
    expect(await importCsv(csv)).toEqual({ importedCount: 2, rowErrors: [], userErrors: [] });
    const rows = await portal.sql<{ household_code: string; provider_id: string; start_date: string; end_date: string | null }>(
      "SELECT household_code, provider_id, start_date::text, end_date::text FROM maatwerk_indication WHERE household_code LIKE 'HH-NL-%' ORDER BY household_code",
    );
    expect(rows).toEqual([
      { household_code: "HH-NL-1", provider_id: horizonId, start_date: daysAgo(100), end_date: null },
      { household_code: "HH-NL-2", provider_id: deLindeId, start_date: daysAgo(60), end_date: daysAgo(10) },
    ]);

    const unknown = await importCsv(["bsn;huishoudcode;dienstverlener;product;startdatum;einddatum", `${freshBsn()};HH-NL-3;Zorggroep Horizont;BEGELEIDING_INDIVIDUEEL;${daysAgo(5)};`].join("\n"));
    expect(unknown.importedCount).toBe(0);
    expect(unknown.rowErrors).toEqual([
      { line: 2, field: "providerId", code: "NOT_FOUND", message: "Er is geen dienstverlener met deze naam die een contract heeft met uw gemeente." },
    ]);
  });

  it("reads quoted fields as Excel writes them, a semicolon or a line break inside quotes included, and numbers lines as an editor shows them", async () => {
    const before = await indicationCount();
    const csv = [
      "bsn;huishoudcode;dienstverlener;product;startdatum;einddatum",
      `"${freshBsn()}";"HH-Q-1";"Zorggroep\nHorizon";BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // lines 2 and 3: one record
      `${freshBsn()};HH-Q-2;"Welzijn De Linde; Noord";BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // 4: the semicolon is part of the name
      `123456789;HH-Q-3;"Zorggroep Horizon";BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, // 5
    ].join("\r\n");
    const result = await importCsv(csv);
    expect(result.importedCount).toBe(0);
    expect(result.rowErrors).toEqual([
      { line: 2, field: "providerId", code: "NOT_FOUND", message: "Er is geen dienstverlener met deze naam die een contract heeft met uw gemeente." },
      { line: 4, field: "providerId", code: "NOT_FOUND", message: "Er is geen dienstverlener met deze naam die een contract heeft met uw gemeente." },
      { line: 5, field: "residentBsn", code: "INVALID_INPUT", message: "Dit is geen geldig BSN: controleer de negen cijfers." },
    ]);
    expect(result.userErrors[0].message).toMatch(/^Regels 2, 4, 5 bevatten fouten/);
    expect(await indicationCount()).toBe(before);
  });

  it("refuses a file whose quotes do not close or stand inside a field, with the line, and writes nothing", async () => {
    const before = await indicationCount();
    const result = await importCsv([HEADER, `${freshBsn()};HH-"Q";${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`].join("\n"));
    expect(result).toEqual({
      importedCount: 0,
      rowErrors: [],
      userErrors: [{ code: "INVALID_INPUT", field: "csv", message: "Het bestand kon niet worden gelezen rond regel 2: controleer de aanhalingstekens." }],
    });
    expect(await indicationCount()).toBe(before);
  });

  it("refuses a file without the header line", async () => {
    const result = await importCsv(`${freshBsn()};HH-X;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`);
    expect(result).toMatchObject({ importedCount: 0, rowErrors: [], userErrors: [{ code: "INVALID_INPUT", field: "csv" }] });
    expect(result.userErrors[0].message).toContain(HEADER);
  });

  it("answers another municipality's code as not found and writes nothing", async () => {
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    const before = await indicationCount();
    const result = await importCsv(`${HEADER}\n${freshBsn()};HH-GM;${horizonId};BEGELEIDING_INDIVIDUEEL;${daysAgo(10)};`, bergEnDal, "GM0637");
    expect(result).toMatchObject({ importedCount: 0, userErrors: [{ code: "NOT_FOUND", field: "municipalityCode" }] });
    expect(await indicationCount()).toBe(before);
  });

  it("is for municipality officers only", async () => {
    for (const email of ["medewerker@horizon.demo", "financien@zoetermeer.demo", "beheer@zoetermeer.demo"]) {
      const session = await new GraphQLSession(portal.url).login(email);
      const result = await session.request(IMPORT, { input: { municipalityCode: "GM0637", csv: HEADER } });
      expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("recordMaatwerkIndication after the checks moved to rules/indications.ts", () => {
  it("still refuses a bad BSN with the same sentence and records a good indication", async () => {
    const record = (residentBsn: string) =>
      consulent.request(
        `mutation R($input: RecordMaatwerkIndicationInput!) { recordMaatwerkIndication(input: $input) { indication { householdCode } userErrors { code field message } } }`,
        { input: { municipalityCode: "GM0637", residentBsn, householdCode: "HH-REC", providerId: horizonId, product: "BEGELEIDING_INDIVIDUEEL", startDate: daysAgo(5) } },
      );
    expect((await record("123456789")).data.recordMaatwerkIndication).toEqual({
      indication: null,
      userErrors: [{ code: "INVALID_INPUT", field: "residentBsn", message: "Dit is geen geldig BSN: controleer de negen cijfers." }],
    });
    expect((await record(freshBsn())).data.recordMaatwerkIndication).toEqual({ indication: { householdCode: "HH-REC" }, userErrors: [] });
  });
});
