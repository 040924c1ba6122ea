import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { CORRECT_HOURS, DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let employee: GraphQLSession;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
});
afterAll(() => portal?.stop());

const log = async (deploymentId: string, date: string, minutes: number, session = employee) => {
  const result = await session.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
  expect(result.data.logHours.userErrors).toEqual([]);
  return result.data.logHours.entry.id as string;
};
const correct = (entryId: string, date: string, minutes: number, reason = "Verkeerd overgenomen uit de agenda", session = employee) =>
  session.request(CORRECT_HOURS, { input: { entryId, date, minutes, reason } });
const usageRows = (deploymentId: string) =>
  portal.sql<{ start: string; used: number }>("SELECT window_start::text AS start, used_amount AS used FROM cap_total WHERE last_deployment_id = $1 ORDER BY window_start", [deploymentId]);

/**
 * The start of a half year that began at least ten days ago (so a few days from its start are
 * in the past), and a day in the half year before it.
 */
function halfYears(): { previous: string; current: string } {
  const anchor = daysAgo(10);
  const year = Number(anchor.slice(0, 4));
  return anchor.slice(5) < "07-01" ? { previous: `${year - 1}-12-15`, current: `${year}-01-01` } : { previous: `${year}-06-15`, current: `${year}-07-01` };
}

describe("correctHours within one window", () => {
  it("counts only the increase, and refuses one that passes the cap", async () => {
    const id = await startDeployment(employee, {});
    await log(id, daysAgo(20), 1440);
    await log(id, daysAgo(19), 1440);
    const entry = await log(id, daysAgo(18), 60); // 2940 used
    const ok = await correct(entry, daysAgo(18), 120);
    expect(ok.data.correctHours).toMatchObject({ entry: { minutes: 120 }, capUsage: { usedMinutes: 3000, remainingMinutes: 0 }, userErrors: [] });
    const tooMuch = await correct(entry, daysAgo(18), 121);
    expect(tooMuch.data.correctHours.userErrors).toMatchObject([
      { code: "CAP_EXCEEDED", field: "minutes", capUsage: { usedMinutes: 3000, remainingMinutes: 0 } },
    ]);
    expect(await usageRows(id)).toEqual([{ start: daysAgo(30), used: 3000 }]);
  });

  it("lowers the total when an entry is corrected down", async () => {
    const id = await startDeployment(employee, {});
    const entry = await log(id, daysAgo(5), 300);
    const result = await correct(entry, daysAgo(6), 90);
    expect(result.data.correctHours).toMatchObject({ entry: { date: daysAgo(6), minutes: 90 }, capUsage: { usedMinutes: 90 } });
  });

  it("needs a reason", async () => {
    const id = await startDeployment(employee, {});
    const entry = await log(id, daysAgo(5), 30);
    const result = await correct(entry, daysAgo(5), 45, "   ");
    expect(result.data.correctHours.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "reason" }]);
  });

  it("refuses to move an entry into the future or before the start", async () => {
    const id = await startDeployment(employee, {});
    const entry = await log(id, daysAgo(5), 30);
    expect((await correct(entry, addDays(today, 1), 30)).data.correctHours.userErrors[0].code).toBe("FUTURE_DATE");
    expect((await correct(entry, daysAgo(31), 30)).data.correctHours.userErrors[0].code).toBe("OUTSIDE_PERIOD");
  });

  it("keeps 24 hours a day when an entry moves onto a day that has hours", async () => {
    const id = await startDeployment(employee, {});
    await log(id, daysAgo(3), 1400);
    const entry = await log(id, daysAgo(4), 60);
    const result = await correct(entry, daysAgo(3), 60);
    expect(result.data.correctHours.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "minutes" }]);
    expect((await correct(entry, daysAgo(3), 40)).data.correctHours.userErrors).toEqual([]);
  });
});

