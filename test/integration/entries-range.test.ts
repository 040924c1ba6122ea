import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let consulent: GraphQLSession;
let id: string;

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  id = await startDeployment(horizon, { residentBsn: freshBsn(), startDate: daysAgo(30) });
  for (const [date, minutes] of [[daysAgo(20), 60], [daysAgo(10), 30], [daysAgo(9), 45], [daysAgo(2), 15]] as const) {
    expect((await horizon.request(LOG_HOURS, { input: { deploymentId: id, date, minutes } })).data.logHours.userErrors).toEqual([]);
  }
});
afterAll(() => portal?.stop());

const entries = (args: string) => horizon.request(`query E($id: ID!) { deployment(id: $id) { entries${args} { date minutes } } }`, { id });

describe("Deployment.entries(from, to)", () => {
  it("answers only the entries from `from` to `to`, both days included, newest first", async () => {
    const { data } = await entries(`(from: "${daysAgo(10)}", to: "${daysAgo(2)}")`);
    expect(data.deployment.entries).toEqual([
      { date: daysAgo(2), minutes: 15 },
      { date: daysAgo(9), minutes: 45 },
      { date: daysAgo(10), minutes: 30 },
    ]);
    expect((await entries(`(from: "${daysAgo(9)}")`)).data.deployment.entries).toHaveLength(2);
    expect((await entries(`(to: "${daysAgo(11)}")`)).data.deployment.entries).toEqual([{ date: daysAgo(20), minutes: 60 }]);
    expect((await entries("")).data.deployment.entries).toHaveLength(4);
  });

  it("refuses a range that ends before it starts with BAD_USER_INPUT and a Dutch sentence", async () => {
    const result = await entries(`(from: "${daysAgo(2)}", to: "${daysAgo(10)}")`);
    expect(result.errors?.[0]).toMatchObject({ message: "De begindatum ligt na de einddatum.", extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("WaakvlamReview.period", () => {
  it("is the review year of each review when many are listed at once", async () => {
    const starts = [330, 345];
    const ids: string[] = [];
    for (const started of starts) {
      const bsn = freshBsn();
      await deliveredBegeleiding(horizon, bsn, daysAgo(started + 60), daysAgo(started + 1));
      const w = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(started) });
      const advised = await horizon.request(`mutation A($input: AdviseWaakvlamReviewInput!) { adviseWaakvlamReview(input: $input) { userErrors { code } } }`, {
        input: { deploymentId: w, advice: "CONTINUE", motivation: "Nog nodig." },
      });
      expect(advised.data.adviseWaakvlamReview.userErrors).toEqual([]);
      ids.push(w);
    }
    const { data } = await consulent.request(`query { waakvlamReviewQueue(municipalityCode: "GM0637") { deployment { id waakvlamReviews { reviewYear period { start end } } } } }`);
    const byId = new Map((data.waakvlamReviewQueue as Array<{ deployment: { id: string; waakvlamReviews: unknown[] } }>).map((i) => [i.deployment.id, i.deployment.waakvlamReviews]));
    starts.forEach((started, i) => {
      const start = daysAgo(started);
      expect(byId.get(ids[i])).toEqual([{ reviewYear: 1, period: { start: addMonths(start, 12), end: addDays(addMonths(start, 24), -1) } }]);
    });
  });
});
