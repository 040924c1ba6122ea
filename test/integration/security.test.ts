import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.stop());

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { user { email } userErrors { code field message } } }`;
const login = (email: string, password: string, totp?: string, session = new GraphQLSession(portal.url)) =>
  session.request(LOGIN, { input: { email, password, totp } }).then((r) => ({ session, ...r.data.login }));

describe("brute force", () => {
  it("blocks an address for an account after ten wrong passwords, even for the right one, and leaves other accounts alone", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const made = await admin.request(`mutation { createUser(input: { email: "doelwit@zoetermeer.nl", role: FINANCE }) { initialPassword } }`);
    const password = made.data.createUser.initialPassword;
    for (let i = 0; i < 10; i++) expect((await login("doelwit@zoetermeer.nl", `fout-${i}`)).userErrors[0].code).toBe("INVALID_CREDENTIALS");
    const blocked = await login("DOELWIT@zoetermeer.nl", password);
    expect(blocked.user).toBeNull();
    expect(blocked.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    expect(blocked.userErrors[0].message).toMatch(/^Te veel mislukte pogingen\. Probeer het over \d+ minuten opnieuw\.$/);
    expect((await login("medewerker@horizon.demo", "demo")).user).toEqual({ email: "medewerker@horizon.demo" });
  });

  it("refuses a document that batches many logins in aliases, before any is tried", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: login(input: { email: "consulent@bergendal.demo", password: "gok${i}" }) { userErrors { code } }`);
    const result = await new GraphQLSession(portal.url).request(`mutation { ${aliases.join(" ")} }`);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    const [{ attempts }] = await portal.sql<{ attempts: number }>(
      "SELECT count(*)::int AS attempts FROM audit_event WHERE action = 'auth.login' AND object_id = (SELECT id::text FROM app_user WHERE email = 'consulent@bergendal.demo')",
    );
    expect(attempts).toBe(0);
  });
});

