import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
let deploymentId: string;
let bsn: string;

const dutch = (iso: string) => iso.split("-").reverse().join("-");

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  bsn = freshBsn();
  deploymentId = await startDeployment(employee, { residentBsn: bsn, startDate: daysAgo(20) });
  page = await newPage(browser);
  await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
});
afterAll(() => stop?.());

async function upload(csv: string) {
  await page.getByLabel("CSV-bestand met uren").setInputFiles({ name: "uren-november.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

describe("Uren importeren", () => {
  it("checks every line first, imports the accepted lines, and doubles nothing when the file comes again", async () => {
    await page.getByRole("link", { name: "Uren importeren" }).click();
    await page.getByRole("heading", { level: 1, name: "Uren importeren" }).waitFor();
    const csv = [
      "bsn;gemeente;voorziening;datum;minuten;notitie;referentie",
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(2))};1:30;Huisbezoek;NOV-1`,
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(1))};45;;NOV-2`,
      `${bsn};GM0637;KORTDURENDE_BEGELEIDING;${dutch(daysAgo(1))};2000;;NOV-3`,
      `${bsn};GM0637;ZORGCOORDINATIE;${dutch(daysAgo(1))};30;;NOV-4`,
    ].join("\n");
    await upload(csv);

    const rows = page.getByRole("table", { name: "Uitkomst per regel van het bestand" }).getByRole("row");
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.nth(1).textContent()).toBe("Regel 2Deze regel kan worden geïmporteerd.");
    expect(await rows.nth(3).textContent()).toContain("Regel 4");
    expect(await rows.nth(4).textContent()).toContain("geen inzet ZORGCOORDINATIE");
    expect(await page.getByText("2 regels kunnen worden geïmporteerd; 2 regels worden geweigerd.").isVisible()).toBe(true);
    expect(await axeReport(page, "uren-importeren-controle")).toBe("");
    expect(await portal.sql("SELECT 1 FROM hour_entry WHERE deployment_id = $1", [deploymentId])).toHaveLength(0);

    await page.getByRole("button", { name: "2 regels importeren" }).click();
    await page.getByRole("heading", { name: "Geïmporteerd uit uren-november.csv" }).waitFor();
    expect(await page.getByText("2 regels zijn geregistreerd; 2 regels worden geweigerd.").isVisible()).toBe(true);
    expect(await rows.nth(1).textContent()).toBe("Regel 2Geregistreerd: 1:30 uur.");
    const stored = await portal.sql<{ minutes: number }>("SELECT amount AS minutes FROM hour_entry WHERE deployment_id = $1 ORDER BY entry_date", [deploymentId]);
    expect(stored.map((r) => r.minutes)).toEqual([90, 45]);

    await upload(csv);
    await expect.poll(() => page.getByText("0 regels kunnen worden geïmporteerd; 2 regels worden geweigerd; 2 regels waren al eerder geïmporteerd.").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /importeren$/ }).count()).toBe(0);
    expect(await portal.sql("SELECT 1 FROM hour_entry WHERE deployment_id = $1", [deploymentId])).toHaveLength(2);
  });
});
