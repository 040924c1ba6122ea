import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { GraphQLSession } from "../support/graphql.js";
import { withFailingExports } from "../support/failing-exports.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

describe("the finance screen", () => {
  it("shows finance the figures of the API, downloads them as CSV, and passes axe", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "financien@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("navigation").getByRole("link", { name: "Financiën" }).click();
    await page.getByRole("heading", { name: "Financiën", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/financien");

    const from = await page.getByLabel("Van", { exact: true }).inputValue();
    const to = await page.getByLabel("Tot en met", { exact: true }).inputValue();
    const api = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const { data } = await api.request(`query { usageReport(municipalityCode: "GM0637", from: "${from}", to: "${to}") { rows { month } totals { hours amountCents } } }`);
    const euros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(data.usageReport.totals.amountCents / 100);
    await expect.poll(() => page.getByTestId("total-hours").textContent()).toBe(data.usageReport.totals.hours);
    expect((await page.getByTestId("total-amount").textContent())?.replace(/\s/g, " ")).toBe(euros.replace(/\s/g, " "));
    expect(await page.locator(".viv-finance-table tbody tr").count()).toBe(data.usageReport.rows.length);
    expect(await page.locator("figure svg[role=img]").count()).toBe(1);

    const report = await axeReport(page, "financien-overzicht");
    expect(report).toBe("");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe(`gebruik-GM0637-${from}-${to}.csv`);
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
    const totals = csv.trim().split("\r\n").pop()!.split(";");
    expect([totals[0], totals[6], Number(totals[13])]).toEqual(["Totaal", data.usageReport.totals.hours, data.usageReport.totals.amountCents]);
    expect((csv.match(/(?<![\w-])\d{9}(?![\w-])/g) ?? []).filter(isValidBsn)).toEqual([]);
    await expect.poll(() => page.getByText(/gebruik-GM0637-.*\.csv is gedownload\./).isVisible()).toBe(true);

    // An export that fails halfway is reported in Dutch, and no file is handed over.
    let downloads = 0;
    page.on("download", () => downloads++);
    await withFailingExports(portal, async () => {
      await page.getByRole("button", { name: "Download CSV" }).click();
      await page.getByText("Het exporteren is halverwege afgebroken. Er is geen bestand opgeslagen, want het zou onvolledig zijn. Probeer het opnieuw.").waitFor();
      await page.getByRole("button", { name: "Download Excel" }).click();
      await page.getByText("Er ging iets mis aan onze kant. Probeer het opnieuw.").waitFor();
    });
    expect(downloads).toBe(0);

    // Filtering on one voorziening narrows the table and keeps the filter in the URL.
    await page.getByLabel("Voorziening", { exact: true }).selectOption("ZORGCOORDINATIE");
    await expect.poll(async () => new Set(await page.locator(".viv-finance-table tbody tr td:nth-child(3)").allTextContents())).toEqual(new Set(["Zorgcoördinatie"]));
    expect(new URL(page.url()).searchParams.get("voorziening")).toBe("ZORGCOORDINATIE");
    expect(await axeReport(page, "financien-gefilterd")).toBe("");
  });
});
