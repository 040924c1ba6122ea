import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { addMonths, formatDateField, readDateField } from "../../shared/dates.js";
import { today } from "../support/fixtures.js";
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

    const from = isoOf(await page.getByLabel("Van", { exact: true }).inputValue());
    const to = isoOf(await page.getByLabel("Tot en met", { exact: true }).inputValue());
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

  it.each(["en-US", "nl-NL"])("keeps a typed date filter as typed in a %s browser and follows it only when complete", async (locale) => {
    const page = await newPage(browser, { locale });
    await logIn(page, portal.url, "financien@zoetermeer.demo", "Zoetermeer");
    await page.goto(`${portal.url}/financien`);
    const field = page.getByLabel("Van", { exact: true });
    await field.waitFor();
    // Dutch order whatever the browser's language: never mm/dd/yyyy.
    expect(await field.inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    const before = page.url();

    const first = `${addMonths(today, -1).slice(0, 7)}-01`;
    const typed = `1-${Number(first.slice(5, 7))}-${first.slice(0, 4)}`;
    await field.fill("");
    for (const key of typed) {
      await field.press(key === "-" ? "Minus" : key);
      // Every keystroke stays; an incomplete date does not reach the URL.
      expect(typed.startsWith(await field.inputValue())).toBe(true);
    }
    expect(await field.inputValue()).toBe(typed);
    await expect.poll(() => new URL(page.url()).searchParams.get("van")).toBe(first);
    await field.blur();
    expect(await field.inputValue()).toBe(formatDateField(first));
    expect(before).not.toContain(`van=${first}`);

    // An impossible date is named as such when the field is left, and changes nothing.
    const url = page.url();
    await field.fill("31-02-2026");
    await field.blur();
    await expect.poll(() => page.getByText("31-02-2026 bestaat niet. Vul een bestaande datum in, bijvoorbeeld 03-12-2026.").isVisible()).toBe(true);
    expect(page.url()).toBe(url);
    expect(await axeReport(page, `financien-datum-${locale}`)).toBe("");
  });
});

function isoOf(text: string): string {
  const reading = readDateField(text);
  if (reading.kind !== "date") throw new Error(`not a date: ${text}`);
  return reading.date;
}
