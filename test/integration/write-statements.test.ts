import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn, recordIndication, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

// A write's cost is mostly its round trips to PostgreSQL (node-postgres sends one statement at a
// time: README, Performance). This counts them, so that a change that adds one shows here.
let portal: TestPortal;
let employee: GraphQLSession;
const sent: string[] = [];
/** The kinds of the statements sent as named prepared statements (platform/prepared.ts). */
const prepared = new Set<string>();
const client = pg.Client.prototype;
const query = Object.getOwnPropertyDescriptor(client, "query")!.value as typeof client.query;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  // Every statement a pg client of this process sends: the portal runs in this process.
  client.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; name?: string };
    const text = (typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").trim();
    sent.push(text);
    if (typeof first === "object" && first?.name) prepared.add(kind(text));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
});
afterAll(async () => {
  client.query = query;
  await portal?.stop();
});

async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  sent.length = 0;
  await work();
  return [...sent];
}

describe("the round trips of one logHours", () => {
  for (const code of ["RECREATIEVE_DAGBESTEDING", "KORTDURENDE_BEGELEIDING"]) {
    it(`${code}: the session, then one transaction of locks (deployment, closed months, resident), facts and write (the catalogue is known for the day); an idempotency key costs nothing more`, async () => {
      const id = await startDeployment(employee, { voorzieningCode: code, motivation: "Structuur in de week." });
      const log = (date: string, extra: Record<string, unknown> = {}) => employee.request(LOG_HOURS, { input: { deploymentId: id, date, minutes: 30, ...extra } });
      await log(daysAgo(3));
      let written: Awaited<ReturnType<typeof log>> | undefined;
      const plain = await statementsOf(async () => (written = await log(daysAgo(2))));
      expect(written?.data.logHours.userErrors).toEqual([]);
      const keyed = await statementsOf(() => log(daysAgo(1), { idempotencyKey: `k-${code}` }));
      const replayed = await statementsOf(() => log(daysAgo(1), { idempotencyKey: `k-${code}` }));

      expect(plain.map(kind)).toEqual(["session", "BEGIN", "locks", "facts", "write", "COMMIT"]);
      expect(keyed.map(kind)).toEqual(plain.map(kind));
      expect(replayed.map(kind)).toEqual(["session", "BEGIN", "locks", "facts", "COMMIT"]);
      // Planned once per connection, not on every write.
      expect([...prepared].sort()).toEqual(["facts", "locks", "session", "write"]);
    });
  }

  it("ZORGCOORDINATIE: the household's row is one more, its eligibility rides with the facts", async () => {
    const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    const [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode: `HH-COUNT-${bsn}`, startDate: daysAgo(400) });
    const id = await startDeployment(employee, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: bsn, startDate: daysAgo(5) });
    const log = (date: string) => employee.request(LOG_HOURS, { input: { deploymentId: id, date, minutes: 30 } });
    await log(daysAgo(3));
    let written: Awaited<ReturnType<typeof log>> | undefined;
    const sentForOne = await statementsOf(async () => (written = await log(daysAgo(2))));
    expect(written?.data.logHours.userErrors).toEqual([]);
    expect(sentForOne.map(kind)).toEqual(["session", "BEGIN", "locks", "household", "facts", "write", "COMMIT"]);
    expect(prepared).toContain("household");
  });
});

/** What a statement is for, by its text. */
function kind(sql: string): string {
  if (/^START TRANSACTION|^BEGIN/.test(sql)) return "BEGIN";
  if (/^COMMIT/.test(sql)) return "COMMIT";
  if (/FROM user_session|FROM "?user_session/.test(sql) || /"sessionId"/.test(sql)) return "session";
  if (/FROM deployment d WHERE d\.id = \$1 .* FOR UPDATE .*pg_advisory_xact_lock_shared.*FROM resident r .* FOR UPDATE/.test(sql)) return "locks";
  if (/catalogue_version/.test(sql)) return "catalogue";
  if (/^INSERT INTO household/.test(sql)) return "household";
  if (/FROM closed_period/.test(sql) && /FROM cap_total/.test(sql)) return "facts";
  if (/^WITH new_entry AS/.test(sql)) return "write";
  return sql.slice(0, 80);
}
