import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfIsoWeek, todayInNetherlands } from "../../shared/dates.js";
import { newPage, screenshotPath, startBrowserPortal } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

/**
 * What has the focus, described the way the test looks for it: "input:<its label>" (a grid
 * cell: "input:<its date>"), or "<tag>:<its text>".
 */
async function focused(page: Page): Promise<string> {
  // One look in the page: asked in several steps, the focus could move between them (a locator
  // for ":focus" found once and then waited for) while the portal was still settling.
  return page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    const tag = el.tagName.toLowerCase();
    if (tag !== "input") return tag + ":" + (el.textContent ?? "").trim();
    const date = el.getAttribute("data-week-date");
    if (date) return "input:" + date;
    return "input:" + (document.querySelector('label[for="' + el.id + '"]')?.textContent ?? "");
  })()`);
}

/** Presses Tab until the focus is on what `wanted` describes; fails after 40 presses. */
async function tabTo(page: Page, wanted: string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now === wanted) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${wanted}; it went through: ${seen.join(" | ")}`);
}

describe("a provider employee using only the keyboard", () => {
  it("logs in and logs hours for last week in the Urenweek grid, without a click", async () => {
    const today = todayInNetherlands();
    const lastMonday = addDays(startOfIsoWeek(today), -7);
    // The demo's newest deployment started 12 days ago: on a Sunday that is last Tuesday.
    const first = [lastMonday, addDays(today, -12)].sort()[1];
    const page = await newPage(browser);
    await page.goto(`${portal.url}/`);

    await tabTo(page, "input:E-mailadres");
    await page.keyboard.type("medewerker@horizon.demo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("demo");
    await page.keyboard.press("Enter");
    await page.getByText("Zorggroep Horizon").first().waitFor();

    await tabTo(page, "a:Urenweek");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Urenweek");
    await tabTo(page, "button:Vorige week");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain(`week=${lastMonday}`);

    // Reading order: the first open cell of the first deployment, then Tab to its next day.
    await tabTo(page, `input:${first}`);
    await page.keyboard.type("1:15");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`input:${addDays(first, 1)}`);
    await page.keyboard.type("0,75");
    // Arrow down: the same day in the next deployment's row.
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(`input:${addDays(first, 1)}`);
    await page.keyboard.type("30");
    // Enter in a cell saves the whole week.
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator(".viv-week__summary").textContent()).toBe("3 cellen opgeslagen.");
    const usage = page.getByTestId("week-usage");
    // The demo's first two deployments: 1:45 and 4:30 logged before.
    expect(await usage.nth(0).textContent()).toBe("3:45 van 50:00 uur");
    expect(await usage.nth(1).textContent()).toBe("5:00 van 52:00 uur");
    expect(await page.locator(".viv-week__saved").allTextContents()).toEqual([
      "1:15 opgeslagen",
      "0:45 opgeslagen",
      "0:30 opgeslagen",
    ]);
    // The focus stays in the grid, in the cell where Enter was pressed, now empty for the next entry.
    expect(await focused(page)).toBe(`input:${addDays(first, 1)}`);
    expect(await page.locator(":focus").inputValue()).toBe("");
    await page.screenshot({ path: await screenshotPath("urenweek-toetsenbord"), fullPage: true });
  });
});