describe("the second factor", () => {
  it("is required for a new finance account: enrol, then log in only with a code or a recovery code", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const created = await admin.request(`mutation { createUser(input: { email: "controller@zoetermeer.nl", role: FINANCE }) { account { email role } initialPassword userErrors { code } } }`);
    const { initialPassword } = created.data.createUser;
    expect(created.data.createUser.account).toEqual({ email: "controller@zoetermeer.nl", role: "FINANCE" });

    const first = await login("controller@zoetermeer.nl", initialPassword);
    expect((await first.session.request("{ me { secondFactorRequired } }")).data.me).toEqual({ secondFactorRequired: true });
    const blocked = await first.session.request("{ municipalities { code } }");
    expect(blocked.errors?.[0]).toMatchObject({ message: "Stel eerst de tweede factor (authenticator-app) in; daarna kunt u verder.", extensions: { code: "FORBIDDEN" } });

    const enrolment = await first.session.request("mutation { startTotpEnrolment { secret otpauthUri } }");
    const { secret, otpauthUri } = enrolment.data.startTotpEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/VIV-portaal:controller%40zoetermeer\.nl\?/);
    expect((await first.session.request(`mutation { confirmTotpEnrolment(code: "000000") { userErrors { code field } } }`)).data.confirmTotpEnrolment.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "code" },
    ]);
    const confirmed = await first.session.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes } }`);
    const codes: string[] = confirmed.data.confirmTotpEnrolment.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect((await first.session.request("{ municipalities { code } }")).data.municipalities).toEqual([{ code: "GM0637" }]);
    // A session alone cannot replace the confirmed factor (a stolen session must not take the account over).
    expect((await first.session.request("{ me { secondFactor } }")).data.me).toEqual({ secondFactor: true });
    expect((await first.session.request("mutation { startTotpEnrolment { secret } }")).errors?.[0]).toMatchObject({
      extensions: { code: "FORBIDDEN" },
      message: "U heeft al een tweede factor. Nieuwe telefoon of app kwijt? Vraag uw beheerder om die opnieuw in te stellen.",
    });

    expect((await login("controller@zoetermeer.nl", initialPassword)).userErrors).toMatchObject([{ code: "TOTP_REQUIRED", field: "totp" }]);
    expect((await login("controller@zoetermeer.nl", initialPassword, "123456")).userErrors).toMatchObject([{ code: "INVALID_CREDENTIALS", field: "totp" }]);
    // The code that confirmed the enrolment is used up; the app's next one works (one step of drift is allowed).
    expect((await login("controller@zoetermeer.nl", initialPassword, currentTotp(secret))).userErrors).toMatchObject([{ code: "INVALID_CREDENTIALS", field: "totp" }]);
    expect((await login("controller@zoetermeer.nl", initialPassword, currentTotp(secret, 30_000))).user).toEqual({ email: "controller@zoetermeer.nl" });
    expect((await login("controller@zoetermeer.nl", initialPassword, currentTotp(secret, 30_000))).userErrors).toMatchObject([
      { code: "INVALID_CREDENTIALS", field: "totp", message: "Deze code klopt niet of is al gebruikt. Gebruik de code die uw app nu toont, of een herstelcode." },
    ]);
    expect((await login("controller@zoetermeer.nl", initialPassword, codes[0])).user).toEqual({ email: "controller@zoetermeer.nl" });
    expect((await login("controller@zoetermeer.nl", initialPassword, codes[0])).user).toBeNull();
    const stored = await portal.sql<{ sealed: Buffer }>("SELECT totp_secret_sealed AS sealed FROM app_user WHERE email = 'controller@zoetermeer.nl'");
    expect(stored[0].sealed.toString("latin1")).not.toContain(secret);
  });
});

describe("API tokens", () => {
  it("are shown once, act for the organisation, show their last use, and stop working when revoked", async () => {
    const session = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    const made = await session.request(`mutation { createApiToken(name: "Planningssysteem") { token apiToken { id name lastUsedAt } userErrors { code } } }`);
    const { token, apiToken } = made.data.createApiToken;
    expect(token).toMatch(/^viv_[\w-]{43}$/);
    expect(apiToken).toMatchObject({ name: "Planningssysteem", lastUsedAt: null });
    const [stored] = await portal.sql<{ plain: number }>("SELECT count(*)::int AS plain FROM api_token WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'", [token.slice(4, 20)]);
    expect(stored.plain).toBe(0);

    const bearer = (query: string, variables?: Record<string, unknown>) =>
      fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<any>);
    const list = await bearer("{ me { role organisation { name } } deployments(first: 50) { edges { node { provider { name } } } } }");
    expect(list.data.me).toEqual({ role: "PROVIDER_EMPLOYEE", organisation: { name: "Zorggroep Horizon" } });
    expect(new Set(list.data.deployments.edges.map((e: any) => e.node.provider.name))).toEqual(new Set(["Zorggroep Horizon"]));
    const id = await startDeployment(session, {});
    expect((await bearer(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 30 } })).data.logHours.userErrors).toEqual([]);

    const tokens = await session.request("{ apiTokens { name lastUsedAt revokedAt } }");
    expect(tokens.data.apiTokens[0]).toMatchObject({ name: "Planningssysteem", revokedAt: null });
    expect(tokens.data.apiTokens[0].lastUsedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await session.request(`mutation { revokeApiToken(id: "${apiToken.id}") { apiToken { revokedAt } } }`);
    expect((await bearer("{ me { id } }")).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("BSN protection", () => {
  // Nine digits standing alone (not inside an id) that pass the elfproef.
  const bsnsIn = (text: string) => (text.match(/(?<![\w-])\d{9}(?![\w-])/g) ?? []).filter(isValidBsn);

  it("never shows finance a BSN, in any answer finance can get", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const queries = ["{ me { email organisation { name } } }", `{ municipalities { code name } }`, `{ catalogue(municipalityCode: "GM0637") { code name policyQuote } }`, "{ deployments { totalCount } }"];
    for (const q of queries) {
      const response = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie: (finance as any).cookie }, body: JSON.stringify({ query: q }) });
      expect(bsnsIn(await response.text())).toEqual([]);
    }
  });

  it("shows a provider the full BSN only on request, and logs every reveal", async () => {
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    // A Zoetermeer resident: Zoetermeer's consulent reads the trail below (the newest demo deployment may be Berg en Dal's).
    const list = await employee.request('{ deployments(first: 50, filter: { municipalityCode: "GM0637" }) { edges { node { resident { id bsnMasked } } } } }');
    expect(bsnsIn(JSON.stringify(list))).toEqual([]);
    const resident = list.data.deployments.edges[0].node.resident;
    const revealed = await employee.request(`mutation { revealResidentBsn(residentId: "${resident.id}") { bsn userErrors { code } } }`);
    expect(revealed.data.revealResidentBsn.bsn.slice(-3)).toBe(resident.bsnMasked.slice(-3));
    expect(isValidBsn(revealed.data.revealResidentBsn.bsn)).toBe(true);

    const other = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
    const refused = await other.request(`mutation { revealResidentBsn(residentId: "${resident.id}") { bsn userErrors { code } } }`);
    expect(refused.data.revealResidentBsn).toEqual({ bsn: null, userErrors: [{ code: "NOT_FOUND" }] });

    const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    // A provider sees its own scoped id for the resident (cross-provider.test.ts); the trail keeps the municipality's.
    const [{ residentId }] = await portal.sql<{ residentId: string }>("SELECT object_id AS \"residentId\" FROM audit_event WHERE action = 'resident.reveal'");
    const trail = await consulent.request(`{ auditEvents(filter: { action: "resident.reveal", objectId: "${residentId}" }) { actorEmail actorRole actorOrganisation action objectType result } }`);
    expect(trail.data.auditEvents).toEqual([
      { actorEmail: "medewerker@horizon.demo", actorRole: "PROVIDER_EMPLOYEE", actorOrganisation: "Zorggroep Horizon", action: "resident.reveal", objectType: "resident", result: "OK" },
    ]);
    const elsewhere = await new GraphQLSession(portal.url).login("consulent@bergendal.demo");
    expect((await elsewhere.request(`{ auditEvents(filter: { objectId: "${residentId}" }) { id } }`)).data.auditEvents).toEqual([]);
  });

  it("leaves an audit row for every write", async () => {
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const id = await startDeployment(employee, {});
    const logged = await employee.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(2), minutes: 45 } });
    const rows = await portal.sql("SELECT action, object_type, result FROM audit_event WHERE object_id IN ($1, $2) ORDER BY id", [id, logged.data.logHours.entry.id]);
    expect(rows).toEqual([
      { action: "deployment.create", object_type: "deployment", result: "OK" },
      { action: "hours.created", object_type: "hour_entry", result: "OK" },
    ]);
  });
});

describe("HTTP hardening", () => {
  it("sends a strict content security policy and no framing with the portal", async () => {
    const response = await fetch(`${portal.url}/`);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("lets no cache keep a GraphQL answer (Cache-Control: no-store), with a user or without", async () => {
    const anonymous = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
    const post = (body: object, cookie = "") => fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
    const loggedIn = await post({ query: `mutation { login(input: { email: "financien@zoetermeer.demo", password: "demo" }) { user { email } } }` });
    expect(loggedIn.headers.get("cache-control")).toBe("no-store");
    const cookie = loggedIn.headers.get("set-cookie")!.split(";")[0];
    const answer = await post({ query: "{ me { email } }" }, cookie);
    expect(((await answer.json()) as { data: { me: { email: string } } }).data.me.email).toBe("financien@zoetermeer.demo");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a cross-site form post (CSRF) and an oversized body", async () => {
    const form = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "mutation { logout { ok } }" }) });
    expect(form.status).toBe(400);
    const big = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }", pad: "x".repeat(200_000) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe("Het verzoek is te groot.");
  });

  it("refuses a document longer than the token limit", async () => {
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const ok = await employee.request(`{ me { ${"__typename ".repeat(100)} } }`);
    expect(ok.errors).toBeUndefined();
    const long = await employee.request(`{ me { ${"__typename ".repeat(3000)} } }`);
    expect(long.status).toBe(400);
    expect(long.errors?.[0]).toMatchObject({ message: expect.stringMatching(/contains more th\w+ 2000 tokens/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });
});

describe("in production", () => {
  it("turns introspection off and hides field suggestions", async () => {
    const production = await startTestPortal({ production: true });
    try {
      const introspection = await new GraphQLSession(production.url).request("{ __schema { types { name } } }");
      expect(introspection.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const typo = await new GraphQLSession(production.url).request("{ deploymentz { totalCount } }");
      expect(typo.errors?.[0].message).not.toContain("Did you mean");
    } finally {
      await production.stop();
    }
  });
});
