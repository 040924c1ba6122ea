import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_LABELS } from "../../shared/roles.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
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
const menu = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

describe("account management, providers and Mijn account", () => {
  it("shows each role only the menu items it may use", async () => {
    // Only the items of these screens: other menu items belong to other screens' tests.
    const ours = ["Audittrail", "Accounts", "API-tokens", "Dienstverleners"];
    const expected: [string, string, string[]][] = [
      ["medewerker@horizon.demo", "Zorggroep Horizon", []],
      ["beheer@horizon.demo", "Zorggroep Horizon", ["Accounts", "API-tokens"]],
      ["consulent@zoetermeer.demo", "Zoetermeer", ["Audittrail"]],
      ["beheer@zoetermeer.demo", "Zoetermeer", ["Audittrail", "Accounts", "Dienstverleners"]],
    ];
    for (const [email, organisation, items] of expected) {
      const page = await newPage(browser);
      await logIn(page, portal.url, email, organisation);
      const shown = await menu(page).getByRole("link").allTextContents();
      expect(shown.filter((item) => ours.includes(item)), email).toEqual(items);
      expect(await page.getByRole("link", { name: "Mijn account" }).count(), email).toBe(1);
      await page.context().close();
    }
  });

  it("a provider admin offers provider roles only, and deactivates an account after a confirmation", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@horizon.demo", "Zorggroep Horizon");
    await menu(page).getByRole("link", { name: "Accounts" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Accounts");
    const options = await page.getByLabel("Rol").locator("option").allTextContents();
    expect(options).toEqual(["Kies een rol", ROLE_LABELS.PROVIDER_EMPLOYEE, ROLE_LABELS.PROVIDER_ADMIN]);
    await scan(page, "accounts-dienstverlener");

    // Without input nothing is sent; an address that is taken is refused at its field.
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect.poll(() => page.getByLabel("E-mailadres").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Rol").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
    await page.getByLabel("Rol").selectOption("PROVIDER_EMPLOYEE");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await page.getByText("Er is al een account met dit e-mailadres.").waitFor();
    await scan(page, "accounts-fout");

    const row = page.getByRole("row").filter({ hasText: "medewerker@horizon.demo" });
    await row.getByRole("button", { name: "Uitschakelen medewerker@horizon.demo" }).click();
    await row.getByText("Weet u zeker dat u het account van medewerker@horizon.demo wilt uitschakelen?").waitFor();
    await scan(page, "accounts-uitschakelen");
    await row.getByRole("button", { name: "Annuleren" }).click();
    await expect.poll(() => row.getByRole("button", { name: "Uitschakelen medewerker@horizon.demo" }).count()).toBe(1);

    await row.getByRole("button", { name: "Uitschakelen medewerker@horizon.demo" }).click();
    await row.getByRole("button", { name: "Ja, uitschakelen" }).click();
    await expect.poll(() => row.textContent()).toContain("Uitgeschakeld");
    expect(await row.getByRole("button").count()).toBe(0);

    // The account cannot log in any more.
    const other = await newPage(browser);
    await other.goto(`${portal.url}/`);
    await other.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
    await other.getByLabel("Wachtwoord").fill("demo");
    await other.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => other.getByRole("alert").textContent()).toContain("horen niet bij elkaar");
  });

  it("a municipality admin adds a provider with its first admin, and a contract with it", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await menu(page).getByRole("link", { name: "Dienstverleners" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Dienstverleners");
    await scan(page, "dienstverleners");

    await page.getByLabel("Naam van de dienstverlener").fill("Stichting De Brug");
    await page.getByLabel("E-mailadres van de eerste beheerder").fill("beheer@debrug.demo");
    await page.getByRole("button", { name: "Dienstverlener aanmaken" }).click();
    const password = (await page.getByTestId("initial-password").textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await scan(page, "dienstverlener-aangemaakt");
    const [{ id: providerId }] = await portal.sql<{ id: string }>("SELECT id FROM provider WHERE name = 'Stichting De Brug'");

    // Providers are listed with their contracts, and chosen by name: no id to type.
    const listed = page.locator("table.viv-providers tbody tr").filter({ hasText: "Stichting De Brug" });
    await expect.poll(() => listed.textContent()).toMatch(/^Stichting De Brug(Vanaf|Van) /);
    expect(await page.locator("main").textContent()).not.toContain(providerId);

    await page.getByRole("button", { name: "Contract vastleggen" }).click();
    await page.getByText("Kies de dienstverlener.").first().waitFor();
    expect(await page.getByLabel("Dienstverlener", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await scan(page, "contract-fout");

    await page.getByLabel("Dienstverlener", { exact: true }).selectOption({ label: "Stichting De Brug" });
    await page.getByLabel("Geldig vanaf").fill("1-1-2027");
    await page.getByLabel("Geldig tot en met (niet verplicht)").fill("31-12-2027");
    await page.getByRole("button", { name: "Contract vastleggen" }).click();
    await page.getByText("Het contract is vastgelegd, vanaf 1 januari 2027 tot en met 31 december 2027.").waitFor();
    await expect.poll(() => listed.textContent()).toContain("Van 1 januari 2027 tot en met 31 december 2027 (nog niet ingegaan).");
    await scan(page, "contract-vastgelegd");
    const contracts = await portal.sql("SELECT valid_from::text, valid_to::text FROM contract WHERE provider_id = $1 ORDER BY valid_from", [providerId]);
    expect(contracts).toHaveLength(2);
    expect(contracts[1]).toEqual({ valid_from: "2027-01-01", valid_to: "2027-12-31" });
  });

  it("Mijn account shows who is logged in and logs out everywhere", async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await logIn(first, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await logIn(second, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");

    await first.getByRole("link", { name: "Mijn account" }).click();
    await expect.poll(() => heading(first).textContent()).toBe("Mijn account");
    await first.getByText("consulent@zoetermeer.demo").first().waitFor();
    expect(await first.textContent("main")).toContain(ROLE_LABELS.MUNICIPALITY_OFFICER);
    await scan(first, "mijn-account");

    // Starting a second factor shows the key; it is not needed to leave the page again.
    await first.getByRole("button", { name: "Tweede factor instellen" }).click();
    await first.getByTestId("totp-secret").waitFor();
    await scan(first, "mijn-account-tweede-factor");

    await first.getByRole("button", { name: "Overal uitloggen" }).click();
    await expect.poll(() => heading(first).textContent()).toBe("Inloggen");
    // The other browser's session has ended too.
    await second.reload();
    await expect.poll(() => heading(second).textContent()).toBe("Inloggen");
  });
});
