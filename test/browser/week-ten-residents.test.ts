import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfIsoWeek } from "../../shared/dates.js";
import { logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
const RESIDENTS = 10;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  const deLinde = await new GraphQLSession(portal.url).login("medewerker@delinde.demo");
  for (let i = 0; i < RESIDENTS; i++) {
    await startDeployment(deLinde, { voorzieningCode: "RECREATIEVE_DAGBESTEDING", residentBsn: freshBsn(), startDate: daysAgo(40) });
  }
});
afterAll(() => stop?.());

describe("a week's administration for ten residents", () => {
  it("takes one keystroke per character and a few per cell, and saves all fifty days", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@delinde.demo", "Welzijn De Linde");
    const monday = addDays(startOfIsoWeek(today), -7);
    await page.goto(`${portal.url}/uren?week=${monday}`);
    const rows = page.locator(".viv-week__deployment");
    await expect.poll(() => rows.count()).toBe(RESIDENTS + 1); // and the demo's kortdurende begeleiding, the newest, first

    let keystrokes = 0;
    const type = async (text: string) => {
      keystrokes += text.length;
      await page.keyboard.type(text);
    };
    const press = async (key: string) => {
      keystrokes += 1;
      await page.keyboard.press(key);
    };

    // Monday to Friday, 1:30 a day, row after row: Tab to the next day; from Friday, Tab past
    // Saturday, Sunday and the next row's link to its Monday.
    await rows.nth(1).locator(`input[data-week-date="${monday}"]`).focus();
    for (let r = 0; r < RESIDENTS; r++) {
      for (let day = 0; day < 5; day++) {
        await type("1:30");
        if (day < 4) await press("Tab");
      }
      if (r < RESIDENTS - 1) for (let t = 0; t < 4; t++) await press("Tab");
    }
    await press("Enter");
    await expect.poll(() => page.locator(".viv-week__summary").textContent(), { timeout: 20_000 }).toBe("50 cellen opgeslagen.");

    const [{ entries, minutes }] = await portal.sql<{ entries: number; minutes: number }>(
      `SELECT count(*)::int AS entries, SUM(e.amount)::int AS minutes FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id
        WHERE d.voorziening_code = 'RECREATIEVE_DAGBESTEDING' AND e.entry_date BETWEEN $1 AND $2`,
      [monday, addDays(monday, 4)],
    );
    expect({ entries, minutes }).toEqual({ entries: 50, minutes: 50 * 90 });
    // Every keystroke counted: 200 characters, 76 Tabs and one Enter. At a modest 150
    // keystrokes a minute that is under two minutes of typing (reported in the README).
    expect(keystrokes).toBe(277);
  });
});
