import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { withFailingExports } from "../support/failing-exports.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Issue #20: money that cannot overflow, downloads that never pass off a broken file, token bookkeeping off the hot path. */
let portal: TestPortal;
let finance: GraphQLSession;
let admin: GraphQLSession;
let employee: GraphQLSession;
let horizonId: string;

beforeAll(async () => {
  portal = await startTestPortal();
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
  admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
});
afterAll(() => portal?.stop());

const RANGE = { from: daysAgo(120), to: today };
const REPORT = `query R($from: Date!, $to: Date!) { usageReport(municipalityCode: "GM0637", from: $from, to: $to, voorzieningCode: "RECREATIEVE_DAGBESTEDING") {
  rows { providerName amountCents } totals { minutes amountCents } } }`;
const SET = `mutation Set($input: SetTariffInput!) { setTariff(input: $input) { tariff { amountCents } userErrors { code field message } } }`;
const exportPath = (format: "csv" | "xlsx") => `/exports/usage.${format}?${String(new URLSearchParams({ municipalityCode: "GM0637", ...RANGE, voorzieningCode: "RECREATIEVE_DAGBESTEDING" }))}`;
const download = (path: string) => fetch(`${portal.url}${path}`, { headers: { cookie: (finance as any).cookie } });

async function csvTotals(): Promise<string[]> {
  const response = await download(exportPath("csv"));
  expect(response.status).toBe(200);
  const lines = (await response.text()).split("\r\n").filter(Boolean);
  return lines.at(-1)!.split(";");
}

async function xlsxTotals(): Promise<unknown[]> {
  const response = await download(exportPath("xlsx"));
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
  const rows = workbook.getWorksheet("Gebruik")!.getSheetValues().slice(1) as unknown[][];
  return rows.at(-1)!.slice(1);
}

describe("money", () => {
  it("a tariff outside whole cents from 0 to 10.000 euro is refused with a clear sentence", async () => {
    const input = { municipalityCode: "GM0637", providerId: horizonId, voorzieningCode: "RECREATIEVE_DAGBESTEDING", unit: "HOUR", amountCents: 1_000_001, validFrom: daysAgo(120) };
    expect((await admin.request(SET, { input })).data.setTariff.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "amountCents", message: "Vul het tarief in hele centen in, van 0 tot 1000000 (€ 10.000,00)." },
    ]);
    // Past GraphQL's Int it is refused before the service: a user error of the request, never a 500.
    const huge = await admin.request(SET, { input: { ...input, amountCents: 5_000_000_000 } });
    expect(huge.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("sums past 2^31 cents through the report, the CSV and the XLSX, equal to the cent", async () => {
    const input = { municipalityCode: "GM0637", providerId: horizonId, voorzieningCode: "RECREATIEVE_DAGBESTEDING", unit: "HOUR", amountCents: 1_000_000, validFrom: daysAgo(120) };
    expect((await admin.request(SET, { input })).data.setTariff.userErrors).toEqual([]);
    const before = (await finance.request(REPORT, RANGE)).data.usageReport.totals;

    // A hundred full days at 10.000 euro an hour: 144.000 minutes, 2.400.000.000 cents.
    const deployment = await startDeployment(employee, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(110) });
    await portal.sql(
      `INSERT INTO hour_entry (municipality_id, deployment_id, entry_date, amount, created_by)
       SELECT d.municipality_id, d.id, $2::date + g, 1440, d.created_by FROM deployment d, generate_series(0, 99) g WHERE d.id = $1`,
      [deployment, daysAgo(105)],
    );
    const result = await finance.request(REPORT, RANGE);
    expect(result.errors).toBeUndefined();
    const { totals, rows } = result.data.usageReport;
    expect(totals.minutes - before.minutes).toBe(144_000);
    expect(totals.amountCents - before.amountCents).toBe(2_400_000_000);
    expect(totals.amountCents).toBeGreaterThan(2 ** 31);
    expect(rows.reduce((sum: number, r: any) => sum + r.amountCents, 0)).toBe(totals.amountCents);

    const csv = await csvTotals();
    expect(csv[0]).toBe("Totaal");
    expect(Number(csv[13])).toBe(totals.amountCents);
    expect(csv[12].replace(/\./g, "").replace(",", "")).toBe(String(totals.amountCents));

    const xlsx = await xlsxTotals();
    expect(xlsx[0]).toBe("Totaal");
    expect(xlsx[13]).toBe(totals.amountCents);
    expect(Math.round((xlsx[12] as number) * 100)).toBe(totals.amountCents);
  });
});

describe("a download that fails halfway", () => {
  it("is cut off (CSV) or answered with an error (XLSX), never a 200 with a file that opens", async () => {
    await withFailingExports(portal, async () => {
      const csv = await download(exportPath("csv"));
      expect(csv.status).toBe(200);
      await expect(csv.arrayBuffer()).rejects.toThrow();

      const xlsx = await download(exportPath("xlsx"));
      expect(xlsx.status).toBe(500);
      expect(xlsx.headers.get("content-type")).toMatch(/application\/json/);
      expect(((await xlsx.json()) as any).errors[0].message).toBe("Er ging iets mis aan onze kant. Probeer het opnieuw.");
    });
    // Once the lock is gone the same download is whole again.
    expect((await xlsxTotals())[0]).toBe("Totaal");
  });
});

describe("an API token", () => {
  it("records its last use at most once a minute, so parallel requests do not queue on its row", async () => {
    const holder = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    const { token } = (await holder.request(`mutation { createApiToken(name: "integriteit") { token } }`)).data.createApiToken;
    const ask = () => fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: "{ me { email } }" }) });
    const lastUsed = async () => (await portal.sql<{ at: string | null }>("SELECT last_used_at::text AS at FROM api_token WHERE name = 'integriteit'"))[0].at;

    expect(await lastUsed()).toBeNull();
    expect((await ask()).status).toBe(200);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await Promise.all(Array.from({ length: 5 }, ask));
    expect(await lastUsed()).toBe(first);

    await portal.sql("UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE name = 'integriteit'");
    const stale = await lastUsed();
    expect((await ask()).status).toBe(200);
    expect((await lastUsed())! > stale!).toBe(true);
  });
});
