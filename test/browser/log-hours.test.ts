import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, screenshotPath, startBrowserPortal } from "../support/browser.js";
import { freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  page = await (await browser.newContext({ locale: "nl-NL" })).newPage();
});
afterAll(() => stop?.());

describe("a provider employee in the portal", () => {
  it("logs in, starts a kortdurende begeleiding and logs hours until the cap refuses", async () => {
    await page.goto(`${portal.url}/`);
    await page.getByLabel("E-mailadres").fill("medewerker@horizon.demo");
    await page.getByLabel("Wachtwoord").fill("demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByText("Zorggroep Horizon").first().isVisible()).toBe(true);
    await page.screenshot({ path: await screenshotPath("mijn-inzetten"), fullPage: true });

    await page.getByRole("link", { name: "Nieuwe inzet" }).click();
    await page.getByLabel("Gemeente").selectOption("GM0637");
    await page.getByLabel("Voorziening").selectOption("KORTDURENDE_BEGELEIDING");
    await page.getByLabel("BSN van de inwoner").fill("432319487");
    await page.getByLabel("Startdatum").fill("2026-01-05");
    await page.screenshot({ path: await screenshotPath("nieuwe-inzet"), fullPage: true });
    await page.getByRole("button", { name: "Inzet starten" }).click();

    // The deployment page; the BSN is never in its URL.
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("0:00 van 50:00 uur");
    expect(page.url()).not.toContain("432319487");

    const logHours = async (date: string, duration: string) => {
      await page.getByLabel("Datum", { exact: true }).fill(date);
      await page.getByLabel("Tijd (uu:mm, uren of minuten)").fill(duration);
      await page.getByRole("button", { name: "Uren opslaan" }).click();
    };
    await logHours("2026-02-02", "24:00");
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("24:00 van 50:00 uur");
    await logHours("2026-02-03", "1440");
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("48:00 van 50:00 uur");
    await logHours("2026-02-04", "1,5");
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("49:30 van 50:00 uur");

    // 45 minutes do not fit in the 30 that are left: the refusal in words, the input kept.
    await logHours("2026-02-05", "0:45");
    const alert = page.getByRole("alert").filter({ hasText: "maximum" });
    await expect.poll(() => alert.textContent()).toContain("Nog 0:30 van de 50:00 uur over in deze inzet.");
    expect(await page.getByLabel("Tijd (uu:mm, uren of minuten)").inputValue()).toBe("0:45");
    expect(await page.getByTestId("cap-usage").textContent()).toContain("49:30 van 50:00 uur");
    await page.screenshot({ path: await screenshotPath("inzet-plafond-bereikt"), fullPage: true });

    // What the screen says is what the database holds.
    const [{ total }] = await portal.sql<{ total: number }>(
      `SELECT SUM(e.amount)::int AS total FROM hour_entry e
         JOIN deployment d ON d.id = e.deployment_id JOIN resident r ON r.id = d.resident_id
        WHERE r.bsn_hint = '487'`,
    );
    expect(total).toBe(2970);
  });

  it.each(["en-US", "nl-NL"])("reads a Dutch date and a bare number of hours in a %s browser, and says what it understood", async (locale) => {
    const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const id = await startDeployment(horizon, { residentBsn: freshBsn(), startDate: "2026-01-05" });
    const page = await newPage(browser, { locale });
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.goto(`${portal.url}/inzetten/${id}`);
    const date = page.getByLabel("Datum", { exact: true });
    await date.waitFor();
    // Today, in Dutch order, whatever the browser's language.
    expect(await date.inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/);

    await date.fill("30-02-2026");
    await page.getByLabel("Tijd (uu:mm, uren of minuten)").fill("4");
    await expect.poll(() => page.locator(".viv-echo").textContent()).toBe(" Begrepen: 4:00 uur.");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await expect.poll(() => page.getByText("30-02-2026 bestaat niet. Vul een bestaande datum in, bijvoorbeeld 03-12-2026.").isVisible()).toBe(true);
    expect(await axeReport(page, `uren-datum-${locale}`)).toBe("");

    await date.fill("3-2-2026");
    await page.getByRole("button", { name: "Uren opslaan" }).click();
    await expect.poll(() => page.getByText("4:00 uur op 3 februari 2026 is opgeslagen.").isVisible()).toBe(true);
    expect(await page.getByTestId("cap-usage").textContent()).toContain("4:00 van 50:00 uur");
  });
});
