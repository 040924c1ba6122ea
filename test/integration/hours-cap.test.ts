import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let employee: GraphQLSession;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
});
afterAll(() => portal?.stop());

const newKortdurend = (session = employee) => startDeployment(session, { voorzieningCode: "KORTDURENDE_BEGELEIDING" });

const log = (deploymentId: string, date: string, minutes: number, extra: Record<string, unknown> = {}) =>
  employee.request(LOG_HOURS, { input: { deploymentId, date, minutes, ...extra } });

describe("kortdurende begeleiding: at most 50 hours", () => {
  it("accepts 3000 minutes and refuses the 3001st with the figures", async () => {
    const id = await newKortdurend();
    for (const [date, minutes] of [[daysAgo(10), 1440], [daysAgo(9), 1440], [daysAgo(8), 120]] as const) {
      const ok = await log(id, date, minutes);
      expect(ok.data.logHours.userErrors).toEqual([]);
    }
    const full = await employee.request(`query { deployment(id: "${id}") { capUsage { capMinutes usedMinutes remainingMinutes } } }`);
    expect(full.data.deployment.capUsage).toEqual({ capMinutes: 3000, usedMinutes: 3000, remainingMinutes: 0 });

    const refused = await log(id, daysAgo(7), 1);
    expect(refused.data.logHours.entry).toBeNull();
    expect(refused.data.logHours.userErrors).toEqual([
      {
        code: "CAP_EXCEEDED",
        field: "minutes",
        message: "Dit past niet binnen het maximum. Nog 0:00 van de 50:00 uur over in deze inzet.",
        capUsage: { capMinutes: 3000, usedMinutes: 3000, remainingMinutes: 0, windowStart: daysAgo(30), windowEnd: null },
      },
    ]);
    const [{ total }] = await portal.sql<{ total: number }>("SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = $1", [id]);
    expect(total).toBe(3000);
  });

  it("reports the usage after each write", async () => {
    const id = await newKortdurend();
    const result = await log(id, daysAgo(3), 135);
    expect(result.data.logHours).toMatchObject({
      entry: { date: daysAgo(3), minutes: 135 },
      capUsage: { capMinutes: 3000, usedMinutes: 135, remainingMinutes: 2865 },
      userErrors: [],
    });
  });

  it("lets exactly one of two simultaneous requests for the last 60 minutes through", async () => {
    // Several rounds, each on its own deployment, so that a missing lock shows up as a lost race.
    for (let round = 0; round < 8; round++) {
      const id = await newKortdurend();
      await log(id, daysAgo(20), 1440);
      await log(id, daysAgo(19), 1440);
      await log(id, daysAgo(18), 60);
      const [a, b] = await Promise.all([log(id, daysAgo(5), 60), log(id, daysAgo(4), 60)]);
      const outcome = (r: typeof a) => r.data?.logHours?.userErrors?.[0]?.code ?? (r.data?.logHours?.entry ? "OK" : r.errors?.[0]?.extensions?.code);
      expect([outcome(a), outcome(b)].sort()).toEqual(["CAP_EXCEEDED", "OK"]);
      const rows = await portal.sql<{ used: number }>("SELECT used_amount AS used FROM cap_total WHERE last_deployment_id = $1", [id]);
      expect(rows).toEqual([{ used: 3000 }]);
    }
  });

  it("under a burst of 20 simultaneous requests admits exactly as many as fit", async () => {
    const id = await newKortdurend();
    await log(id, daysAgo(20), 1440);
    await log(id, daysAgo(19), 1200); // 2640 used, 360 left: six of the 60-minute requests fit
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => log(id, daysAgo(1 + (i % 15)), 60)));
    const accepted = results.filter((r) => r.data?.logHours?.entry).length;
    const refused = results.filter((r) => r.data?.logHours?.userErrors?.[0]?.code === "CAP_EXCEEDED").length;
    expect({ accepted, refused }).toEqual({ accepted: 6, refused: 14 });
    const [{ total }] = await portal.sql<{ total: number }>("SELECT SUM(amount)::int AS total FROM hour_entry WHERE deployment_id = $1", [id]);
    expect(total).toBe(3000);
  });
});

describe("entries", () => {
  it("refuses a date after today with FUTURE_DATE", async () => {
    const id = await newKortdurend();
    const result = await log(id, addDays(today, 1), 60);
    expect(result.data.logHours.userErrors).toMatchObject([
      { code: "FUTURE_DATE", field: "date", message: "Uren kunnen niet vooruit worden geschreven: kies vandaag of een eerdere datum." },
    ]);
  });

  it.each([
    [0, "Vul een positief, heel aantal minuten in."],
    [-15, "Vul een positief, heel aantal minuten in."],
    [1441, "Per registratie kan ten hoogste 24:00 uur worden vastgelegd."],
  ])("refuses %i minutes with INVALID_INPUT", async (minutes, message) => {
    const id = await newKortdurend();
    const result = await log(id, daysAgo(1), minutes);
    expect(result.data.logHours.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "minutes", message }]);
  });

  it("refuses a date before the deployment's start with OUTSIDE_PERIOD", async () => {
    const id = await newKortdurend();
    const result = await log(id, daysAgo(31), 60);
    expect(result.data.logHours.userErrors[0].code).toBe("OUTSIDE_PERIOD");
  });

  it("refuses a malformed date as bad input, not as a server error", async () => {
    const id = await newKortdurend();
    const result = await log(id, "2026-02-30", 60);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toContain("Geen geldige datum: gebruik JJJJ-MM-DD.");
  });

  it("writes a retried request with the same idempotencyKey only once", async () => {
    const id = await newKortdurend();
    const first = await log(id, daysAgo(2), 45, { idempotencyKey: "retry-1" });
    const again = await log(id, daysAgo(2), 45, { idempotencyKey: "retry-1" });
    expect(again.data.logHours.entry.id).toBe(first.data.logHours.entry.id);
    expect(again.data.logHours.capUsage.usedMinutes).toBe(45);
  });

  it("answers NOT_FOUND for another provider's deployment, exactly as for a missing one", async () => {
    const other = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    const theirs = await newKortdurend(other);
    const foreign = await log(theirs, daysAgo(1), 60);
    const missing = await log("00000000-0000-4000-8000-000000000000", daysAgo(1), 60);
    expect(foreign.data.logHours.userErrors).toEqual(missing.data.logHours.userErrors);
    expect(foreign.data.logHours.userErrors[0].code).toBe("NOT_FOUND");
    const read = await employee.request(`query { deployment(id: "${theirs}") { id } }`);
    expect(read.data.deployment).toBeNull();
  });
});