describe("moving zorgcoördinatie hours between half years", () => {
  it("checks the target half year, frees the old one, and refuses a move into a full one", async () => {
    const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    const providers = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Zorggroep Horizon'");
    const { previous, current } = halfYears();
    const bsn = freshBsn();
    const indication = await consulent.request(
      `mutation R($input: RecordMaatwerkIndicationInput!) { recordMaatwerkIndication(input: $input) { indication { id } userErrors { code field message } } }`,
      { input: { municipalityCode: "GM0637", residentBsn: bsn, householdCode: "HH-MOVE", providerId: providers[0].id, product: "BEGELEIDING_INDIVIDUEEL", startDate: daysAgo(400) } },
    );
    expect(indication.data.recordMaatwerkIndication.userErrors).toEqual([]);
    const id = await startDeployment(employee, { voorzieningCode: "ZORGCOORDINATIE", residentBsn: bsn, startDate: daysAgo(300) });

    // The current half year is full: 3000 minutes.
    await log(id, current, 1440);
    await log(id, addDays(current, 1), 1440);
    await log(id, addDays(current, 2), 120);
    const early = await log(id, previous, 90);

    const into = await correct(early, addDays(current, 3), 90);
    expect(into.data.correctHours.userErrors).toMatchObject([{ code: "CAP_EXCEEDED", capUsage: { usedMinutes: 3000, remainingMinutes: 0, windowStart: current } }]);

    // Free 100 minutes in the current half year, then the move fits and the old window empties.
    const [{ id: last }] = await portal.sql<{ id: string }>("SELECT id FROM hour_entry WHERE deployment_id = $1 AND amount = 120", [id]);
    expect((await correct(last, addDays(current, 2), 20)).data.correctHours.userErrors).toEqual([]);
    const moved = await correct(early, addDays(current, 3), 90);
    expect(moved.data.correctHours).toMatchObject({ capUsage: { usedMinutes: 2990, remainingMinutes: 10 }, userErrors: [] });
    const rows = await usageRows(id);
    expect(rows.map((r) => r.used)).toEqual([0, 2990]);
  });
});

describe("deleteHours and the history", () => {
  it("frees the minutes, keeps the entry in the history with who, what and why", async () => {
    const id = await startDeployment(employee, {});
    const entry = await log(id, daysAgo(8), 200);
    await correct(entry, daysAgo(7), 180, "Reistijd stond er dubbel in");
    const deleted = await employee.request(DELETE_HOURS, { input: { entryId: entry, reason: "Afspraak ging niet door" } });
    expect(deleted.data.deleteHours).toEqual({
      capUsage: { capMinutes: 3000, usedMinutes: 0, remainingMinutes: 3000, windowStart: daysAgo(30), windowEnd: null },
      userErrors: [],
    });
    const view = await employee.request(
      `query { deployment(id: "${id}") { entries { id } all: entries(includeDeleted: true) { id deleted history { action dateBefore minutesBefore dateAfter minutesAfter reason by at } } } }`,
    );
    expect(view.data.deployment.entries).toEqual([]);
    const [kept] = view.data.deployment.all;
    expect(kept.deleted).toBe(true);
    expect(kept.history.map(({ at, ...rest }: { at: string }) => rest)).toEqual([
      { action: "CREATED", dateBefore: null, minutesBefore: null, dateAfter: daysAgo(8), minutesAfter: 200, reason: null, by: "medewerker@horizon.demo" },
      { action: "CORRECTED", dateBefore: daysAgo(8), minutesBefore: 200, dateAfter: daysAgo(7), minutesAfter: 180, reason: "Reistijd stond er dubbel in", by: "medewerker@horizon.demo" },
      { action: "DELETED", dateBefore: daysAgo(7), minutesBefore: 180, dateAfter: null, minutesAfter: null, reason: "Afspraak ging niet door", by: "medewerker@horizon.demo" },
    ]);
    const again = await correct(entry, daysAgo(7), 10);
    expect(again.data.correctHours.userErrors[0].code).toBe("NOT_FOUND");
  });

  it("keeps the history append-only in the database", async () => {
    await expect(portal.sql("UPDATE hour_entry_revision SET reason = 'x'")).rejects.toThrow(/append-only/);
  });
});

describe("who may correct", () => {
  it("lets an employee correct only their own entries, and their admin any of the organisation's", async () => {
    const id = await startDeployment(employee, {});
    const entry = await log(id, daysAgo(2), 60);
    const colleague = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    expect((await correct(entry, daysAgo(2), 45, "Door beheer nagekeken", colleague)).data.correctHours.userErrors).toEqual([]);

    const theirs = await log(id, daysAgo(3), 30, colleague).catch(() => null);
    // A provider admin may log hours too; the employee may not change that entry.
    if (theirs) {
      const refused = await correct(theirs, daysAgo(3), 20, "Niet van mij", employee);
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const other = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    const foreign = await correct(entry, daysAgo(2), 10, "Niet onze inzet", other);
    expect(foreign.data.correctHours.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "entryId" }]);
  });
});
