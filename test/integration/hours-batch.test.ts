import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let employee: GraphQLSession;
let token: string;

const BATCH = `
  mutation Batch($input: LogHoursBatchInput!) {
    logHoursBatch(input: $input) {
      acceptedCount refusedCount
      results { index entry { id date minutes } alreadyRecorded capUsage { usedMinutes remainingMinutes } userErrors { code field message } }
      userErrors { code field message }
    }
  }`;

/** What a provider's own system does: POST with its API token, no cookie. */
async function asSystem(query: string, variables: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

const storedMinutes = async (deploymentId: string) =>
  (await portal.sql<{ total: number; count: number }>("SELECT COALESCE(sum(amount), 0)::int AS total, count(*)::int AS count FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL", [deploymentId]))[0];

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const admin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
  token = (await admin.request(`mutation { createApiToken(name: "Cliëntsysteem") { token } }`)).data.createApiToken.token;
});
afterAll(() => portal?.stop());

describe("logHoursBatch", () => {
  it("stores the good entries of a mixed batch, answers each bad one with its code, and never passes the cap", async () => {
    const bsn = freshBsn();
    const deploymentId = await startDeployment(employee, { residentBsn: bsn, startDate: daysAgo(40) });
    // 25 days of 2:00 fill the 50 hours exactly; then one more half hour, then the bad ones.
    const entries = [
      ...Array.from({ length: 25 }, (_, i) => ({ deploymentId, date: daysAgo(i + 1), minutes: 120, idempotencyKey: `mix-${i}` })),
      { deploymentId, date: daysAgo(26), minutes: 30, idempotencyKey: "mix-over" },
      { deploymentId, date: addDays(today, 1), minutes: 30, idempotencyKey: "mix-future" },
      { deploymentId, date: daysAgo(27), minutes: 0, idempotencyKey: "mix-zero" },
      { deploymentId: "00000000-0000-4000-8000-000000000000", date: daysAgo(1), minutes: 30 },
      { municipalityCode: "GM0637", residentBsn: bsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", date: daysAgo(28), minutes: 15, idempotencyKey: "mix-by-bsn" },
      { municipalityCode: "GM0637", residentBsn: "123456789", voorzieningCode: "KORTDURENDE_BEGELEIDING", date: daysAgo(1), minutes: 15 },
    ];
    const { status, body } = await asSystem(BATCH, { input: { entries } });
    expect(status).toBe(200);
    const payload = body.data.logHoursBatch;
    expect(payload.userErrors).toEqual([]);
    expect(payload.results.map((r: any) => r.index)).toEqual(entries.map((_, i) => i));
    const codes = payload.results.map((r: any) => r.userErrors[0]?.code ?? "OK");
    expect(codes).toEqual([...Array(25).fill("OK"), "CAP_EXCEEDED", "FUTURE_DATE", "INVALID_INPUT", "NOT_FOUND", "CAP_EXCEEDED", "INVALID_INPUT"]);
    expect(payload.results[24].capUsage).toEqual({ usedMinutes: 3000, remainingMinutes: 0 });
    expect(payload.results[25].userErrors[0].message).toContain("0:00");
    expect(payload.results[30].userErrors[0]).toMatchObject({ field: "residentBsn" });
    expect(payload.results[30].userErrors[0].message).not.toContain("123456789");
    expect({ accepted: payload.acceptedCount, refused: payload.refusedCount }).toEqual({ accepted: 25, refused: 6 });
    expect(await storedMinutes(deploymentId)).toEqual({ total: 3000, count: 25 });
  });

  it("changes nothing when the same batch comes again, and answers the first results", async () => {
    const deploymentId = await startDeployment(employee, { startDate: daysAgo(20) });
    const entries = Array.from({ length: 5 }, (_, i) => ({ deploymentId, date: daysAgo(i + 1), minutes: 45, idempotencyKey: `again-${i}` }));
    const first = (await asSystem(BATCH, { input: { entries } })).body.data.logHoursBatch;
    const second = (await asSystem(BATCH, { input: { entries } })).body.data.logHoursBatch;
    expect(second.acceptedCount).toBe(5);
    expect(second.results.map((r: any) => r.entry.id)).toEqual(first.results.map((r: any) => r.entry.id));
    expect(first.results.every((r: any) => !r.alreadyRecorded)).toBe(true);
    expect(second.results.every((r: any) => r.alreadyRecorded)).toBe(true);
    expect(await storedMinutes(deploymentId)).toEqual({ total: 225, count: 5 });
  });

  it("never passes a cap when two batches for one deployment race", async () => {
    const deploymentId = await startDeployment(employee, { startDate: daysAgo(40) });
    const batch = (name: string) => ({ entries: Array.from({ length: 30 }, (_, i) => ({ deploymentId, date: daysAgo(i + 1), minutes: 100, idempotencyKey: `${name}-${i}` })) });
    const [a, b] = await Promise.all([asSystem(BATCH, { input: batch("a") }), asSystem(BATCH, { input: batch("b") })]);
    const accepted = a.body.data.logHoursBatch.acceptedCount + b.body.data.logHoursBatch.acceptedCount;
    expect(accepted).toBe(30);
    expect(await storedMinutes(deploymentId)).toEqual({ total: 3000, count: 30 });
  });

  it("finds a resident's deployment by BSN and voorziening only within the caller's organisation", async () => {
    const bsn = freshBsn();
    const horizonDeployment = await startDeployment(employee, { residentBsn: bsn, startDate: daysAgo(10) });
    const deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    const entry = { municipalityCode: "GM0637", residentBsn: bsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", date: daysAgo(2), minutes: 60, idempotencyKey: "cross" };
    const refused = (await deLinde.request(BATCH, { input: { entries: [entry] } })).data.logHoursBatch;
    expect(refused.results[0].userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: "residentBsn" });
    const accepted = (await asSystem(BATCH, { input: { entries: [entry] } })).body.data.logHoursBatch;
    expect(accepted.results[0].userErrors).toEqual([]);
    expect(await storedMinutes(horizonDeployment)).toEqual({ total: 60, count: 1 });
  });

  it("takes 5,000 entries in one request, refuses 5,001, and keeps other requests under 100 kB", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ deploymentId: missing, date: daysAgo(1), minutes: 30, note: "x".repeat(100), idempotencyKey: `big-${i}` }));
    const full = await asSystem(BATCH, { input: { entries: entries(5000) } });
    expect(full.status).toBe(200);
    expect(full.body.data.logHoursBatch).toMatchObject({ acceptedCount: 0, refusedCount: 5000 });
    const over = (await asSystem(BATCH, { input: { entries: entries(5001) } })).body.data.logHoursBatch;
    expect(over.userErrors[0]).toMatchObject({ code: "INVALID_INPUT", field: "entries" });
    expect(over.userErrors[0].message).toContain("5.000");
    const large = await asSystem(`query Big($pad: String) { me { id } }`, { pad: "x".repeat(200 * 1024) });
    expect(large.status).toBe(413);
    expect(large.body.errors[0].message).toBe("Het verzoek is te groot.");
  });
});

