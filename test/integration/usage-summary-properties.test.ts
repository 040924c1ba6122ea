import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../shared/dates.js";
import { lastDayOf } from "../../server/rules/finance.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { CORRECT_HOURS, DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * The report summaries (usage_day, usage_resident_month) are kept by the database in the same
 * transaction as every write of hours. After any sequence of entries, corrections, deletions and
 * closed months they hold exactly what the entries say, and the usage report read from them
 * equals the report computed from every entry with a tariff lookup per entry (the way it was
 * computed before the summaries), for a range that cuts through months.
 */
let portal: TestPortal;
let employee: GraphQLSession;
let admin: GraphQLSession;
let finance: GraphQLSession;
let municipalityId: string;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
  [{ id: municipalityId }] = await portal.sql<{ id: string }>("SELECT id FROM municipality WHERE code = 'GM0637'");
  // A raise in the middle of a month, so that pricing per tariff period is put to the test.
  await portal.sql(
    `INSERT INTO tariff (municipality_id, contract_id, voorziening_code, unit, amount_cents, valid_from, created_by)
     SELECT t.municipality_id, t.contract_id, t.voorziening_code, t.unit, t.amount_cents + 137, $1, t.created_by
       FROM tariff t JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
       JOIN provider p ON p.id = c.provider_id
      WHERE t.municipality_id = $2 AND p.name = 'Zorggroep Horizon' AND t.voorziening_code = 'RECREATIEVE_DAGBESTEDING'
      ORDER BY t.valid_from DESC LIMIT 1`,
    [daysAgo(47), municipalityId],
  );
});
afterAll(() => portal?.stop());

type Command =
  | { kind: "log"; who: number; day: number; minutes: number }
  | { kind: "correct"; pick: number; day: number; minutes: number }
  | { kind: "delete"; pick: number }
  | { kind: "close"; monthsBack: number };

const day = fc.integer({ min: 0, max: 140 });
const minutes = fc.constantFrom(15, 60, 95, 480);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("log" as const), who: fc.nat(2), day, minutes }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), day, minutes }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("close" as const), monthsBack: fc.integer({ min: 1, max: 4 }) }) },
);
const ALLOWED = ["OUTSIDE_PERIOD", "INVALID_INPUT"];
let monthsClosed = 0;

async function run(commands: Command[]): Promise<void> {
  // Each sequence starts with every month open again (a test's reset, not something the portal
  // offers), so entries are written into months that the sequence then closes and corrects.
  await portal.sql("DELETE FROM closed_period");
  // Three deployments: two of one resident (counted once), one of another.
  const deployments = [
    await startDeployment(employee, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(150) }),
    await startDeployment(employee, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(150) }),
  ];
  const entries: string[] = [];
  for (const c of commands) {
    if (c.kind === "log") {
      const r = await employee.request(LOG_HOURS, { input: { deploymentId: deployments[c.who % deployments.length], date: daysAgo(c.day), minutes: c.minutes } });
      if (r.data.logHours.entry) entries.push(r.data.logHours.entry.id);
      else expect(ALLOWED).toContain(r.data.logHours.userErrors[0].code);
    } else if (c.kind === "close") {
      const month = addMonths(today, -c.monthsBack).slice(0, 7);
      const r = await admin.request(`mutation C($month: String!) { closePeriod(municipalityCode: "GM0637", month: $month) { userErrors { code } } }`, { month });
      expect(r.data.closePeriod.userErrors).toEqual([]);
      monthsClosed++;
    } else if (entries.length > 0) {
      const entryId = entries[c.pick % entries.length];
      if (c.kind === "correct") {
        const r = await employee.request(CORRECT_HOURS, { input: { entryId, date: daysAgo(c.day), minutes: c.minutes, reason: "eigenschapstest" } });
        expect(r.errors).toBeUndefined();
        const written = r.data.correctHours.entry;
        if (written) entries[entries.indexOf(entryId)] = written.id;
        else expect(ALLOWED).toContain(r.data.correctHours.userErrors[0].code);
      } else {
        const r = await employee.request(DELETE_HOURS, { input: { entryId, reason: "eigenschapstest" } });
        expect(r.data.deleteHours.userErrors).toEqual([]);
        entries.splice(entries.indexOf(entryId), 1);
      }
    }
  }
}

/** The finance lines from every entry, as usage-query.ts describes them. */
const LINES = `
  SELECT e.municipality_id, l.booked_on, d.provider_id, d.voorziening_code, d.resident_id, e.entry_date, l.correction, l.amount
    FROM hour_entry e JOIN deployment d ON d.municipality_id = e.municipality_id AND d.id = e.deployment_id
   CROSS JOIN LATERAL (
     SELECT COALESCE(e.booked_in, e.entry_date) AS booked_on, e.correction_of IS NOT NULL AS correction, e.amount WHERE e.deleted_at IS NULL OR e.reversed_in IS NOT NULL
     UNION ALL SELECT e.reversed_in, true, -e.amount WHERE e.reversed_in IS NOT NULL) l`;

