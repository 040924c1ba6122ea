import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, yearOf } from "../../shared/dates.js";
import { freshBsn, recordIndication, startDeployment, today } from "../support/fixtures.js";
import { DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * A year of Welzijn De Linde's work in Zoetermeer, written through the API, with every
 * expected figure worked out by hand below. The demo data is Horizon's, plus one De Linde
 * kortdurende begeleiding 25 days ago: the year under review (Y) ends at least 60 days ago,
 * so that one never falls in Y or the year before (P). The contracts start on 1 January 2024.
 */
const Y = yearOf(addDays(today, -60)) - 1;
const P = Y - 1;
const d = (year: number, monthDay: string) => `${year}-${monthDay}`;

let portal: TestPortal;
let deLinde: GraphQLSession;
let consulent: GraphQLSession;
let deLindeId: string;
const bsns: string[] = [];

const FIGURES = `deploymentsStarted deploymentsRunning deploymentsEnded residents minutes deploymentsAtCap capWindowsAtCap
  halfYearsEnded halfYearsEndedAtCap halfYearsAtCapPercentage reviewsContinued reviewsStopped reviewsOpen`;
const REVIEW = `query Y($code: String!, $year: Int!) { yearlyReview(municipalityCode: $code, year: $year) {
  year from to
  lines { provider { id name } voorziening { code name unit } figures { ${FIGURES} } previousYear { ${FIGURES} } changes { figure previous current difference percentChange } }
  total { provider { id } voorziening { code } figures { ${FIGURES} } }
} }`;
const review = (session: GraphQLSession, year = Y, code = "GM0637") => session.request(REVIEW, { code, year });
type Line = { provider: { id: string; name: string }; voorziening: { code: string }; figures: Record<string, unknown>; previousYear: Record<string, unknown>; changes: unknown[] };
const lineOf = (result: { data: { yearlyReview: { lines: Line[] } } }, code: string) =>
  result.data.yearlyReview.lines.find((l) => l.provider.id === deLindeId && l.voorziening.code === code)!;
const figures = (f: Partial<Record<string, number | null>>) => ({
  deploymentsStarted: 0, deploymentsRunning: 0, deploymentsEnded: 0, residents: 0, minutes: 0, deploymentsAtCap: 0, capWindowsAtCap: 0,
  halfYearsEnded: 0, halfYearsEndedAtCap: 0, halfYearsAtCapPercentage: null, reviewsContinued: 0, reviewsStopped: 0, reviewsOpen: 0, ...f,
});

async function deploy(input: Record<string, unknown>): Promise<string> {
  const residentBsn = (input.residentBsn as string) ?? freshBsn();
  bsns.push(residentBsn);
  return startDeployment(deLinde, { ...input, residentBsn });
}
async function log(deploymentId: string, entries: Array<[string, number]>): Promise<string[]> {
  const ids: string[] = [];
  for (const [date, minutes] of entries) {
    const result = await deLinde.request(LOG_HOURS, { input: { deploymentId, date, minutes } });
    expect(result.data.logHours.userErrors, `${date} ${minutes}`).toEqual([]);
    ids.push(result.data.logHours.entry.id);
  }
  return ids;
}
const decide = async (deploymentId: string, decision: string) => {
  const result = await consulent.request(`mutation D($input: DecideWaakvlamReviewInput!) { decideWaakvlamReview(input: $input) { userErrors { code } } }`, {
    input: { deploymentId, decision, motivation: "Besproken met de dienstverlener." },
  });
  expect(result.data.decideWaakvlamReview.userErrors).toEqual([]);
};
/** A waakvlamcontact from `start`, after maatwerk begeleiding by De Linde that ended the day before. */
async function waakvlam(start: string, household: string): Promise<string> {
  const residentBsn = freshBsn();
  await recordIndication(consulent, { providerId: deLindeId, residentBsn, householdCode: household, startDate: d(P, "01-01"), endDate: addDays(start, -1) });
  return deploy({ voorzieningCode: "WAAKVLAMCONTACT", residentBsn, startDate: start });
}

beforeAll(async () => {
  expect(P, "the fixture needs the demo contracts, which start in 2024").toBeGreaterThanOrEqual(2024);
  portal = await startTestPortal();
  deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  [{ id: deLindeId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Welzijn De Linde'");

  // Kortdurende begeleiding A runs from P into Y: 600 minutes in P (one more entry deleted), 300 in Y.
  const a = await deploy({ startDate: d(P, "11-01"), endDate: d(Y, "01-31") });
  const [, , deleted] = await log(a, [[d(P, "11-10"), 300], [d(P, "12-10"), 300], [d(P, "12-20"), 100], [d(Y, "01-10"), 300]]);
  expect((await deLinde.request(DELETE_HOURS, { input: { entryId: deleted, reason: "Dubbel geschreven." } })).data.deleteHours.userErrors).toEqual([]);
  // Kortdurende begeleiding B in Y reaches its 50 hours on d(Y, "03-01").
  const b = await deploy({ startDate: d(Y, "02-01"), endDate: d(Y, "04-30") });
  await log(b, [[d(Y, "02-10"), 1440], [d(Y, "02-11"), 1440], [d(Y, "03-01"), 120]]);

  // Zorgcoördinatie beside De Linde's maatwerk begeleiding: the second half of P and the first
  // of Y end at exactly 50 hours, the second half of Y at 10 hours.
  const z = freshBsn();
  await recordIndication(consulent, { providerId: deLindeId, residentBsn: z, householdCode: "HH-YR-Z", startDate: d(P, "01-01") });
  const zc = await deploy({ voorzieningCode: "ZORGCOORDINATIE", residentBsn: z, startDate: d(P, "07-01") });
  await log(zc, [[d(P, "08-01"), 1440], [d(P, "08-02"), 1440], [d(P, "09-01"), 120], [d(Y, "02-01"), 1440], [d(Y, "02-02"), 1440], [d(Y, "03-01"), 120], [d(Y, "08-01"), 600]]);

  // Waakvlamcontact: three started in P, whose second review years start in Y: continued,
  // stopped (which ends the deployment on d(Y, "04-30")), and left without a decision.
  const continued = await waakvlam(d(P, "03-01"), "HH-YR-W1");
  await log(continued, [[d(P, "04-01"), 120], [d(Y, "01-15"), 60]]);
  await decide(continued, "CONTINUE");
  await log(continued, [[d(Y, "05-01"), 90]]);
  const stopped = await waakvlam(d(P, "05-01"), "HH-YR-W2");
  await log(stopped, [[d(P, "06-01"), 60]]);
  await decide(stopped, "STOP");
  const open = await waakvlam(d(P, "09-01"), "HH-YR-W3");
  await log(open, [[d(P, "10-01"), 45]]);
});
afterAll(() => portal?.stop());

describe("the yearly review, worked out by hand", () => {
  it("counts kortdurende begeleiding across the turn of the year and the deployment that reached its cap", async () => {
    const line = lineOf(await review(consulent), "KORTDURENDE_BEGELEIDING");
    // A (P-11-01..Y-01-31) and B (Y-02-01..Y-04-30) both ran and ended in Y; B started in Y.
    // Minutes: A's 300 in January + B's 1440 + 1440 + 120. B's window is full (3000 = cap).
    expect(line.figures).toEqual(figures({ deploymentsStarted: 1, deploymentsRunning: 2, deploymentsEnded: 2, residents: 2, minutes: 3300, deploymentsAtCap: 1, capWindowsAtCap: 1 }));
    // In P only A ran: 300 + 300 (the deleted 100 does not count).
    expect(line.previousYear).toEqual(figures({ deploymentsStarted: 1, deploymentsRunning: 1, residents: 1, minutes: 600 }));
    expect(line.changes).toEqual([
      { figure: "DEPLOYMENTS_STARTED", previous: 1, current: 1, difference: 0, percentChange: 0 },
      { figure: "DEPLOYMENTS_RUNNING", previous: 1, current: 2, difference: 1, percentChange: 100 },
      { figure: "DEPLOYMENTS_ENDED", previous: 0, current: 2, difference: 2, percentChange: null },
      { figure: "RESIDENTS", previous: 1, current: 2, difference: 1, percentChange: 100 },
      { figure: "MINUTES", previous: 600, current: 3300, difference: 2700, percentChange: 450 },
      { figure: "DEPLOYMENTS_AT_CAP", previous: 0, current: 1, difference: 1, percentChange: null },
    ]);
  });

  it("gives the share of zorgcoördinatie half years that ended at exactly the cap", async () => {
    const line = lineOf(await review(consulent), "ZORGCOORDINATIE");
    // Y: first half 3000 (full, reached on Y-03-01), second half 600: 1 of 2 half years = 50%.
    expect(line.figures).toEqual(figures({ deploymentsRunning: 1, residents: 1, minutes: 3600, deploymentsAtCap: 1, capWindowsAtCap: 1, halfYearsEnded: 2, halfYearsEndedAtCap: 1, halfYearsAtCapPercentage: 50 }));
    // P: only the second half had hours, and it ended full: 1 of 1 = 100%.
    expect(line.previousYear).toEqual(figures({ deploymentsStarted: 1, deploymentsRunning: 1, residents: 1, minutes: 3000, deploymentsAtCap: 1, capWindowsAtCap: 1, halfYearsEnded: 1, halfYearsEndedAtCap: 1, halfYearsAtCapPercentage: 100 }));
  });

  it("counts the waakvlam review years starting in the year: continued, stopped and open", async () => {
    const line = lineOf(await review(consulent), "WAAKVLAMCONTACT");
    // All three ran in Y; the stopped one ended on Y-04-30. Minutes in Y: 60 + 90.
    expect(line.figures).toEqual(figures({ deploymentsRunning: 3, deploymentsEnded: 1, residents: 3, minutes: 150, reviewsContinued: 1, reviewsStopped: 1, reviewsOpen: 1 }));
    // In P: three started, 120 + 60 + 45 minutes, no review year started yet.
    expect(line.previousYear).toEqual(figures({ deploymentsStarted: 3, deploymentsRunning: 3, residents: 3, minutes: 225 }));
  });

  it("adds the lines up in a total whose residents are counted once", async () => {
    const result = await review(consulent);
    const { lines, total } = result.data.yearlyReview;
    expect(result.data.yearlyReview).toMatchObject({ year: Y, from: d(Y, "01-01"), to: d(Y, "12-31") });
    expect(total).toMatchObject({ provider: null, voorziening: null });
    const sum = (key: string) => lines.reduce((s: number, l: Line) => s + (l.figures[key] as number), 0);
    for (const key of ["deploymentsRunning", "minutes", "deploymentsAtCap", "halfYearsEnded", "reviewsOpen"]) expect(total.figures[key]).toBe(sum(key));
    const [{ n }] = await portal.sql<{ n: number }>(
      `SELECT count(DISTINCT resident_id)::int AS n FROM deployment d JOIN municipality m ON m.id = d.municipality_id
        WHERE m.code = 'GM0637' AND d.approval_status <> 'DECLINED' AND d.start_date <= $1 AND (d.end_date IS NULL OR d.end_date >= $2)`,
      [d(Y, "12-31"), d(Y, "01-01")],
    );
    expect(total.figures.residents).toBe(n);
  });
});

describe("reconciliation", () => {
  it.each([["the year under review", Y], ["the current year", yearOf(today)]])("%s: the minutes equal the sum of the entries per provider and voorziening", async (_, year) => {
    const rows = await portal.sql<{ provider_id: string; voorziening_code: string; minutes: number }>(
      `SELECT d.provider_id, d.voorziening_code, SUM(e.amount)::int AS minutes
         FROM hour_entry e JOIN deployment d ON d.municipality_id = e.municipality_id AND d.id = e.deployment_id
         JOIN municipality m ON m.id = e.municipality_id
        WHERE m.code = 'GM0637' AND e.deleted_at IS NULL AND e.entry_date BETWEEN $1 AND $2
        GROUP BY 1, 2`,
      [`${year}-01-01`, `${year}-12-31`],
    );
    expect(rows.length).toBeGreaterThan(1);
    const lines: Line[] = (await review(consulent, year)).data.yearlyReview.lines;
    const fromReview = Object.fromEntries(lines.filter((l) => (l.figures.minutes as number) > 0).map((l) => [`${l.provider.id}|${l.voorziening.code}`, l.figures.minutes]));
    expect(fromReview).toEqual(Object.fromEntries(rows.map((r) => [`${r.provider_id}|${r.voorziening_code}`, r.minutes])));
  });
});

describe("who may read the yearly review", () => {
  it("lets finance read the aggregates, with no count of residents small enough to point at someone", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const SHOWN = `query Y($year: Int!) { yearlyReview(municipalityCode: "GM0637", year: $year) {
      lines { provider { id } voorziening { code } figures { residents residentsShown minutes } changes { figure } }
      total { figures { residents residentsShown } } } }`;
    const asFinance = (await finance.request(SHOWN, { year: Y })).data.yearlyReview;
    const asOfficer = (await consulent.request(SHOWN, { year: Y })).data.yearlyReview;
    const zorg = (r: { lines: Line[] }) => r.lines.find((l) => l.provider.id === deLindeId && l.voorziening.code === "ZORGCOORDINATIE")!;
    expect(zorg(asFinance).figures).toEqual({ residents: null, residentsShown: "< 5", minutes: 3600 });
    expect(zorg(asOfficer).figures).toEqual({ residents: 1, residentsShown: "1", minutes: 3600 });
    // The total would give the hidden line away by subtraction, and so would the change from last year.
    expect(asFinance.total.figures).toEqual({ residents: null, residentsShown: "afgeschermd" });
    expect(asOfficer.total.figures.residents).toBeGreaterThan(0);
    expect((zorg(asFinance).changes as Array<{ figure: string }>).map((c) => c.figure)).not.toContain("RESIDENTS");
    expect((zorg(asOfficer).changes as Array<{ figure: string }>).map((c) => c.figure)).toContain("RESIDENTS");
  });

  it("refuses providers and the municipality admin", async () => {
    for (const email of ["medewerker@delinde.demo", "beheer@horizon.demo", "beheer@zoetermeer.demo"]) {
      const session = email === "medewerker@delinde.demo" ? deLinde : await new GraphQLSession(portal.url).login(email);
      expect((await review(session)).errors?.[0].extensions?.code, email).toBe("FORBIDDEN");
    }
  });

  it("answers another municipality's code like an unknown one", async () => {
    const bergEnDal = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect((await review(bergEnDal)).data.yearlyReview).toBeNull();
    expect((await review(consulent, Y, "GM9999")).data.yearlyReview).toBeNull();
  });

  it("never holds a BSN", async () => {
    const text = JSON.stringify(await review(consulent));
    for (const bsn of bsns) expect(text).not.toContain(bsn);
  });
});

describe("the yearly review as CSV", () => {
  async function cookieOf(email: string): Promise<string> {
    const response = await fetch(`${portal.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "mutation L($input: LoginInput!) { login(input: $input) { user { id } } }", variables: { input: { email, password: "demo" } } }),
    });
    return response.headers.get("set-cookie")!.split(";")[0];
  }
  const download = (cookie: string | null, query = `municipalityCode=GM0637&year=${Y}`) =>
    fetch(`${portal.url}/exports/yearly-review.csv?${query}`, { headers: cookie ? { cookie } : {} });

  it("is a Dutch CSV attachment with the same figures and no BSN", async () => {
    const response = await download(await cookieOf("financien@zoetermeer.demo"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="?jaaroverzicht-GM0637-${Y}\\.csv"?$`));
    const body = await response.text();
    const lines = body.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0].split(";").slice(0, 18)).toEqual([
      "Dienstverlener", "Voorziening", "Code", "Eenheid", "Inzetten gestart", "Inzetten lopend", "Inzetten beëindigd", "Inwoners", "Hoeveelheid",
      "Inzetten op maximum", "Vensters op maximum", "Halfjaren afgelopen", "Halfjaren op maximum", "Halfjaren op maximum (%)",
      "Waakvlam voortgezet", "Waakvlam gestopt", "Waakvlam zonder besluit", "Inzetten gestart vorig jaar",
    ]);
    const zorg = lines.find((l) => l.startsWith("Welzijn De Linde;Zorgcoördinatie;"))!.split(";");
    // Finance downloads it: one resident reads "< 5", and the total that would give it away "afgeschermd".
    expect(zorg.slice(2, 17)).toEqual(["ZORGCOORDINATIE", "uren", "0", "1", "0", "< 5", "60", "1", "1", "2", "1", "50", "0", "0", "0"]);
    expect(lines.at(-1)).toMatch(/^Totaal;Alle voorzieningen;;/);
    expect(lines.at(-1)!.split(";")[7]).toBe("afgeschermd");
    for (const bsn of bsns) expect(body).not.toContain(bsn);
    expect(body).not.toMatch(/\d{9}/);
  });

  it("needs a session, a role that may read it, and the user's own municipality", async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download(await cookieOf("medewerker@delinde.demo"))).status).toBe(403);
    expect((await download(await cookieOf("consulent@bergendal.demo"))).status).toBe(404);
    expect((await download(await cookieOf("consulent@zoetermeer.demo"), "municipalityCode=GM0637&year=vorig")).status).toBe(400);
  });
});
