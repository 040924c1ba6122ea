import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { buildSchema, getNamedType, isObjectType, type GraphQLField } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";
import { valueFor } from "./support/bad-input.js";
import { recordFigures } from "./support/figures.js";

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, "../../schema.graphql"), "utf8"));
const RUNS = Number(process.env.VIV_BAD_INPUT_RUNS ?? 40);
// logout ends the sessions this test uses; login is fuzzed last, as its limiter counts failures.
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.name !== "logout");

let portal: TestPortal;
let sessions: GraphQLSession[];
const realIds: string[] = [];
const figures = { inputsTried: 0, answeredRefusal: 0, answeredError: 0, accepted: 0, http500: 0, internalErrors: 0, rowsWrittenOnRefusal: 0 };

// What a refusal must leave untouched. The audit trail and the login limiter do record refusals.
const COUNTED = `SELECT string_agg(t.tablename || '=' || (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || quote_ident(t.tablename), false, true, '')))[1]::text, ',' ORDER BY t.tablename) AS counts
  FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename NOT IN ('audit_event', 'rate_limit', 'migrations')`;

beforeAll(async () => {
  portal = await startTestPortal();
  const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  sessions = [employee, await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo"), await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo"), await new GraphQLSession(portal.url).login("beheer@horizon.demo")];
  const deployment = await startDeployment(employee, {});
  const logged = await employee.request(LOG_HOURS, { input: { deploymentId: deployment, date: daysAgo(1), minutes: 30 } });
  const me = await employee.request("query { me { organisation { id } } }");
  realIds.push(deployment, logged.data.logHours.entry.id, me.data.me.organisation.id);
});
afterAll(async () => {
  recordFigures("badInput", { mutations: mutations.length + 1, ...figures });
  await portal?.stop();
});

async function send(session: GraphQLSession, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>) {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const payload = getNamedType(field.type);
  const selection = isObjectType(payload) ? `{ __typename ${payload.getFields().userErrors ? "userErrors { code }" : ""} }` : "";
  const query = `mutation Fuzz${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""} ${selection} }`;
  return rawRequest(session, { query, variables });
}

/** The answer as text too, to look for what must never be shown. */
async function rawRequest(session: GraphQLSession, body: unknown) {
  const { baseUrl, cookie } = session as unknown as { baseUrl: string; cookie: string | null };
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

async function judge(name: string, answer: { status: number; text: string }, before: string) {
  figures.inputsTried++;
  if (answer.status >= 500) figures.http500++;
  expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.text).not.toMatch(/\n\s+at |"stack|stacktrace|QueryFailedError|TypeORM|violates/i);
  const body = JSON.parse(answer.text) as { data?: Record<string, { userErrors?: { code: string }[] } | null> | null; errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes("INTERNAL_SERVER_ERROR")) figures.internalErrors++;
  expect(codes, `${name}: ${answer.text.slice(0, 300)}`).not.toContain("INTERNAL_SERVER_ERROR");
  const userErrors = Object.values(body.data ?? {})[0]?.userErrors ?? [];
  // createDeployment keeps a deployment that waits for approval (the contract's one exception).
  const refused = body.errors?.length || (userErrors.length > 0 && !userErrors.some((e) => e.code === "APPROVAL_REQUIRED"));
  if (!refused) {
    figures.accepted++;
    return;
  }
  if (body.errors?.length) figures.answeredError++;
  else figures.answeredRefusal++;
  const [{ counts }] = await portal.sql<{ counts: string }>(COUNTED);
  if (counts !== before) figures.rowsWrittenOnRefusal++;
  expect(counts, `${name} wrote rows on a refusal: ${answer.text.slice(0, 300)}`).toBe(before);
}

describe("generated bad input for every mutation", () => {
  for (const field of mutations) {
    it(`${field.name}: never a 500, a stack trace, or a row written on a refusal`, async () => {
      const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, realIds)])));
      await fc.assert(
        fc.asyncProperty(args, fc.nat(sessions.length - 1), async (variables, who) => {
          const [{ counts: before }] = await portal.sql<{ counts: string }>(COUNTED);
          await judge(field.name, await send(sessions[who], field, variables), before);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  }

  it("deep, wide, aliased, circular and batched queries: refused with a code, never a 500", async () => {
    const [{ counts: before }] = await portal.sql<{ counts: string }>(COUNTED);
    const deep = `query { __schema { types { ${"fields { type { ofType { ".repeat(8)} name ${"} } }".repeat(8)} } } }`;
    const aliases = `query { ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const wide = `query { ${"me { id email role organisation { id name } } ".repeat(300)} }`;
    const circular = "query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }";
    const many = Array.from({ length: 100 }, () => ({ query: "{ me { id } }" }));
    const bigVariables = { query: LOG_HOURS, variables: { input: { deploymentId: realIds[0], date: daysAgo(1), minutes: 30, note: "n".repeat(2_000_000) } } };
    for (const body of [{ query: deep }, { query: aliases }, { query: wide }, { query: circular }, many, bigVariables, { query: "{".repeat(10_000) }]) {
      await judge("query shape", await rawRequest(sessions[0], body), before);
    }
  });

  it("login: never a 500, a stack trace, or a session on a refusal", async () => {
    const login = schema.getMutationType()!.getFields().login;
    const args = fc.record({ input: valueFor(login.args[0].type, []) });
    await fc.assert(
      fc.asyncProperty(args, async (variables) => {
        const [{ counts: before }] = await portal.sql<{ counts: string }>(COUNTED);
        await judge("login", await send(new GraphQLSession(portal.url), login, variables), before);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
