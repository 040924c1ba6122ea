import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, startDeployment, today } from "../support/fixtures.js";
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

/** A waakvlamcontact that started `daysAgo(started)`, after a kortdurende begeleiding by the same provider. */
async function waakvlam(started: number): Promise<{ id: string; start: string }> {
  const bsn = freshBsn();
  await deliveredBegeleiding(horizon, bsn, daysAgo(started + 60), daysAgo(started + 1));
  const id = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(started) });
  return { id, start: daysAgo(started) };
}
const log = (deploymentId: string, date: string, minutes = 60) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
const REVIEW = `{ review { reviewYear advice adviceMotivation decision decisionMotivation period { start end } } userErrors { code field message } }`;
const advise = (deploymentId: string, advice: string) =>
  horizon.request(`mutation A($input: AdviseWaakvlamReviewInput!) { adviseWaakvlamReview(input: $input) ${REVIEW} }`, {
    input: { deploymentId, advice, motivation: "Contact blijft nodig: risico op terugval bij de schulden." },
  });
const decide = (deploymentId: string, decision: string, session = consulent) =>
  session.request(`mutation D($input: DecideWaakvlamReviewInput!) { decideWaakvlamReview(input: $input) ${REVIEW} }`, {
    input: { deploymentId, decision, motivation: "Besproken met de dienstverlener." },
  });

describe("waakvlamcontact: at most 15 hours per review year", () => {
  it("refuses the 901st minute of a review year", async () => {
    const { id } = await waakvlam(100);
    expect((await log(id, daysAgo(50), 840)).data.logHours.userErrors).toEqual([]);
    expect((await log(id, daysAgo(40), 60)).data.logHours.capUsage).toMatchObject({ capMinutes: 900, usedMinutes: 900, remainingMinutes: 0 });
    const refused = await log(id, daysAgo(30), 1);
    expect(refused.data.logHours.userErrors).toMatchObject([{ code: "CAP_EXCEEDED", capUsage: { windowStart: daysAgo(100), windowEnd: addDays(addMonths(daysAgo(100), 12), -1) } }]);
    expect(refused.data.logHours.userErrors[0].message).toContain("Nog 0:00 van de 15:00 uur over in dit beoordelingsjaar");
  });
});

describe("the yearly review", () => {
  it("refuses hours in the second review year until the municipality continues, then counts that year anew", async () => {
    const { id, start } = await waakvlam(400);
    const secondYear = addMonths(start, 12);
    expect((await log(id, addDays(secondYear, -1), 900)).data.logHours.userErrors).toEqual([]);

    const gated = await log(id, secondYear);
    expect(gated.data.logHours.userErrors).toMatchObject([{ code: "REVIEW_REQUIRED", field: "date" }]);

    const advice = await advise(id, "CONTINUE");
    expect(advice.data.adviseWaakvlamReview.review).toMatchObject({ reviewYear: 1, advice: "CONTINUE", decision: null, period: { start: secondYear } });
    expect((await log(id, secondYear)).data.logHours.userErrors[0].code).toBe("REVIEW_REQUIRED");

    const decision = await decide(id, "CONTINUE");
    expect(decision.data.decideWaakvlamReview.review).toMatchObject({
      reviewYear: 1,
      advice: "CONTINUE",
      decision: "CONTINUE",
      decisionMotivation: "Besproken met de dienstverlener.",
      period: { start: secondYear, end: addDays(addMonths(start, 24), -1) },
    });
    const counted = await log(id, secondYear, 90);
    expect(counted.data.logHours).toMatchObject({ userErrors: [], capUsage: { usedMinutes: 90, windowStart: secondYear } });
  });

  it("ends the deployment at the end of the current review year when the municipality stops it", async () => {
    const { id, start } = await waakvlam(300);
    const stop = await decide(id, "STOP");
    expect(stop.data.decideWaakvlamReview.review).toMatchObject({ reviewYear: 1, decision: "STOP" });
    const endOfYear = addDays(addMonths(start, 12), -1);
    const view = await horizon.request(`query { deployment(id: "${id}") { endDate waakvlamReviews { reviewYear decision } } }`);
    expect(view.data.deployment).toEqual({ endDate: endOfYear, waakvlamReviews: [{ reviewYear: 1, decision: "STOP" }] });
    // Hours in the rest of this year are still fine; there is nothing left to decide.
    expect((await log(id, today)).data.logHours.userErrors).toEqual([]);
    expect((await decide(id, "CONTINUE")).data.decideWaakvlamReview.userErrors).toMatchObject([{ code: "INVALID_INPUT" }]);
  });

  it("lets only the municipality decide and only the provider advise", async () => {
    const { id } = await waakvlam(300);
    expect((await decide(id, "CONTINUE", horizon)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const officer = await consulent.request(`mutation { adviseWaakvlamReview(input: { deploymentId: "${id}", advice: STOP, motivation: "x" }) { userErrors { code } } }`);
    expect(officer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect((await decide(id, "CONTINUE", bergEnDal)).data.decideWaakvlamReview.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
  });

  it("has no review for a voorziening without one", async () => {
    const id = await startDeployment(horizon, {});
    expect((await advise(id, "CONTINUE")).data.adviseWaakvlamReview.userErrors).toMatchObject([
      { code: "INVALID_INPUT", message: "Deze inzet kent geen jaarlijkse beoordeling." },
    ]);
  });
});
