import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInNetherlands } from "../../shared/dates.js";
import { CREATE_DEPLOYMENT, GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let employee: GraphQLSession;
const today = todayInNetherlands();

beforeAll(async () => {
  portal = await startTestPortal();
  employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
});
afterAll(() => portal?.stop());

const create = (input: Record<string, unknown>) =>
  employee.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM0637", residentBsn: "786579754", voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: today, ...input },
  });

describe("createDeployment", () => {
  it("starts a kortdurende begeleiding with its 50-hour cap", async () => {
    const result = await create({});
    expect(result.data.createDeployment).toMatchObject({
      deployment: { startDate: today, endDate: null, status: "ACTIVE", voorziening: { code: "KORTDURENDE_BEGELEIDING", capAmount: 3000 } },
      userErrors: [],
    });
  });

  it("refuses a BSN that fails the elfproef, without echoing it", async () => {
    const result = await create({ residentBsn: "123456789" });
    expect(result.data.createDeployment).toEqual({
      deployment: null,
      userErrors: [{ code: "INVALID_INPUT", field: "residentBsn", message: "Dit is geen geldig BSN: controleer de negen cijfers." }],
    });
  });

  it("stores the BSN encrypted, never in plain text", async () => {
    await create({ residentBsn: "757491182" });
    const rows = await portal.sql<{ hint: string; readable: boolean }>(
      "SELECT bsn_hint AS hint, position(convert_to('757491182', 'UTF8') IN bsn_ciphertext) > 0 AS readable FROM resident WHERE bsn_hint = '182'",
    );
    expect(rows).toEqual([{ hint: "182", readable: false }]);
  });

  it("answers NOT_FOUND for a municipality the provider has no contract with", async () => {
    const deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    const result = await deLinde.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM1945", residentBsn: "786579754", voorzieningCode: "BEGELEIDING_KORTDUREND", startDate: today },
    });
    expect(result.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "municipalityCode" }]);
  });

  it("answers NOT_FOUND for a code outside the municipality's catalogue", async () => {
    const result = await create({ voorzieningCode: "BEGELEIDING_MIDDELLANG" });
    expect(result.data.createDeployment.userErrors).toMatchObject([{ code: "NOT_FOUND", field: "voorzieningCode" }]);
  });

  it("ends Groesbeek's kortdurend traject after six months, and refuses a later end", async () => {
    const input = { municipalityCode: "GM1945", voorzieningCode: "BEGELEIDING_KORTDUREND", startDate: "2026-11-01" };
    const open = await create(input);
    expect(open.data.createDeployment.deployment).toMatchObject({ endDate: "2027-04-30", voorziening: { capAmount: 3120 } });
    const tooLong = await create({ ...input, endDate: "2027-05-01" });
    expect(tooLong.data.createDeployment.userErrors).toEqual([
      {
        code: "OUTSIDE_PERIOD",
        field: "endDate",
        message: "Begeleiding kortdurend duurt ten hoogste 6 maanden: de inzet kan uiterlijk op 30 april 2027 eindigen.",
      },
    ]);
  });

  it("refuses a provider role it is not: a municipality officer cannot start a deployment", async () => {
    const officer = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    const result = await officer.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM0637", residentBsn: "786579754", voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: today },
    });
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("deployments", () => {
  const LIST = `query List($first: Int, $after: String, $filter: DeploymentFilter) {
    deployments(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id startDate provider { name } municipality { code } voorziening { code } } }
    }
  }`;

  it("pages through the provider's own deployments and never shows another provider's", async () => {
    const all = await employee.request(LIST, { first: 100 });
    const total = all.data.deployments.totalCount;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(new Set(all.data.deployments.edges.map((e: any) => e.node.provider.name))).toEqual(new Set(["Zorggroep Horizon"]));

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await employee.request(LIST, { first: 2, after });
      seen.push(...page.data.deployments.edges.map((e: any) => e.node.id));
      if (!page.data.deployments.pageInfo.hasNextPage) break;
      after = page.data.deployments.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.deployments.edges.map((e: any) => e.node.id));
  });

  it("filters by municipality", async () => {
    const result = await employee.request(LIST, { first: 100, filter: { municipalityCode: "GM1945" } });
    const codes = result.data.deployments.edges.map((e: any) => e.node.municipality.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(["GM1945"]));
  });

  it("shows a municipality officer the work in the own municipality only", async () => {
    const officer = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    const result = await officer.request(LIST, { first: 100 });
    expect(new Set(result.data.deployments.edges.map((e: any) => e.node.municipality.code))).toEqual(new Set(["GM1945"]));
  });

  it("records every view of a deployment page in the audit trail", async () => {
    const id = (await employee.request(LIST, { first: 1 })).data.deployments.edges[0].node.id;
    await employee.request(`query { deployment(id: "${id}") { id } }`);
    const rows = await portal.sql("SELECT actor_role, actor_organisation, result FROM audit_event WHERE action = 'deployment.view' AND object_id = $1", [id]);
    expect(rows).toEqual([{ actor_role: "PROVIDER_EMPLOYEE", actor_organisation: "Zorggroep Horizon", result: "OK" }]);
  });

  it("cannot change or delete the audit trail", async () => {
    await expect(portal.sql("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
    await expect(portal.sql("UPDATE audit_event SET result = 'X'")).rejects.toThrow(/append-only/);
  });
});

describe("the portal's shape", () => {
  it("answers /healthz with 200 and status ok", async () => {
    const response = await fetch(`${portal.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves the portal page at /", async () => {
    const response = await fetch(`${portal.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('lang="nl"');
  });

  it("answers a body that is not JSON with a refusal, not a stack trace", async () => {
    const response = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text).errors[0].message).toBe("Het verzoek kon niet worden gelezen.");
  });
});
