import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { addDays } from "../../shared/dates.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let finance: GraphQLSession;
/** Every body finance received in this file, scanned for BSNs at the end. */
const received: string[] = [];

beforeAll(async () => {
  portal = await startTestPortal();
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
});
afterAll(() => portal?.stop());

const REPORT = `
  query Report($m: String!, $from: Date!, $to: Date!, $p: ID, $v: String) {
    usageReport(municipalityCode: $m, from: $from, to: $to, providerId: $p, voorzieningCode: $v) {
      municipalityCode municipalityName from to closedMonths providers { id name }
      rows { month monthLabel providerId providerName voorzieningCode voorzieningName unit minutes hours dagdelen etmalen
             correctionLines correctionAmount residents residentCount amountCents unpricedLines closed }
      totals { minutes hours dagdelen etmalen correctionLines residents residentCount amountCents unpricedLines }
    }
  }`;

const RANGE = { from: addDays(today, -500), to: today };

async function report(session: GraphQLSession, variables: Record<string, unknown> = {}) {
  const result = await session.request(REPORT, { m: "GM0637", ...RANGE, ...variables });
  received.push(JSON.stringify(result));
  return result;
}

/** A download with the session's cookie, as the portal's download button fetches it. */
async function download(session: GraphQLSession | null, path: string) {
  const response = await fetch(`${portal.url}${path}`, { headers: session ? { cookie: (session as any).cookie } : {} });
  return response;
}

const exportPath = (format: "csv" | "xlsx", params: Record<string, string> = {}) =>
  `/exports/usage.${format}?${new URLSearchParams({ municipalityCode: "GM0637", ...RANGE, ...params }).toString()}`;

/** Nine digits standing alone (not inside an id) that pass the elfproef. */
const bsnsIn = (text: string) => (text.match(/(?<![\w-])\d{9}(?![\w-])/g) ?? []).filter(isValidBsn);

/** A CSV as the export writes it: BOM, semicolons, CRLF; no field of the report holds a quote or separator. */
function readCsv(bytes: Buffer): string[][] {
  // A byte order mark first, so that Excel reads the file as UTF-8 (fetch's text() would drop it).
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes
    .subarray(3)
    .toString("utf8")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(";"));
}

