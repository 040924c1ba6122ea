import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOETERMEER } from "../../server/modules/catalogue/catalogues.js";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let horizon: GraphQLSession;
const changeDate = daysAgo(10);

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  // Zoetermeer lowers kortdurende begeleiding to 40 hours from `changeDate` on.
  const lowered = {
    ...ZOETERMEER,
    name: "Vrij inzetbare voorzieningen Zoetermeer (herzien)",
    voorzieningen: ZOETERMEER.voorzieningen.map((v) => (v.code === "KORTDURENDE_BEGELEIDING" ? { ...v, cap: { amount: 40 * 60, window: "DEPLOYMENT" as const } } : v)),
  };
  const [{ id }] = await portal.sql<{ id: string }>("SELECT id FROM municipality WHERE code = 'GM0637'");
  await portal.services.db.transaction((manager) => portal.services.catalogue.installVersion(manager, id, lowered, changeDate));
});
afterAll(() => portal?.stop());

const log = (deploymentId: string, date: string, minutes: number) => horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes } });

describe("a cap changed by a new catalogue version", () => {
  it("judges each entry by the version in force on the entry's date", async () => {
    const id = await startDeployment(horizon, { startDate: daysAgo(40) });
    await log(id, daysAgo(30), 1440);
    await log(id, daysAgo(29), 1440);
    // Before the change the old 50 hours hold, although the total already passes 40 hours.
    const before = await log(id, daysAgo(11), 60);
    expect(before.data.logHours).toMatchObject({ userErrors: [], capUsage: { capMinutes: 3000, usedMinutes: 2940 } });
    // From the change on, the new 40 hours judge the same window.
    const after = await log(id, changeDate, 1);
    expect(after.data.logHours.userErrors).toMatchObject([{ code: "CAP_EXCEEDED", capUsage: { capMinutes: 2400, usedMinutes: 2940, remainingMinutes: 0 } }]);
    expect(after.data.logHours.userErrors[0].message).toBe("Dit past niet binnen het maximum. Nog 0:00 van de 40:00 uur over in deze inzet.");
  });

  it("shows each date's catalogue", async () => {
    const catalogue = (date: string) =>
      horizon.request(`query { catalogue(municipalityCode: "GM0637", date: "${date}") { code capAmount } }`).then((r) => r.data.catalogue.find((v: { code: string }) => v.code === "KORTDURENDE_BEGELEIDING"));
    expect(await catalogue(daysAgo(11))).toEqual({ code: "KORTDURENDE_BEGELEIDING", capAmount: 3000 });
    expect(await catalogue(changeDate)).toEqual({ code: "KORTDURENDE_BEGELEIDING", capAmount: 2400 });
  });
});
