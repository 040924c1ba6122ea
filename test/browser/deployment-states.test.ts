import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, formatDateField, formatDutchDate, formatDutchMonth, startOfIsoWeek } from "../../shared/dates.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment, today } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

/** One resident with a running recreatieve dagbesteding and two later kortdurende begeleidingen (pending, declined), one at its cap, one ended. */
const resident = freshBsn();
const atCapBsn = freshBsn();
const endedBsn = freshBsn();
const starts = { running: daysAgo(45), pending: daysAgo(10), declined: daysAgo(5), atCap: daysAgo(44), ended: daysAgo(60) };
const ids: Record<keyof typeof starts, string> = { running: "", pending: "", declined: "", atCap: "", ended: "" };

const masked = (bsn: string) => `******${bsn.slice(-3)}`;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  // The resident had kortdurende begeleiding before, so a new one waits for the municipality; it
  // runs beside recreatieve dagbesteding (two kortdurende at once would be refused: the cap is the resident's).
  await startDeployment(horizon, { residentBsn: resident, startDate: daysAgo(120), endDate: daysAgo(90) });
  ids.running = await startDeployment(horizon, { residentBsn: resident, startDate: starts.running, voorzieningCode: "RECREATIEVE_DAGBESTEDING" });
  // Declined first: a declined one no longer counts, so the pending one may follow it.
  for (const which of ["declined", "pending"] as const) {
    const created = await horizon.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM0637", residentBsn: resident, voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: starts[which] },
    });
    expect(created.data.createDeployment.userErrors.map((e: { code: string }) => e.code)).toEqual(["APPROVAL_REQUIRED"]);
    ids[which] = created.data.createDeployment.deployment.id;
    if (which === "declined") {
      const declined = await consulent.request(
        `mutation D($input: DecideDeploymentApprovalInput!) { decideDeploymentApproval(input: $input) { userErrors { code } } }`,
        { input: { deploymentId: ids.declined, decision: "DECLINE", motivation: "Er loopt al een kortdurende begeleiding." } },
      );
      expect(declined.data.decideDeploymentApproval.userErrors).toEqual([]);
    }
  }
  ids.atCap = await startDeployment(horizon, { residentBsn: atCapBsn, startDate: starts.atCap });
  for (const [day, minutes] of [[1, 1440], [2, 1440], [3, 120]]) {
    const logged = await horizon.request(LOG_HOURS, { input: { deploymentId: ids.atCap, date: addDays(starts.atCap, day), minutes } });
    expect(logged.data.logHours.userErrors).toEqual([]);
  }
  ids.ended = await startDeployment(horizon, { residentBsn: endedBsn, startDate: starts.ended, endDate: daysAgo(20) });
});
afterAll(() => stop?.());

const listRow = (page: Page, bsn: string, start: string): Locator =>
  page.locator("tbody tr").filter({ hasText: masked(bsn) }).filter({ hasText: formatDutchDate(start) });

