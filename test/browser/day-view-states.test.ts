import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../shared/dates.js";
import { axeReport, sidewaysScroll, startBrowserPortal } from "../support/browser.js";
import { daysAgo, maskedBsn, startDeployment, today, unmistakableBsns } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;

/**
 * One resident per state, so that a row is known by the masked BSN it shows: a running
 * kortdurende begeleiding, one waiting for the municipality, one declined, one at its 50 hours.
 * The running one started before last month, so it also has a row on a day of last month.
 */
const bsn = { running: "", pending: "", declined: "", atCap: "" };
let runningId = "";
// The last day of last month: the day whose month finance closes during the test.
const closedDay = addDays(`${today.slice(0, 7)}-01`, -1);
const lastMonth = closedDay.slice(0, 7);
const CLOSED_SENTENCE = "Deze maand is afgesloten: er kunnen geen uren meer bij.";

const rowOf = (residentBsn: string) => page.getByRole("listitem").filter({ hasText: maskedBsn(residentBsn) });
/** How many rows the day view gives the deployments that cannot take hours: it should give them none. */
const rowsOfTheOthers = async () => ({ pending: await rowOf(bsn.pending).count(), declined: await rowOf(bsn.declined).count(), atCap: await rowOf(bsn.atCap).count() });

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  [bsn.running, bsn.pending, bsn.declined, bsn.atCap] = await unmistakableBsns(horizon, 4);
  runningId = await startDeployment(horizon, { residentBsn: bsn.running, startDate: daysAgo(45) });
  // A resident who had kortdurende begeleiding before needs the municipality's approval for a new one.
  for (const which of ["pending", "declined"] as const) {
    await startDeployment(horizon, { residentBsn: bsn[which], startDate: daysAgo(120), endDate: daysAgo(90) });
    const created = await horizon.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM0637", residentBsn: bsn[which], voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: daysAgo(10) },
    });
    expect(created.data.createDeployment.userErrors.map((e: { code: string }) => e.code)).toEqual(["APPROVAL_REQUIRED"]);
    if (which === "declined") {
      const declined = await consulent.request(
        `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { userErrors { code } } }`,
        { input: { deploymentId: created.data.createDeployment.deployment.id, decision: "DECLINE", motivation: "Er loopt al een kortdurende begeleiding." } },
      );
      expect(declined.data.decideDeploymentApproval.userErrors).toEqual([]);
    }
  }
  const atCap = await startDeployment(horizon, { residentBsn: bsn.atCap, startDate: daysAgo(44) });
  for (const [day, minutes] of [[1, 1440], [2, 1440], [3, 120]]) {
    const logged = await horizon.request(LOG_HOURS, { input: { deploymentId: atCap, date: daysAgo(44 - day), minutes } });
    expect(logged.data.logHours.userErrors).toEqual([]);
  }

  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
  await page.goto(`${portal.url}/`);
  await page.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).tap();
  await page.getByRole("heading", { level: 1, name: "Mijn inzetten" }).waitFor();
});
afterAll(() => stop?.());

describe("the day view on a phone (390 × 844) follows the week grid's rules", () => {
  it("gives only a deployment that can take hours a row: none for one pending, declined or at its cap", async () => {
    await page.goto(`${portal.url}/uren`);
    await page.getByRole("heading", { level: 1, name: "Vandaag" }).waitFor();
    // All rows come from one answer: once the running one is there, so would the others be.
    await rowOf(bsn.running).waitFor();
    expect(await rowOf(bsn.running).count()).toBe(1);
    expect(await rowOf(bsn.running).textContent()).toContain("Kortdurende individuele begeleiding");
    expect(await rowOf(bsn.running).getByRole("textbox").isEditable()).toBe(true);
    expect(await rowsOfTheOthers()).toEqual({ pending: 0, declined: 0, atCap: 0 });
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-vandaag-statussen")).toBe("");
  });

  it("closes a day of a closed month with the reason, and does not send a time typed before the month closed", async () => {
    await page.goto(`${portal.url}/uren?dag=${closedDay}`);
    await rowOf(bsn.running).waitFor();
    const field = rowOf(bsn.running).getByRole("textbox");
    expect(await field.isEditable()).toBe(true);
    expect(await rowOf(bsn.running).textContent()).not.toContain(CLOSED_SENTENCE);
    await field.fill("1:00");

    // The municipality (functioneel beheer) closes last month while the time is still in the field, unsaved.
    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const closed = await admin.request(`mutation C($m: String!) { closePeriod(municipalityCode: "GM0637", month: $m) { userErrors { code } } }`, { m: lastMonth });
    expect(closed.data.closePeriod.userErrors).toEqual([]);

    // A day back and forth again: the day view asks the server anew and learns the month is closed.
    await page.getByRole("button", { name: "Vorige dag" }).tap();
    await expect.poll(() => page.url()).toContain(`dag=${addDays(closedDay, -1)}`);
    await page.getByRole("button", { name: "Volgende dag" }).tap();
    await expect.poll(() => page.url()).toContain(`dag=${closedDay}`);
    await expect.poll(() => rowOf(bsn.running).locator(".viv-day__hint").textContent()).toBe(CLOSED_SENTENCE);

    // The day is closed for Zoetermeer's deployments (a month closes per municipality: the demo's
    // Groesbeek deployment keeps its open field): the field takes no time, the one typed is gone.
    expect(await field.isDisabled()).toBe(true);
    expect(await field.inputValue()).toBe("");
    expect(await rowsOfTheOthers()).toEqual({ pending: 0, declined: 0, atCap: 0 });
    await page.getByRole("button", { name: "Dag opslaan" }).tap();
    // What the day view says after Dag opslaan (its live region under the button).
    await expect.poll(() => page.locator(".viv-day__actions [aria-live=polite]").textContent()).toBe("Er is niets ingevuld om op te slaan.");
    expect(await portal.sql("SELECT 1 FROM hour_entry WHERE deployment_id = $1", [runningId])).toEqual([]);
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeReport(page, "telefoon-dag-afgesloten")).toBe("");
  });
});
