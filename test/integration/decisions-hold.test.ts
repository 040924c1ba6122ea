import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, recordIndication, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";
import { startZoetermeer } from "../support/zoetermeer.js";

/** A municipality's STOP holds, waakvlam follows only delivered begeleiding, and bridging waits for approval. */
let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
let providerIds: Record<string, string>;

beforeAll(async () => {
  ({ portal, horizon, deLinde, consulent, providerIds } = await startZoetermeer());
});
afterAll(() => portal?.stop());

const create = (session: GraphQLSession, input: Record<string, unknown>) =>
  session.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", startDate: daysAgo(30), ...input } });
const log = (deploymentId: string, date: string, minutes = 60, session = horizon) => session.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
const end = (deploymentId: string, endDate: string, session = horizon) =>
  session.request(
    `mutation E($input: EndDeploymentInput!) { endDeployment(input: $input) { deployment { id endDate status } userErrors { code field message } } }`,
    { input: { deploymentId, endDate, reason: "Doelen bereikt." } },
  );
const PENDING = `query P { pendingApprovals(municipalityCode: "GM0637") { reason earlierStop { decidedOn motivation } deployment { id } } }`;

describe("a municipality's STOP holds", () => {
  it("makes a new waakvlamcontact for the resident wait for approval, shown with the STOP and its motivation", async () => {
    const bsn = freshBsn();
    await deliveredBegeleiding(horizon, bsn, daysAgo(400), daysAgo(320));
    const first = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(300) });
    expect((await log(first, daysAgo(290))).data.logHours.userErrors).toEqual([]);
    const stop = await consulent.request(
      `mutation D($input: DecideWaakvlamReviewInput!) { decideWaakvlamReview(input: $input) { review { decision } userErrors { code } } }`,
      { input: { deploymentId: first, decision: "STOP", motivation: "Situatie stabiel; geen contact meer nodig." } },
    );
    expect(stop.data.decideWaakvlamReview.review).toEqual({ decision: "STOP" });
    expect((await end(first, daysAgo(2))).data.endDeployment.userErrors).toEqual([]);

    const again = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(1) });
    expect(again.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
    expect(again.data.createDeployment.userErrors[0].message).toContain("Deze inzet moet eerst door de gemeente worden goedgekeurd.");
    const id = again.data.createDeployment.deployment.id;
    expect((await log(id, today)).data.logHours.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);

    const queued = (await consulent.request(PENDING)).data.pendingApprovals.find((p: { deployment: { id: string } }) => p.deployment.id === id);
    expect(queued).toEqual({ reason: "AFTER_STOP", earlierStop: { decidedOn: today, motivation: "Situatie stabiel; geen contact meer nodig." }, deployment: { id } });
  });
});

describe("waakvlamcontact follows only begeleiding that was delivered", () => {
  it("is refused after an ended kortdurende begeleiding without hours, and allowed once it has them", async () => {
    const bsn = freshBsn();
    const begeleiding = await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(100), endDate: daysAgo(50) });
    const before = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) });
    expect(before.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE", field: "voorzieningCode" }]);
    expect((await log(begeleiding, daysAgo(60))).data.logHours.userErrors).toEqual([]);
    expect((await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) })).data.createDeployment.userErrors).toEqual([]);
  });

  it("is refused after a kortdurende begeleiding that never got the municipality's approval", async () => {
    const bsn = freshBsn();
    await startDeployment(deLinde, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(300), endDate: daysAgo(250) });
    const waiting = await create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(100), endDate: daysAgo(50) });
    expect(waiting.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
    const waakvlam = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) });
    expect(waakvlam.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE" }]);
  });
});

describe("kortdurende begeleiding does not bridge to maatwerk begeleiding", () => {
  it("waits for approval (overbrugging) when a recorded maatwerk begeleiding starts during it", async () => {
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: bsn, householdCode: "HH-BRUG-1", startDate: addDays(today, 30) });
    const result = await create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(5) });
    expect(result.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED", field: null }]);
    expect(result.data.createDeployment.userErrors[0].message).toContain("niet bedoeld ter overbrugging van maatwerkbegeleiding");
    const id = result.data.createDeployment.deployment.id;
    const queued = (await consulent.request(PENDING)).data.pendingApprovals.find((p: { deployment: { id: string } }) => p.deployment.id === id);
    expect(queued).toMatchObject({ reason: "BRIDGING", earlierStop: null });
  });

  it("counts a maatwerk start up to four weeks after the end as bridged, and a later one not", async () => {
    const [near, far] = [freshBsn(), freshBsn()];
    const endDate = addDays(today, 20);
    await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: near, householdCode: "HH-BRUG-2", startDate: addDays(endDate, 28) });
    await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: far, householdCode: "HH-BRUG-3", startDate: addDays(endDate, 29) });
    const bridged = await create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: near, startDate: daysAgo(5), endDate });
    expect(bridged.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
    const notBridged = await create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: far, startDate: daysAgo(5), endDate });
    expect(notBridged.data.createDeployment.userErrors).toEqual([]);
  });
});
