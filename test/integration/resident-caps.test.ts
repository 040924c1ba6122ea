import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, monthOf, yearOf } from "../../shared/dates.js";
import { daysAgo, deliveredBegeleiding, freshBsn, recordIndication, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";
import { startZoetermeer } from "../support/zoetermeer.js";

/** Caps belong to the resident, and zorgcoördinatie's to the household: not to one deployment. */
let portal: TestPortal;
let horizon: GraphQLSession;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
let providerIds: Record<string, string>;

beforeAll(async () => {
  ({ portal, horizon, deLinde, consulent, providerIds } = await startZoetermeer());
});
afterAll(() => portal?.stop());

/** The calendar half year before the current one: wholly in the past, so every day of it takes hours. */
function previousHalfYear(): { start: string; end: string } {
  const y = yearOf(today);
  return monthOf(today) <= 6 ? { start: `${y - 1}-07-01`, end: `${y - 1}-12-31` } : { start: `${y}-01-01`, end: `${y}-06-30` };
}

const create = (session: GraphQLSession, input: Record<string, unknown>) =>
  session.request(CREATE_DEPLOYMENT, { input: { municipalityCode: "GM0637", startDate: daysAgo(30), ...input } });
const log = (deploymentId: string, date: string, minutes: number, session = horizon) => session.request(LOG_HOURS, { input: { deploymentId, date, minutes } });

/** Two members of one household, both with Horizon's maatwerk begeleiding recorded. */
async function household(code: string, from: string): Promise<[string, string]> {
  const [parent, child] = [freshBsn(), freshBsn()];
  for (const bsn of [parent, child]) {
    await recordIndication(consulent, { providerId: providerIds["Zorggroep Horizon"], residentBsn: bsn, householdCode: code, startDate: from });
  }
  return [parent, child];
}

describe("zorgcoördinatie counts per household and half year", () => {
  it("refuses a second deployment's hours once the household's half year is full", async () => {
    const half = previousHalfYear();
    const [parent, child] = await household("HH-CAP-1", addDays(half.start, -30));
    const first = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: parent, startDate: half.start, endDate: addDays(half.start, 40) });
    for (const [day, minutes] of [[1, 1440], [2, 1440], [3, 120]] as const) {
      expect((await log(first, addDays(half.start, day), minutes)).data.logHours.userErrors).toEqual([]);
    }
    const second = await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child, startDate: addDays(half.start, 41) });
    const refused = await log(second, addDays(half.start, 50), 60);
    expect(refused.data.logHours.userErrors).toMatchObject([
      { code: "CAP_EXCEEDED", capUsage: { capMinutes: 3000, usedMinutes: 3000, remainingMinutes: 0, windowStart: half.start, windowEnd: half.end } },
    ]);
    const view = await horizon.request(`query Q($id: ID!, $d: Date!) { deployment(id: $id) { capUsage(date: $d) { usedMinutes remainingMinutes } } }`, {
      id: second,
      d: addDays(half.start, 50),
    });
    expect(view.data.deployment.capUsage).toEqual({ usedMinutes: 3000, remainingMinutes: 0 });
  });

  it("lets only one of two simultaneous zorgcoördinaties in one household through: the household's row makes them take turns", async () => {
    for (let round = 0; round < 5; round++) {
      const code = `HH-CAP-RACE-${round}`;
      const [parent, child] = await household(code, daysAgo(200));
      await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: child, householdCode: code, startDate: daysAgo(200) });
      const [a, b] = await Promise.all([
        create(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: parent }),
        create(deLinde, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child }),
      ]);
      expect([a, b].map((r) => r.data.createDeployment.userErrors[0]?.code ?? "OK").sort()).toEqual(["NOT_ELIGIBLE", "OK"]);
    }
  });

  it("refuses a second coordinator in the household while one runs, without naming the other provider", async () => {
    const [parent, child] = await household("HH-CAP-2", daysAgo(200));
    // De Linde delivers the child's maatwerk begeleiding too: it would be eligible on its own.
    await recordIndication(consulent, { providerId: providerIds["Welzijn De Linde"], residentBsn: child, householdCode: "HH-CAP-2", startDate: daysAgo(200) });
    await startDeployment(horizon, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: parent, startDate: daysAgo(60) });
    const second = await create(deLinde, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: child, startDate: daysAgo(10) });
    expect(second.data.createDeployment).toMatchObject({ deployment: null, userErrors: [{ code: "NOT_ELIGIBLE", field: "voorzieningCode" }] });
    const message: string = second.data.createDeployment.userErrors[0].message;
    expect(message).toContain("In het huishouden van deze inwoner loopt in deze periode al zorgcoördinatie.");
    expect(message).not.toMatch(/Horizon|De Linde/);
  });
});

