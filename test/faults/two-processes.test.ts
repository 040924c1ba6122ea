import { randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { createTestDatabase } from "../support/portal.js";
import { recordFigures } from "./support/figures.js";
import { startPortalProcess, type PortalProcess } from "./support/process-portal.js";

// Two API processes behind one load balancer share nothing but PostgreSQL.
let a: PortalProcess;
let b: PortalProcess;
let urlA: string;
let urlB: string;
let db: pg.Pool;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const env = { DATABASE_URL: databaseUrl, VIV_BSN_KEY: randomBytes(32).toString("base64"), LOG_LEVEL: "warn" };
  a = startPortalProcess({ ...env, VIV_DEMO: "1" });
  urlA = await a.ready;
  b = startPortalProcess({ ...env, VIV_DEMO: "0" });
  urlB = await b.ready;
});
afterAll(async () => {
  await Promise.all([a?.kill("SIGTERM"), b?.kill("SIGTERM")]);
  await db?.end();
});

describe("two API processes on one database", () => {
  it("accept exactly 50 of 100 simultaneous 60-minute writes on one kortdurende begeleiding, round after round", async () => {
    const onA = await new GraphQLSession(urlA).login("medewerker@horizon.demo");
    const onB = onA.on(urlB);
    const accepted: number[] = [];
    for (let round = 0; round < 2; round++) {
      const id = await startDeployment(onA, {});
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) => untilServed(i % 2 ? onA : onB, { deploymentId: id, date: daysAgo(1 + (i % 5)), minutes: 60, idempotencyKey: randomUUID() })),
      );
      expect(answers.every((r) => r.status === 200 && !r.errors)).toBe(true);
      const ok = answers.filter((r) => r.data.logHours.entry).length;
      const refused = answers.filter((r) => r.data.logHours.userErrors[0]?.code === "CAP_EXCEEDED").length;
      accepted.push(ok);
      expect([ok, refused]).toEqual([50, 50]);
      const { rows } = await db.query<{ summed: number }>("SELECT SUM(amount)::int AS summed FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL", [id]);
      const usage = await onB.request(`query { deployment(id: "${id}") { capUsage { usedMinutes remainingMinutes } } }`);
      expect([rows[0].summed, usage.data.deployment.capUsage]).toEqual([3000, { usedMinutes: 3000, remainingMinutes: 0 }]);
    }
    recordFigures("twoProcesses", { rounds: accepted.length, writesPerRound: 100, acceptedPerRound: accepted });
  });

  it("honour a session made on one in the other, and end it everywhere on logout", async () => {
    const onA = await new GraphQLSession(urlA).login("consulent@zoetermeer.demo");
    const me = await onA.on(urlB).request("query { me { email role } }");
    expect(me.data.me).toEqual({ email: "consulent@zoetermeer.demo", role: "MUNICIPALITY_OFFICER" });
    const out = await onA.on(urlB).request("mutation { logout { ok } }");
    expect(out.data.logout.ok).toBe(true);
    const after = await onA.request("query { me { email } }");
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answer a logHours retried on the other process with the first entry, writing nothing twice", async () => {
    const onA = await new GraphQLSession(urlA).login("medewerker@horizon.demo");
    const id = await startDeployment(onA, {});
    const input = { deploymentId: id, date: daysAgo(2), minutes: 45, idempotencyKey: randomUUID() };
    const first = await onA.request(LOG_HOURS, { input });
    const again = await onA.on(urlB).request(LOG_HOURS, { input });
    expect(again.data.logHours.entry).toEqual(first.data.logHours.entry);
    const { rows } = await db.query("SELECT count(*)::int AS n FROM hour_entry WHERE deployment_id = $1", [id]);
    expect(rows[0].n).toBe(1);
  });
});

/** A client told to come back (BUSY: too many requests of one account, or a row locked too long) tries again with the same key. */
async function untilServed(session: GraphQLSession, input: Record<string, unknown>) {
  for (;;) {
    const answer = await session.request(LOG_HOURS, { input });
    const busy = answer.errors?.[0]?.extensions?.code === "BUSY" || answer.data?.logHours?.userErrors?.[0]?.code === "BUSY";
    if (!busy) return answer;
    await sleep(200 + Math.random() * 300);
  }
}
