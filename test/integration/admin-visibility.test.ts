import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, todayInNetherlands } from "../../shared/dates.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.stop());

describe("what functioneel beheer keeps, as others see it", () => {
  it("lists every provider by name with only its contracts with the admin's own municipality", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const { data } = await admin.request("{ providers { name contracts { validFrom validTo } } }");
    const expected = await portal.sql<{ name: string; contracts: number }>(
      `SELECT p.name, count(c.id) FILTER (WHERE m.code = 'GM0637')::int AS contracts
         FROM provider p LEFT JOIN contract c ON c.provider_id = p.id LEFT JOIN municipality m ON m.id = c.municipality_id
        GROUP BY p.name ORDER BY p.name`,
    );
    expect(data.providers.map((p: { name: string; contracts: unknown[] }) => ({ name: p.name, contracts: p.contracts.length }))).toEqual(expected);
    // Zorggroep Horizon also works for Berg en Dal; that contract is not Zoetermeer's to see.
    const [{ total }] = await portal.sql<{ total: number }>(
      "SELECT count(*)::int AS total FROM contract c JOIN provider p ON p.id = c.provider_id WHERE p.name = 'Zorggroep Horizon'",
    );
    const horizon = data.providers.find((p: { name: string }) => p.name === "Zorggroep Horizon");
    expect(horizon.contracts.length).toBeLessThan(total);
    expect(horizon.contracts[0].validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("tells a provider which months of its municipalities are closed, so the Urenweek closes their days", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const month = addMonths(todayInNetherlands(), -1).slice(0, 7);
    const closed = await admin.request(`mutation C($m: String!) { closePeriod(municipalityCode: "GM0637", month: $m) { userErrors { code } } }`, { m: month });
    expect(closed.data.closePeriod.userErrors).toEqual([]);
    const provider = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const { data } = await provider.request("{ municipalities { code closedMonths } }");
    // Ordered by name: Berg en Dal, then Zoetermeer.
    expect(data.municipalities).toEqual([
      { code: "GM1945", closedMonths: [] },
      { code: "GM0637", closedMonths: [month] },
    ]);
  });
});
