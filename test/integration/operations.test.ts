import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let employee: GraphQLSession;

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
});
afterAll(() => portal?.stop());

const metrics = async () => (await fetch(`${portal.url}/metrics`)).text();
const value = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[{}"+]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? 0);

describe("GET /metrics", () => {
  it("counts operations, refusals per code and latency, and shows the pool and the event-loop lag, without personal data", async () => {
    const bsn = freshBsn();
    const id = await startDeployment(employee, { residentBsn: bsn });
    const before = await metrics();

    await employee.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(2), minutes: 60 } });
    await employee.request(LOG_HOURS, { input: { deploymentId: id, date: addDays(today, 1), minutes: 60 } });
    await employee.request(LOG_HOURS, { input: { deploymentId: id, date: addDays(today, 2), minutes: 60 } });
    await new GraphQLSession(portal.url).request("query { me { id } }");

    const after = await metrics();
    expect(value(after, 'viv_graphql_operations_total{operation="logHours",outcome="ok"}') - value(before, 'viv_graphql_operations_total{operation="logHours",outcome="ok"}')).toBe(1);
    expect(value(after, 'viv_graphql_operations_total{operation="logHours",outcome="refused"}') - value(before, 'viv_graphql_operations_total{operation="logHours",outcome="refused"}')).toBe(2);
    expect(value(after, 'viv_refusals_total{code="FUTURE_DATE"}') - value(before, 'viv_refusals_total{code="FUTURE_DATE"}')).toBe(2);
    expect(value(after, 'viv_graphql_errors_total{code="UNAUTHENTICATED"}') - value(before, 'viv_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(value(after, 'viv_graphql_duration_seconds_count{operation="logHours"}')).toBeGreaterThanOrEqual(3);
    expect(after).toMatch(/^viv_db_pool_connections\{state="total"\} [1-9]/m);
    expect(after).toMatch(/^viv_db_pool_connections\{state="waiting"\} 0$/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(after).not.toContain(bsn);
    expect(after).not.toContain(id);
  });
});

describe("request ids", () => {
  it("answers every request with an X-Request-Id, keeping a load balancer's plain id and replacing anything else", async () => {
    const own = await fetch(`${portal.url}/healthz`, { headers: { "x-request-id": "lb-1234" } });
    expect(own.headers.get("x-request-id")).toBe("lb-1234");
    const odd = await fetch(`${portal.url}/healthz`, { headers: { "x-request-id": "bsn 123456782\n" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
