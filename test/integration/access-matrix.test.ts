import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../shared/roles.js";
import { OPERATION_ACTIONS } from "../../server/modules/access/operations.js";
import { PERMISSIONS } from "../../server/modules/access/permissions.js";
import { daysAgo, freshBsn } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * The role-by-operation matrix, generated from the permission table: every account, every
 * root field, an object of its own tenant and one of another, and the answer the table says.
 */
let portal: TestPortal;

interface Target {
  deployment: string;
  resident: string;
  entry: string;
}
interface Account {
  email: string;
  role: Role;
  session: GraphQLSession;
  own: Target;
  other: Target;
}
const accounts: Account[] = [];

/** One request per root field; `t` is the object it is aimed at. */
const SAMPLES: Record<string, (t: Target, a: Account) => [string, Record<string, unknown>?]> = {
  me: () => ["{ me { id } }"],
  municipalities: () => ["{ municipalities { code } }"],
  catalogue: () => [`{ catalogue(municipalityCode: "GM0637") { code } }`],
  deployment: (t) => [`query Q($id: ID!) { deployment(id: $id) { id } }`, { id: t.deployment }],
  deployments: () => ["{ deployments(first: 5) { totalCount } }"],
  accounts: () => ["{ accounts { email } }"],
  providers: () => ["{ providers { name contracts { validFrom } } }"],
  apiTokens: () => ["{ apiTokens { id } }"],
  auditEvents: () => ["{ auditEvents(first: 1) { id } }"],
  login: () => [`mutation { login(input: { email: "niemand@nergens.demo", password: "x" }) { userErrors { code } } }`],
  logout: () => ["mutation { logout { ok } }"],
  startTotpEnrolment: () => ["mutation { startTotpEnrolment { otpauthUri } }"],
  confirmTotpEnrolment: () => [`mutation { confirmTotpEnrolment(code: "000000") { userErrors { code } } }`],
  createDeployment: () => [
    `mutation M($input: CreateDeploymentInput!) { createDeployment(input: $input) { userErrors { code } } }`,
    { input: { municipalityCode: "GM0637", residentBsn: freshBsn(), voorzieningCode: "RECREATIEVE_DAGBESTEDING", startDate: daysAgo(3) } },
  ],
  decideDeploymentApproval: (t) => [
    `mutation M($id: ID!) { decideDeploymentApproval(input: { deploymentId: $id, decision: APPROVE, motivation: "matrix" }) { userErrors { code } } }`,
    { id: t.deployment },
  ],
  // Without a reason: refused as INVALID_INPUT after the visibility check, so nothing ends.
  endDeployment: (t) => [`mutation M($id: ID!, $d: Date!) { endDeployment(input: { deploymentId: $id, endDate: $d, reason: "" }) { userErrors { code } } }`, { id: t.deployment, d: daysAgo(1) }],
  logHours: (t) => [`mutation M($id: ID!, $d: Date!) { logHours(input: { deploymentId: $id, date: $d, minutes: 1 }) { userErrors { code } } }`, { id: t.deployment, d: daysAgo(1) }],
  logHoursBatch: (t) => [
    `mutation M($id: ID!, $d: Date!) { logHoursBatch(input: { entries: [{ deploymentId: $id, date: $d, minutes: 1 }] }) { userErrors { code } results { userErrors { code } } } }`,
    { id: t.deployment, d: daysAgo(1) },
  ],
  previewHoursImport: () => [`mutation { previewHoursImport(input: { csv: "bsn;gemeente;voorziening;datum;minuten;notitie;referentie" }) { userErrors { code } } }`],
  importHours: () => [`mutation { importHours(input: { csv: "bsn;gemeente;voorziening;datum;minuten;notitie;referentie" }) { userErrors { code } } }`],
  correctHours: (t) => [
    `mutation M($id: ID!, $d: Date!) { correctHours(input: { entryId: $id, date: $d, minutes: 2, reason: "matrix" }) { userErrors { code } } }`,
    { id: t.entry, d: daysAgo(1) },
  ],
  deleteHours: (t) => [`mutation M($id: ID!) { deleteHours(input: { entryId: $id, reason: "matrix" }) { userErrors { code } } }`, { id: t.entry }],
  recordMaatwerkIndication: () => [
    `mutation M($input: RecordMaatwerkIndicationInput!) { recordMaatwerkIndication(input: $input) { userErrors { code } } }`,
    { input: { municipalityCode: "GM0637", residentBsn: freshBsn(), householdCode: "HH-M", providerId: "00000000-0000-4000-8000-000000000000", product: "BEGELEIDING_INDIVIDUEEL", startDate: daysAgo(1) } },
  ],
  adviseWaakvlamReview: (t) => [`mutation M($id: ID!) { adviseWaakvlamReview(input: { deploymentId: $id, advice: CONTINUE, motivation: "matrix" }) { userErrors { code } } }`, { id: t.deployment }],
  decideWaakvlamReview: (t) => [`mutation M($id: ID!) { decideWaakvlamReview(input: { deploymentId: $id, decision: CONTINUE, motivation: "matrix" }) { userErrors { code } } }`, { id: t.deployment }],
  revealResidentBsn: (t) => [`mutation M($id: ID!) { revealResidentBsn(residentId: $id) { bsn userErrors { code } } }`, { id: t.resident }],
  createUser: (_t, a) => [`mutation M($e: String!) { createUser(input: { email: $e, role: FINANCE }) { userErrors { code } } }`, { e: `matrix-${a.role}-${freshBsn()}@test.demo` }],
  deactivateUser: () => [`mutation { deactivateUser(userId: "00000000-0000-4000-8000-000000000000") { userErrors { code } } }`],
  resetSecondFactor: () => [`mutation { resetSecondFactor(input: { userId: "00000000-0000-4000-8000-000000000000", reason: "matrix" }) { userErrors { code } } }`],
  createProvider: () => [`mutation M($n: String!) { createProvider(input: { name: $n, adminEmail: "matrix@test.demo" }) { userErrors { code } } }`, { n: `Matrix ${freshBsn()}` }],
  setProviderAgbCode: () => [`mutation { setProviderAgbCode(input: { providerId: "00000000-0000-4000-8000-000000000000", agbCode: "12345678" }) { userErrors { code } } }`],
  createContract: () => [`mutation { createContract(input: { providerId: "00000000-0000-4000-8000-000000000000", validFrom: "2026-01-01" }) { userErrors { code } } }`],
  createApiToken: () => [`mutation { createApiToken(name: "matrix") { userErrors { code } } }`],
  revokeApiToken: () => [`mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") { userErrors { code } } }`],
  usageReport: (_t, a) => [`query Q($m: String!) { usageReport(municipalityCode: $m, from: "2026-01-01", to: "2026-12-31") { totals { hours } } }`, { m: ownMunicipality(a) }],
  tariffs: (_t, a) => [`query Q($m: String!) { tariffs(municipalityCode: $m) { id } }`, { m: ownMunicipality(a) }],
  closedPeriods: (_t, a) => [`query Q($m: String!) { closedPeriods(municipalityCode: $m) { month } }`, { m: ownMunicipality(a) }],
  setTariff: (_t, a) => [
    `mutation M($m: String!) { setTariff(input: { municipalityCode: $m, providerId: "00000000-0000-4000-8000-000000000000", voorzieningCode: "KORTDURENDE_BEGELEIDING", unit: HOUR, amountCents: 1, validFrom: "2026-01-01" }) { userErrors { code } } }`,
    { m: ownMunicipality(a) },
  ],
  closePeriod: (_t, a) => [`mutation M($m: String!) { closePeriod(municipalityCode: $m, month: "2020-01") { userErrors { code } } }`, { m: ownMunicipality(a) }],
  waakvlamReviewQueue: (_t, a) => [`query Q($m: String!) { waakvlamReviewQueue(municipalityCode: $m) { reviewYear } }`, { m: ownMunicipality(a) }],
  upcomingWaakvlamReviews: () => ["{ upcomingWaakvlamReviews { reviewYear } }"],
  pendingApprovals: (_t, a) => [`query Q($m: String!) { pendingApprovals(municipalityCode: $m) { reason } }`, { m: ownMunicipality(a) }],
  catalogueVersions: (_t, a) => [`query Q($m: String!) { catalogueVersions(municipalityCode: $m) { validFrom } }`, { m: ownMunicipality(a) }],
  yearlyReview: (_t, a) => [`query Q($m: String!) { yearlyReview(municipalityCode: $m, year: 2026) { year } }`, { m: ownMunicipality(a) }],
  notices: () => ["{ notices { id } }"],
  unreadNoticeCount: () => ["{ unreadNoticeCount }"],
  markNoticesRead: () => [`mutation { markNoticesRead(input: { ids: [] }) { unreadCount } }`],
  // A file with only the header, and a version from a past date: refused as INVALID_INPUT, so nothing changes.
  importMaatwerkIndications: (_t, a) => [
    `mutation M($m: String!) { importMaatwerkIndications(input: { municipalityCode: $m, csv: "residentBsn;householdCode;providerId;product;startDate;endDate" }) { userErrors { code } } }`,
    { m: ownMunicipality(a) },
  ],
  createCatalogueVersion: (_t, a) => [
    `mutation M($m: String!) { createCatalogueVersion(input: { municipalityCode: $m, validFrom: "2020-01-01", name: "matrix", policySource: "matrix",
       voorzieningen: [{ code: "MATRIX", name: "matrix", unit: MINUTES, policyQuote: "matrix" }] }) { userErrors { code } } }`,
    { m: ownMunicipality(a) },
  ],
};

