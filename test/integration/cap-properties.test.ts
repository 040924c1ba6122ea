import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn, recordIndication, startDeployment } from "../support/fixtures.js";
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
  | { kind: "log"; day: number; minutes: number }
  | { kind: "correct"; pick: number; day: number; minutes: number }
  | { kind: "delete"; pick: number };

// Days back from today over a year and a half: three calendar half years, so corrections move
// entries between zorgcoördinatie windows. Large amounts make the caps bite.
const day = fc.integer({ min: 0, max: 540 });
const minutes = fc.constantFrom(15, 90, 480, 1000, 1440);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("log" as const), day, minutes }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), day, minutes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
);

async function run(commands: Command[]): Promise<string> {
  const bsn = freshBsn();
  await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode: `HH-P-${bsn}`, startDate: daysAgo(600) });
  const id = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: bsn, startDate: daysAgo(540) });
  const entries: string[] = [];
  for (const c of commands) {
    if (c.kind === "log") {
      const r = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(c.day), minutes: c.minutes } });
      if (r.data.logHours.entry) entries.push(r.data.logHours.entry.id);
      else expect(["CAP_EXCEEDED", "INVALID_INPUT"]).toContain(r.data.logHours.userErrors[0].code);
    } else if (entries.length > 0) {
      const entryId = entries[c.pick % entries.length];
      if (c.kind === "correct") {
        const r = await horizon.request(CORRECT_HOURS, { input: { entryId, date: daysAgo(c.day), minutes: c.minutes, reason: "eigenschapstest" } });
        expect(r.errors).toBeUndefined();
        if (r.data.correctHours.userErrors.length) expect(["CAP_EXCEEDED", "INVALID_INPUT"]).toContain(r.data.correctHours.userErrors[0].code);
      } else {
        const r = await horizon.request(DELETE_HOURS, { input: { entryId, reason: "eigenschapstest" } });
        expect(r.data.deleteHours.userErrors).toEqual([]);
        entries.splice(entries.indexOf(entryId), 1);
      }
    }
  }
  return id;
}

describe("any sequence of log, correct and delete", () => {
  it("never passes a cap, and every stored total equals the sum of its entries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        const id = await run(commands);
        const windows = await portal.sql<{ start: string; used: number; cap: number; sum: number }>(
          `SELECT u.window_start::text AS start, u.used_amount AS used, u.cap_amount AS cap,
                  (SELECT COALESCE(SUM(e.amount), 0)::int FROM hour_entry e
                    WHERE e.deployment_id = u.deployment_id AND e.deleted_at IS NULL
                      AND e.entry_date BETWEEN u.window_start AND u.window_end) AS sum
             FROM cap_usage u WHERE u.deployment_id = $1`,
          [id],
        );
        for (const w of windows) {
          expect(w.used).toBe(w.sum);
          expect(w.used).toBeLessThanOrEqual(3000);
        }
        const days = await portal.sql<{ total: number }>(
          "SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL GROUP BY entry_date",
          [id],
        );
        for (const d of days) expect(d.total).toBeLessThanOrEqual(1440);
        const [{ outside }] = await portal.sql<{ outside: number }>(
          `SELECT count(*)::int AS outside FROM hour_entry e WHERE e.deployment_id = $1 AND e.deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM cap_usage u WHERE u.deployment_id = e.deployment_id AND e.entry_date BETWEEN u.window_start AND u.window_end)`,
          [id],
        );
        expect(outside).toBe(0);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
