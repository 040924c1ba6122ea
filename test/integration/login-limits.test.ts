import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let admin: GraphQLSession;
beforeAll(async () => {
  portal = await startTestPortal();
  admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
});
afterAll(() => portal?.stop());

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { user { email } userErrors { code field message } } }`;
/** One login attempt from a loopback address of its own (each test uses its own addresses). */
const attempt = (from: string, email: string, password: string, totp?: string, session = new GraphQLSession(portal.url, from)) =>
  session.request(LOGIN, { input: { email, password, totp } }).then((r) => ({ session, ...r.data.login }));

async function newAccount(email: string, role = "MUNICIPALITY_OFFICER"): Promise<string> {
  const made = await admin.request(`mutation { createUser(input: { email: "${email}", role: ${role} }) { initialPassword userErrors { code } } }`);
  expect(made.data.createUser.userErrors).toEqual([]);
  return made.data.createUser.initialPassword;
}

const codes = (results: Array<{ user: unknown; userErrors: Array<{ code: string }> }>) => {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = r.user ? "LOGGED_IN" : r.userErrors[0].code;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("login limits under a parallel burst", () => {
  it("does not log in the right password sent as the 60th of 60 parallel guesses from one address", async () => {
    const password = await newAccount("burst60@zoetermeer.nl");
    const wrong = Array.from({ length: 59 }, (_, i) => attempt("127.0.0.11", "burst60@zoetermeer.nl", `gok-${i}`));
    await new Promise((resolve) => setImmediate(resolve));
    const right = attempt("127.0.0.11", "burst60@zoetermeer.nl", password);
    const results = await Promise.all([...wrong, right]);
    expect(codes(results)).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 50 });
    expect((await right).user).toBeNull();
  });

  it("evaluates at most ten of 500 parallel wrong passwords", async () => {
    await newAccount("burst500@zoetermeer.nl");
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => attempt("127.0.0.12", "burst500@zoetermeer.nl", `gok-${i}`)));
    expect(codes(results)).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 490 });
    const [{ evaluated }] = await portal.sql<{ evaluated: number }>(
      "SELECT count(*)::int AS evaluated FROM audit_event WHERE action = 'auth.login' AND result = 'REFUSED' AND object_id = (SELECT id::text FROM app_user WHERE email = 'burst500@zoetermeer.nl')",
    );
    expect(evaluated).toBe(10);
  });
});

describe("no lock-out by strangers", () => {
  it("counts failures from addresses that never logged in against those addresses, not against the account", async () => {
    const password = await newAccount("doelwit2@zoetermeer.nl");
    expect((await attempt("127.0.0.21", "doelwit2@zoetermeer.nl", password)).user).toEqual({ email: "doelwit2@zoetermeer.nl" });

    for (const stranger of ["127.0.0.22", "127.0.0.23"]) {
      const results = [];
      for (let i = 0; i < 12; i++) results.push(await attempt(stranger, "doelwit2@zoetermeer.nl", `fout-${i}`));
      expect(codes(results)).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 2 });
      expect(results[11].userErrors[0].message).toMatch(/^Te veel mislukte pogingen\. Probeer het over 15 minuten opnieuw\.$/);
      // The stranger is blocked even with the right password.
      expect((await attempt(stranger, "doelwit2@zoetermeer.nl", password)).user).toBeNull();
    }
    // The real user still gets in, from the known address and from a new one.
    expect((await attempt("127.0.0.21", "doelwit2@zoetermeer.nl", password)).user).toEqual({ email: "doelwit2@zoetermeer.nl" });
    expect((await attempt("127.0.0.24", "doelwit2@zoetermeer.nl", password)).user).toEqual({ email: "doelwit2@zoetermeer.nl" });
  });

  it("slows failures from the account's own address down exponentially instead of blocking", async () => {
    const password = await newAccount("traag@zoetermeer.nl");
    expect((await attempt("127.0.0.31", "traag@zoetermeer.nl", password)).user).toEqual({ email: "traag@zoetermeer.nl" });
    const took: number[] = [];
    for (let i = 0; i < 12; i++) {
      const started = Date.now();
      expect((await attempt("127.0.0.31", "traag@zoetermeer.nl", `fout-${i}`)).userErrors[0].code).toBe("INVALID_CREDENTIALS");
      took.push(Date.now() - started);
    }
    // The 11th and 12th failures wait 1 and 2 seconds before the password is even checked.
    expect(took[10]).toBeGreaterThanOrEqual(1000);
    expect(took[11]).toBeGreaterThanOrEqual(2000);
    expect((await attempt("127.0.0.31", "traag@zoetermeer.nl", password)).user).toEqual({ email: "traag@zoetermeer.nl" });
  }, 30_000);

});

describe("enrolment binds one session", () => {
  it("upgrades only the session that entered the code and ends every other enrolment-only session", async () => {
    const password = await newAccount("tweefactor@zoetermeer.nl", "FINANCE");
    const mine = await attempt("127.0.0.51", "tweefactor@zoetermeer.nl", password);
    const old = await attempt("127.0.0.52", "tweefactor@zoetermeer.nl", password);
    expect((await old.session.request("{ me { secondFactorRequired } }")).data.me).toEqual({ secondFactorRequired: true });

    const { secret } = (await mine.session.request("mutation { startTotpEnrolment { secret } }")).data.startTotpEnrolment;
    const confirmed = await mine.session.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes userErrors { code } } }`);
    expect(confirmed.data.confirmTotpEnrolment.recoveryCodes).toHaveLength(10);

    expect((await mine.session.request("{ municipalities { code } }")).data.municipalities).toEqual([{ code: "GM0637" }]);
    const skipped = await old.session.request("{ municipalities { code } }");
    expect(skipped.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await old.session.request("{ me { id } }")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
