import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, freshBsn, recordIndication, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
let repeat: string;
let duringMaatwerk: string;
let repeatBsn: string;

const PENDING = `query P($code: String!) { pendingApprovals(municipalityCode: $code) { reason requestedOn deployment { id approvalStatus provider { name } resident { bsnMasked } voorziening { code } } } }`;
const pending = async (session: GraphQLSession, code = "GM0637") => (await session.request(PENDING, { code })).data?.pendingApprovals as Array<{ reason: string; deployment: { id: string } }>;
const decide = (deploymentId: string, decision: string) =>
  consulent.request(
    `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { deployment { approvalStatus approvalMotivation } userErrors { code } } }`,
    { input: { deploymentId, decision, motivation: "Besproken met de dienstverlener." } },
  );

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  const [{ id: deLindeId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Welzijn De Linde'");

  // A second kortdurende begeleiding for the same resident.
  repeatBsn = freshBsn();
  await startDeployment(horizon, { residentBsn: repeatBsn, startDate: daysAgo(200), endDate: daysAgo(150) });
  const second = await deLinde.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: repeatBsn, startDate: daysAgo(5) } });
  expect(second.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
  repeat = second.data.createDeployment.deployment.id;

  // One while maatwerk begeleiding runs.
  const bsn = freshBsn();
  await recordIndication(consulent, { providerId: deLindeId, residentBsn: bsn, householdCode: "HH-APPR-1", startDate: daysAgo(60) });
  const during = await horizon.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(3) } });
  expect(during.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
  duringMaatwerk = during.data.createDeployment.deployment.id;
});
afterAll(() => portal?.stop());

describe("deployments waiting for the municipality's approval", () => {
  it("are listed for the municipality officer with the reason, oldest first", async () => {
    // Only this file's deployments: the demo data may hold requests of its own.
    const list = (await pending(consulent)).filter((p) => [repeat, duringMaatwerk].includes(p.deployment.id));
    expect(list.map((p) => p.deployment.id)).toEqual([repeat, duringMaatwerk]);
    expect(list[0]).toEqual({
      reason: "REPEAT",
      requestedOn: today,
      deployment: { id: repeat, approvalStatus: "PENDING", provider: { name: "Welzijn De Linde" }, resident: { bsnMasked: `******${repeatBsn.slice(-3)}` }, voorziening: { code: "KORTDURENDE_BEGELEIDING" } },
    });
    expect(list[1]).toMatchObject({ reason: "DURING_MAATWERK", deployment: { provider: { name: "Zorggroep Horizon" } } });
  });

  it("leave the list once decided, and the provider sees the decision on its deployment", async () => {
    expect((await decide(repeat, "DECLINE")).data.decideDeploymentApproval).toEqual({
      deployment: { approvalStatus: "DECLINED", approvalMotivation: "Besproken met de dienstverlener." },
      userErrors: [],
    });
    const left = (await pending(consulent)).map((p) => p.deployment.id);
    expect(left).not.toContain(repeat);
    expect(left).toContain(duringMaatwerk);
    const seen = await deLinde.request(`query { deployment(id: "${repeat}") { approvalStatus approvalMotivation } }`);
    expect(seen.data.deployment).toEqual({ approvalStatus: "DECLINED", approvalMotivation: "Besproken met de dienstverlener." });
    expect((await decide(repeat, "APPROVE")).data.decideDeploymentApproval.userErrors).toMatchObject([{ code: "INVALID_INPUT" }]);
  });

  it("are not shown to another municipality, nor for a code that is not the officer's", async () => {
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect(await pending(bergEnDal, "GM0637")).toEqual([]);
    expect((await pending(bergEnDal, "GM1945")).map((p) => p.deployment.id)).not.toContain(duringMaatwerk);
  });

  it("are for municipality officers only", async () => {
    for (const session of [horizon, await new GraphQLSession(portal.url).login("financien@zoetermeer.demo")]) {
      expect((await session.request(PENDING, { code: "GM0637" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});
