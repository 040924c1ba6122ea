import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  // An officer with a confirmed second factor, who has lost the phone.
  const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
  const { initialPassword } = (await admin.request(`mutation { createUser(input: { email: "telefoonkwijt@zoetermeer.nl", role: MUNICIPALITY_OFFICER }) { initialPassword } }`)).data.createUser;
  const officer = new GraphQLSession(portal.url);
  await officer.request(`mutation L($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email: "telefoonkwijt@zoetermeer.nl", password: initialPassword } });
  const { secret } = (await officer.request("mutation { startTotpEnrolment { secret } }")).data.startTotpEnrolment;
  await officer.request(`mutation { confirmTotpEnrolment(code: "${currentTotp(secret)}") { recoveryCodes } }`);
  page = await newPage(browser);
});
afterAll(() => stop?.());

describe("resetting a second factor in the portal", () => {
  it("asks a reason, then shows the account without a second factor", async () => {
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.goto(`${portal.url}/beheer/accounts`);
    const row = page.getByRole("row").filter({ hasText: "telefoonkwijt@zoetermeer.nl" });
    await expect.poll(() => row.textContent()).toContain("Ingesteld");
    await row.getByRole("button", { name: /^Opnieuw laten instellen/ }).click();
    await row.getByRole("button", { name: "Tweede factor verwijderen" }).click();
    await expect.poll(() => row.textContent()).toContain("Geef een reden op: die komt in de audittrail.");
    expect(await row.getByLabel("Reden").getAttribute("aria-invalid")).toBe("true");
    expect(await axeReport(page, "beheer-tweede-factor-reden")).toBe("");

    await row.getByLabel("Reden").fill("Telefoon kwijt, gebeld op 3 december.");
    await row.getByRole("button", { name: "Tweede factor verwijderen" }).click();
    await expect.poll(() => row.textContent()).toContain("Niet ingesteld");
    expect(await row.getByRole("button", { name: /^Opnieuw laten instellen/ }).count()).toBe(0);
    const [event] = await portal.sql<{ reason: string }>("SELECT reason FROM audit_event WHERE action = 'account.secondFactorReset'");
    expect(event.reason).toBe("Telefoon kwijt, gebeld op 3 december.");
    expect(await axeReport(page, "beheer-tweede-factor-verwijderd")).toBe("");
  });
});
