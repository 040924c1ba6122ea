import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CLOSED_PERIOD_LOCK } from "../../server/modules/finance/closed-periods.js";
import { addMonths, formatDutchMonth } from "../../shared/dates.js";
import { lastDayOf } from "../../server/rules/finance.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { CORRECT_HOURS, DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { withDatabase } from "../support/global-setup.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * Closed months: last month is closed; this month is the first open one. Corrections of last
 * month's entries are booked in this month, and last month's report never changes.
 */
let portal: TestPortal;
let employee: GraphQLSession;
let admin: GraphQLSession;
let finance: GraphQLSession;

const closedMonth = addMonths(today, -1).slice(0, 7);
const openMonth = today.slice(0, 7);
const inClosed = (day: number) => `${closedMonth}-${String(day).padStart(2, "0")}`;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
});
afterAll(() => portal?.stop());

const CLOSE = `mutation Close($m: String!, $month: String!) { closePeriod(municipalityCode: $m, month: $month) { period { month closedBy } userErrors { code field message } } }`;
const REPORT = `
  query Report($from: Date!, $to: Date!, $v: String) {
    usageReport(municipalityCode: "GM0637", from: $from, to: $to, voorzieningCode: $v) {
      closedMonths
      rows { month providerName voorzieningCode minutes hours correctionLines correctionAmount residents residentCount amountCents unpricedLines closed }
      totals { minutes hours correctionLines residents amountCents }
    }
  }`;

const monthReport = async (month: string, v: string | null = "KORTDURENDE_BEGELEIDING") =>
  (await finance.request(REPORT, { from: `${month}-01`, to: lastDayOf(month), v })).data.usageReport;
const horizonRow = (report: any) => report.rows.find((r: any) => r.providerName === "Zorggroep Horizon") ?? { minutes: 0, correctionLines: 0, correctionAmount: 0, amountCents: 0 };
const log = async (deploymentId: string, date: string, minutes: number) => (await employee.request(LOG_HOURS, { input: { deploymentId, date, minutes } })).data.logHours;
const liveEntries = async (deploymentId: string) =>
  (await employee.request(`query E($id: ID!) { deployment(id: $id) { entries { id date minutes } capUsage { usedMinutes } } }`, { id: deploymentId })).data.deployment;

/** Kortdurende begeleiding started two months ago with two entries last month, logged before it closed. */
let deployment: string;
let first: string;
let second: string;

