import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

/** Fails with every violation axe found on the screen as it is now. */
async function scan(page: Page, screen: string): Promise<void> {
  expect(await axeReport(page, screen), `axe found violations on ${screen}`).toBe("");
}

/** Waits for the screen to have finished loading: its first heading holds the text. */
async function heading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole("heading", { level: 1 }).first().textContent()).toBe(text);
}

describe("every screen passes an axe scan (WCAG 2.2 AA tags)", () => {
  it("login, also with a refused login", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.url}/`);
    await heading(page, "Inloggen");
    await scan(page, "inloggen");
    await page.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
    await page.getByLabel("Wachtwoord").fill("fout");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("alert").waitFor();
    await scan(page, "inloggen-mislukt");
  });

  it("the screens of a provider employee", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await heading(page, "Mijn inzetten");
    await page.getByRole("table").waitFor();
    await scan(page, "mijn-inzetten");

    await page.getByLabel("Status").selectOption("ACTIVE");
    await page.getByLabel("Laatste 3 cijfers BSN").fill("662");
    await expect.poll(() => page.getByRole("row").count()).toBe(2);
    await scan(page, "mijn-inzetten-gefilterd");

    await page.getByRole("link", { name: "Nieuwe inzet" }).click();
    await heading(page, "Nieuwe inzet");
    await page.getByLabel("Gemeente").selectOption("GM0637");
    await page.getByLabel("Voorziening").selectOption("KORTDURENDE_BEGELEIDING");
    await page.getByText("Maximaal 50:00 uur").waitFor();
    await scan(page, "nieuwe-inzet");
    await page.getByLabel("BSN van de inwoner").fill("123456789");
    await page.getByRole("button", { name: "Inzet starten" }).click();
    await page.getByText("Controleer uw invoer").waitFor();
    await scan(page, "nieuwe-inzet-fouten");

    await page.getByRole("link", { name: "Mijn inzetten" }).click();
    await page.getByRole("link", { name: "Recreatieve dagbesteding" }).click();
    await heading(page, "Recreatieve dagbesteding");
    await scan(page, "inzet");
    await page.getByLabel("Tijd (uu:mm, uren of minuten)").fill("veel");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await page.locator("#hours-duration-error").getByText("Schrijf de tijd als 1:30 of 1,5.").waitFor();
    await scan(page, "inzet-fout");

    await page.getByRole("link", { name: "Urenweek" }).click();
    await heading(page, "Urenweek");
    await page.getByRole("button", { name: "Week opslaan" }).waitFor();
    await scan(page, "urenweek-deze-week");
    await page.getByRole("button", { name: "Vorige week" }).click();
    await page.locator("input[data-week-date]:not(:disabled)").nth(1).fill("1:00");
    await page.locator("input[data-week-date]:not(:disabled)").nth(2).fill("nee");
    await page.getByRole("button", { name: "Week opslaan" }).click();
    await page.getByText("1 cel opgeslagen, 1 niet opgeslagen").waitFor();
    await scan(page, "urenweek-na-opslaan");

    await page.goto(`${portal.url}/bestaat-niet`);
    await heading(page, "Pagina niet gevonden");
    await scan(page, "niet-gevonden");
    await page.goto(`${portal.url}/inzetten/00000000-0000-4000-8000-000000000000`);
    await heading(page, "Inzet niet gevonden");
    await scan(page, "inzet-niet-gevonden");
  });

  it("the screens of a municipality officer", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await heading(page, "Inzetten");
    await page.getByRole("table").waitFor();
    await scan(page, "gemeente-inzetten");
    await page.getByRole("link", { name: "Kortdurende individuele begeleiding" }).first().click();
    await heading(page, "Kortdurende individuele begeleiding");
    await scan(page, "gemeente-inzet");
    await page.goto(`${portal.url}/uren`);
    await heading(page, "Pagina niet gevonden");
  });

  it("the screen of a finance officer", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "financien@zoetermeer.demo", "Zoetermeer");
    await heading(page, "VIV-portaal");
    await scan(page, "financien");
  });
});
