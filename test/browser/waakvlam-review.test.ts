import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, formatDutchDate } from "../../shared/dates.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, deliveredBegeleiding, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let deploymentId: string;
const started = daysAgo(340);
const secondYear = addMonths(started, 12);

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  // A waakvlamcontact near the end of its first review year, after ended kortdurende begeleiding.
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const bsn = freshBsn();
  await deliveredBegeleiding(horizon, bsn, daysAgo(400), daysAgo(341));
  deploymentId = await startDeployment(horizon, { voorzieningCode: "WAAKVLAMCONTACT", residentBsn: bsn, startDate: started });
});
afterAll(() => stop?.());

describe("the yearly waakvlam review in the portal", () => {
  it("takes the provider's advice, then the municipality's decision, and shows both", async () => {
    const provider = await newPage(browser);
    await logIn(provider, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await provider.goto(`${portal.url}/inzetten/${deploymentId}`);
    const period = `${formatDutchDate(secondYear)} tot en met ${formatDutchDate(addDays(addMonths(started, 24), -1))}`;
    await expect.poll(() => provider.getByText(`Het beoordelingsjaar ${period} staat open voor beoordeling.`).isVisible()).toBe(true);

    await provider.getByRole("button", { name: "Advies geven" }).click();
    await expect.poll(() => provider.getByRole("alert").first().textContent()).toContain("Kies voortzetten of stoppen en geef een motivering bij het advies.");
    await provider.getByLabel("Voortzetten").check();
    await provider.getByLabel("Motivering").fill("Nog kwetsbaar na de verhuizing; maandelijks contact houden.");
    await provider.getByRole("button", { name: "Advies geven" }).click();
    // It says what was recorded, and the focus stays on the page, on that sentence.
    await expect.poll(() => provider.locator(":focus").textContent()).toBe("Uw advies om voort te zetten is vastgelegd. De gemeente neemt nu een besluit.");
    await expect.poll(() => provider.getByRole("cell", { name: "Voortzetten: Nog kwetsbaar na de verhuizing; maandelijks contact houden." }).isVisible()).toBe(true);
    expect(await axeReport(provider, "waakvlam-advies")).toBe("");

    const officer = await newPage(browser);
    await logIn(officer, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await officer.goto(`${portal.url}/inzetten/${deploymentId}`);
    await officer.getByLabel("Voortzetten").check();
    await officer.getByLabel("Motivering").fill("Eens met het advies.");
    await officer.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect.poll(() => officer.getByText("Er staat nu geen beoordeling open.").isVisible()).toBe(true);
    // The form is gone with the open year; the sentence that replaces it has the focus.
    await expect.poll(() => officer.locator(":focus").textContent()).toBe("Het besluit om voort te zetten is vastgelegd.");
    await expect.poll(() => officer.getByRole("cell", { name: "Voortzetten: Eens met het advies." }).isVisible()).toBe(true);
    expect(await axeReport(officer, "waakvlam-besluit")).toBe("");

    const [row] = await portal.sql("SELECT review_year, advice, decision FROM waakvlam_review WHERE deployment_id = $1", [deploymentId]);
    expect(row).toEqual({ review_year: 1, advice: "CONTINUE", decision: "CONTINUE" });
  });
});
