import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, monthOf, yearOf } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, recordIndication, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let consulent: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
});
afterAll(() => portal?.stop());

describe("50 simultaneous logHours on one deployment", () => {
  it("admit exactly as many as fit, and the stored total equals the cap and the sum of the entries", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(60) });
    // 50 requests of 75 minutes (3750) for 3000 minutes of cap: exactly 40 fit.
    const requests = Array.from({ length: 50 }, (_, i) =>
      horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1 + i), minutes: 75, idempotencyKey: `burst-${i}` } }),
    );
    const results = await Promise.all(requests);
    const outcome = (r: (typeof results)[number]) => r.data?.logHours?.userErrors?.[0]?.code ?? (r.data?.logHours?.entry ? "OK" : r.errors?.[0]?.extensions?.code);
    const counts = results.map(outcome).reduce<Record<string, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});
    expect(counts).toEqual({ OK: 40, CAP_EXCEEDED: 10 });

    const [{ used }] = await portal.sql<{ used: number }>("SELECT used_amount AS used FROM cap_total WHERE last_deployment_id = $1", [id]);
    const [{ total }] = await portal.sql<{ total: number }>("SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL", [id]);
    expect({ used, total }).toEqual({ used: 3000, total: 3000 });
  });
});

const outcome = (r: { data: any; errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.data?.logHours?.userErrors?.[0]?.code ?? (r.data?.logHours?.entry ? "OK" : r.errors?.[0]?.extensions?.code);
const log = (deploymentId: string, date: string, minutes: number) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes } });

/** The owner's stored total (the residents of the deployments, and their household) beside the sum of the entries. */
const ownerTotal = async (ids: string[], code: string, householdCode: string | null = null) => {
  const [{ used }] = await portal.sql<{ used: number }>(
    `SELECT SUM(used_amount)::int AS used FROM cap_total u
      WHERE voorziening_code = $2 AND owner_id IN (SELECT resident_id FROM deployment WHERE id = ANY($1) UNION SELECT id FROM household WHERE code = $3)`,
    [ids, code, householdCode],
  );
  const [{ total }] = await portal.sql<{ total: number }>("SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = ANY($1) AND deleted_at IS NULL", [ids]);
  return { used, total };
};

// Several rounds, each for an owner of its own, so that a missing lock shows up as a lost race:
// the last 60 minutes of the owner's window, asked for at once through each of its two deployments.
describe("simultaneous logHours on two deployments of one owner", () => {
  it("never pass the resident's waakvlam cap: the resident's row makes them take turns", async () => {
    for (let round = 0; round < 6; round++) {
      const bsn = freshBsn();
      await deliveredBegeleiding(horizon, bsn, daysAgo(200), daysAgo(150));
      const first = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(140), endDate: daysAgo(100) });
      const second = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(99) });
      expect(outcome(await log(first, daysAgo(130), 840))).toBe("OK");
      const [a, b] = await Promise.all([log(first, daysAgo(120), 60), log(second, daysAgo(90), 60)]);
      expect([outcome(a), outcome(b)].sort()).toEqual(["CAP_EXCEEDED", "OK"]);
      expect(await ownerTotal([first, second], "WAAKVLAMCONTACT")).toEqual({ used: 900, total: 900 });
    }
  });

  it("never pass the household's zorgcoördinatie cap: the household's row makes them take turns", async () => {
    const [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    // Both deployments in the calendar half year before the current one, wholly in the past.
    const half = monthOf(today) <= 6 ? `${yearOf(today) - 1}-07-01` : `${yearOf(today)}-01-01`;
    for (let round = 0; round < 6; round++) {
      const [parent, child] = [freshBsn(), freshBsn()];
      const household = `HH-RACE-${parent}`;
      for (const bsn of [parent, child]) await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode: household, startDate: daysAgo(400) });
      const first = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: parent, startDate: half, endDate: addDays(half, 9) });
      const second = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child, startDate: addDays(half, 10) });
      for (const day of [0, 1]) expect(outcome(await log(first, addDays(half, day), 1440))).toBe("OK");
      expect(outcome(await log(second, addDays(half, 10), 60))).toBe("OK");
      const [a, b] = await Promise.all([log(first, addDays(half, 5), 60), log(second, addDays(half, 15), 60)]);
      expect([outcome(a), outcome(b)].sort()).toEqual(["CAP_EXCEEDED", "OK"]);
      expect(await ownerTotal([first, second], "ZORGCOORDINATIE", household)).toEqual({ used: 3000, total: 3000 });
    }
  });
});
