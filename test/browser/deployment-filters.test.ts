import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, newPage, screenshotPath, startBrowserPortal } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

/** The masked BSNs in the list, top to bottom. */
async function listedBsns(page: Page): Promise<string[]> {
  return page.locator("tbody tr td:nth-child(2)").allTextContents();
}

describe("the deployment list's filters", () => {
  it("filters by municipality, voorziening and status in the URL, and by BSN digits only in the browser", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    // The demo's ten deployments of Zorggroep Horizon, newest start first: the first, 009, is the
    // Berg en Dal middellang traject that waits for the municipality's grant.
    const all = ["009", "914", "932", "323", "662", "038", "639", "977", "639", "977"].map((d) => `******${d}`);
    await expect.poll(() => listedBsns(page)).toEqual(all);

    await page.getByLabel("Gemeente").selectOption("GM0637");
    await expect.poll(() => listedBsns(page)).toEqual(all.filter((b) => b !== "******932" && b !== "******009"));
    await page.getByLabel("Voorziening").selectOption("KORTDURENDE_BEGELEIDING");
    const kortdurend = ["******914", "******662", "******639", "******977"];
    await expect.poll(() => listedBsns(page)).toEqual(kortdurend);
    expect(new URL(page.url()).search).toBe("?gemeente=GM0637&voorziening=KORTDURENDE_BEGELEIDING");

    // The filters survive a reload: they are in the URL.
    await page.reload();
    await expect.poll(() => listedBsns(page)).toEqual(kortdurend);
    await expect.poll(() => page.getByLabel("Voorziening").inputValue()).toBe("KORTDURENDE_BEGELEIDING");

    // Typing a whole BSN finds the deployment by its last three digits; nothing of it reaches the URL.
    await page.getByLabel("Laatste 3 cijfers BSN").fill("908301662");
    await expect.poll(() => listedBsns(page)).toEqual(["******662"]);
    expect(await page.getByText("1 inzet gevonden.").isVisible()).toBe(true);
    await page.getByLabel("Laatste 3 cijfers BSN").press("Enter");
    expect(page.url()).not.toMatch(/662|908301/);
    await page.screenshot({ path: await screenshotPath("mijn-inzetten-zoeken"), fullPage: true });

    await page.getByLabel("Laatste 3 cijfers BSN").fill("1");
    await expect.poll(() => page.locator(".viv-result-count").textContent()).toBe(
      "Geen inzetten gevonden met deze laatste cijfers van het BSN.",
    );

    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect.poll(() => listedBsns(page)).toEqual(all);
    expect(new URL(page.url()).search).toBe("");

    // The kortdurende begeleiding before each waakvlamcontact has ended.
    await page.getByLabel("Status").selectOption("ENDED");
    await expect.poll(() => listedBsns(page)).toEqual(["******639", "******977"]);
    expect(new URL(page.url()).search).toBe("?status=ENDED");
    await page.getByLabel("Status").selectOption("PLANNED");
    await expect.poll(() => page.locator(".viv-result-count").textContent()).toBe(
      "Geen inzetten gevonden die bij de filters passen.",
    );
  });
});