describe("the hours file", () => {
  const PREVIEW = `mutation P($input: HoursImportInput!) { previewHoursImport(input: $input) { acceptedCount refusedCount results { line alreadyRecorded userErrors { code field message } } userErrors { code message } } }`;
  const IMPORT = PREVIEW.replace("previewHoursImport", "importHours").replace("mutation P", "mutation I");
  const dutch = (iso: string) => iso.split("-").reverse().join("-");

  it("previews every line without writing, imports the accepted lines, and doubles nothing when uploaded again", async () => {
    const bsn = freshBsn();
    const deploymentId = await startDeployment(employee, { residentBsn: bsn, startDate: daysAgo(20) });
    const csv = [
      "bsn;gemeente;voorziening;datum;minuten;notitie;referentie",
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(1))};1:30;Huisbezoek;R-1`,
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${daysAgo(2)};45;"Gesprek; met netwerk";R-2`,
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;31-02-2026;45;;R-3`,
      "",
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(3))};anderhalf;;R-4`,
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(3))};30;;`,
    ].join("\r\n");
    const preview = (await employee.request(PREVIEW, { input: { csv } })).data.previewHoursImport;
    expect(preview.results.map((r: any) => [r.line, r.userErrors[0]?.field ?? "OK"])).toEqual([
      [2, "OK"],
      [3, "OK"],
      [4, "datum"],
      [6, "minuten"],
      [7, "referentie"],
    ]);
    expect(preview.results[2].userErrors[0].message).toBe('De datum "31-02-2026" bestaat niet of is niet als dd-mm-jjjj geschreven.');
    expect(await storedMinutes(deploymentId)).toEqual({ total: 0, count: 0 });

    const imported = (await employee.request(IMPORT, { input: { csv } })).data.importHours;
    expect({ accepted: imported.acceptedCount, refused: imported.refusedCount }).toEqual({ accepted: 2, refused: 3 });
    expect(await storedMinutes(deploymentId)).toEqual({ total: 135, count: 2 });
    const [note] = await portal.sql<{ note: string }>("SELECT note FROM hour_entry WHERE deployment_id = $1 AND amount = 45", [deploymentId]);
    expect(note.note).toBe("Gesprek; met netwerk");

    const again = (await employee.request(IMPORT, { input: { csv } })).data.importHours;
    expect(again.results.slice(0, 2).map((r: any) => r.alreadyRecorded)).toEqual([true, true]);
    expect(await storedMinutes(deploymentId)).toEqual({ total: 135, count: 2 });
  });

  it("refuses a file without the right header, and offers a template that previews cleanly but for its example resident", async () => {
    const wrong = (await employee.request(PREVIEW, { input: { csv: "bsn,gemeente,datum\n1,2,3" } })).data.previewHoursImport;
    expect(wrong.userErrors[0]).toMatchObject({ code: "INVALID_INPUT" });
    expect(wrong.userErrors[0].message).toContain("bsn;gemeente;voorziening;datum;minuten;notitie;referentie");

    const cookie = (await fetch(`${portal.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(input: { email: "medewerker@horizon.demo", password: "demo" }) { user { id } } }` }),
    })).headers.get("set-cookie")!.split(";")[0];
    const template = await fetch(`${portal.url}/exports/hours-template.csv`, { headers: { cookie } });
    expect(template.status).toBe(200);
    expect(template.headers.get("content-type")).toContain("text/csv");
    const text = await template.text();
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("bsn;gemeente;voorziening;datum;minuten;notitie;referentie");
    const preview = (await employee.request(PREVIEW, { input: { csv: text } })).data.previewHoursImport;
    expect(preview.results).toHaveLength(1);
    expect(preview.results[0].line).toBe(2);
    expect(preview.results[0].userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: "residentBsn" });
    expect(await fetch(`${portal.url}/exports/hours-template.csv`).then((r) => r.status)).toBe(401);
  });
});
