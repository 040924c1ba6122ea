import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../shared/dates.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { today } from "../support/fixtures.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

describe("tariffs and closed months by functioneel beheer", () => {
  it("closes last month and sets a tariff, and refuses a month that has not ended", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Tarieven en perioden" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tarieven en perioden");

    await page.getByLabel("Maand", { exact: true }).fill(today.slice(0, 7));
    await page.getByRole("button", { name: "Maand afsluiten" }).click();
    await expect.poll(() => page.getByRole("alert").first().isVisible()).toBe(true);

    const lastMonth = addMonths(today, -1).slice(0, 7);
    await page.getByLabel("Maand", { exact: true }).fill(lastMonth);
    await page.getByRole("button", { name: "Maand afsluiten" }).click();
    await expect.poll(() => page.getByText(/is afgesloten\.$/).isVisible()).toBe(true);
    const [closed] = await portal.sql<{ month: string }>("SELECT to_char(month, 'YYYY-MM') AS month FROM closed_period");
    expect(closed.month.slice(0, 7)).toBe(lastMonth);

    await page.getByLabel("Dienstverlener").selectOption({ label: "Welzijn De Linde" });
    await page.getByLabel("Voorziening").selectOption("RECREATIEVE_DAGBESTEDING");
    await page.getByLabel("Bedrag in euro's").fill("58,75");
    await page.getByLabel("Geldig vanaf").fill(today);
    await page.getByRole("button", { name: "Tarief vastleggen" }).click();
    await expect.poll(() => page.getByText("Het tarief is vastgelegd.").isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("cell", { name: "€ 58,75 per uur" }).isVisible()).toBe(true);
    expect(await axeReport(page, "tarieven-en-perioden")).toBe("");
  });
});