describe("waakvlamcontact counts per resident and review year", () => {
  const afterBegeleiding = (bsn: string, endedDaysAgo: number) => deliveredBegeleiding(horizon, bsn, daysAgo(endedDaysAgo + 60), daysAgo(endedDaysAgo));

  it("continues the resident's review year in a follow-up deployment instead of opening a fresh one", async () => {
    const bsn = freshBsn();
    await afterBegeleiding(bsn, 260);
    const first = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(250), endDate: daysAgo(200) });
    expect((await log(first, daysAgo(220), 900)).data.logHours.userErrors).toEqual([]);
    const followUp = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(150) });
    const refused = await log(followUp, daysAgo(100), 60);
    expect(refused.data.logHours.userErrors).toMatchObject([{ code: "CAP_EXCEEDED", capUsage: { usedMinutes: 900, windowStart: daysAgo(250) } }]);
    expect(refused.data.logHours.userErrors[0].message).toContain("Nog 0:00 van de 15:00 uur over in dit beoordelingsjaar");
  });

  it("refuses a second waakvlamcontact beside a running one, whoever starts it", async () => {
    const bsn = freshBsn();
    await afterBegeleiding(bsn, 100);
    await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(90) });
    const second = await create(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: daysAgo(5) });
    expect(second.data.createDeployment.userErrors).toMatchObject([
      { code: "NOT_ELIGIBLE", message: "Voor deze inwoner loopt in deze periode al waakvlamcontact. Het maximum geldt voor de inwoner, niet per inzet: een tweede inzet ernaast kan niet." },
    ]);
  });

  it("refuses a second kortdurende begeleiding beside a running one, also from another provider", async () => {
    const bsn = freshBsn();
    await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(20) });
    const second = await create(deLinde, { voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(3) });
    expect(second.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_ELIGIBLE", field: "voorzieningCode" }]);
    expect(second.data.createDeployment.userErrors[0].message).not.toMatch(/Horizon/);
  });
});

describe("the migration's rebuild of the running totals", () => {
  it("gives exactly the totals the engine keeps, also for a deployment ended after its hours", async () => {
    const ended = await startDeployment(horizon, { residentBsn: freshBsn(), startDate: daysAgo(40) });
    expect((await log(ended, daysAgo(30), 90)).data.logHours.userErrors).toEqual([]);
    const end = await horizon.request(`mutation E($input: EndDeploymentInput!) { endDeployment(input: $input) { userErrors { code } } }`, {
      input: { deploymentId: ended, endDate: daysAgo(20), reason: "Doelen bereikt." },
    });
    expect(end.data.endDeployment.userErrors).toEqual([]);
    const { REBUILD_CAP_TOTALS } = await import("../../migrations/1764100000000-ResidentCaps.js");
    const kept = await portal.sql("SELECT municipality_id, owner_kind, owner_id, voorziening_code, window_start::text, window_end::text, used_amount FROM cap_total WHERE used_amount > 0 ORDER BY 1, 2, 3, 4, 5");
    const rebuilt = await portal.sql(`SELECT municipality_id, owner_kind, owner_id, code AS voorziening_code, window_start::text, window_end::text, used_amount
      FROM (${REBUILD_CAP_TOTALS}) t ORDER BY 1, 2, 3, 4, 5`);
    expect(kept.length).toBeGreaterThan(10);
    expect(rebuilt).toEqual(kept);
  });
});
