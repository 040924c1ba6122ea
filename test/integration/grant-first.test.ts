import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GROESBEEK } from "../../server/modules/catalogue/catalogues.js";
import { daysAgo, freshBsn, RECORD_INDICATION, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let bergEnDal: GraphQLSession;
let horizonId: string;

/** The sentence every provider gets for a deployment that waits, whatever the reason (issue #17). */
const NEUTRAL =
  "Deze inzet moet eerst door de gemeente worden goedgekeurd. De inzet is vastgelegd en wacht op goedkeuring van de gemeente; u kunt uren schrijven zodra de gemeente heeft goedgekeurd.";

const PENDING = `query P { pendingApprovals(municipalityCode: "GM1945") { reason deployment { id approvalStatus voorziening { code } } } }`;
const DECIDE = `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { deployment { approvalStatus } userErrors { code } } }`;

const start = (input: Record<string, unknown>) =>
  horizon.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM1945", voorzieningCode: "BEGELEIDING_KORTDUREND", residentBsn: freshBsn(), startDate: daysAgo(5), ...input },
  });
const log = (deploymentId: string, date = daysAgo(1), minutes = 60) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
const grant = (input: { residentBsn: string; startDate: string; endDate?: string | null }) =>
  bergEnDal.request(RECORD_INDICATION, {
    input: { municipalityCode: "GM1945", product: "BEGELEIDING_INDIVIDUEEL", providerId: horizonId, householdCode: `HH-BED-${input.residentBsn}`, endDate: null, ...input },
  });

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
  [{ id: horizonId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
});
afterAll(() => portal?.stop());

