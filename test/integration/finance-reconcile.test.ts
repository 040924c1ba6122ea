import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let finance: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
});
afterAll(() => portal?.stop());

describe("finance's usage report and the municipality's yearly review", () => {
  it.each([Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))])("tell the same minutes per provider and voorziening for %i", async (year) => {
    const from = `${year}-01-01`;
    const to = `${year}-12-31` < today ? `${year}-12-31` : today;
    const usage = await finance.request(
      `query U($from: Date!, $to: Date!) { usageReport(municipalityCode: "GM0637", from: $from, to: $to) { rows { providerName voorzieningCode unit minutes } } }`,
      { from, to },
    );
    const review = await finance.request(
      `query Y($year: Int!) { yearlyReview(municipalityCode: "GM0637", year: $year) { lines { provider { name } voorziening { code unit } figures { minutes } } } }`,
      { year },
    );
    const fromUsage = new Map<string, number>();
    for (const r of usage.data.usageReport.rows.filter((r: { unit: string }) => r.unit === "MINUTES")) {
      const key = `${r.providerName}|${r.voorzieningCode}`;
      fromUsage.set(key, (fromUsage.get(key) ?? 0) + r.minutes);
    }
    const fromReview = new Map<string, number>(
      review.data.yearlyReview.lines
        .filter((l: { voorziening: { unit: string }; figures: { minutes: number } }) => l.voorziening.unit === "MINUTES" && l.figures.minutes > 0)
        .map((l: { provider: { name: string }; voorziening: { code: string }; figures: { minutes: number } }) => [`${l.provider.name}|${l.voorziening.code}`, l.figures.minutes]),
    );
    expect(Object.fromEntries(fromUsage)).toEqual(Object.fromEntries(fromReview));
    expect(fromUsage.size).toBeGreaterThan(0); // the demo has hours in both years: the comparison is not of two empty lists
  });
});
