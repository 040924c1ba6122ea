import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, deliveredBegeleiding, freshBsn, recordIndication, startDeployment } from "../support/fixtures.js";
import { CORRECT_HOURS, DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let consulent: GraphQLSession;
let horizonId: string;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
});
afterAll(() => portal?.stop());

type Command =
  | { kind: "log"; deployment: number; at: number; minutes: number }
  | { kind: "correct"; pick: number; at: number; minutes: number }
  | { kind: "delete"; pick: number };

// `at` places a date within the deployment's period (0 = its first day, 1 = its last). The
// periods span a year and a half: three calendar half years and two review years, so entries
// and corrections move between windows. Large amounts make the caps bite.
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const minutes = fc.constantFrom(15, 90, 480, 1000, 1440);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("log" as const), deployment: fc.integer({ min: 0, max: 1 }), at, minutes }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), at, minutes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
);

/** Deployment periods in days ago: the second follows the first, or (as data from before the one-at-a-time rule) overlaps it. */
const PERIODS = { sequential: [[540, 271], [270, 0]], overlapping: [[540, 271], [400, 0]] } as const;
type Layout = keyof typeof PERIODS;
const REFUSALS = ["CAP_EXCEEDED", "INVALID_INPUT", "REVIEW_REQUIRED"];

/**
 * Two deployments of one capped voorziening, each for the same owner: zorgcoördinatie for two
 * members of one household, or waakvlamcontact twice for one resident. Answers the two
 * deployments and the owner's ids (resident, household).
 */
async function twoDeployments(code: "ZORGCOORDINATIE" | "WAAKVLAMCONTACT", layout: Layout): Promise<{ ids: string[]; owners: string[] }> {
  const [a, b] = PERIODS[layout];
  const bsns = code === "ZORGCOORDINATIE" ? [freshBsn(), freshBsn()] : [freshBsn()];
  const householdCode = `HH-P-${bsns[0]}`;
  if (code === "ZORGCOORDINATIE") {
    for (const bsn of bsns) await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode, startDate: daysAgo(600) });
  } else {
    await deliveredBegeleiding(horizon, bsns[0], daysAgo(600), daysAgo(545));
  }
  const first = await startDeployment(horizon, { voorzieningCode: code, residentBsn: bsns[0], startDate: daysAgo(a[0]), endDate: daysAgo(a[1]) });
  const second = await startDeployment(horizon, { voorzieningCode: code, residentBsn: bsns.at(-1), startDate: daysAgo(PERIODS.sequential[1][0]) });
  if (layout === "overlapping") await portal.sql("UPDATE deployment SET start_date = $2 WHERE id = $1", [second, daysAgo(b[0])]);
  const owners = await portal.sql<{ id: string }>(
    "SELECT resident_id AS id FROM deployment WHERE id = ANY($1) UNION SELECT id FROM household WHERE code = $2",
    [[first, second], householdCode],
  );
  return { ids: [first, second], owners: owners.map((o) => o.id) };
}

async function run(code: "ZORGCOORDINATIE" | "WAAKVLAMCONTACT", layout: Layout, commands: Command[]): Promise<{ ids: string[]; owners: string[] }> {
  const setup = await twoDeployments(code, layout);
  const dayIn = (deployment: number, fraction: number) => {
    const [from, to] = PERIODS[layout][deployment];
    return daysAgo(from - Math.floor(fraction * (from - to + 1)));
  };
  const entries: Array<{ id: string; deployment: number }> = [];
  for (const c of commands) {
    if (c.kind === "log") {
      const r = await horizon.request(LOG_HOURS, { input: { deploymentId: setup.ids[c.deployment], date: dayIn(c.deployment, c.at), minutes: c.minutes } });
      if (r.data.logHours.entry) entries.push({ id: r.data.logHours.entry.id, deployment: c.deployment });
      else expect(REFUSALS).toContain(r.data.logHours.userErrors[0].code);
    } else if (entries.length > 0) {
      const entry = entries[c.pick % entries.length];
      if (c.kind === "correct") {
        const r = await horizon.request(CORRECT_HOURS, { input: { entryId: entry.id, date: dayIn(entry.deployment, c.at), minutes: c.minutes, reason: "eigenschapstest" } });
        expect(r.errors).toBeUndefined();
        if (r.data.correctHours.userErrors.length) expect(REFUSALS).toContain(r.data.correctHours.userErrors[0].code);
      } else {
        const r = await horizon.request(DELETE_HOURS, { input: { entryId: entry.id, reason: "eigenschapstest" } });
        expect(r.data.deleteHours.userErrors).toEqual([]);
        entries.splice(entries.indexOf(entry), 1);
      }
    }
  }
  return setup;
}

/** Every window of the owner holds the sum of both deployments' entries in it, never more than the cap; every entry is in a window. */
async function checkOwner({ ids, owners }: { ids: string[]; owners: string[] }, code: string, cap: number): Promise<void> {
  const windows = await portal.sql<{ start: string; used: number; sum: number }>(
    `SELECT u.window_start::text AS start, u.used_amount AS used,
            (SELECT COALESCE(SUM(e.amount), 0)::int FROM hour_entry e
              WHERE e.deployment_id = ANY($1) AND e.deleted_at IS NULL AND e.entry_date BETWEEN u.window_start AND u.window_end) AS sum
       FROM cap_total u WHERE u.owner_id = ANY($2) AND u.voorziening_code = $3`,
    [ids, owners, code],
  );
  for (const w of windows) {
    expect(w.used).toBe(w.sum);
    expect(w.used).toBeLessThanOrEqual(cap);
  }
  const days = await portal.sql<{ total: number }>("SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = ANY($1) AND deleted_at IS NULL GROUP BY deployment_id, entry_date", [ids]);
  for (const d of days) expect(d.total).toBeLessThanOrEqual(1440);
  const [{ outside }] = await portal.sql<{ outside: number }>(
    `SELECT count(*)::int AS outside FROM hour_entry e WHERE e.deployment_id = ANY($1) AND e.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM cap_total u WHERE u.owner_id = ANY($2) AND u.voorziening_code = $3 AND e.entry_date BETWEEN u.window_start AND u.window_end)`,
    [ids, owners, code],
  );
  expect(outside).toBe(0);
}

describe("any sequence of log, correct and delete over two deployments of one owner", () => {
  const layout = fc.constantFrom<Layout>("sequential", "overlapping");
  const commands = fc.array(command, { minLength: 5, maxLength: 25 });

  it("never passes the household's zorgcoördinatie cap, and every stored total equals the sum of its entries", async () => {
    await fc.assert(
      fc.asyncProperty(layout, commands, async (l, cs) => checkOwner(await run("ZORGCOORDINATIE", l, cs), "ZORGCOORDINATIE", 3000)),
      { numRuns: 20 },
    );
  }, 240_000);

  it("never passes the resident's waakvlam cap, and every stored total equals the sum of its entries", async () => {
    await fc.assert(
      fc.asyncProperty(layout, commands, async (l, cs) => checkOwner(await run("WAAKVLAMCONTACT", l, cs), "WAAKVLAMCONTACT", 900)),
      { numRuns: 20 },
    );
  }, 240_000);
});
