import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, formatDutchMonth } from "../../shared/dates.js";
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
  it("closes last month only after asking, offers no month that has not ended, and sets a tariff", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Tarieven en perioden" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tarieven en perioden");

    // No month is chosen for the user, and a month that has not ended is not offered.
    const select = page.getByLabel("Maand", { exact: true });
    expect(await select.inputValue()).toBe("");
    expect(await select.locator(`option[value="${today.slice(0, 7)}"]`).count()).toBe(0);

    // Closing asks first, in words; "Annuleren" closes nothing.
    const lastMonth = addMonths(today, -1).slice(0, 7);
    const name = formatDutchMonth(lastMonth);
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    await select.selectOption(lastMonth);
    await page.getByRole("button", { name: `${title} afsluiten` }).click();
    await expect.poll(() => page.getByText(`${title} afsluiten: daarna verandert het overzicht van ${name.split(" ")[0]} niet meer.`).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Annuleren" }).click();
    expect(await portal.sql("SELECT 1 FROM closed_period")).toEqual([]);

    await page.getByRole("button", { name: `${title} afsluiten` }).click();
    await page.getByRole("button", { name: `Ja, ${name} afsluiten` }).click();
    await expect.poll(() => page.getByText(`${title} is afgesloten.`).isVisible()).toBe(true);
    const [closed] = await portal.sql<{ month: string }>("SELECT to_char(month, 'YYYY-MM') AS month FROM closed_period");
    expect(closed.month.slice(0, 7)).toBe(lastMonth);
    // Listed in words, and no longer offered.
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: `${name}, afgesloten door beheer@zoetermeer.demo` }).isVisible()).toBe(true);
    expect(await select.locator(`option[value="${lastMonth}"]`).count()).toBe(0);

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
