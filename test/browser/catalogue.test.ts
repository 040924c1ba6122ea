import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
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

describe("catalogue management by functioneel beheer", () => {
  it("refuses a version that would change the past, and adds one from a future date with a lower maximum", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Catalogus" }).click();
    await expect.poll(() => page.getByRole("row").count()).toBe(2); // header and the demo's one version

    // What is in force, every voorziening, also the one without a cap, in words with its policy sentence.
    const rule = (name: string) => page.locator("article.viv-catalogue-rule").filter({ has: page.getByRole("heading", { name, exact: true }) });
    expect(await page.locator("article.viv-catalogue-rule").count()).toBe(4);
    const dagbesteding = (await rule("Recreatieve dagbesteding").textContent()) ?? "";
    expect(dagbesteding).toContain("Geen maximum.");
    const kort = (await rule("Kortdurende individuele begeleiding").textContent()) ?? "";
    expect(kort).toContain("50:00 uur per inzet.");
    expect(kort).toContain("Nodig voor een tweede inzet voor dezelfde inwoner");
    const zorg = (await rule("Zorgcoördinatie").textContent()) ?? "";
    expect(zorg).toContain("50:00 uur per half jaar.");
    expect(zorg).toContain("Alleen bij een lopende maatwerkindicatie");
    const waakvlam = (await rule("Waakvlamcontact").textContent()) ?? "";
    expect(waakvlam).toContain("De gemeente beoordeelt elke 12 maanden of de inzet nog nodig is.");
    expect(waakvlam).toContain("maximaal 15 uur per jaar");
    expect(await page.locator("main").textContent()).not.toMatch(/seeds\/|\.txt/);

    await page.getByLabel("Geldig vanaf").fill(today);
    await page.getByRole("button", { name: "Versie vastleggen" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Een nieuwe versie gaat op zijn vroegst morgen in");

    const from = addDays(today, 40);
    await page.getByLabel("Geldig vanaf").fill(from);
    await page.getByLabel("Naam van de versie").fill("Vrij inzetbare voorzieningen Zoetermeer 2027");
    await page.getByLabel("Kortdurende individuele begeleiding: maximum (uren)").fill("40");
    await page.getByRole("button", { name: "Versie vastleggen" }).click();
    await expect.poll(() => page.getByRole("row").count()).toBe(3);
    expect(await axeReport(page, "catalogus")).toBe("");

    const rows = await portal.sql<{ valid_from: string; cap_amount: number }>(
      `SELECT cv.valid_from::text, v.cap_amount FROM catalogue_version cv JOIN voorziening v ON v.catalogue_version_id = cv.id
        JOIN municipality m ON m.id = cv.municipality_id WHERE m.code = 'GM0637' AND v.code = 'KORTDURENDE_BEGELEIDING' ORDER BY cv.valid_from`,
    );
    expect(rows.map((r) => r.cap_amount)).toEqual([3000, 2400]);
    expect(rows[1].valid_from).toBe(from);
  });
});
