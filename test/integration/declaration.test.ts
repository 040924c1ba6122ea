import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { addDays, addMonths } from "../../shared/dates.js";
import { freshBsn, startDeployment, today } from "../support/fixtures.js";
import { CORRECT_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Last month's hours, declared; then last month is closed and one entry corrected this month. */
let portal: TestPortal;
let employee: GraphQLSession;
let bsn: string;
let firstEntry: string;

const lastMonth = addMonths(today, -1).slice(0, 7);
const thisMonth = today.slice(0, 7);
const lastDayOfLastMonth = addDays(`${thisMonth}-01`, -1);

async function cookieOf(email: string): Promise<string> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation L($e: String!) { login(input: { email: $e, password: "demo" }) { user { id } } }`, variables: { e: email } }),
  });
  return response.headers.get("set-cookie")!.split(";")[0];
}

async function download(email: string | null, format: "csv" | "xlsx", query: string): Promise<Response> {
  return fetch(`${portal.url}/exports/declaration.${format}?${query}`, { headers: email ? { cookie: await cookieOf(email) } : {} });
}

/** The CSV as rows of named fields. */
async function csvLines(email: string, month: string): Promise<Array<Record<string, string>>> {
  const response = await download(email, "csv", `municipalityCode=GM0637&month=${month}`);
  expect(response.status).toBe(200);
  const [header, ...rows] = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => line.split(";"));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

const volumeOf = (lines: Array<Record<string, string>>, dc: "D" | "C", unit = "01") =>
  lines.filter((l) => l.debet_credit === dc && l.eenheid === unit).reduce((sum, l) => sum + Number(l.volume), 0);

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  bsn = freshBsn();
  const deployment = await startDeployment(employee, { residentBsn: bsn, startDate: `${lastMonth}-01` });
  firstEntry = (await employee.request(LOG_HOURS, { input: { deploymentId: deployment, date: `${lastMonth}-05`, minutes: 60 } })).data.logHours.entry.id;
  await employee.request(LOG_HOURS, { input: { deploymentId: deployment, date: lastDayOfLastMonth, minutes: 90 } });
  await employee.request(LOG_HOURS, { input: { deploymentId: deployment, date: today, minutes: 30 } });
});
afterAll(() => portal?.stop());

describe("declaration lines", () => {
  it("give a provider its own month per resident and voorziening, with the BSN, the AGB code and the iWmo codes", async () => {
    const lines = await csvLines("medewerker@horizon.demo", lastMonth);
    const mine = lines.filter((l) => l.bsn === bsn);
    expect(mine).toEqual([
      {
        agb_code: "98000001",
        gemeentecode: "GM0637",
        dienstverlener: "Zorggroep Horizon",
        bsn,
        voorziening: "KORTDURENDE_BEGELEIDING",
        productcategorie: "02",
        productcode: "02V01",
        eenheid: "01",
        volume: "150",
        begindatum: `${lastMonth}-01`,
        einddatum: lastDayOfLastMonth,
        debet_credit: "D",
      },
    ]);
    expect(new Set(lines.map((l) => l.dienstverlener))).toEqual(new Set(["Zorggroep Horizon"]));
  });

  it("add up to the usage report's month, and give finance a stable reference instead of any BSN", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const report = (await finance.request(`query R($from: Date!, $to: Date!) { usageReport(municipalityCode: "GM0637", from: $from, to: $to) { totals { minutes dagdelen } } }`, {
      from: `${lastMonth}-01`,
      to: lastDayOfLastMonth,
    })).data.usageReport.totals;
    const response = await download("financien@zoetermeer.demo", "csv", `municipalityCode=GM0637&month=${lastMonth}`);
    const text = await response.text();
    expect(text.match(/\d{9}/g)?.filter(isValidBsn) ?? []).toEqual([]);
    const lines = await csvLines("financien@zoetermeer.demo", lastMonth);
    expect(Object.keys(lines[0])).toContain("inwonerreferentie");
    expect(new Set(lines.map((l) => l.dienstverlener))).toEqual(new Set(["Zorggroep Horizon", "Welzijn De Linde"]));
    expect(volumeOf(lines, "D") - volumeOf(lines, "C")).toBe(report.minutes);
    expect(volumeOf(lines, "D", "16") - volumeOf(lines, "C", "16")).toBe(report.dagdelen);
    const again = await csvLines("financien@zoetermeer.demo", lastMonth);
    expect(again.map((l) => l.inwonerreferentie)).toEqual(lines.map((l) => l.inwonerreferentie));
    expect(lines.every((l) => /^INW-[0-9A-F]{16}$/.test(l.inwonerreferentie))).toBe(true);
  });

  it("book a correction after the month closed as a credit of the old volume and a debit of the new, never as a changed month", async () => {
    const before = await csvLines("medewerker@horizon.demo", lastMonth);
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const closed = await admin.request(`mutation C($month: String!) { closePeriod(municipalityCode: "GM0637", month: $month) { userErrors { code message } } }`, { month: lastMonth });
    expect(closed.data.closePeriod.userErrors).toEqual([]);
    const corrected = await employee.request(CORRECT_HOURS, { input: { entryId: firstEntry, date: `${lastMonth}-05`, minutes: 45, reason: "Verkeerd overgenomen" } });
    expect(corrected.data.correctHours.userErrors).toEqual([]);

    expect(await csvLines("medewerker@horizon.demo", lastMonth)).toEqual(before);
    const now = (await csvLines("medewerker@horizon.demo", thisMonth)).filter((l) => l.bsn === bsn);
    expect(now.map((l) => [l.begindatum, l.volume, l.debet_credit])).toEqual([
      [`${lastMonth}-01`, "45", "D"],
      [`${lastMonth}-01`, "60", "C"],
      [`${thisMonth}-01`, "30", "D"],
    ]);
  });

  it("come as an Excel file with numbers that add up", async () => {
    const response = await download("medewerker@horizon.demo", "xlsx", `municipalityCode=GM0637&month=${lastMonth}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Declaratie")!;
    expect(sheet.getRow(1).values).toContain("volume");
    const volumes: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && volumes.push(row.getCell(9).value));
    expect(volumes.every((v) => typeof v === "number")).toBe(true);
    const csv = await csvLines("medewerker@horizon.demo", lastMonth);
    expect((volumes as number[]).reduce((a, b) => a + b, 0)).toBe(csv.reduce((sum, l) => sum + Number(l.volume), 0));
  });

  it("refuse a malformed month, another municipality, a role without declarations and a visitor without a session", async () => {
    const bad = await download("medewerker@horizon.demo", "csv", "municipalityCode=GM0637&month=2026-13");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].message).toBe("Geef de maand op als JJJJ-MM, bijvoorbeeld month=2026-11.");
    expect((await download("medewerker@delinde.demo", "csv", `municipalityCode=GM1945&month=${lastMonth}`)).status).toBe(404);
    expect((await download("consulent@zoetermeer.demo", "csv", `municipalityCode=GM0637&month=${lastMonth}`)).status).toBe(403);
    expect((await download(null, "csv", `municipalityCode=GM0637&month=${lastMonth}`)).status).toBe(401);
  });
});