/** The municipality a municipal account works in (providers: Zoetermeer, where they are refused anyway). */
function ownMunicipality(a: Account): string {
  return a.email.endsWith("@bergendal.demo") ? "GM1945" : "GM0637";
}

/** What a user would see: an error code, NOT_FOUND (a refusal or a null object), or OK. */
function outcome(result: { data: any; errors?: Array<{ extensions?: { code?: string } }> }): string {
  if (result.errors?.length) return result.errors[0].extensions?.code ?? "ERROR";
  const payload = Object.values(result.data ?? {})[0] as any;
  if (payload === null || payload?.userErrors?.[0]?.code === "NOT_FOUND" || payload?.results?.[0]?.userErrors?.[0]?.code === "NOT_FOUND") return "NOT_FOUND";
  return "OK";
}

/** Samples aimed at an object that does not exist: an allowed role gets NOT_FOUND, never FORBIDDEN. */
const MISSING_OBJECT = new Set(["setProviderAgbCode", "recordMaatwerkIndication", "deactivateUser", "resetSecondFactor", "createContract", "revokeApiToken", "setTariff"]);

const OBJECT_FIELDS = new Set(["deployment", "decideDeploymentApproval", "endDeployment", "logHours", "logHoursBatch", "correctHours", "deleteHours", "adviseWaakvlamReview", "decideWaakvlamReview", "revealResidentBsn"]);

