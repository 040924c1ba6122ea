import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPath, sidewaysScroll, startBrowserPortal } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

async function phoneAs(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${portal.url}/`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("button", { name: "Uitloggen" }).waitFor();
  return page;
}

const SCREENS: Array<[string, string[]]> = [
  ["medewerker@horizon.demo", ["/", "/uren", "/inzetten/nieuw", "/meldingen", "/account"]],
  ["beheer@horizon.demo", ["/beheer/accounts", "/beheer/api-tokens"]],
  ["consulent@zoetermeer.demo", ["/", "/gemeente/beoordelingen", "/gemeente/goedkeuringen", "/gemeente/indicaties", "/gemeente/jaaroverzicht", "/financien", "/audit", "/meldingen"]],
  ["financien@zoetermeer.demo", ["/financien"]],
  ["beheer@zoetermeer.demo", ["/beheer/accounts", "/beheer/dienstverleners", "/beheer/catalogus", "/beheer/financien"]],
];

describe("every screen at 390 px wide", () => {
  it.each(SCREENS)("scrolls nothing sideways for %s", async (email, paths) => {
    const page = await phoneAs(email);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${portal.url}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      for (const box of await sidewaysScroll(page)) found.push(`${path}: ${box}`);
      await page.screenshot({ path: await screenshotPath(`telefoon${path.replace(/\//g, "-")}-${email.replace(/[@.]/g, "-")}`), fullPage: true });
    }
    await page.context().close();
    expect(found).toEqual([]);
  });
});
