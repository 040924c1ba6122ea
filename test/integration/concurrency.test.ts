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

/** Requests of `minutes` on alternating deployments, each on a day of its own from `from`, all at once; answers the codes counted. */
async function burst(deployments: Array<{ id: string; from: string }>, count: number, minutes: number): Promise<Record<string, number>> {
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const d = deployments[i % deployments.length];
      return horizon.request(LOG_HOURS, { input: { deploymentId: d.id, date: addDays(d.from, Math.floor(i / deployments.length)), minutes } });
    }),
  );
  const outcome = (r: (typeof results)[number]) => r.data?.logHours?.userErrors?.[0]?.code ?? (r.data?.logHours?.entry ? "OK" : r.errors?.[0]?.extensions?.code);
  return results.map(outcome).reduce<Record<string, number>>((acc, code) => ({ ...acc, [code]: (acc[code] ?? 0) + 1 }), {});
}

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

describe("simultaneous logHours on two deployments of one owner", () => {
  it("never pass the resident's waakvlam cap: the resident's row makes them take turns", async () => {
    const bsn = freshBsn();
    await deliveredBegeleiding(horizon, bsn, daysAgo(200), daysAgo(150));
    const first = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(140), endDate: daysAgo(100) });
    const second = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(99) });
    // 30 requests of 60 minutes for 900 minutes of the resident's review year: exactly 15 fit.
    expect(await burst([{ id: first, from: daysAgo(140) }, { id: second, from: daysAgo(99) }], 30, 60)).toEqual({ OK: 15, CAP_EXCEEDED: 15 });
    expect(await ownerTotal([first, second], "WAAKVLAMCONTACT")).toEqual({ used: 900, total: 900 });
  });

  it("never pass the household's zorgcoördinatie cap: the household's row makes them take turns", async () => {
    const [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    const [parent, child] = [freshBsn(), freshBsn()];
    for (const bsn of [parent, child]) await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode: `HH-RACE-${parent}`, startDate: daysAgo(400) });
    // Both deployments in the calendar half year before the current one, wholly in the past.
    const half = monthOf(today) <= 6 ? `${yearOf(today) - 1}-07-01` : `${yearOf(today)}-01-01`;
    const first = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: parent, startDate: half, endDate: addDays(half, 9) });
    const second = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child, startDate: addDays(half, 10) });
    // 8 requests of 480 minutes (3840) for 3000 minutes of the household's half year: exactly 6 fit.
    expect(await burst([{ id: first, from: half }, { id: second, from: addDays(half, 10) }], 8, 480)).toEqual({ OK: 6, CAP_EXCEEDED: 2 });
    expect(await ownerTotal([first, second], "ZORGCOORDINATIE", `HH-RACE-${parent}`)).toEqual({ used: 2880, total: 2880 });
  });
});
