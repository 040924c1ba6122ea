import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, formatDutchDate, yearOf } from "../../shared/dates.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";
import { startZoetermeer } from "../support/zoetermeer.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
beforeAll(async () => {
  ({ portal, horizon, deLinde, consulent } = await startZoetermeer());
});
afterAll(() => portal?.stop());

const END = `mutation E($input: EndDeploymentInput!) { endDeployment(input: $input) { deployment { id endDate endReason status } userErrors { code field message } } }`;
const end = (deploymentId: string, endDate: string, session = horizon, reason = "Doelen bereikt; de inwoner redt zich weer.") =>
  session.request(END, { input: { deploymentId, endDate, reason } });
const log = (deploymentId: string, date: string) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes: 60 } });

describe("endDeployment", () => {
  it("ends a deployment on a date after its last entry, keeps the reason, audits it, and the list shows it ended", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(40) });
    expect((await log(id, daysAgo(10))).data.logHours.userErrors).toEqual([]);

    const early = await end(id, daysAgo(11));
    expect(early.data.endDeployment).toMatchObject({ deployment: null, userErrors: [{ code: "OUTSIDE_PERIOD", field: "endDate" }] });
    expect(early.data.endDeployment.userErrors[0].message).toContain("Op deze inzet staan uren tot en met");
    expect((await end(id, daysAgo(5), horizon, "  ")).data.endDeployment.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "reason" }]);
    expect((await end(id, daysAgo(5), deLinde)).data.endDeployment.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);

    const ended = await end(id, daysAgo(5));
    expect(ended.data.endDeployment).toEqual({
      deployment: { id, endDate: daysAgo(5), endReason: "Doelen bereikt; de inwoner redt zich weer.", status: "ENDED" },
      userErrors: [],
    });
    expect((await log(id, daysAgo(4))).data.logHours.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD" }]);
    const list = await horizon.request(`{ deployments(first: 100, filter: { status: ENDED }) { edges { node { id } } } }`);
    expect(list.data.deployments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    const audit = await portal.sql<{ result: string }>("SELECT result FROM audit_event WHERE action = 'deployment.end' AND object_id = $1", [id]);
    expect(audit).toEqual([{ result: "OK" }]);
    expect((await end(id, daysAgo(6))).data.endDeployment.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", message: `Deze inzet is al beëindigd op ${formatDutchDate(daysAgo(5))}.` }]);
  });

  it("lets the municipality officer end one, and the yearly review counts it as ended", async () => {
    const year = yearOf(daysAgo(1));
    const REVIEW = `query Y($y: Int!) { yearlyReview(municipalityCode: "GM0637", year: $y) { lines { provider { name } voorziening { code } figures { deploymentsEnded } } } }`;
    const endedCount = async () =>
      ((await consulent.request(REVIEW, { y: year })).data.yearlyReview.lines as Array<{ provider: { name: string }; voorziening: { code: string }; figures: { deploymentsEnded: number } }>)
        .find((l) => l.provider.name === "Welzijn De Linde" && l.voorziening.code === "RECREATIEVE_DAGBESTEDING")?.figures.deploymentsEnded ?? 0;
    const id = await startDeployment(deLinde, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(1) });
    const before = await endedCount();
    expect((await end(id, daysAgo(1), consulent)).data.endDeployment.userErrors).toEqual([]);
    expect(await endedCount()).toBe(before + 1);
  });

  it("refuses an end in a month the municipality closed, and one past an end already set", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const month = addMonths(today, -20).slice(0, 7);
    const closed = await admin.request(`mutation C($m: String!) { closePeriod(municipalityCode: "GM0637", month: $m) { userErrors { code } } }`, { m: month });
    expect(closed.data.closePeriod.userErrors).toEqual([]);
    const id = await startDeployment(horizon, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: `${month}-01`, endDate: addDays(today, 30) });
    expect((await end(id, `${month}-15`)).data.endDeployment.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", field: "endDate", message: expect.stringContaining("afgesloten") }]);
    expect((await end(id, addDays(today, 31))).data.endDeployment.userErrors).toMatchObject([{ code: "OUTSIDE_PERIOD", field: "endDate" }]);
    expect((await end(id, addDays(`${month}-01`, 45))).data.endDeployment.userErrors).toEqual([]);
  });

  it("lets waakvlamcontact follow a kortdurende begeleiding that the provider ended", async () => {
    const bsn = freshBsn();
    const begeleiding = await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(60) });
    expect((await log(begeleiding, daysAgo(30))).data.logHours.userErrors).toEqual([]);
    const create = () => horizon.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(10) } });
    expect((await create()).data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE" }]);
    expect((await end(begeleiding, daysAgo(20))).data.endDeployment.userErrors).toEqual([]);
    expect((await create()).data.createDeployment.userErrors).toEqual([]);
  });
});
