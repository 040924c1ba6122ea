import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, formatDutchDate } from "../../shared/dates.js";
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

/** The demo's Groesbeek middellang traject that waits for the Berg en Dal consulent. */
const DEMO_WAITING_BSN = "******009";

describe("a municipality that grants first (Berg en Dal)", () => {
  it("shows the Berg en Dal consulent the waiting traject with the reason in Dutch, and approves it", async () => {
    const officer = await newPage(browser);
    await logIn(officer, portal.url, "consulent@bergendal.demo", "Berg en Dal");
    await officer.getByRole("link", { name: "Goedkeuringen" }).click();
    await officer.getByRole("heading", { level: 1, name: "Goedkeuringen" }).waitFor();
    const row = officer.getByRole("row").filter({ hasText: DEMO_WAITING_BSN });
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Begeleiding middellang");
    expect(text).toContain("Toekenning door de gemeente: geen maatwerkindicatie die deze inzet dekt");
    expect(text).not.toContain("GRANT_FIRST");
    expect(await axeReport(officer, "gemeente-goedkeuringen-berg-en-dal")).toBe("");

    await row.getByLabel(/^Motivering/).fill("Toegekend na het gesprek met het Sociaal Team.");
    await row.getByRole("button", { name: /^Goedkeuren/ }).click();
    await expect.poll(() => officer.locator("p.viv-status").textContent(), { timeout: 10_000 }).toContain("goedgekeurd.");
    await expect.poll(() => row.count()).toBe(0);
    const [stored] = await portal.sql<{ approval_status: string }>(
      `SELECT d.approval_status FROM deployment d JOIN municipality m ON m.id = d.municipality_id WHERE m.code = 'GM1945' AND d.voorziening_code = 'BEGELEIDING_MIDDELLANG'`,
    );
    expect(stored).toEqual({ approval_status: "APPROVED" });
  });

  it("lets functioneel beheer choose the grant for a voorziening in a new catalogue version, in Dutch", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Catalogus" }).click();
    const select = page.getByLabel("Recreatieve dagbesteding: goedkeuring gemeente");
    await select.waitFor();
    expect(await select.locator("option").allTextContents()).toEqual([
      "Niet nodig",
      "Bij een tweede inzet of tijdens maatwerkbegeleiding",
      "Altijd (toekenning door de gemeente), tenzij een maatwerkindicatie de inzet dekt",
    ]);
    await select.selectOption({ label: "Altijd (toekenning door de gemeente), tenzij een maatwerkindicatie de inzet dekt" });
    await page.getByText("Altijd nodig (toekenning door de gemeente), tenzij de inzet volgt op een vastgelegde maatwerkindicatie").first().waitFor();

    const from = addDays(today, 50);
    await page.getByLabel("Geldig vanaf").fill(from);
    await page.getByRole("button", { name: "Versie vastleggen" }).click();
    await page.getByText(`De nieuwe versie geldt vanaf ${formatDutchDate(from)}.`).waitFor();
    expect(await axeReport(page, "catalogus-goedkeuring")).toBe("");

    const rows = await portal.sql<{ valid_from: string; approval: string }>(
      `SELECT cv.valid_from::text, v.approval FROM catalogue_version cv JOIN voorziening v ON v.municipality_id = cv.municipality_id AND v.catalogue_version_id = cv.id
        JOIN municipality m ON m.id = cv.municipality_id WHERE m.code = 'GM0637' AND v.code = 'RECREATIEVE_DAGBESTEDING' ORDER BY cv.valid_from`,
    );
    expect(rows.map((r) => r.approval)).toEqual(["NONE", "GRANT_FIRST"]);
    expect(rows[1].valid_from).toBe(from);
  });
});
