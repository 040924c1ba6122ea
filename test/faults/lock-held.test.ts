import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";
import { recordFigures } from "./support/figures.js";

let portal: TestPortal;
let holder: pg.Client;

beforeAll(async () => {
  portal = await startTestPortal();
  holder = new pg.Client({ connectionString: portal.databaseUrl });
  await holder.connect();
});
afterAll(async () => {
  await holder?.end();
  await portal?.stop();
});

// The longest a write may wait for a row: the pool's statement_timeout (server/app/database.ts),
// or a shorter lock_timeout where one is set.
const LONGEST_WAIT_MS = 15_000;

describe("a deployment's row held locked by another session", () => {
  it("the waiting write answers a clear Dutch error within the timeout and writes nothing; other deployments are served meanwhile", async () => {
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const [locked, free] = [await startDeployment(employee, {}), await startDeployment(employee, {})];
    await holder.query("BEGIN");
    await holder.query("SELECT id FROM deployment WHERE id = $1 FOR UPDATE", [locked]);

    const started = Date.now();
    const waiting = employee.request(LOG_HOURS, { input: { deploymentId: locked, date: daysAgo(1), minutes: 30 } });
    const served: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      const other = await employee.request(LOG_HOURS, { input: { deploymentId: free, date: daysAgo(1 + i), minutes: 30 } });
      expect(other.data.logHours.userErrors).toEqual([]);
      served.push(Date.now() - t);
    }
    const answer = await waiting;
    const waitedMs = Date.now() - started;
    await holder.query("ROLLBACK");

    expect(waitedMs).toBeLessThan(LONGEST_WAIT_MS + 3_000);
    expect(answer.status).not.toBe(500);
    // BUSY (a userError or a GraphQL error) where a lock timeout answers it, else the general
    // "nothing was saved" sentence of an unexpected failure.
    const refusal = answer.data?.logHours?.userErrors?.[0] ?? answer.errors?.[0];
    const code = refusal?.code ?? refusal?.extensions?.code;
    expect(["BUSY", "INTERNAL_SERVER_ERROR"]).toContain(code);
    expect(refusal.message).toMatch(/^[A-Z].*(opnieuw|later)\b.*\.$/);
    expect(JSON.stringify(answer)).not.toMatch(/\bat \w|stack|lock|timeout/i);
    const [{ n }] = await portal.sql<{ n: number }>("SELECT count(*)::int AS n FROM hour_entry WHERE deployment_id = $1", [locked]);
    expect(n).toBe(0);
    recordFigures("lockHeld", { waitedMs, code, otherWritesServed: served.length, slowestOtherMs: Math.max(...served) });
  });
});
