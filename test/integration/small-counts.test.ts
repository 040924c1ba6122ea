import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Issue #17: finance must not learn a count below five by subtracting rows from a total. */
let portal: TestPortal;
let finance: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
});
afterAll(() => portal?.stop());

const REPORT = `query R($from: Date!, $to: Date!, $v: String) { usageReport(municipalityCode: "GM0637", from: $from, to: $to, voorzieningCode: $v) {
  rows { residents residentCount } totals { residents residentCount } } }`;

describe("small counts in the usage report", () => {
  it("hides the total's residents when a row shows < 5, on screen and in the CSV", async () => {
    const range = { from: addDays(today, -500), to: today };
    const { data } = await finance.request(REPORT, range);
    expect(data.usageReport.rows.some((r: { residents: string }) => r.residents === "< 5")).toBe(true);
    expect(data.usageReport.totals).toEqual({ residents: "afgeschermd", residentCount: null });

    const csv = await (await fetch(`${portal.url}/exports/usage.csv?municipalityCode=GM0637&from=${range.from}&to=${range.to}`, { headers: { cookie: (finance as any).cookie } })).text();
    const total = csv.trim().split("\n").at(-1)!.split(";");
    expect(total[0]).toBe("Totaal");
    expect(total).toContain("afgeschermd");
  });

  it("shows the total exactly when every row is shown", async () => {
    const deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    for (let i = 0; i < 5; i++) {
      const id = await startDeployment(deLinde, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(2), motivation: "Samen koken; geen productiedoelen." });
      expect((await deLinde.request(LOG_HOURS, { input: { deploymentId: id, date: today, minutes: 120 } })).data.logHours.userErrors).toEqual([]);
    }
    const { data } = await finance.request(REPORT, { from: today, to: today, v: "RECREATIEVE_DAGBESTEDING" });
    expect(data.usageReport).toEqual({ rows: [{ residents: "5", residentCount: 5 }], totals: { residents: "5", residentCount: 5 } });
  });
});
