import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;

/** A waakvlamcontact that started `daysAgo(started)`, after a kortdurende begeleiding by the same provider. */
async function waakvlam(started: number): Promise<{ id: string; start: string; bsn: string }> {
  const bsn = freshBsn();
  await deliveredBegeleiding(horizon, bsn, daysAgo(started + 60), daysAgo(started + 1));
  const id = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(started) });
  return { id, start: daysAgo(started), bsn };
}
const review = (mutation: "adviseWaakvlamReview" | "decideWaakvlamReview", session: GraphQLSession, deploymentId: string, outcome: string) =>
  session.request(
    `mutation R($input: ${mutation === "adviseWaakvlamReview" ? "Advise" : "Decide"}WaakvlamReviewInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
    { input: { deploymentId, [mutation === "adviseWaakvlamReview" ? "advice" : "decision"]: outcome, motivation: "Besproken met de inwoner en de gemeente." } },
  );

const ITEM = `deployment { id provider { name } resident { bsnMasked } } reviewYear period { start end } overdue advice adviceMotivation
  minutesPerReviewYear { reviewYear start end minutes }`;
const queue = async (session: GraphQLSession, code = "GM0637") => {
  const result = await session.request(`query Q($code: String!) { waakvlamReviewQueue(municipalityCode: $code) { ${ITEM} } }`, { code });
  return result.data?.waakvlamReviewQueue as Array<{ deployment: { id: string } } & Record<string, unknown>>;
};
const upcoming = async (session: GraphQLSession) => (await session.request(`query { upcomingWaakvlamReviews { ${ITEM} } }`)).data.upcomingWaakvlamReviews as Array<{ deployment: { id: string } }>;
const ids = (items: Array<{ deployment: { id: string } }>) => items.map((i) => i.deployment.id);

let dueSoon: Awaited<ReturnType<typeof waakvlam>>;
let overdue: Awaited<ReturnType<typeof waakvlam>>;
let farAway: Awaited<ReturnType<typeof waakvlam>>;
let continued: Awaited<ReturnType<typeof waakvlam>>;
let stopped: Awaited<ReturnType<typeof waakvlam>>;

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");

  dueSoon = await waakvlam(335); // its first review year ends in about 30 days
  overdue = await waakvlam(400); // its second review year started 35 days ago without a decision
  farAway = await waakvlam(100); // its first year ends in about 265 days
  continued = await waakvlam(400);
  stopped = await waakvlam(340);
  for (const [date, minutes] of [[addDays(overdue.start, 10), 60], [addDays(overdue.start, 20), 30]] as const) {
    expect((await horizon.request(LOG_HOURS, { input: { deploymentId: overdue.id, date, minutes } })).data.logHours.userErrors).toEqual([]);
  }
  expect((await review("adviseWaakvlamReview", horizon, overdue.id, "CONTINUE")).data.adviseWaakvlamReview.userErrors).toEqual([]);
  expect((await review("decideWaakvlamReview", consulent, continued.id, "CONTINUE")).data.decideWaakvlamReview.userErrors).toEqual([]);
  expect((await review("decideWaakvlamReview", consulent, stopped.id, "STOP")).data.decideWaakvlamReview.userErrors).toEqual([]);
});
afterAll(() => portal?.stop());

describe("the municipality's waakvlam review queue", () => {
  it("holds the deployment whose year ends within eight weeks and the overdue one, not the far, decided or stopped ones", async () => {
    const listed = ids(await queue(consulent));
    expect(listed).toContain(dueSoon.id);
    expect(listed).toContain(overdue.id);
    for (const absent of [farAway, continued, stopped]) expect(listed).not.toContain(absent.id);
    // Overdue first.
    expect(listed.indexOf(overdue.id)).toBeLessThan(listed.indexOf(dueSoon.id));
  });

  it("shows the review year open for decision, the provider's advice and the hours per review year", async () => {
    const item = (await queue(consulent)).find((i) => i.deployment.id === overdue.id);
    const secondYear = addMonths(overdue.start, 12);
    expect(item).toEqual({
      deployment: { id: overdue.id, provider: { name: "Zorggroep Horizon" }, resident: { bsnMasked: `******${overdue.bsn.slice(-3)}` } },
      reviewYear: 1,
      period: { start: secondYear, end: addDays(addMonths(overdue.start, 24), -1) },
      overdue: true,
      advice: "CONTINUE",
      adviceMotivation: "Besproken met de inwoner en de gemeente.",
      minutesPerReviewYear: [
        { reviewYear: 0, start: overdue.start, end: addDays(secondYear, -1), minutes: 90 },
        { reviewYear: 1, start: secondYear, end: addDays(addMonths(overdue.start, 24), -1), minutes: 0 },
      ],
    });
    expect(JSON.stringify(item)).not.toContain(overdue.bsn);
  });

  it("shows a review coming up as not overdue and without advice", async () => {
    const item = (await queue(consulent)).find((i) => i.deployment.id === dueSoon.id);
    expect(item).toMatchObject({ reviewYear: 1, period: { start: addMonths(dueSoon.start, 12) }, overdue: false, advice: null, minutesPerReviewYear: [{ reviewYear: 0, minutes: 0 }] });
  });

  it("lets a decision take the deployment out of the queue", async () => {
    const { id } = await waakvlam(380);
    expect(ids(await queue(consulent))).toContain(id);
    await review("decideWaakvlamReview", consulent, id, "CONTINUE");
    expect(ids(await queue(consulent))).not.toContain(id);
  });

  it("is empty for another municipality's code, and only for municipality officers", async () => {
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect(await queue(bergEnDal, "GM0637")).toEqual([]);
    expect(await queue(consulent, "GM9999")).toEqual([]);
    expect((await horizon.request(`query { waakvlamReviewQueue(municipalityCode: "GM0637") { reviewYear } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    expect((await finance.request(`query { waakvlamReviewQueue(municipalityCode: "GM0637") { reviewYear } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the provider's upcoming reviews", () => {
  it("lists the provider's own reviews by the same eight-week rule", async () => {
    const listed = ids(await upcoming(horizon));
    expect(listed).toEqual(expect.arrayContaining([dueSoon.id, overdue.id]));
    for (const absent of [farAway, continued, stopped]) expect(listed).not.toContain(absent.id);
  });

  it("never shows another provider's deployments", async () => {
    const listed = ids(await upcoming(deLinde));
    expect(listed).not.toContain(dueSoon.id);
    expect(listed).not.toContain(overdue.id);
  });

  it("is for providers only", async () => {
    expect((await consulent.request(`query { upcomingWaakvlamReviews { reviewYear } }`)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
