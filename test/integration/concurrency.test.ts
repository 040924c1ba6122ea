import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
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
