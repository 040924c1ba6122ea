import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

let portal: TestPortal;
let zoetermeerAdmin: GraphQLSession;
let horizonAdmin: GraphQLSession;

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { user { email } userErrors { code field } } }`;
const RESET = `mutation R($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) { account { email secondFactor } userErrors { code field message } } }`;
const reset = (admin: GraphQLSession, userId: string, reason = "Telefoon kwijt, gemeld bij de servicedesk.") => admin.request(RESET, { input: { userId, reason } });

/** An account made by `admin`, logged in once and with a confirmed second factor. */
async function enrolledUser(admin: GraphQLSession, email: string, role: string) {
  const made = await admin.request(`mutation { createUser(input: { email: "${email}", role: ${role} }) { account { id } initialPassword } }`);
  const { account, initialPassword: password } = made.data.createUser;
  const session = new GraphQLSession(portal.url);
  await session.request(LOGIN, { input: { email, password } });
  const { secret } = (await session.request("mutation { startTotpEnrolment { secret } }")).data.startTotpEnrolment;
  const codes = (await session.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes } }`)).data.confirmTotpEnrolment.recoveryCodes;
  expect(codes).toHaveLength(10);
  return { id: account.id as string, email, password: password as string, secret: secret as string, session };
}
const factorOf = async (id: string) =>
  (await portal.sql<{ enabled: boolean; codes: number }>(
    "SELECT totp_enabled_at IS NOT NULL AS enabled, (SELECT count(*)::int FROM recovery_code WHERE user_id = $1) AS codes FROM app_user WHERE id = $1",
    [id],
  ))[0];

beforeAll(async () => {
  portal = await startTestPortal();
  zoetermeerAdmin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
  horizonAdmin = await new GraphQLSession(portal.url).login("beheer@horizon.demo");
});
afterAll(() => portal?.stop());

describe("an admin resets a user's lost second factor", () => {
  it("takes the factor and recovery codes away, ends the sessions, audits the reason; the user enrols again at the next login", async () => {
    const user = await enrolledUser(zoetermeerAdmin, "kwijt@zoetermeer.nl", "MUNICIPALITY_OFFICER");
    expect(await factorOf(user.id)).toEqual({ enabled: true, codes: 10 });

    const result = await reset(zoetermeerAdmin, user.id);
    expect(result.data.resetSecondFactor).toEqual({ account: { email: "kwijt@zoetermeer.nl", secondFactor: false }, userErrors: [] });
    expect(await factorOf(user.id)).toEqual({ enabled: false, codes: 0 });
    expect((await user.session.request("{ me { email } }")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    // Next login: the password alone, and then nothing but setting up a new factor.
    const next = new GraphQLSession(portal.url);
    expect((await next.request(LOGIN, { input: { email: user.email, password: user.password } })).data.login).toEqual({ user: { email: user.email }, userErrors: [] });
    expect((await next.request("{ me { secondFactorRequired } }")).data.me).toEqual({ secondFactorRequired: true });
    expect((await next.request("{ municipalities { code } }")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const { secret } = (await next.request("mutation { startTotpEnrolment { secret } }")).data.startTotpEnrolment;
    expect(secret).not.toBe(user.secret);
    await next.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes } }`);
    expect((await next.request("{ municipalities { code } }")).data.municipalities).toEqual([{ code: "GM0637" }]);

    const audit = await zoetermeerAdmin.request(`{ auditEvents(filter: { action: "account.secondFactorReset" }) { actorEmail objectType objectId result reason } }`);
    expect(audit.data.auditEvents).toEqual([
      { actorEmail: "beheer@zoetermeer.demo", objectType: "user", objectId: user.id, result: "OK", reason: "Telefoon kwijt, gemeld bij de servicedesk." },
    ]);
  });

  it("lets a provider admin reset the organisation's own people", async () => {
    const employee = await enrolledUser(horizonAdmin, "veldwerker@horizon.demo", "PROVIDER_EMPLOYEE");
    expect((await reset(horizonAdmin, employee.id)).data.resetSecondFactor.userErrors).toEqual([]);
    expect(await factorOf(employee.id)).toEqual({ enabled: false, codes: 0 });
    const [row] = await portal.sql<{ reason: string }>("SELECT reason FROM audit_event WHERE action = 'account.secondFactorReset' AND object_id = $1", [employee.id]);
    expect(row.reason).toBe("Telefoon kwijt, gemeld bij de servicedesk.");
  });

  it("answers NOT_FOUND for another organisation's or municipality's user, and changes nothing", async () => {
    const officer = await enrolledUser(zoetermeerAdmin, "ander@zoetermeer.nl", "MUNICIPALITY_OFFICER");
    const employee = await enrolledUser(horizonAdmin, "ander@horizon.demo", "PROVIDER_EMPLOYEE");
    const [{ id: bergenDal }] = await portal.sql<{ id: string }>("SELECT id FROM app_user WHERE email = 'consulent@bergendal.demo'");
    const [{ id: deLinde }] = await portal.sql<{ id: string }>("SELECT id FROM app_user WHERE email = 'medewerker@delinde.demo'");
    for (const [admin, userId] of [[horizonAdmin, officer.id], [horizonAdmin, deLinde], [zoetermeerAdmin, employee.id], [zoetermeerAdmin, bergenDal]] as const) {
      expect((await reset(admin, userId)).data.resetSecondFactor).toEqual({
        account: null,
        userErrors: [{ code: "NOT_FOUND", field: "userId", message: "Dit account bestaat niet, of u beheert het niet." }],
      });
    }
    expect(await factorOf(officer.id)).toEqual({ enabled: true, codes: 10 });
    expect(await factorOf(employee.id)).toEqual({ enabled: true, codes: 10 });
    expect((await officer.session.request("{ me { email } }")).data.me).toEqual({ email: officer.email });
  });

  it("asks a reason, refuses the admin's own factor, and is not for other roles", async () => {
    const user = await enrolledUser(zoetermeerAdmin, "reden@zoetermeer.nl", "FINANCE");
    expect((await reset(zoetermeerAdmin, user.id, "  ")).data.resetSecondFactor.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "reason" }]);
    const [{ id: self }] = await portal.sql<{ id: string }>("SELECT id FROM app_user WHERE email = 'beheer@zoetermeer.demo'");
    expect((await reset(zoetermeerAdmin, self)).data.resetSecondFactor.userErrors).toMatchObject([{ code: "INVALID_INPUT", field: "userId" }]);
    const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    expect((await reset(consulent, user.id)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await factorOf(user.id)).toEqual({ enabled: true, codes: 10 });
  });
});