describe("closing a month", () => {
  it("is for functioneel beheer, only once the month has ended, and twice is the same as once", async () => {
    deployment = await startDeployment(employee, { startDate: daysAgo(62) });
    first = (await log(deployment, inClosed(10), 120)).entry.id;
    second = (await log(deployment, inClosed(12), 60)).entry.id;

    expect((await finance.request(CLOSE, { m: "GM0637", month: closedMonth })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await admin.request(CLOSE, { m: "GM0637", month: openMonth })).data.closePeriod.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", field: "month" }]);
    expect((await admin.request(CLOSE, { m: "GM0637", month: "2026-13" })).data.closePeriod.userErrors).toMatchObject([{ code: "INVALID_INPUT" }]);
    expect((await admin.request(CLOSE, { m: "GM1945", month: closedMonth })).data.closePeriod.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);

    const closed = await admin.request(CLOSE, { m: "GM0637", month: closedMonth });
    expect(closed.data.closePeriod).toEqual({ period: { month: closedMonth, closedBy: "beheer@zoetermeer.demo" }, userErrors: [] });
    expect((await admin.request(CLOSE, { m: "GM0637", month: closedMonth })).data.closePeriod.userErrors).toEqual([]);
    expect((await finance.request(`{ closedPeriods(municipalityCode: "GM0637") { month } }`)).data.closedPeriods).toEqual([{ month: closedMonth }]);
    const report = await monthReport(closedMonth);
    expect(report.closedMonths).toEqual([closedMonth]);
    expect(report.rows.every((r: any) => r.closed)).toBe(true);
  });

  it("refuses new hours in it with OUTSIDE_PERIOD, naming the month", async () => {
    const refused = await log(deployment, inClosed(14), 30);
    const name = formatDutchMonth(closedMonth);
    expect(refused.userErrors).toEqual([
      { code: "OUTSIDE_PERIOD", field: "date", message: `${name[0].toUpperCase()}${name.slice(1)} is afgesloten door de gemeente: in die maand kunnen geen uren meer worden geschreven of verplaatst.`, capUsage: null },
    ]);
  });

  it("refuses moving hours of an open month into it", async () => {
    const entry = (await log(deployment, today, 15)).entry.id;
    const moved = await employee.request(CORRECT_HOURS, { input: { entryId: entry, date: inClosed(20), minutes: 15, reason: "Hoort bij vorige maand" } });
    expect(moved.data.correctHours.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", field: "date" }]);
    await employee.request(DELETE_HOURS, { input: { entryId: entry, reason: "Opruimen" } });
  });

  it("tariffs that would change its amounts are refused", async () => {
    const [{ id: horizon }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    const SET = `mutation S($input: SetTariffInput!) { setTariff(input: $input) { userErrors { code field message } } }`;
    const input = { municipalityCode: "GM0637", providerId: horizon, voorzieningCode: "KORTDURENDE_BEGELEIDING", unit: "HOUR", amountCents: 9900 };
    expect((await admin.request(SET, { input: { ...input, validFrom: inClosed(15) } })).data.setTariff.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", field: "validFrom" }]);
  });
});

describe("a correction of a closed month's entry", () => {
  it("leaves the closed month's report as it was and shows a correction line in the open month; the caps count by entry date", async () => {
    const closedBefore = await monthReport(closedMonth);
    const openBefore = horizonRow(await monthReport(openMonth));

    const corrected = await employee.request(CORRECT_HOURS, { input: { entryId: first, date: inClosed(10), minutes: 90, reason: "Een half uur te veel geschreven" } });
    expect(corrected.data.correctHours.userErrors).toEqual([]);
    expect(corrected.data.correctHours.entry).toMatchObject({ date: inClosed(10), minutes: 90 });
    expect(corrected.data.correctHours.entry.id).not.toBe(first);
    // The cap counts the corrected minutes: 90 + 60.
    expect(corrected.data.correctHours.capUsage).toMatchObject({ usedMinutes: 150, capMinutes: 3000 });

    expect(await monthReport(closedMonth)).toEqual(closedBefore);
    const openAfter = horizonRow(await monthReport(openMonth));
    // The line takes back 120 minutes and books 90: 30 minutes less, at the 70,00 an hour valid on the entry's date.
    expect({ minutes: openAfter.minutes - openBefore.minutes, lines: openAfter.correctionLines - openBefore.correctionLines, amount: openAfter.correctionAmount - openBefore.correctionAmount, cents: openAfter.amountCents - openBefore.amountCents }).toEqual({
      minutes: -30,
      lines: 2,
      amount: -30,
      cents: -3500,
    });

    // The provider sees the entry as corrected; the replacement links to the original.
    const view = await liveEntries(deployment);
    expect(view.entries.map((e: any) => [e.date, e.minutes])).toEqual([[inClosed(12), 60], [inClosed(10), 90]]);
    const [line] = await portal.sql<{ correction_of: string; booked_in: string }>("SELECT correction_of, booked_in::text FROM hour_entry WHERE id = $1", [corrected.data.correctHours.entry.id]);
    expect(line).toEqual({ correction_of: first, booked_in: `${openMonth}-01` });

    // Correcting the replacement again while this month is open changes it in place.
    const again = await employee.request(CORRECT_HOURS, { input: { entryId: corrected.data.correctHours.entry.id, date: inClosed(10), minutes: 100, reason: "Toch tien minuten meer" } });
    expect(again.data.correctHours.entry.id).toBe(corrected.data.correctHours.entry.id);
    expect(await monthReport(closedMonth)).toEqual(closedBefore);
    expect(horizonRow(await monthReport(openMonth)).minutes - openBefore.minutes).toBe(-20);
  });

  it("a deletion too: taken back in the open month, the closed month unchanged, the cap freed", async () => {
    const closedBefore = await monthReport(closedMonth);
    const openBefore = horizonRow(await monthReport(openMonth));
    const deleted = await employee.request(DELETE_HOURS, { input: { entryId: second, reason: "Afspraak ging niet door" } });
    expect(deleted.data.deleteHours).toMatchObject({ userErrors: [], capUsage: { usedMinutes: 100 } });
    expect(await monthReport(closedMonth)).toEqual(closedBefore);
    const openAfter = horizonRow(await monthReport(openMonth));
    expect([openAfter.minutes - openBefore.minutes, openAfter.correctionLines - openBefore.correctionLines]).toEqual([-60, 1]);
    expect((await liveEntries(deployment)).entries.map((e: any) => e.minutes)).toEqual([100]);
    const [usage] = await portal.sql<{ used: number }>("SELECT used_amount AS used FROM cap_total WHERE last_deployment_id = $1", [deployment]);
    expect(usage.used).toBe(100);
  });

  it("over the two months together, the report still adds up to the live entries", async () => {
    const both = (await finance.request(REPORT, { from: `${closedMonth}-01`, to: today, v: "KORTDURENDE_BEGELEIDING" })).data.usageReport;
    const [{ minutes }] = await portal.sql<{ minutes: number }>(
      `SELECT COALESCE(SUM(e.amount), 0)::int AS minutes FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id JOIN municipality m ON m.id = d.municipality_id
        WHERE m.code = 'GM0637' AND d.voorziening_code = 'KORTDURENDE_BEGELEIDING' AND e.deleted_at IS NULL AND e.entry_date BETWEEN $1 AND $2`,
      [`${closedMonth}-01`, today],
    );
    expect(both.totals.minutes).toBe(minutes);
  });
});

describe("closing while hours are written", () => {
  /**
   * A connection of the test's own, holding the municipality's period lock the way a write in
   * flight (shared) or a closing (exclusive) holds it, so that the order is certain, not raced.
   */
  async function holdPeriodLock(mode: "shared" | "exclusive") {
    const [{ db, municipality }] = await portal.sql<{ db: string; municipality: string }>("SELECT current_database() AS db, id AS municipality FROM municipality WHERE code = 'GM0637'");
    const client = new pg.Client({ connectionString: withDatabase(inject("pgAdminUrl"), db) });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`SELECT ${mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}($1, hashtext($2::text))`, [CLOSED_PERIOD_LOCK, municipality]);
    return { client, municipality };
  }
  const settledWithin = (promise: Promise<unknown>, ms: number) => Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

  it("waits for a write in flight before it closes the month", async () => {
    const month = addMonths(today, -2).slice(0, 7);
    const { client } = await holdPeriodLock("shared");
    const closing = admin.request(CLOSE, { m: "GM0637", month });
    expect(await settledWithin(closing, 700)).toBe(false);
    await client.query("COMMIT");
    await client.end();
    expect((await closing).data.closePeriod.userErrors).toEqual([]);
  });

  it("keeps a write that comes during the closing out of the month it closes", async () => {
    const month = addMonths(today, -3).slice(0, 7);
    const id = await startDeployment(employee, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: `${month}-01`, motivation: "Samen tuinieren." });
    const { client, municipality } = await holdPeriodLock("exclusive");
    const writing = log(id, `${month}-05`, 30);
    expect(await settledWithin(writing, 700)).toBe(false);
    await client.query("INSERT INTO closed_period (municipality_id, month, closed_by) SELECT $1, $2, id FROM app_user WHERE email = 'beheer@zoetermeer.demo'", [municipality, `${month}-01`]);
    await client.query("COMMIT");
    await client.end();
    expect((await writing).userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD" }]);
  });
});