beforeAll(async () => {
  portal = await startTestPortal();
  const target = async (provider: string, municipality: string): Promise<Target> => {
    const [row] = await portal.sql<Target>(
      `SELECT d.id AS deployment, d.resident_id AS resident, e.id AS entry
         FROM deployment d JOIN provider p ON p.id = d.provider_id JOIN municipality m ON m.id = d.municipality_id
         JOIN hour_entry e ON e.deployment_id = d.id
        WHERE p.name = $1 AND m.code = $2 AND d.voorziening_code IN ('KORTDURENDE_BEGELEIDING', 'BEGELEIDING_KORTDUREND')
        ORDER BY d.start_date, e.entry_date DESC LIMIT 1`,
      [provider, municipality],
    );
    return row;
  };
  const horizonZtm = await target("Zorggroep Horizon", "GM0637");
  const horizonBed = await target("Zorggroep Horizon", "GM1945");
  const deLinde = await target("Welzijn De Linde", "GM0637");
  const plan: Array<[string, Role, Target, Target]> = [
    ["medewerker@horizon.demo", "PROVIDER_EMPLOYEE", horizonZtm, deLinde],
    // The admin works on another of the organisation's deployments, so that both accounts have an entry to delete.
    ["beheer@horizon.demo", "PROVIDER_ADMIN", horizonBed, deLinde],
    ["medewerker@delinde.demo", "PROVIDER_EMPLOYEE", deLinde, horizonZtm],
    ["consulent@zoetermeer.demo", "MUNICIPALITY_OFFICER", horizonZtm, horizonBed],
    ["financien@zoetermeer.demo", "FINANCE", horizonZtm, horizonBed],
    ["beheer@zoetermeer.demo", "MUNICIPALITY_ADMIN", horizonZtm, horizonBed],
    ["consulent@bergendal.demo", "MUNICIPALITY_OFFICER", horizonBed, horizonZtm],
  ];
  for (const [email, role, own, other] of plan) {
    accounts.push({ email, role, own, other, session: await new GraphQLSession(portal.url).login(email) });
  }
});
afterAll(() => portal?.stop());

describe("the permission table", () => {
  it("names every root field of the schema, and the matrix has a request for each", async () => {
    const result = await accounts[0].session.request(getIntrospectionQuery());
    const types = result.data.__schema.types as Array<{ name: string; fields: Array<{ name: string }> | null }>;
    const rootFields = types.filter((t) => t.name === "Query" || t.name === "Mutation").flatMap((t) => t.fields!.map((f) => f.name));
    expect(rootFields.filter((f) => !(f in OPERATION_ACTIONS))).toEqual([]);
    expect(Object.keys(OPERATION_ACTIONS).filter((f) => !(f in SAMPLES))).toEqual([]);
  });
});

describe.each(Object.entries(OPERATION_ACTIONS).filter(([, action]) => action !== "public" && action !== "self"))("%s (%s)", (field, action) => {
  it.each(["PROVIDER_EMPLOYEE", "PROVIDER_ADMIN", "MUNICIPALITY_OFFICER", "FINANCE", "MUNICIPALITY_ADMIN"] as Role[])("as %s", async (role) => {
    const allowed = (PERMISSIONS[action as keyof typeof PERMISSIONS] as readonly Role[]).includes(role);
    for (const account of accounts.filter((a) => a.role === role)) {
      for (const tenant of OBJECT_FIELDS.has(field) ? (["own", "other"] as const) : (["own"] as const)) {
        const [query, variables] = SAMPLES[field](account[tenant], account);
        const got = outcome(await account.session.request(query, variables));
        const expected = !allowed ? "FORBIDDEN" : tenant === "other" || MISSING_OBJECT.has(field) ? "NOT_FOUND" : "OK";
        expect({ account: account.email, tenant, got }).toEqual({ account: account.email, tenant, got: expected });
      }
    }
  });
});
