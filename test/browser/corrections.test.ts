import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, formatDutchDate, todayInNetherlands } from "../../shared/dates.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

const today = todayInNetherlands();
const twoHoursOn = addDays(today, -5);
const oneHourOn = addDays(today, -3);

/** A kortdurende begeleiding of our own with two entries: 2:00 and 1:00. */
async function deploymentWithTwoEntries(): Promise<string> {
  const api = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const created = await api.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM0637", residentBsn: "123456745", voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: addDays(today, -10) },
  });
  const id: string = created.data.createDeployment.deployment.id;
  for (const [date, minutes] of [[twoHoursOn, 120], [oneHourOn, 60]] as const) {
    const logged = await api.request(LOG_HOURS, { input: { deploymentId: id, date, minutes } });
    expect(logged.data.logHours.userErrors).toEqual([]);
  }
  return id;
}

const entryRow = (page: Page, date: string): Locator =>
  page.locator("table.viv-entries tbody tr").filter({ hasText: formatDutchDate(date) });

async function historyOf(page: Page, date: string): Promise<string> {
  const details = entryRow(page, date).locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  return (await details.textContent()) ?? "";
}

describe("correcting and deleting hours on the deployment page", () => {
  it("asks a reason, refuses what the rules refuse, and keeps every change in the history", async () => {
    const id = await deploymentWithTwoEntries();
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.goto(`${portal.url}/inzetten/${id}`);
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("3:00 van 50:00 uur");

    // Correct 2:00 to 1:30: without a reason it is not sent.
    await entryRow(page, twoHoursOn).getByRole("button", { name: /^Corrigeren/ }).click();
    const form = page.getByRole("form", { name: "Registratie corrigeren" });
    // A bare 2 would be two hours; the field says what it understood before anything is saved.
    await form.getByLabel("Tijd (uu:mm, uren of minuten)").fill("2");
    await expect.poll(() => form.getByText("= 2:00 uur").isVisible()).toBe(true);
    await form.getByLabel("Tijd (uu:mm, uren of minuten)").fill("1:30");
    await expect.poll(() => form.getByText("= 1:30 uur").isVisible()).toBe(true);
    await form.getByRole("button", { name: "Correctie opslaan" }).click();
    const reason = form.getByLabel("Reden");
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await form.textContent()).toContain("Geef een reden op: die blijft zichtbaar in de geschiedenis.");
    expect(await axeReport(page, "inzet-corrigeren")).toBe("");

    // A date after today is refused by the server, in words, at the date field.
    await form.getByLabel("Datum", { exact: true }).fill(addDays(today, 1));
    await reason.fill("Verkeerd overgenomen uit de agenda");
    await form.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect.poll(() => form.textContent()).toContain("Uren kunnen niet vooruit worden geschreven");
    expect(await form.getByLabel("Datum", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("cap-usage").textContent()).toContain("3:00 van 50:00 uur");

    await form.getByLabel("Datum", { exact: true }).fill(twoHoursOn);
    await form.getByRole("button", { name: "Correctie opslaan" }).click();
    await expect.poll(() => page.locator(".viv-entries__status").textContent()).toBe("De correctie is opgeslagen.");
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("2:30 van 50:00 uur");
    expect(await entryRow(page, twoHoursOn).locator("td").nth(1).textContent()).toBe("1:30");
    expect(await historyOf(page, twoHoursOn)).toContain(
      `Gecorrigeerd van 2:00 op ${formatDutchDate(twoHoursOn)} naar 1:30 op ${formatDutchDate(twoHoursOn)}. Reden: Verkeerd overgenomen uit de agenda`,
    );

    // Delete the 1:00: it leaves the count, stays in the list as deleted, with its reason.
    await entryRow(page, oneHourOn).getByRole("button", { name: /^Verwijderen/ }).click();
    const deletion = page.getByRole("form", { name: "Registratie verwijderen" });
    await deletion.getByLabel("Reden").fill("Dubbel geregistreerd");
    await deletion.getByRole("button", { name: "Definitief verwijderen" }).click();
    await expect.poll(() => page.locator(".viv-entries__status").textContent()).toBe(
      `1:00 op ${formatDutchDate(oneHourOn)} is verwijderd.`,
    );
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("1:30 van 50:00 uur");
    expect(await entryRow(page, oneHourOn).textContent()).toContain("Verwijderd");
    expect(await entryRow(page, oneHourOn).getByRole("button", { name: /^Corrigeren/ }).count()).toBe(0);
    expect(await historyOf(page, oneHourOn)).toContain(`Verwijderd (was 1:00 op ${formatDutchDate(oneHourOn)}). Reden: Dubbel geregistreerd`);
    expect(await axeReport(page, "inzet-geschiedenis")).toBe("");

    const [{ total }] = await portal.sql<{ total: number }>(
      `SELECT SUM(e.amount)::int AS total FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id
         JOIN resident r ON r.id = d.resident_id WHERE r.bsn_hint = '745' AND e.deleted_at IS NULL`,
    );
    expect(total).toBe(90);
  });

  it("shows a municipality officer the history but no way to change it", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Kortdurende individuele begeleiding" }).first().click();
    await expect.poll(() => page.locator("table.viv-entries tbody tr").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /^Corrigeren/ }).count()).toBe(0);
    await page.locator("table.viv-entries summary").first().click();
    expect(await page.locator("table.viv-entries details").first().textContent()).toContain("Geregistreerd: ");
  });
});