describe("the usage report", () => {
  it("reconciles with the entries: minutes and amounts per month, provider and voorziening equal their SQL sums", async () => {
    const { data } = await report(finance);
    const rows = data.usageReport.rows as Array<Record<string, any>>;
    expect(rows.length).toBeGreaterThan(3);

    // Straight from the tables: every live entry of Zoetermeer in the range, and every tariff.
    const entries = await portal.sql<{ month: string; provider: string; code: string; date: string; amount: number }>(
      `SELECT to_char(e.entry_date, 'YYYY-MM') AS month, d.provider_id AS provider, d.voorziening_code AS code, e.entry_date::text AS date, e.amount
         FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id JOIN municipality m ON m.id = e.municipality_id
        WHERE m.code = 'GM0637' AND e.deleted_at IS NULL AND e.entry_date BETWEEN $1 AND $2`,
      [RANGE.from, RANGE.to],
    );
    const tariffs = await portal.sql<{ provider: string; code: string; from: string; cents: number }>(
      `SELECT c.provider_id AS provider, t.voorziening_code AS code, t.valid_from::text AS from, t.amount_cents AS cents
         FROM tariff t JOIN contract c ON c.id = t.contract_id ORDER BY t.valid_from DESC`,
    );
    const expected = new Map<string, { minutes: number; minuteCents: number }>();
    for (const e of entries) {
      const key = `${e.month}|${e.provider}|${e.code}`;
      const tariff = tariffs.find((t) => t.provider === e.provider && t.code === e.code && t.from <= e.date)!;
      const sum = expected.get(key) ?? { minutes: 0, minuteCents: 0 };
      sum.minutes += e.amount;
      sum.minuteCents += e.amount * tariff.cents;
      expected.set(key, sum);
    }
    expect(rows.map((r) => [`${r.month}|${r.providerId}|${r.voorzieningCode}`, r.minutes, r.amountCents]).sort()).toEqual(
      [...expected].map(([key, s]) => [key, s.minutes, Math.round(s.minuteCents / 60)]).sort(),
    );
    const totalMinutes = entries.reduce((sum, e) => sum + e.amount, 0);
    expect(data.usageReport.totals).toMatchObject({
      minutes: totalMinutes,
      hours: `${Math.floor(totalMinutes / 60)}:${String(totalMinutes % 60).padStart(2, "0")}`,
      amountCents: rows.reduce((sum, r) => sum + r.amountCents, 0),
      unpricedLines: 0,
      correctionLines: 0,
    });
  });

  it("prices each entry with the tariff valid on its date", async () => {
    // The demo raises kortdurende begeleiding in Zoetermeer from 68,50 to 70,00 an hour from the first of the month two months ago.
    const { data } = await report(finance, { v: "KORTDURENDE_BEGELEIDING" });
    const raise = (await portal.sql<{ from: string }>("SELECT max(valid_from)::text AS from FROM tariff WHERE voorziening_code = 'KORTDURENDE_BEGELEIDING' AND amount_cents = 7000"))[0].from;
    for (const row of data.usageReport.rows) {
      const [{ before, after }] = await portal.sql<{ before: number; after: number }>(
        `SELECT COALESCE(SUM(e.amount) FILTER (WHERE e.entry_date < $3), 0)::int AS before, COALESCE(SUM(e.amount) FILTER (WHERE e.entry_date >= $3), 0)::int AS after
           FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id
          WHERE d.provider_id = $1 AND d.voorziening_code = 'KORTDURENDE_BEGELEIDING' AND to_char(e.entry_date, 'YYYY-MM') = $2 AND e.deleted_at IS NULL
            AND d.municipality_id = (SELECT id FROM municipality WHERE code = 'GM0637')`,
        [row.providerId, row.month, raise],
      );
      expect(row.amountCents).toBe(Math.round((before * 6850 + after * 7000) / 60));
    }
  });

  it("counts residents without naming them, and shows fewer than five as < 5", async () => {
    const { data } = await report(finance);
    const small = data.usageReport.rows.filter((r: any) => r.residents === "< 5");
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) expect(row.residentCount).toBeNull();

    // Five residents of De Linde in recreatieve dagbesteding today: the exact count shows.
    const deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    for (let i = 0; i < 5; i++) {
      const id = await startDeployment(deLinde, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(2), motivation: "Samen koken; geen productiedoelen." });
      expect((await deLinde.request(LOG_HOURS, { input: { deploymentId: id, date: today, minutes: 120 } })).data.logHours.userErrors).toEqual([]);
    }
    const after = await report(finance, { from: today, v: "RECREATIEVE_DAGBESTEDING" });
    expect(after.data.usageReport.rows).toMatchObject([{ providerName: "Welzijn De Linde", minutes: 600, hours: "10:00", residents: "5", residentCount: 5, amountCents: 10 * 3900 }]);
  });

  it("filters by provider and voorziening, and lists the providers to filter on", async () => {
    const { data } = await report(finance);
    const horizon = data.usageReport.providers.find((p: any) => p.name === "Zorggroep Horizon");
    expect(data.usageReport.providers.map((p: any) => p.name)).toEqual(["Welzijn De Linde", "Zorggroep Horizon"]);
    const only = await report(finance, { p: horizon.id, v: "ZORGCOORDINATIE" });
    expect(only.data.usageReport.rows.length).toBeGreaterThan(0);
    for (const row of only.data.usageReport.rows) expect(row).toMatchObject({ providerName: "Zorggroep Horizon", voorzieningCode: "ZORGCOORDINATIE" });
    expect((await report(finance, { p: "geen-id" })).data.usageReport.rows).toEqual([]);
  });

  it("refuses a range that ends before it starts", async () => {
    const result = await report(finance, { from: today, to: daysAgo(1) });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the exports", () => {
  it("hold the same figures as the screen, with Dutch headers, as a download", async () => {
    const { data } = await report(finance);
    const response = await download(finance, exportPath("csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="gebruik-GM0637-${RANGE.from}-${RANGE.to}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    received.push(bytes.toString("utf8"));
    const [header, ...lines] = readCsv(bytes);
    expect(header).toEqual([
      "Maand", "Dienstverlener", "Voorziening", "Code voorziening", "Eenheid", "Minuten", "Uren", "Dagdelen", "Etmalen",
      "Correctieregels", "Waarvan correctie (in eenheid)", "Inwoners", "Bedrag (euro)", "Bedrag (cent)", "Regels zonder tarief", "Maand afgesloten",
    ]);
    const totals = lines.pop()!;
    expect(lines.map((l) => [l[0], l[1], l[3], Number(l[5]), l[6], l[11], Number(l[13])])).toEqual(
      data.usageReport.rows.map((r: any) => [r.month, r.providerName, r.voorzieningCode, r.minutes, r.hours, r.residents, r.amountCents]),
    );
    const t = data.usageReport.totals;
    expect([totals[0], Number(totals[5]), totals[6], totals[11], Number(totals[13])]).toEqual(["Totaal", t.minutes, t.hours, t.residents, t.amountCents]);
  });

  it("as XLSX too", async () => {
    const { data } = await report(finance);
    const response = await download(finance, exportPath("xlsx"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="gebruik-GM0637-.*\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
    const sheet = workbook.getWorksheet("Gebruik")!;
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    const [header, ...lines] = values.map((row) => row.slice(1));
    expect(header[0]).toBe("Maand");
    const totals = lines.pop()!;
    // Figures are numeric cells (decimal hours, euros as a number), a small count stays "< 5".
    expect(lines.map((l) => [l[0], l[3], l[5], l[6], l[11], l[12], l[13]])).toEqual(
      data.usageReport.rows.map((r: any) => [r.month, r.voorzieningCode, r.minutes, r.minutes / 60, r.residentCount ?? r.residents, r.amountCents / 100, r.amountCents]),
    );
    expect([totals[0], totals[5], totals[13]]).toEqual(["Totaal", data.usageReport.totals.minutes, data.usageReport.totals.amountCents]);
    expect(sheet.getRow(2).getCell(7).numFmt).toBe("#,##0.00");
    expect(sheet.getRow(2).getCell(13).numFmt).toBe("#,##0.00");
    received.push(JSON.stringify(values));
  });

  it("answer only a logged-in reader of their own municipality", async () => {
    expect((await download(null, exportPath("csv"))).status).toBe(401);
    const provider = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    expect((await download(provider, exportPath("csv"))).status).toBe(403);
    expect((await download(finance, exportPath("csv", { municipalityCode: "GM1945" }))).status).toBe(404);
    expect((await download(finance, `/exports/usage.csv?municipalityCode=GM0637&from=gisteren&to=${today}`)).status).toBe(400);
    const elsewhere = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect((await download(elsewhere, exportPath("csv"))).status).toBe(404);
  });

  it("are in the audit trail", async () => {
    await download(finance, exportPath("csv"));
    const rows = await portal.sql<{ action: string; actor_role: string }>("SELECT action, actor_role FROM audit_event WHERE action LIKE 'finance.export.%'");
    expect(rows).toContainEqual({ action: "finance.export.csv", actor_role: "FINANCE" });
  });
});

describe("who sees the report", () => {
  it("gives finance of another municipality nothing, and refuses providers and functioneel beheer", async () => {
    expect((await report(finance, { m: "GM1945" })).data.usageReport).toBeNull();
    expect((await finance.request(`{ tariffs(municipalityCode: "GM1945") { id } }`)).data.tariffs).toEqual([]);
    const provider = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    expect((await report(provider)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    expect((await report(admin)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    expect((await report(consulent)).data.usageReport.rows.length).toBeGreaterThan(0);
  });
});

describe("tariffs", () => {
  const SET = `
    mutation Set($input: SetTariffInput!) {
      setTariff(input: $input) { tariff { providerName voorzieningCode unit amountCents validFrom validTo } userErrors { code field message } }
    }`;

  it("are set per contract and voorziening by functioneel beheer, and read by finance", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const [{ id: deLinde }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Welzijn De Linde'");
    const input = { municipalityCode: "GM0637", providerId: deLinde, voorzieningCode: "WAAKVLAMCONTACT", unit: "HOUR", amountCents: 6725, validFrom: "2027-01-01" };
    const set = await admin.request(SET, { input });
    expect(set.data.setTariff).toEqual({
      tariff: { providerName: "Welzijn De Linde", voorzieningCode: "WAAKVLAMCONTACT", unit: "HOUR", amountCents: 6725, validFrom: "2027-01-01", validTo: null },
      userErrors: [],
    });
    const listed = await finance.request(`{ tariffs(municipalityCode: "GM0637") { providerName voorzieningCode amountCents validFrom validTo } }`);
    received.push(JSON.stringify(listed));
    const waakvlam = listed.data.tariffs.filter((t: any) => t.providerName === "Welzijn De Linde" && t.voorzieningCode === "WAAKVLAMCONTACT");
    expect(waakvlam).toEqual([
      { providerName: "Welzijn De Linde", voorzieningCode: "WAAKVLAMCONTACT", amountCents: 6500, validFrom: "2024-01-01", validTo: "2026-12-31" },
      { providerName: "Welzijn De Linde", voorzieningCode: "WAAKVLAMCONTACT", amountCents: 6725, validFrom: "2027-01-01", validTo: null },
    ]);

    expect((await admin.request(SET, { input: { ...input, unit: "DAGDEEL" } })).data.setTariff.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "unit" }]);
    expect((await admin.request(SET, { input: { ...input, amountCents: -1 } })).data.setTariff.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "amountCents" }]);
    expect((await admin.request(SET, { input: { ...input, voorzieningCode: "BESTAAT_NIET" } })).data.setTariff.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "voorzieningCode" }]);
    expect((await admin.request(SET, { input: { ...input, validFrom: "2020-01-01" } })).data.setTariff.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "providerId" }]);
    expect((await admin.request(SET, { input: { ...input, municipalityCode: "GM1945" } })).data.setTariff.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
    expect((await finance.request(SET, { input })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("privacy", () => {
  it("no answer or export finance received in this file holds a BSN, a masked one, or anything about a person", async () => {
    expect(received.length).toBeGreaterThan(8);
    for (const body of received) {
      expect(bsnsIn(body)).toEqual([]);
      // Residents have no name in the portal; what identifies one is the BSN, masked or not, and its id.
      expect(body).not.toMatch(/bsn|\*{6}\d{3}|residentId|householdCode/i);
    }
  });
});
