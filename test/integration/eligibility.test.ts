import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, deliveredBegeleiding, freshBsn, recordIndication, RECORD_INDICATION, startDeployment } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";
import { startZoetermeer } from "../support/zoetermeer.js";

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
const log = (deploymentId: string, date: string, minutes = 60, session = horizon) =>
  session.request(LOG_HOURS, { input: { deploymentId, date, minutes } });

describe("zorgcoördinatie needs maatwerk begeleiding by the same provider in the household", () => {
  it("is refused without an indication", async () => {
    const result = await create(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: freshBsn() });
    expect(result.data.createDeployment).toMatchObject({ deployment: null, userErrors: [{ code: "NOT_ELIGIBLE", field: "voorzieningCode" }] });
  });

  it("is allowed beside an indication for another member of the household, and only while it runs", async () => {
    const parent = freshBsn();
    const child = freshBsn();
    await recordIndication(consulent, { providerId: providerIds["Zorggroep Horizon"], residentBsn: parent, householdCode: "HH-ELIG-1", startDate: daysAgo(100), endDate: daysAgo(10) });
    // The child is known in the same household through an indication of its own that ended long ago.
    await recordIndication(consulent, { providerId: providerIds["Zorggroep Horizon"], residentBsn: child, householdCode: "HH-ELIG-1", startDate: daysAgo(900), endDate: daysAgo(800) });
    const id = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child, startDate: daysAgo(40) });
    expect((await log(id, daysAgo(11))).data.logHours.userErrors).toEqual([]);
    const after = await log(id, daysAgo(9));
    expect(after.data.logHours.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE", field: "date" }]);
    expect(after.data.logHours.userErrors[0].message).toContain("Zorgcoördinatie kan alleen naast een lopende indicatie");
  });

  it("is refused for a provider that does not deliver the maatwerk begeleiding", async () => {
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: providerIds["Zorggroep Horizon"], residentBsn: bsn, householdCode: "HH-ELIG-2", startDate: daysAgo(100) });
    const result = await create(deLinde, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: bsn });
    expect(result.data.createDeployment.userErrors[0].code).toBe("NOT_ELIGIBLE");
  });
});

describe("waakvlamcontact needs ended individual begeleiding by the same provider", () => {
  it("is refused while the begeleiding still runs, and allowed after it ended", async () => {
    const bsn = freshBsn();
    await deliveredBegeleiding(horizon, bsn, daysAgo(90), daysAgo(20));
    const during = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(25) });
    expect(during.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE" }]);
    const otherProvider = await create(deLinde, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) });
    expect(otherProvider.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE" }]);
    const after = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) });
    expect(after.data.createDeployment.userErrors).toEqual([]);
  });

  it("is allowed after ended maatwerk begeleiding", async () => {
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: providerIds["Zorggroep Horizon"], residentBsn: bsn, householdCode: "HH-WV", startDate: daysAgo(300), endDate: daysAgo(31) });
    const result = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(30) });
    expect(result.data.createDeployment.userErrors).toEqual([]);
  });
});

describe("a second kortdurende begeleiding, or one during maatwerk begeleiding", () => {
  it("is stored waiting for approval, takes no hours, and takes them once the municipality approves", async () => {
    const bsn = freshBsn();
    await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(200), endDate: daysAgo(150) });
    const second = await create(deLinde, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn });
    const { deployment, userErrors } = second.data.createDeployment;
    expect(userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED", field: null }]);
    expect(userErrors[0].message).toContain("wacht op goedkeuring van de gemeente");
    expect(deployment.id).toBeTruthy();

    const waiting = await log(deployment.id, daysAgo(2), 60, deLinde);
    expect(waiting.data.logHours.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);

    const decide = (session: GraphQLSession, decision: string) =>
      session.request(
        `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { deployment { approvalStatus approvalMotivation } userErrors { code } } }`,
        { input: { deploymentId: deployment.id, decision, motivation: "Nieuwe situatie na verhuizing; eenmalig opnieuw." } },
      );
    expect((await decide(deLinde, "APPROVE")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const approved = await decide(consulent, "APPROVE");
    expect(approved.data.decideDeploymentApproval.deployment).toEqual({
      approvalStatus: "APPROVED",
      approvalMotivation: "Nieuwe situatie na verhuizing; eenmalig opnieuw.",
    });
    expect((await log(deployment.id, daysAgo(2), 60, deLinde)).data.logHours.userErrors).toEqual([]);
  });

  it("waits for approval while maatwerk begeleiding runs, whoever delivers it", async () => {
    const bsn = freshBsn();
    await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: bsn, householdCode: "HH-KB", startDate: daysAgo(60) });
    const result = await create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn });
    expect(result.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
    expect(result.data.createDeployment.userErrors[0].message).toContain("maatwerkbegeleiding");
  });

  it("lets only one of two simultaneous first deployments for a known resident through; the other is refused as running beside it", async () => {
    for (let round = 0; round < 5; round++) {
      // The resident is known already (an old, ended indication), so nothing but the
      // resident's row lock makes the two requests take turns.
      const bsn = freshBsn();
      await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: bsn, householdCode: "HH-RACE", startDate: daysAgo(900), endDate: daysAgo(800) });
      const [a, b] = await Promise.all([
        create(horizon, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn }),
        create(deLinde, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn }),
      ]);
      const codes = [a, b].map((r) => r.data.createDeployment.userErrors[0]?.code ?? "OK").sort();
      expect(codes).toEqual(["NOT_ELIGIBLE", "OK"]);
    }
  });
});

describe("recreatieve dagbesteding", () => {
  it("with a work-like part needs the motivation that recreation is the emphasis", async () => {
    const input = { voorzieningCode: "RECREATIEVE_DAGBESTEDING", residentBsn: freshBsn(), workLikePart: true };
    const refused = await create(horizon, input);
    expect(refused.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE", field: "motivation" }]);
    const ok = await create(horizon, { ...input, motivation: "Vooral samen koken; het inpakken van kaarten is bijzaak." });
    expect(ok.data.createDeployment.userErrors).toEqual([]);
  });

  it("records the light check when the provider arranges transport", async () => {
    const id = await startDeployment(horizon, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", transportByProvider: true });
    const view = await horizon.request(`query { deployment(id: "${id}") { transportByProvider transportCheckedOn } }`);
    const [{ today }] = await portal.sql<{ today: string }>("SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date::text AS today");
    expect(view.data.deployment).toEqual({ transportByProvider: true, transportCheckedOn: today });
  });
});

describe("recordMaatwerkIndication", () => {
  it("refuses a provider without a contract, an invalid BSN and an unknown product", async () => {
    const base = { municipalityCode: "GM0637", residentBsn: freshBsn(), householdCode: "HH-X", providerId: providerIds["Zorggroep Horizon"], product: "BEGELEIDING_INDIVIDUEEL", startDate: daysAgo(5) };
    const call = (input: Record<string, unknown>) => consulent.request(RECORD_INDICATION, { input: { ...base, ...input } });
    expect((await call({ residentBsn: "123456789" })).data.recordMaatwerkIndication.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "residentBsn" }]);
    expect((await call({ product: "HUISHOUDELIJKE_HULP" })).data.recordMaatwerkIndication.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "product" }]);
    expect((await call({ providerId: "00000000-0000-4000-8000-000000000000" })).data.recordMaatwerkIndication.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "providerId" }]);
    expect((await call({ municipalityCode: "GM1945" })).data.recordMaatwerkIndication.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "municipalityCode" }]);
    expect((await horizon.request(RECORD_INDICATION, { input: base })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
