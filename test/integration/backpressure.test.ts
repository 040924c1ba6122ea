import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Issue #17: one user must not exhaust the pool for everyone. */
let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
});
afterAll(() => portal?.stop());

/** Holds the deployment's row lock from outside the portal, as a long write would, until released. */
async function lockDeployment(id: string): Promise<() => Promise<void>> {
  const locker = new pg.Client({ connectionString: (portal.services.db.options as { url: string }).url });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query("SELECT 1 FROM deployment WHERE id = $1 FOR UPDATE", [id]);
  return async () => {
    await locker.query("ROLLBACK");
    await locker.end();
  };
}

/** "OK", "BUSY_USER_ERROR", "BUSY_429", or what else came back. */
type Outcome = string;
async function logOne(session: GraphQLSession, deploymentId: string, i: number): Promise<Outcome> {
  const r = await session.request(LOG_HOURS, { input: { deploymentId, date: daysAgo(1), minutes: 1, idempotencyKey: `bp-${deploymentId}-${i}` } });
  if (r.errors) return r.status === 429 && r.errors[0].extensions?.code === "BUSY" ? "BUSY_429" : `${r.status} ${r.errors[0].extensions?.code}`;
  const [error] = r.data.logHours.userErrors;
  if (!error) return "OK";
  return error.code === "BUSY" ? "BUSY_USER_ERROR" : error.code;
}
const tally = (outcomes: Outcome[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

describe("backpressure", () => {
  it("answers 30 writes waiting on one locked deployment with BUSY, while other users and /healthz are served", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(30) });
    const release = await lockDeployment(id);

    const events: string[] = [];
    const writes = Array.from({ length: 30 }, (_, i) =>
      logOne(horizon, id, i).then((o) => {
        events.push(o);
        return o;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = fetch(`${portal.url}/healthz`).then(async (r) => {
      events.push("healthz");
      return { status: r.status, body: await r.json() };
    });
    const other = deLinde.request("{ me { email } deployments(first: 5) { totalCount } }").then((r) => {
      events.push("other user");
      return r;
    });
    // The lock is held until every write has answered, or at most 12 s (under the 15 s statement timeout).
    const outcomes = await Promise.race([Promise.all(writes), new Promise<null>((resolve) => setTimeout(() => resolve(null), 12_000))]);
    await release();

    expect(outcomes).not.toBeNull();
    // Four at a time ran and waited for the lock (2 s each); the rest waited for their turn
    // without a connection, at most 5 s, then got 429. None was written, none failed.
    const counts = tally(outcomes!);
    console.log(`30 writes on a locked deployment: ${JSON.stringify(counts)}`);
    expect(Object.keys(counts).sort()).toEqual(["BUSY_429", "BUSY_USER_ERROR"]);
    expect(counts.BUSY_USER_ERROR).toBeGreaterThanOrEqual(4);
    expect(await health).toEqual({ status: 200, body: { status: "ok" } });
    expect((await other).data).toEqual({ me: { email: "medewerker@delinde.demo" }, deployments: { totalCount: expect.any(Number) } });
    // Served before the first lock wait ended, not after.
    expect(events.indexOf("other user")).toBeLessThan(events.indexOf("BUSY_USER_ERROR"));
    expect(events.indexOf("healthz")).toBeLessThan(events.indexOf("BUSY_USER_ERROR"));

    const r = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 1 } });
    expect(r.data.logHours.userErrors).toEqual([]);
  }, 30_000);

  it("tells the user in Dutch that the write was busy and a retry may work", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(30) });
    const release = await lockDeployment(id);
    const r = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 5 } });
    await release();
    expect(r.data.logHours).toMatchObject({
      entry: null,
      userErrors: [
        {
          code: "BUSY",
          field: null,
          message: "Deze gegevens worden op dit moment door een andere wijziging bijgewerkt. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.",
        },
      ],
    });
  });

  it("answers 400 parallel writes to one deployment without an internal error, and stores exactly the accepted ones", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(30) });
    const outcomes = await Promise.all(Array.from({ length: 400 }, (_, i) => logOne(horizon, id, i)));
    const counts = tally(outcomes);
    expect(Object.keys(counts).sort()).toEqual(expect.arrayContaining(["OK"]));
    expect(Object.keys(counts).filter((k) => k !== "OK" && k !== "BUSY_429" && k !== "BUSY_USER_ERROR")).toEqual([]);
    const [{ stored }] = await portal.sql<{ stored: number }>("SELECT count(*)::int AS stored FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL", [id]);
    expect(stored).toBe(counts.OK);
    console.log(`400 parallel logHours on one deployment: ${JSON.stringify(counts)}`);
  }, 60_000);
});
