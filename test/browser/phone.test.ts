import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { axeReport, sidewaysScroll, startBrowserPortal } from "../support/browser.js";
import { daysAgo, maskedBsn, startDeployment, today, unmistakableBsns } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
const fresh = { bsn: "", id: "" };
const almostFull = { bsn: "", id: "" };

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  // Rows are found by the masked BSN they show: it must be theirs alone.
  [fresh.bsn, almostFull.bsn] = await unmistakableBsns(horizon, 2);
  fresh.id = await startDeployment(horizon, { residentBsn: fresh.bsn, startDate: daysAgo(10) });
  almostFull.id = await startDeployment(horizon, { residentBsn: almostFull.bsn, startDate: daysAgo(10) });
  for (const [date, minutes] of [[daysAgo(5), 1440], [daysAgo(4), 1440], [daysAgo(3), 90]] as const) {
    expect((await horizon.request(LOG_HOURS, { input: { deploymentId: almostFull.id, date, minutes } })).data.logHours.userErrors).toEqual([]);
  }
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
});
afterAll(() => stop?.());

const rowOf = (bsn: string) => page.getByRole("listitem").filter({ hasText: maskedBsn(bsn) });

describe("the portal on a phone (390 × 844)", () => {
  it("logs in without sideways scrolling", async () => {
    await page.goto(`${portal.url}/`);
    await page.getByLabel("E-mailadres").waitFor();
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-inloggen")).toBe("");
    await page.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
    await page.getByLabel("Wachtwoord").fill("demo");
    await page.getByRole("button", { name: "Inloggen" }).tap();
    await page.getByRole("heading", { level: 1, name: "Mijn inzetten" }).waitFor();
  });

  it("shows the list of deployments without sideways scrolling", async () => {
    await page.getByText(maskedBsn(fresh.bsn)).first().waitFor();
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-inzetten")).toBe("");
  });

  it("lets a provider log a day's hours in the day view, with a refusal per row", async () => {
    await page.goto(`${portal.url}/uren`);
    await page.getByRole("heading", { level: 1, name: "Vandaag" }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    await rowOf(fresh.bsn).waitFor();
    const freshField = rowOf(fresh.bsn).getByRole("textbox");
    expect((await freshField.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-vandaag")).toBe("");

    await freshField.fill("1:30");
    await rowOf(almostFull.bsn).getByRole("textbox").fill("2:00"); // 30 minutes of the 3000 left
    await page.getByRole("button", { name: "Dag opslaan" }).tap();
    await expect.poll(() => page.getByText(/inzet opgeslagen/).textContent()).toBe("1 inzet opgeslagen, 1 niet opgeslagen. De reden staat bij de inzet.");
    await expect.poll(() => rowOf(fresh.bsn).textContent()).toContain("1:30 geregistreerd op deze dag");
    const refused = rowOf(almostFull.bsn).getByRole("textbox");
    expect(await refused.getAttribute("aria-invalid")).toBe("true");
    expect(await refused.inputValue()).toBe("2:00");
    expect(await rowOf(almostFull.bsn).textContent()).toContain("Nog 0:30 van de 50:00 uur over in deze inzet.");
    await expect.poll(() => page.locator(":focus").getAttribute("aria-invalid")).toBe("true");
    expect(await axeReport(page, "telefoon-vandaag-geweigerd")).toBe("");

    // The day before: yesterday's field, saved as yesterday's entry.
    await page.getByRole("button", { name: "Vorige dag" }).tap();
    await expect.poll(() => page.url()).toContain(`dag=${addDays(today, -1)}`);
    // Yesterday's rows have loaded once today's figure is gone from the row.
    await expect.poll(async () => (await rowOf(fresh.bsn).count()) === 1 && !(await rowOf(fresh.bsn).textContent())!.includes("1:30 geregistreerd")).toBe(true);
    await rowOf(fresh.bsn).getByRole("textbox").fill("45");
    await page.getByRole("button", { name: "Dag opslaan" }).tap();
    await expect.poll(() => rowOf(fresh.bsn).textContent()).toContain("0:45 geregistreerd op deze dag");
    expect(await sidewaysScroll(page)).toEqual([]);

    const entries = await portal.sql<{ date: string; amount: number }>(
      "SELECT entry_date::text AS date, amount FROM hour_entry WHERE deployment_id = $1 AND deleted_at IS NULL ORDER BY entry_date",
      [fresh.id],
    );
    expect(entries).toEqual([{ date: addDays(today, -1), amount: 45 }, { date: today, amount: 90 }]);
    expect((await portal.sql("SELECT 1 FROM hour_entry WHERE deployment_id = $1 AND entry_date = $2", [almostFull.id, today])).length).toBe(0);
  });

  it("shows a deployment's page without sideways scrolling", async () => {
    await rowOf(fresh.bsn).getByRole("link").tap();
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("2:15 van 50:00 uur");
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-inzet")).toBe("");
  });
});
