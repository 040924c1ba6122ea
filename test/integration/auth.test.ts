import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.stop());

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { user { email role } userErrors { code field message } } }`;
const ME = `query { me { email role organisation { name kind code } } }`;

describe("login", () => {
  it.each([
    ["medewerker@horizon.demo", "PROVIDER_EMPLOYEE", "Zorggroep Horizon", "PROVIDER", null],
    ["beheer@horizon.demo", "PROVIDER_ADMIN", "Zorggroep Horizon", "PROVIDER", null],
    ["medewerker@delinde.demo", "PROVIDER_EMPLOYEE", "Welzijn De Linde", "PROVIDER", null],
    ["consulent@zoetermeer.demo", "MUNICIPALITY_OFFICER", "Zoetermeer", "MUNICIPALITY", "GM0637"],
    ["financien@zoetermeer.demo", "FINANCE", "Zoetermeer", "MUNICIPALITY", "GM0637"],
    ["beheer@zoetermeer.demo", "MUNICIPALITY_ADMIN", "Zoetermeer", "MUNICIPALITY", "GM0637"],
    ["consulent@bergendal.demo", "MUNICIPALITY_OFFICER", "Berg en Dal", "MUNICIPALITY", "GM1945"],
  ])("lets demo account %s in as %s of %s", async (email, role, name, kind, code) => {
    const session = new GraphQLSession(portal.url);
    const login = await session.request(LOGIN, { input: { email, password: "demo" } });
    expect(login.data.login).toEqual({ user: { email, role }, userErrors: [] });
    const me = await session.request(ME);
    expect(me.data.me).toEqual({ email, role, organisation: { name, kind, code } });
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const wrongPassword = await new GraphQLSession(portal.url).request(LOGIN, { input: { email: "medewerker@horizon.demo", password: "geheim" } });
    const unknown = await new GraphQLSession(portal.url).request(LOGIN, { input: { email: "niemand@horizon.demo", password: "demo" } });
    expect(wrongPassword.data.login).toEqual(unknown.data.login);
    expect(wrongPassword.data.login).toEqual({
      user: null,
      userErrors: [
        { code: "INVALID_CREDENTIALS", field: null, message: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw." },
      ],
    });
  });

  it("sets an HttpOnly, SameSite session cookie and stores only its hash", async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: "medewerker@horizon.demo", password: "demo" } } }),
    });
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^viv_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie.slice("viv_session=".length, cookie.indexOf(";"));
    const stored = await portal.sql("SELECT 1 FROM user_session WHERE token_hash = sha256(convert_to($1, 'UTF8'))", [token]);
    expect(stored).toHaveLength(1);
    const plain = await portal.sql("SELECT 1 FROM user_session WHERE encode(token_hash, 'escape') = $1", [token]);
    expect(plain).toHaveLength(0);
  });
});

describe("without a session", () => {
  it.each([
    ["me", ME],
    ["deployments", "query { deployments { totalCount } }"],
    ["municipalities", "query { municipalities { code } }"],
    ["logHours", `mutation { logHours(input: { deploymentId: "x", date: "2026-01-01", minutes: 5 }) { userErrors { code } } }`],
  ])("refuses %s with UNAUTHENTICATED", async (_name, query) => {
    const result = await new GraphQLSession(portal.url).request(query);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(result.errors?.[0].message).toBe("U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.");
  });

  it("ends the session at logout, also for a copy of the cookie", async () => {
    const session = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const copy = Object.assign(Object.create(Object.getPrototypeOf(session)), session) as GraphQLSession;
    expect((await session.request("mutation { logout { ok } }")).data.logout.ok).toBe(true);
    const after = await copy.request(ME);
    expect(after.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("roles", () => {
  it("refuses a finance user who tries to log hours with FORBIDDEN", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const result = await finance.request(`mutation { logHours(input: { deploymentId: "x", date: "2026-01-01", minutes: 5 }) { userErrors { code } } }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});
