import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, newPage, startBrowserPortal } from "../support/browser.js";
import type { TestPortal } from "../support/portal.js";

/**
 * The first load: screens come in chunks of their own (client/src/app/screens.tsx), so what a
 * role never opens is never downloaded, and a screen whose chunk is gone after a release says
 * so in Dutch; nothing on the list moves once shown (layout shift).
 */
let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

/** The names of the scripts the page has fetched so far, without their content hash. */
function scriptsOf(page: Page): () => string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    const match = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname);
    if (match) names.push(match[1]);
  });
  return () => [...names];
}

const MUNICIPALITY_AND_ADMIN = ["FinancePage", "ApprovalsPage", "IndicationsPage", "ReviewQueuePage", "YearlyReviewPage", "AccountsPage", "ApiTokensPage", "ProvidersPage", "AuditPage", "CataloguePage", "FinanceSettingsPage"];

describe("a provider", () => {
  it("loads the list and the Urenweek without any municipality, finance or admin screen, and without console complaints", async () => {
    const page = await newPage(browser);
    const scripts = scriptsOf(page);
    const complaints: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") complaints.push(message.text());
    });
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    await page.getByRole("heading", { level: 1, name: "Mijn inzetten" }).waitFor();
    expect(scripts()).not.toContain("WeekPage");

    await page.getByRole("link", { name: "Urenweek" }).click();
    await page.getByRole("heading", { level: 1, name: "Urenweek" }).waitFor();
    expect(scripts()).toContain("WeekPage");

    await page.goto(`${portal.url}/uren`);
    await page.getByRole("heading", { level: 1, name: "Urenweek" }).waitFor();
    expect(scripts().filter((name) => MUNICIPALITY_AND_ADMIN.includes(name))).toEqual([]);
    // An unknown feature in Permissions-Policy (server/app/web-headers.ts) would be one.
    expect(complaints).toEqual([]);
    await page.context().close();
  });
});

describe("a municipality officer", () => {
  it("gets the finance screen's chunk when opening it, and a Dutch request to reload when that chunk is gone", async () => {
    const page = await newPage(browser);
    const scripts = scriptsOf(page);
    await logIn(page, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    expect(scripts()).not.toContain("FinancePage");
    await page.getByRole("link", { name: "Financiën" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Financiën" }).waitFor();
    expect(scripts()).toContain("FinancePage");
    await page.context().close();

    // A browser still holding the previous release's page asks for a chunk that no longer exists.
    const stale = await newPage(browser);
    await stale.route(/\/assets\/AuditPage-[\w-]{8}\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
    await logIn(stale, portal.url, "beheer@zoetermeer.demo", "Zoetermeer");
    await stale.goto(`${portal.url}/audit`);
    await stale.getByText("Er is een nieuwe versie van het portaal. Laad de pagina opnieuw om verder te gaan.").waitFor();
    expect(await stale.getByRole("button", { name: "Pagina opnieuw laden" }).isVisible()).toBe(true);
    await stale.context().close();
  });
});

describe("before the script has run", () => {
  it("shows the frame's loading state from index.html, exactly as React then renders it", async () => {
    const page = await newPage(browser);
    // The session check never answers: React stays in its loading state.
    await page.route("**/graphql", () => new Promise(() => undefined));
    const response = await page.request.get(`${portal.url}/`);
    const fromHtml = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(await response.text())?.[1];
    // Noted when React replaces the markup from index.html with its own.
    await page.addInitScript({
      content: `document.addEventListener("DOMContentLoaded", () => {
        new MutationObserver(() => { window.reactRendered = true; }).observe(document.getElementById("root"), { childList: true });
      });`,
    });
    await page.goto(`${portal.url}/`);
    await page.waitForFunction("window.reactRendered === true");
    expect(await page.evaluate<string>("document.getElementById('root').innerHTML")).toBe(fromHtml);
    expect(fromHtml).toContain("Het portaal wordt geladen…");
    await page.context().close();
  });
});

describe("the list page", () => {
  it("does not move when the waakvlam notice arrives after the list", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    // Every layout shift from the next load on, as Lighthouse counts them (CLS).
    await page.addInitScript({
      content: `window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });`,
    });
    // The notice's answer comes late, well after the list's.
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("UpcomingReviewsNotice_Upcoming")) await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${portal.url}/`);
    await page.getByText("De gemeente beoordeelt binnenkort").waitFor();
    await page.getByRole("table").waitFor();
    await page.waitForTimeout(300);
    const shifts = await page.evaluate<number[]>("window.shifts");
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(0.05);
    // The notice stands above the list.
    const [notice, heading] = await Promise.all([page.getByText("De gemeente beoordeelt binnenkort").boundingBox(), page.getByRole("heading", { level: 1 }).boundingBox()]);
    expect(notice!.y).toBeLessThan(heading!.y);
    await page.context().close();
  });
});
