import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, formatDutchDate, todayInNetherlands } from "../../shared/dates.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

const today = todayInNetherlands();

describe("Inzet beëindigen on the deployment page", () => {
  it("asks for confirmation, refuses a date before the last hours in words, and ends the deployment", async () => {
    const api = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const id = await startDeployment(api, { residentBsn: freshBsn(), startDate: addDays(today, -30) });
    const lastHours = addDays(today, -10);
    expect((await api.request(LOG_HOURS, { input: { deploymentId: id, date: lastHours, minutes: 90 } })).data.logHours.userErrors).toEqual([]);

    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.goto(`${portal.url}/inzetten/${id}`);
    const section = page.getByRole("region", { name: "Inzet beëindigen" });
    await section.getByLabel("Einddatum").fill(addDays(today, -12));
    await section.getByLabel("Reden").fill("Doelen bereikt; de inwoner redt zich weer.");

    // Cancel first: nothing happens, the button is back.
    await section.getByRole("button", { name: "Inzet beëindigen" }).click();
    expect(await section.textContent()).toContain(`Weet u zeker dat u deze inzet beëindigt per ${formatDutchDate(addDays(today, -12))}?`);
    expect(await axeReport(page, "inzet-beeindigen-vraag")).toBe("");
    await section.getByRole("button", { name: "Annuleren" }).click();
    await section.getByRole("button", { name: "Inzet beëindigen" }).click();
    await section.getByRole("button", { name: "Ja, inzet beëindigen" }).click();
    await expect.poll(() => section.textContent()).toContain(`Op deze inzet staan uren tot en met ${formatDutchDate(lastHours)}`);

    const endDate = addDays(today, -2);
    await section.getByLabel("Einddatum").fill(endDate);
    await section.getByRole("button", { name: "Inzet beëindigen" }).click();
    await section.getByRole("button", { name: "Ja, inzet beëindigen" }).click();
    await expect.poll(() => page.locator("body").textContent()).toContain(`De inzet is beëindigd per ${formatDutchDate(endDate)}.`);
    const summary = (await page.locator(".viv-summary").textContent()) ?? "";
    expect(summary).toContain(formatDutchDate(endDate));
    expect(summary).toContain("Doelen bereikt; de inwoner redt zich weer.");
    expect(summary).toContain("Beëindigd");
    expect(await page.getByRole("button", { name: "Inzet beëindigen" }).count()).toBe(0);
    expect(await axeReport(page, "inzet-beeindigd")).toBe("");
    const [row] = await portal.sql<{ end: string }>("SELECT end_date::text AS end FROM deployment WHERE id = $1", [id]);
    expect(row.end).toBe(endDate);
  });
});