describe("Berg en Dal grants first", () => {
  it("holds (before this file adds any) the demo's granted traject and one that waits for the consulent", async () => {
    const rows = await portal.sql<{ code: string; approval_status: string; approval_reason: string; hours: number }>(
      `SELECT d.voorziening_code AS code, d.approval_status, d.approval_reason,
              (SELECT count(*)::int FROM hour_entry e WHERE e.municipality_id = d.municipality_id AND e.deployment_id = d.id) AS hours
         FROM deployment d JOIN municipality m ON m.id = d.municipality_id
        WHERE m.code = 'GM1945'
        ORDER BY d.start_date`,
    );
    expect(rows).toEqual([
      { code: "BEGELEIDING_KORTDUREND", approval_status: "APPROVED", approval_reason: "GRANT_FIRST", hours: 3 },
      { code: "BEGELEIDING_MIDDELLANG", approval_status: "PENDING", approval_reason: "GRANT_FIRST", hours: 0 },
    ]);
  });

  it("stores a provider's begeleiding kortdurend as waiting, refuses its hours until the municipality approves, then takes them", async () => {
    const started = await start({});
    expect(started.data.createDeployment.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: NEUTRAL }]);
    const id = started.data.createDeployment.deployment.id;

    const refused = await log(id);
    expect(refused.data.logHours).toMatchObject({
      entry: null,
      userErrors: [{ code: "APPROVAL_REQUIRED", field: "deploymentId", message: "Deze inzet wacht nog op goedkeuring van de gemeente; uren kunnen pas daarna." }],
    });

    const queue = (await bergEnDal.request(PENDING)).data.pendingApprovals;
    expect(queue.filter((p: { deployment: { id: string } }) => p.deployment.id === id)).toEqual([
      { reason: "GRANT_FIRST", deployment: { id, approvalStatus: "PENDING", voorziening: { code: "BEGELEIDING_KORTDUREND" } } },
    ]);

    const decided = await bergEnDal.request(DECIDE, { input: { deploymentId: id, decision: "APPROVE", motivation: "Toegekend na het gesprek met het Sociaal Team." } });
    expect(decided.data.decideDeploymentApproval).toEqual({ deployment: { approvalStatus: "APPROVED" }, userErrors: [] });
    expect((await bergEnDal.request(PENDING)).data.pendingApprovals.map((p: { deployment: { id: string } }) => p.deployment.id)).not.toContain(id);

    const accepted = await log(id);
    expect(accepted.data.logHours).toMatchObject({ entry: { minutes: 60 }, userErrors: [], capUsage: { capMinutes: 3120, usedMinutes: 60, remainingMinutes: 3060 } });
  });

  it("puts the waiting deployment in the municipality's queue only, not in another's", async () => {
    const id = (await start({ voorzieningCode: "DAGBESTEDING_BASIS" })).data.createDeployment.deployment.id;
    const zoetermeer = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    const theirs = await zoetermeer.request(`query { pendingApprovals(municipalityCode: "GM0637") { deployment { id } } }`);
    expect(theirs.data.pendingApprovals.map((p: { deployment: { id: string } }) => p.deployment.id)).not.toContain(id);
    expect((await bergEnDal.request(PENDING)).data.pendingApprovals.find((p: { deployment: { id: string } }) => p.deployment.id === id)).toMatchObject({
      reason: "GRANT_FIRST",
    });
  });

  it("lets a begeleidingstraject that follows the resident's indication for individuele begeleiding run at once", async () => {
    const residentBsn = freshBsn();
    expect((await grant({ residentBsn, startDate: daysAgo(30) })).data.recordMaatwerkIndication.userErrors).toEqual([]);
    const started = await start({ residentBsn, voorzieningCode: "BEGELEIDING_MIDDELLANG", startDate: daysAgo(10) });
    expect(started.data.createDeployment).toMatchObject({ deployment: { status: "ACTIVE" }, userErrors: [] });
    const accepted = await log(started.data.createDeployment.deployment.id);
    expect(accepted.data.logHours).toMatchObject({ userErrors: [], capUsage: { capMinutes: 6240, usedMinutes: 60 } });
  });

  it("does not count that indication as a grant for dagbesteding, nor one that ended before the start", async () => {
    const covered = freshBsn();
    await grant({ residentBsn: covered, startDate: daysAgo(30) });
    const dagbesteding = await start({ residentBsn: covered, voorzieningCode: "DAGBESTEDING_BASIS" });
    expect(dagbesteding.data.createDeployment.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: NEUTRAL }]);

    const ended = freshBsn();
    await grant({ residentBsn: ended, startDate: daysAgo(90), endDate: daysAgo(20) });
    const after = await start({ residentBsn: ended, startDate: daysAgo(10) });
    expect(after.data.createDeployment.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: NEUTRAL }]);
  });

  it("leaves Zoetermeer as it was: a first kortdurende begeleiding runs at once and takes hours", async () => {
    const started = await horizon.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM0637", voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: freshBsn(), startDate: daysAgo(5) },
    });
    expect(started.data.createDeployment).toMatchObject({ deployment: { status: "ACTIVE" }, userErrors: [] });
    expect((await log(started.data.createDeployment.deployment.id)).data.logHours.userErrors).toEqual([]);
  });

  it("asks the approval of the day a deployment is registered, also for an earlier start date", async () => {
    // The GrantFirst migration's shape: the old rule (no approval) until yesterday, the grant from today.
    const [{ id }] = await portal.sql<{ id: string }>("SELECT id FROM municipality WHERE code = 'GM1945'");
    const withApproval = (approval: "NONE" | "GRANT_FIRST", name: string) => ({ ...GROESBEEK, name, voorzieningen: GROESBEEK.voorzieningen.map((v) => ({ ...v, approval })) });
    await portal.services.db.transaction(async (manager) => {
      await portal.services.catalogue.installVersion(manager, id, withApproval("NONE", "Zonder toekenning"), daysAgo(60));
      await portal.services.catalogue.installVersion(manager, id, withApproval("GRANT_FIRST", "Met toekenning"), today);
    });
    const catalogueOn = async (date: string) =>
      (await bergEnDal.request(`query { catalogue(municipalityCode: "GM1945", date: "${date}") { code approval } }`)).data.catalogue.find(
        (v: { code: string }) => v.code === "BEGELEIDING_KORTDUREND",
      );
    // The old version stays as it was for its own days.
    expect(await catalogueOn(daysAgo(30))).toEqual({ code: "BEGELEIDING_KORTDUREND", approval: "NONE" });
    expect(await catalogueOn(today)).toEqual({ code: "BEGELEIDING_KORTDUREND", approval: "GRANT_FIRST" });

    const backdated = await start({ startDate: daysAgo(30) });
    expect(backdated.data.createDeployment.userErrors).toEqual([{ code: "APPROVAL_REQUIRED", field: null, message: NEUTRAL }]);
  });
});
