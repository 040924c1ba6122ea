import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentTotp } from "../../server/modules/auth/second-factor.js";
import { axeReport, logIn, logOut, newPage, startBrowserPortal, submitLogin } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

async function scan(page: Page, screen: string): Promise<void> {
  expect(await axeReport(page, screen), `axe found violations on ${screen}`).toBe("");
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
/** The portal itself is shown (whatever finance's start page holds): its header has Mijn account. */
const inPortal = (page: Page) => page.getByRole("link", { name: "Mijn account" }).waitFor();

describe("the second factor, from a new account to a login with a code", () => {
  it("a new finance account sets up its second factor at first login and then needs a code", async () => {
    const email = "nieuw.financien@zoetermeer.demo";
    const page = await newPage(browser);

    // The municipality's admin makes the account and sees its first password once.
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Accounts" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Accounts");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Rol").selectOption("FINANCE");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    const password = (await page.getByTestId("initial-password").textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const row = page.getByRole("row").filter({ hasText: email });
    await expect.poll(() => row.textContent()).toContain("Niet ingesteld");
    expect(await row.textContent()).toContain("Financiën");
    await scan(page, "accounts-aangemaakt");
    await logOut(page);

    // First login: only the enrolment page, whatever the address.
    await submitLogin(page, email, password);
    await expect.poll(() => heading(page).textContent()).toBe("Tweede factor instellen");
    expect(await page.getByRole("navigation").count()).toBe(0);
    await scan(page, "tweede-factor-verplicht");
    await page.goto(`${portal.url}/beheer/accounts`);
    await expect.poll(() => heading(page).textContent()).toBe("Tweede factor instellen");

    await page.getByRole("button", { name: "Sleutel aanmaken" }).click();
    const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.getByTestId("totp-uri").textContent()).toContain(`otpauth://totp/VIV-portaal:${encodeURIComponent(email)}`);
    expect(await page.textContent("main")).toContain("voer deze sleutel in uw app in");
    await scan(page, "tweede-factor-sleutel");

    // A code that is not six digits is refused before it is sent.
    await page.getByLabel("Code uit uw authenticator-app").fill("12345");
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await expect.poll(() => page.getByLabel("Code uit uw authenticator-app").getAttribute("aria-invalid")).toBe("true");
    await scan(page, "tweede-factor-sleutel-fout");

    await page.getByLabel("Code uit uw authenticator-app").fill(currentTotp(secret));
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await page.getByRole("heading", { name: "Uw herstelcodes" }).waitFor();
    const codes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await page.textContent("main")).toContain("U ziet ze maar één keer");
    await scan(page, "tweede-factor-herstelcodes");

    // On to the portal, which now shows the finance start page and its own account.
    await page.getByRole("button", { name: "Verder naar het portaal" }).click();
    await inPortal(page);
    await logOut(page);

    // Password alone is not enough any more: the code field appears.
    await submitLogin(page, email, password);
    const code = page.getByLabel("Code uit uw authenticator-app");
    await code.waitFor();
    expect(await page.getByRole("status").textContent()).toContain("Vul de code uit uw authenticator-app in");
    await expect.poll(() => page.locator(":focus").getAttribute("id")).toBe("login-totp");
    await scan(page, "inloggen-code");

    // A wrong code is refused at the code field.
    const wrong = String((Number(currentTotp(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    await code.fill(wrong);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Deze code klopt niet");
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    await scan(page, "inloggen-code-fout");

    // The code that confirmed the enrolment is used up; the app's next one (one step of drift allowed) works.
    await code.fill(currentTotp(secret, 30_000));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await inPortal(page);
    expect(await page.getByText("Zoetermeer").count()).toBeGreaterThan(0);
    await logOut(page);

    // A recovery code works instead of the app's code, once.
    for (const expectation of ["works", "refused"] as const) {
      await submitLogin(page, email, password);
      await code.waitFor();
      await code.fill(codes[0].toLowerCase());
      await page.getByRole("button", { name: "Inloggen" }).click();
      if (expectation === "works") {
        await inPortal(page);
        await logOut(page);
      } else {
        await expect.poll(() => page.getByRole("alert").textContent()).toContain("Deze code klopt niet");
      }
    }
  });

  it("says so when there were too many failed attempts", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.url}/`);
    let alert = "";
    for (let i = 0; i < 15 && !alert.includes("Te veel mislukte pogingen"); i++) {
      // Each attempt gets its answer before the next one is sent.
      await Promise.all([page.waitForResponse((r) => r.url().endsWith("/graphql")), submitLogin(page, "medewerker@delinde.demo", `fout-${i}`)]);
      await page.getByRole("alert").waitFor();
      alert = (await page.getByRole("alert").textContent()) ?? "";
    }
    expect(alert).toContain("Te veel mislukte pogingen");
    await scan(page, "inloggen-te-veel-pogingen");
  });
});
