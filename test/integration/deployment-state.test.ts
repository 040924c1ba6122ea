import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, formatDutchDate } from "../../shared/dates.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, DELETE_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";
import { countQueries } from "../support/query-count.js";

let portal: TestPortal;
let horizon: GraphQLSession;
let consulent: GraphQLSession;
let token: string;

/** One deployment per state, set up through the API as the portal's browser tests do. */
const ids = { running: "", pending: "", declined: "", atCap: "", ended: "", planned: "" };

/** What a provider's own system does: POST with its API token, no cookie. */
async function asSystem(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const LIST = `query { deployments(first: 100) { totalCount edges { node { id state noHoursReason } } } }`;
const ONE = `query One($id: ID!) { deployment(id: $id) { state noHoursReason } }`;

/** Logs the whole 50 hours (3000 minutes) of a kortdurende begeleiding, in three entries; answers their ids. */
async function fillCap(deploymentId: string, start: string): Promise<string[]> {
  const entries: string[] = [];
  for (const [day, minutes] of [[1, 1440], [2, 1440], [3, 120]]) {
    const logged = await horizon.request(LOG_HOURS, { input: { deploymentId, date: addDays(start, day), minutes } });
    expect(logged.data.logHours.userErrors).toEqual([]);
    entries.push(logged.data.logHours.entry.id);
  }
  return entries;
}

/** A kortdurende begeleiding that waits for the municipality: the resident had one before. */
async function waitingForApproval(startDate: string): Promise<string> {
  const residentBsn = freshBsn();
  await startDeployment(horizon, { residentBsn, startDate: daysAgo(120), endDate: daysAgo(90) });
  const created = await horizon.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM0637", residentBsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate },
  });
  expect(created.data.createDeployment.userErrors.map((e: { code: string }) => e.code)).toEqual(["APPROVAL_REQUIRED"]);
  return created.data.createDeployment.deployment.id;
}

async function decide(deploymentId: string, decision: "APPROVE" | "DECLINE") {
  const decided = await consulent.request(
    `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { userErrors { code } } }`,
    { input: { deploymentId, decision, motivation: "Besproken met de inwoner." } },
  );
  expect(decided.data.decideDeploymentApproval.userErrors).toEqual([]);
}

beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  const admin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
  token = (await admin.request(`mutation { createApiToken(name: "Cliëntsysteem") { token } }`)).data.createApiToken.token;

  ids.running = await startDeployment(horizon, { startDate: daysAgo(45) });
  ids.pending = await waitingForApproval(daysAgo(10));
  ids.declined = await waitingForApproval(daysAgo(5));
  await decide(ids.declined, "DECLINE");
  ids.atCap = await startDeployment(horizon, { startDate: daysAgo(44) });
  await fillCap(ids.atCap, daysAgo(44));
  ids.ended = await startDeployment(horizon, { startDate: daysAgo(60), endDate: daysAgo(20) });
  ids.planned = await startDeployment(horizon, { startDate: addDays(today, 10) });
});
afterAll(() => portal?.stop());

describe("Deployment.state: the state the portal shows, for a provider's own system too", () => {
  it("tells a provider's system, by its API token, each deployment's state and why it takes no hours", async () => {
    const expected: Record<keyof typeof ids, { state: string; noHoursReason: string | null }> = {
      running: { state: "RUNNING", noHoursReason: null },
      pending: {
        state: "PENDING_APPROVAL",
        noHoursReason: "Deze inzet wacht op goedkeuring van de gemeente. U kunt uren registreren zodra de gemeente de inzet heeft goedgekeurd.",
      },
      declined: { state: "DECLINED", noHoursReason: "De gemeente heeft deze inzet afgewezen. Op deze inzet kunnen geen uren worden geregistreerd." },
      atCap: { state: "AT_CAP", noHoursReason: "Het maximum van deze periode is bereikt. U kunt pas weer uren registreren in de volgende periode." },
      ended: {
        state: "ENDED",
        noHoursReason: `Deze inzet is beëindigd op ${formatDutchDate(daysAgo(20))}. U kunt alleen nog uren registreren op dagen tot en met die datum.`,
      },
      planned: { state: "PLANNED", noHoursReason: `Deze inzet begint op ${formatDutchDate(addDays(today, 10))}. Vanaf die dag kunt u uren registreren.` },
    };
    // The list, as a system reads it.
    const list = await asSystem(LIST);
    expect(list.deployments.totalCount).toBeLessThanOrEqual(100);
    const byId = new Map(list.deployments.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    for (const [which, want] of Object.entries(expected)) {
      expect(byId.get(ids[which as keyof typeof ids]), which).toEqual({ id: ids[which as keyof typeof ids], ...want });
    }
    // One deployment, and the municipality's officer: the same answer.
    for (const [which, want] of Object.entries(expected)) {
      expect((await asSystem(ONE, { id: ids[which as keyof typeof ids] })).deployment, which).toEqual(want);
      expect((await consulent.request(ONE, { id: ids[which as keyof typeof ids] })).data.deployment, which).toEqual(want);
    }
  });

  it("follows the writes: the minute that fills the cap makes it AT_CAP, a deletion RUNNING again, an approval RUNNING", async () => {
    const start = daysAgo(30);
    const id = await startDeployment(horizon, { startDate: start });
    const entries = await fillCap(id, start);
    expect((await asSystem(ONE, { id })).deployment.state).toBe("AT_CAP");
    const deleted = await horizon.request(DELETE_HOURS, { input: { entryId: entries[2], reason: "Dubbel ingevoerd." } });
    expect(deleted.data.deleteHours.userErrors).toEqual([]);
    expect((await asSystem(ONE, { id })).deployment).toEqual({ state: "RUNNING", noHoursReason: null });

    const waiting = await waitingForApproval(daysAgo(3));
    expect((await asSystem(ONE, { id: waiting })).deployment.state).toBe("PENDING_APPROVAL");
    await decide(waiting, "APPROVE");
    expect((await asSystem(ONE, { id: waiting })).deployment).toEqual({ state: "RUNNING", noHoursReason: null });
  });

  it("costs the list no query per row: seventeen more deployments, not one statement more", async () => {
    const counter = countQueries(portal);
    try {
      const listed = async () => {
        const tracked = counter.track();
        const data = await asSystem(LIST, {}, tracked.headers);
        return { rows: data.deployments.edges.length as number, queries: tracked.count() };
      };
      // Once first: the token's first use also notes its last use, which the count should not hold.
      await asSystem(LIST);
      const before = await listed();
      // Running ones of a voorziening the list already holds (their cap is read), ended and waiting ones (no cap needed).
      for (let i = 0; i < 10; i++) await startDeployment(horizon, { startDate: daysAgo(20 + i) });
      for (let i = 0; i < 3; i++) await startDeployment(horizon, { startDate: daysAgo(80 + i), endDate: daysAgo(70 - i) });
      for (let i = 0; i < 2; i++) await waitingForApproval(daysAgo(2 + i));
      const after = await listed();
      // The two waiting ones each brought an ended predecessor: 10 + 3 + 2 × 2.
      expect(after.rows).toBe(before.rows + 17);
      expect(before.rows).toBeGreaterThan(10);
      // The count counts: the session, the page and the running totals are statements too.
      expect(before.queries).toBeGreaterThan(2);
      expect(after.queries).toBe(before.queries);
    } finally {
      counter.stop();
    }
  });
});
