import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

describe("starting a deployment in the portal", () => {
  it("asks the motivation for a work-like part, and shows a deployment that waits for approval", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.goto(`${portal.url}/inzetten/nieuw`);
    await page.getByLabel("Gemeente").selectOption("GM0637");
    await page.getByLabel("Voorziening").selectOption("RECREATIEVE_DAGBESTEDING");
    await page.getByLabel("BSN van de inwoner").fill(freshBsn());
    await page.getByLabel("De inwoner doet ook arbeidsmatige activiteiten").check();
    await page.getByRole("button", { name: "Inzet starten" }).click();
    await expect.poll(() => page.getByText("Met een arbeidsmatig deel telt dagbesteding als arbeidsmatig").first().isVisible()).toBe(true);
    expect(await axeReport(page, "nieuwe-inzet-arbeidsmatig")).toBe("");

    // A second kortdurende begeleiding for a resident is stored, and waits for the municipality.
    const bsn = freshBsn();
    await startDeployment(await new GraphQLSession(portal.url).login("medewerker@delinde.demo"), { residentBsn: bsn, startDate: daysAgo(200), endDate: daysAgo(150) });
    await page.goto(`${portal.url}/inzetten/nieuw`);
    await page.getByLabel("Gemeente").selectOption("GM0637");
    await page.getByLabel("Voorziening").selectOption("KORTDURENDE_BEGELEIDING");
    await page.getByLabel("BSN van de inwoner").fill(bsn);
    await page.getByRole("button", { name: "Inzet starten" }).click();
    await expect.poll(() => page.url()).toMatch(/\/inzetten\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator(".viv-summary .utrecht-status-badge").textContent()).toBe("Wacht op goedkeuring");
    expect(await page.getByText("De gemeente heeft nog niet besloten.").isVisible()).toBe(true);
    expect(page.url()).not.toContain(bsn);
  });
});
