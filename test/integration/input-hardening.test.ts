import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/modules/auth/passwords.js";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { daysAgo, startDeployment } from "../support/fixtures.js";
import { CORRECT_HOURS, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Issue #17, the low items: every bad input gets a clear refusal, never an internal error. */
let portal: TestPortal;
let horizon: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
});
afterAll(() => portal?.stop());

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { user { email } userErrors { code field message } } }`;

describe("text the portal cannot store", () => {
  it("refuses a NUL character in any text field as INVALID_INPUT", async () => {
    const id = await startDeployment(horizon, {});
    const note = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 30, note: "bezoek\u0000thuis" } });
    expect(note.errors?.[0]).toMatchObject({ message: 'Het veld "note" bevat een teken dat niet is toegestaan (NUL).', extensions: { code: "INVALID_INPUT" } });
    const login = await new GraphQLSession(portal.url).request(LOGIN, { input: { email: "a\u0000@horizon.demo", password: "demo" } });
    expect(login.errors?.[0].extensions?.code).toBe("INVALID_INPUT");
    const [{ entries }] = await portal.sql<{ entries: number }>("SELECT count(*)::int AS entries FROM hour_entry WHERE deployment_id = $1", [id]);
    expect(entries).toBe(0);
  });

  it("refuses a login e-mail longer than 254 characters as INVALID_INPUT, and answers one of 250 as a wrong password", async () => {
    const long = await new GraphQLSession(portal.url).request(LOGIN, { input: { email: `${"a".repeat(290)}@horizon.demo`, password: "demo" } });
    expect(long.errors?.[0]).toMatchObject({ message: 'Het veld "email" is te lang: ten hoogste 254 tekens.', extensions: { code: "INVALID_INPUT" } });
    const fits = await new GraphQLSession(portal.url).request(LOGIN, { input: { email: `${"b".repeat(237)}@horizon.demo`, password: "demo" } });
    expect(fits.data.login.userErrors).toMatchObject([{ code: "INVALID_CREDENTIALS" }]);
  });

  it("refuses a note that holds a BSN, also written in groups", async () => {
    const id = await startDeployment(horizon, {});
    for (const note of ["Inwoner 111222333 gebeld", "bsn 1112.22.333"]) {
      const result = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 30, note } });
      expect(result.data.logHours.userErrors).toEqual([
        {
          code: "INVALID_INPUT",
          field: "note",
          message: "De notitie lijkt een BSN te bevatten (negen cijfers die de elfproef halen). Zet geen BSN in vrije tekst: de inzet hoort al bij de inwoner. Is het een ander nummer, schrijf het dan anders.",
          capUsage: null,
        },
      ]);
    }
    // Nine digits that fail the elfproef (a phone number, say) are fine.
    expect((await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 30, note: "terugbellen 0612345678 of 111222334" } })).data.logHours.userErrors).toEqual([]);
  });
});

describe("far dates", () => {
  it("refuses 9999-12-31 for hours and 9999-12 for closing a month, with a clear message", async () => {
    const id = await startDeployment(horizon, {});
    const logged = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 30 } });
    const correct = await horizon.request(CORRECT_HOURS, { input: { entryId: logged.data.logHours.entry.id, date: "9999-12-31", minutes: 30, reason: "test" } });
    expect(correct.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(correct.errors?.[0].message).toContain("Geen geldige datum: gebruik JJJJ-MM-DD. Het jaar ligt tussen 1900 en 2199.");

    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const close = await admin.request(`mutation { closePeriod(municipalityCode: "GM0637", month: "9999-12") { period { month } userErrors { code field message } } }`);
    expect(close.data.closePeriod).toEqual({ period: null, userErrors: [{ code: "INVALID_INPUT", field: "month", message: "Geef de maand op als JJJJ-MM, bijvoorbeeld 2026-10." }] });
  });

  it("answers a download over more than five years, or from after to, with 400 and a Dutch message", async () => {
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const cookie = (finance as unknown as { cookie: string }).cookie;
    const get = (from: string, to: string) => fetch(`${portal.url}/exports/usage.csv?municipalityCode=GM0637&from=${from}&to=${to}`, { headers: { cookie } });
    const tooLong = await get("2000-01-01", "2026-01-01");
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ errors: [{ message: "Een overzicht beslaat ten hoogste vijf jaar.", extensions: { code: "BAD_USER_INPUT" } }] });
    const reversed = await get("2026-02-01", "2026-01-01");
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toEqual({ errors: [{ message: "De begindatum ligt na de einddatum.", extensions: { code: "BAD_USER_INPUT" } }] });
  });
});

describe("accounts and tokens", () => {
  it("lets an admin create accounts only in the organisation's own domains, without telling whether an address exists elsewhere", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    const create = (email: string) => admin.request(`mutation M($e: String!) { createUser(input: { email: $e, role: PROVIDER_EMPLOYEE }) { account { email } userErrors { code field message } } }`, { e: email });
    const refusal = { account: null, userErrors: [{ code: "INVALID_INPUT", field: "email", message: "Maak alleen accounts aan met een e-mailadres van uw eigen organisatie (@horizon.demo)." }] };
    expect((await create("consulent@zoetermeer.demo")).data.createUser).toEqual(refusal);
    expect((await create("bestaat-niet@zoetermeer.demo")).data.createUser).toEqual(refusal);
    expect((await create("nieuw@horizon.demo")).data.createUser).toEqual({ account: { email: "nieuw@horizon.demo" }, userErrors: [] });
  });

  it("gives an API token no BSN reveal, and ends it with its creator's deactivation", async () => {
    const admin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
    const made = await admin.request(`mutation { createUser(input: { email: "tweede@horizon.demo", role: PROVIDER_ADMIN }) { initialPassword account { id } } }`);
    const { initialPassword, account } = made.data.createUser;
    const second = new GraphQLSession(portal.url);
    await second.request(LOGIN, { input: { email: "tweede@horizon.demo", password: initialPassword } });
    const { secret } = (await second.request("mutation { startTotpEnrolment { secret } }")).data.startTotpEnrolment;
    await second.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes } }`);
    const { token } = (await second.request(`mutation { createApiToken(name: "Planning") { token } }`)).data.createApiToken;

    const bearer = (query: string) =>
      fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then(
        (r) => r.json() as Promise<any>,
      );
    const list = await bearer("{ deployments(first: 1) { edges { node { resident { id } } } } }");
    const residentId = list.data.deployments.edges[0].node.resident.id;
    const reveal = await bearer(`mutation { revealResidentBsn(residentId: "${residentId}") { bsn } }`);
    expect(reveal.errors[0].extensions.code).toBe("FORBIDDEN");

    await admin.request(`mutation { deactivateUser(userId: "${account.id}") { userErrors { code } } }`);
    expect((await bearer("{ me { id } }")).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("in production", () => {
  it("refuses demo accounts already in the database, and suggests no enum values", async () => {
    const production = await startTestPortal({ production: true });
    try {
      const providerId = randomUUID();
      await production.sql("INSERT INTO provider (id, name) VALUES ($1, 'Oud demo-bedrijf')", [providerId]);
      const hash = await hashPassword("demo");
      for (const [email, demo] of [["oud@horizon.demo", true], ["echt@bedrijf.nl", false]] as const) {
        await production.sql("INSERT INTO app_user (email, password_hash, role, provider_id, demo) VALUES ($1, $2, 'PROVIDER_EMPLOYEE', $3, $4)", [email, hash, providerId, demo]);
      }
      const login = (email: string) => new GraphQLSession(production.url).request(LOGIN, { input: { email, password: "demo" } });
      expect((await login("oud@horizon.demo")).data.login.userErrors).toMatchObject([{ code: "INVALID_CREDENTIALS" }]);
      expect((await login("echt@bedrijf.nl")).data.login.user).toEqual({ email: "echt@bedrijf.nl" });

      const typo = await new GraphQLSession(production.url).request(`mutation M($r: Role!) { createUser(input: { email: "x@bedrijf.nl", role: $r }) { userErrors { code } } }`, { r: "FINANCEX" });
      expect(typo.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean|"FINANCE"/);
    } finally {
      await production.stop();
    }
  });
});
