import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn, recordIndication, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";
import { startZoetermeer } from "../support/zoetermeer.js";

/** Issue #17: a BSN must not reveal another provider's care history. */
let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
beforeAll(async () => {
  ({ portal, horizon, deLinde, consulent } = await startZoetermeer());
});
afterAll(() => portal?.stop());

const WAITING =
  "Deze inzet moet eerst door de gemeente worden goedgekeurd: kortdurende individuele begeleiding is in principe eenmalig en niet bedoeld ter overbrugging van maatwerkbegeleiding. " +
  "De inzet is vastgelegd en wacht op goedkeuring van de gemeente; u kunt uren schrijven zodra de gemeente heeft goedgekeurd.";

const startKortdurend = async (session: GraphQLSession, residentBsn: string, voorzieningCode = "KORTDURENDE_BEGELEIDING") => {
  const result = await session.request(
    `mutation C($input: CreateDeploymentInput!) { createDeployment(input: $input) { deployment { id resident { id } } userErrors { code field message } } }`,
    { input: { municipalityCode: "GM0637", voorzieningCode, residentBsn, startDate: daysAgo(5) } },
  );
  return result.data.createDeployment;
};
const reasonFor = async (deploymentId: string) => {
  const queue = await consulent.request(`{ pendingApprovals(municipalityCode: "GM0637") { reason deployment { id } } }`);
  return queue.data.pendingApprovals.find((p: { deployment: { id: string } }) => p.deployment.id === deploymentId)?.reason;
};

describe("no hints across providers", () => {
  it("does not tell De Linde that Horizon gave the resident kortdurende begeleiding before; the municipality sees why", async () => {
    const bsn = freshBsn();
    await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(200), endDate: daysAgo(150) });
    const second = await startKortdurend(deLinde, bsn);
    expect(second.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: WAITING }]);
    expect(await reasonFor(second.deployment.id)).toBe("REPEAT");
  });

  it("does not tell De Linde that maatwerk begeleiding by Horizon runs; the municipality sees why", async () => {
    const [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: horizonId, residentBsn: bsn, householdCode: "HH-XP-1", startDate: daysAgo(60) });
    const during = await startKortdurend(deLinde, bsn);
    expect(during.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: WAITING }]);
    expect(await reasonFor(during.deployment.id)).toBe("DURING_MAATWERK");
  });

  it("shows each provider its own id for a shared resident, which another provider cannot use", async () => {
    const bsn = freshBsn();
    const own = await startKortdurend(horizon, bsn);
    // A second kortdurende begeleiding beside Horizon's is refused (the cap is the resident's), so De Linde gives dagbesteding.
    const theirs = await startKortdurend(deLinde, bsn, "RECREATIEVE_DAGBESTEDING");
    const horizonSees = own.deployment.resident.id;
    const deLindeSees = theirs.deployment.resident.id;
    expect(horizonSees).not.toBe(deLindeSees);
    const [{ id: shared }] = await portal.sql<{ id: string }>("SELECT resident_id AS id FROM deployment WHERE id = $1", [own.deployment.id]);
    expect([horizonSees, deLindeSees]).not.toContain(shared);
    // Stable for the provider: the same id on a second look.
    const again = await horizon.request(`query D($id: ID!) { deployment(id: $id) { resident { id } } }`, { id: own.deployment.id });
    expect(again.data.deployment.resident.id).toBe(horizonSees);
    // The municipality sees the resident's own id.
    const municipal = await consulent.request(`query D($id: ID!) { deployment(id: $id) { resident { id } } }`, { id: own.deployment.id });
    expect(municipal.data.deployment.resident.id).toBe(shared);

    const reveal = (session: GraphQLSession, residentId: string) =>
      session.request(`mutation R($id: ID!) { revealResidentBsn(residentId: $id) { bsn userErrors { code } } }`, { id: residentId }).then((r) => r.data.revealResidentBsn);
    expect((await reveal(horizon, horizonSees)).bsn).toBe(bsn);
    expect(await reveal(horizon, deLindeSees)).toEqual({ bsn: null, userErrors: [{ code: "NOT_FOUND" }] });
    expect(await reveal(deLinde, horizonSees)).toEqual({ bsn: null, userErrors: [{ code: "NOT_FOUND" }] });
  });
});