/** The report of a range from every entry, a tariff looked up per line (the computation before the summaries). */
const REPORT_FROM_ENTRIES = `
  WITH lines AS (${LINES}), f AS (SELECT * FROM lines WHERE municipality_id = $1 AND booked_on BETWEEN $2 AND $3)
  SELECT to_char(f.booked_on, 'YYYY-MM') AS month, f.provider_id AS "providerId", f.voorziening_code AS "voorzieningCode",
         SUM(f.amount)::int AS amount, COUNT(*) FILTER (WHERE f.correction)::int AS "correctionLines",
         COUNT(DISTINCT f.resident_id) FILTER (WHERE f.amount > 0)::int AS residents,
         COALESCE(SUM(f.amount::bigint * t.amount_cents) FILTER (WHERE t.unit = 'HOUR'), 0)::text AS "hourMinuteCents",
         COUNT(*) FILTER (WHERE t.amount_cents IS NULL)::int AS "unpricedLines"
    FROM f LEFT JOIN LATERAL (
      SELECT t.unit, t.amount_cents FROM tariff t JOIN contract c ON c.municipality_id = t.municipality_id AND c.id = t.contract_id
       WHERE t.municipality_id = $1 AND c.provider_id = f.provider_id AND t.voorziening_code = f.voorziening_code
         AND t.valid_from <= f.entry_date AND c.valid_from <= f.entry_date AND (c.valid_to IS NULL OR c.valid_to >= f.entry_date)
       ORDER BY t.valid_from DESC, c.valid_from DESC LIMIT 1) t ON true
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

const REPORT = `query R($from: Date!, $to: Date!) { usageReport(municipalityCode: "GM0637", from: $from, to: $to) {
  rows { month providerId voorzieningCode minutes dagdelen etmalen correctionLines residentCount residents amountCents unpricedLines } totals { residents residentCount } } }`;

async function expectSummariesEqualEntries(): Promise<void> {
  const days = await portal.sql(
    `WITH lines AS (${LINES}),
     expected AS (SELECT municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction, SUM(amount)::bigint AS amount, COUNT(*)::int AS lines FROM lines GROUP BY 1, 2, 3, 4, 5, 6),
     actual AS (SELECT municipality_id, booked_on, provider_id, voorziening_code, entry_date, correction, amount, lines FROM usage_day WHERE lines > 0)
     (SELECT 'missing' AS side, * FROM expected EXCEPT SELECT 'missing', * FROM actual)
     UNION ALL (SELECT 'extra', * FROM actual EXCEPT SELECT 'extra', * FROM expected)`,
  );
  expect(days).toEqual([]);
  expect(await portal.sql("SELECT * FROM usage_day WHERE lines = 0 AND amount <> 0")).toEqual([]);
  const residents = await portal.sql(
    `WITH lines AS (${LINES}),
     expected AS (SELECT municipality_id, date_trunc('month', booked_on)::date AS m, provider_id, voorziening_code, resident_id, COUNT(*)::int AS n FROM lines WHERE amount > 0 GROUP BY 1, 2, 3, 4, 5),
     actual AS (SELECT municipality_id, booked_month, provider_id, voorziening_code, resident_id, positive_lines FROM usage_resident_month WHERE positive_lines > 0)
     (SELECT 'missing' AS side, * FROM expected EXCEPT SELECT 'missing', * FROM actual)
     UNION ALL (SELECT 'extra', * FROM actual EXCEPT SELECT 'extra', * FROM expected)`,
  );
  expect(residents).toEqual([]);
}

async function expectReportEqualsEntries(from: string, to: string): Promise<void> {
  const expected = await portal.sql<any>(REPORT_FROM_ENTRIES, [municipalityId, from, to]);
  const { rows } = (await finance.request(REPORT, { from, to })).data.usageReport;
  const sorted = [...rows].sort((a: any, b: any) => `${a.month}${a.providerId}${a.voorzieningCode}`.localeCompare(`${b.month}${b.providerId}${b.voorzieningCode}`));
  expect(sorted.map((r: any) => [r.month, r.providerId, r.voorzieningCode, r.minutes + r.dagdelen + r.etmalen, r.correctionLines, r.residents, r.unpricedLines])).toEqual(
    expected.map((e: any) => [e.month, e.providerId, e.voorzieningCode, e.amount, e.correctionLines, e.residents > 0 && e.residents < 5 ? "< 5" : String(e.residents), e.unpricedLines]),
  );
  // Hour tariffs only in Zoetermeer's hour-counted rows: the amount is the minute-cents over 60, rounded once per row.
  for (const [i, e] of expected.entries()) {
    const hours = Number(e.hourMinuteCents) / 60;
    if (sorted[i].minutes !== 0 || sorted[i].dagdelen + sorted[i].etmalen === 0) expect(sorted[i].amountCents).toBe(Math.sign(hours) * Math.round(Math.abs(hours)) + 0);
  }
}

describe("the report summaries", () => {
  it("equal the entries after any sequence of writes, corrections, deletions and closed months", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 6, maxLength: 24 }), async (commands) => {
        await run(commands);
        await expectSummariesEqualEntries();
      }),
      { numRuns: 20 },
    );
    // The sequences did reach what matters: closed months, correction lines, deletions.
    const [seen] = await portal.sql<{ reversed: number; replacements: number; deleted: number }>(
      `SELECT count(*) FILTER (WHERE reversed_in IS NOT NULL)::int AS reversed,
              count(*) FILTER (WHERE correction_of IS NOT NULL)::int AS replacements, count(*) FILTER (WHERE deleted_at IS NOT NULL AND reversed_in IS NULL)::int AS deleted
         FROM hour_entry`,
    );
    expect(monthsClosed).toBeGreaterThan(0);
    expect(seen.reversed).toBeGreaterThan(0);
    expect(seen.replacements).toBeGreaterThan(0);
    expect(seen.deleted).toBeGreaterThan(0);
    // Ranges that cut through months: the cut parts are counted from the entries, the rest from the summaries.
    await expectReportEqualsEntries(daysAgo(100), today);
    await expectReportEqualsEntries(daysAgo(130), daysAgo(40));
    const month = addMonths(today, -2).slice(0, 7);
    await expectReportEqualsEntries(`${month}-01`, lastDayOf(month));
    await expectReportEqualsEntries(`${month}-03`, `${month}-20`);
  }, 300_000);
});