describe("the state of a deployment, shown as it is", () => {
  it("tells each state apart in the list, with its own word and badge", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await listRow(page, resident, starts.running).waitFor();
    const expected: Array<[string, string, string, string]> = [
      [resident, starts.running, "Lopend", "active"],
      [resident, starts.pending, "Wacht op goedkeuring", "warning"],
      [resident, starts.declined, "Afgewezen", "danger"],
      [atCapBsn, starts.atCap, "Op het maximum", "safe"],
      [endedBsn, starts.ended, "Beëindigd", "inactive"],
    ];
    for (const [bsn, start, word, badge] of expected) {
      const badgeEl = listRow(page, bsn, start).locator(".utrecht-status-badge");
      expect(await badgeEl.textContent()).toBe(word);
      expect(await badgeEl.getAttribute("class")).toContain(`utrecht-status-badge--${badge}`);
    }
    expect(await axeReport(page, "inzetten-statussen")).toBe("");
  });

  it("offers Uren registreren only where hours can be written, and says why not elsewhere", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    const cases: Array<[keyof typeof ids, string, string | null]> = [
      ["running", "Lopend", null],
      ["pending", "Wacht op goedkeuring", "Deze inzet wacht op goedkeuring van de gemeente. U kunt uren registreren zodra de gemeente de inzet heeft goedgekeurd."],
      ["declined", "Afgewezen", "De gemeente heeft deze inzet afgewezen. Op deze inzet kunnen geen uren worden geregistreerd."],
      ["atCap", "Op het maximum", "Het maximum van deze periode is bereikt. U kunt pas weer uren registreren in de volgende periode."],
      ["ended", "Beëindigd", `Deze inzet is beëindigd op ${formatDutchDate(daysAgo(20))}. U kunt alleen nog uren registreren op dagen tot en met die datum.`],
    ];
    for (const [which, word, why] of cases) {
      await page.goto(`${portal.url}/inzetten/${ids[which]}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expect.poll(() => page.locator(".viv-summary .utrecht-status-badge").textContent()).toBe(word);
      const form = await page.getByRole("heading", { name: "Uren registreren" }).count();
      expect(form, which).toBe(which === "running" || which === "ended" ? 1 : 0);
      if (why) expect(await page.locator(".viv-no-hours").textContent()).toBe(why);
      else expect(await page.locator(".viv-no-hours").count()).toBe(0);
      // An ended deployment's form starts on its last day, which it still takes.
      if (which === "ended") expect(await page.getByLabel("Datum", { exact: true }).inputValue()).toBe(formatDateField(daysAgo(20)));
    }
    // The municipality's decision reads as a sentence, its motivation as its own.
    await page.goto(`${portal.url}/inzetten/${ids.declined}`);
    await expect
      .poll(() => page.locator(".viv-summary").textContent())
      .toContain("De gemeente heeft de inzet afgewezen. Motivering van de gemeente: Er loopt al een kortdurende begeleiding.");
    expect(await axeReport(page, "inzet-afgewezen")).toBe("");
  });

  it("says Op het maximum, from the server, as soon as the form saves the minutes that fill the cap", async () => {
    const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const start = daysAgo(40);
    const id = await startDeployment(horizon, { residentBsn: freshBsn(), startDate: start });
    for (const [day, minutes] of [[1, 1440], [2, 1440], [3, 110]]) {
      const logged = await horizon.request(LOG_HOURS, { input: { deploymentId: id, date: addDays(start, day), minutes } });
      expect(logged.data.logHours.userErrors).toEqual([]);
    }
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.goto(`${portal.url}/inzetten/${id}`);
    await expect.poll(() => page.locator(".viv-summary .utrecht-status-badge").textContent()).toBe("Lopend");
    await page.getByLabel("Datum", { exact: true }).fill(formatDateField(daysAgo(1)));
    await page.getByLabel("Tijd (uu:mm, uren of minuten)").fill("0:10");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    // No reload: the state the server answers after the save.
    await expect.poll(() => page.locator(".viv-summary .utrecht-status-badge").textContent()).toBe("Op het maximum");
    expect(await page.locator(".viv-no-hours").textContent()).toBe("Het maximum van deze periode is bereikt. U kunt pas weer uren registreren in de volgende periode.");
    expect(await page.getByRole("heading", { name: "Uren registreren" }).count()).toBe(0);
  });

  it("gives only running deployments a row in the Urenweek, names the others with the reason, and closes days of a closed month", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    // The week that holds the last day of last month: a day in the month that is about to close.
    const lastOfLastMonth = addDays(`${today.slice(0, 7)}-01`, -1);
    const monday = startOfIsoWeek(lastOfLastMonth);
    await page.goto(`${portal.url}/uren?week=${monday}`);
    const rows = page.locator("tbody.viv-week__deployment");
    await rows.first().waitFor();
    const residentRows = rows.filter({ hasText: masked(resident) });
    expect(await residentRows.count()).toBe(1);
    expect(await residentRows.textContent()).toContain(`vanaf ${formatDutchDate(starts.running)}`);
    expect(await rows.filter({ hasText: masked(atCapBsn) }).count()).toBe(0);

    const others = page.locator(".viv-week__others li");
    expect(await others.filter({ hasText: formatDutchDate(starts.pending) }).textContent()).toContain("Wacht op goedkeuring");
    expect(await others.filter({ hasText: formatDutchDate(starts.declined) }).textContent()).toContain("Afgewezen");
    expect(await others.filter({ hasText: masked(atCapBsn) }).textContent()).toContain("Op het maximum");

    const cell = residentRows.locator(`input[data-week-date="${lastOfLastMonth}"]`);
    expect(await cell.isDisabled()).toBe(false);
    // A bare number up to 24 is hours, and the cell says so before anything is saved.
    await cell.fill("4");
    await expect.poll(() => residentRows.locator(".viv-week__echo").textContent()).toBe("= 4:00 uur");
    await cell.fill("");
    expect(await axeReport(page, "urenweek-statussen")).toBe("");

    const admin = await new GraphQLSession(portal.url).login("beheer@zoetermeer.demo");
    const month = addMonths(today, -1).slice(0, 7);
    const closed = await admin.request(
      `mutation C($m: String!) { closePeriod(municipalityCode: "GM0637", month: $m) { userErrors { code } } }`,
      { m: month },
    );
    expect(closed.data.closePeriod.userErrors).toEqual([]);
    await page.reload();
    await residentRows.waitFor();
    await expect.poll(() => cell.isDisabled()).toBe(true);
    expect(await page.locator(".viv-week__closed").textContent()).toContain(
      `${formatDutchMonth(month)} is afgesloten door de gemeente: op dagen in die maand kunnen geen uren meer worden geregistreerd.`,
    );
  });
});
