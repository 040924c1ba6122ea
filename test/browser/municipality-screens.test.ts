import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDutchDate, todayInNetherlands, yearOf } from "../../shared/dates.js";
import { formatAmount } from "../../shared/units.js";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { CREATE_DEPLOYMENT, GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let horizon: GraphQLSession;
let consulent: GraphQLSession;
let officer: Page;

/** The demo's waakvlamcontact in its first review year, which ends within eight weeks. */
const DEMO_WAAKVLAM_BSN = "******639";

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  consulent = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
  officer = await newPage(browser);
  await logIn(officer, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
});
afterAll(() => stop?.());

describe("the municipality's screens", () => {
  it("lists the waakvlam reviews to decide, each linking to its deployment; the provider sees a notice", async () => {
    const queue = (
      await consulent.request(`query { waakvlamReviewQueue(municipalityCode: "GM0637") { overdue period { start end } deployment { id resident { bsnMasked } } } }`)
    ).data.waakvlamReviewQueue as Array<{ overdue: boolean; period: { start: string; end: string }; deployment: { id: string; resident: { bsnMasked: string } } }>;
    const demo = queue.find((r) => r.deployment.resident.bsnMasked === DEMO_WAAKVLAM_BSN)!;
    expect(demo).toBeDefined();

    await officer.getByRole("link", { name: "Beoordelingen" }).click();
    await officer.getByRole("heading", { level: 1, name: "Beoordelingen waakvlamcontact" }).waitFor();
    const row = officer.getByRole("row").filter({ hasText: DEMO_WAAKVLAM_BSN });
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Zorggroep Horizon");
    expect(text).toContain("Waakvlamcontact");
    expect(text).toContain(`${formatDutchDate(demo.period.start)} tot en met ${formatDutchDate(demo.period.end)}`);
    expect(text).toContain("Jaar 1: 2:45 uur");
    expect(text.includes("te laat")).toBe(demo.overdue);
    expect(await axeReport(officer, "gemeente-beoordelingen")).toBe("");

    await row.getByRole("link", { name: `Beoordelen inzet van inwoner ${DEMO_WAAKVLAM_BSN}` }).click();
    await officer.waitForURL(`**/inzetten/${demo.deployment.id}`);
    await expect.poll(() => officer.getByText(/^Het beoordelingsjaar .* staat open voor beoordeling\./).isVisible()).toBe(true);
    await expect.poll(() => officer.getByRole("button", { name: "Besluit vastleggen" }).isVisible()).toBe(true);

    const provider = await newPage(browser);
    await logIn(provider, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    const notice = provider.getByRole("link", { name: `Beoordeling waakvlamcontact: advies gevraagd vóór ${formatDutchDate(demo.period.start)}` });
    await expect.poll(() => notice.count()).toBeGreaterThan(0);
    expect(await axeReport(provider, "mijn-inzetten-beoordelingen")).toBe("");
    await notice.first().click();
    await provider.getByRole("button", { name: "Advies geven" }).waitFor();
    await provider.context().close();

    // A provider without reviews due sees no notice at all.
    const deLinde = await newPage(browser);
    await logIn(deLinde, portal.url, "medewerker@delinde.demo", "Welzijn De Linde");
    await deLinde.getByRole("heading", { level: 1, name: "Mijn inzetten" }).waitFor();
    expect(await deLinde.getByText("Beoordeling waakvlamcontact").count()).toBe(0);
    await deLinde.context().close();
  });

  it("approves a second kortdurende begeleiding, after which its row is gone", async () => {
    const bsn = freshBsn();
    await startDeployment(horizon, { residentBsn: bsn, startDate: daysAgo(200), endDate: daysAgo(150) });
    const second = await horizon.request(CREATE_DEPLOYMENT, {
      input: { municipalityCode: "GM0637", voorzieningCode: "KORTDURENDE_BEGELEIDING", residentBsn: bsn, startDate: daysAgo(5) },
    });
    expect(second.data.createDeployment.userErrors).toMatchObject([{ code: "APPROVAL_REQUIRED" }]);
    const deploymentId: string = second.data.createDeployment.deployment.id;
    const masked = `******${bsn.slice(-3)}`;

    await officer.getByRole("link", { name: "Goedkeuringen" }).click();
    await officer.getByRole("heading", { level: 1, name: "Goedkeuringen" }).waitFor();
    const row = officer.getByRole("row").filter({ hasText: masked });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("Tweede kortdurende begeleiding");
    expect(await row.textContent()).toContain(formatDutchDate(todayInNetherlands()));
    expect(await axeReport(officer, "gemeente-goedkeuringen")).toBe("");

    // Without a motivation nothing is sent.
    await row.getByRole("button", { name: /^Goedkeuren/ }).click();
    await expect.poll(() => row.getByText("Geef een motivering bij het besluit.").isVisible()).toBe(true);
    expect(await axeReport(officer, "gemeente-goedkeuringen-fout")).toBe("");

    await row.getByLabel(/^Motivering/).fill("Vervolg na de verhuizing, besproken met de dienstverlener.");
    await row.getByRole("button", { name: /^Goedkeuren/ }).click();
    await expect.poll(() => officer.locator("p.viv-status").textContent(), { timeout: 10_000 }).toContain("goedgekeurd.");
    expect(await officer.locator("p.viv-status").textContent()).toMatch(new RegExp(`^U heeft de inzet Kortdurende .*begeleiding voor inwoner \\*{6}${bsn.slice(-3)} van Zorggroep Horizon goedgekeurd\\.$`));
    await expect.poll(() => row.count()).toBe(0);

    const stored = await consulent.request(`query D($id: ID!) { deployment(id: $id) { approvalStatus approvalMotivation } }`, { id: deploymentId });
    expect(stored.data.deployment).toEqual({ approvalStatus: "APPROVED", approvalMotivation: "Vervolg na de verhuizing, besproken met de dienstverlener." });
  });

  it("shows the yearly review with the figures the API gives for that year", async () => {
    const year = yearOf(todayInNetherlands()) - 1;
    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const LINE = `provider { name } voorziening { name unit } figures { residentsShown deploymentsStarted deploymentsRunning deploymentsEnded deploymentsAtCap minutes }`;
    const review = (
      await finance.request(`query Y($year: Int!) { yearlyReview(municipalityCode: "GM0637", year: $year) { lines { ${LINE} } total { ${LINE} } } }`, { year })
    ).data.yearlyReview as { lines: Line[]; total: Line };
    expect(review.lines.length).toBeGreaterThan(0);

    const page = await newPage(browser);
    await logIn(page, portal.url, "financien@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Jaaroverzicht" }).click();
    await page.getByRole("heading", { level: 1, name: `Jaaroverzicht ${year}` }).waitFor();
    await page.locator(".viv-yearly-table").waitFor();
    expect(await page.getByLabel("Jaar", { exact: true }).inputValue()).toBe(String(year));

    const shown = async (row: ReturnType<Page["locator"]>, figure: string) => (await row.locator(`[data-figure="${figure}"] .viv-figure`).textContent())?.trim();
    const check = async (row: ReturnType<Page["locator"]>, line: Line) => {
      expect(await shown(row, "RESIDENTS")).toBe(line.figures.residentsShown);
      expect(await shown(row, "DEPLOYMENTS_STARTED")).toBe(String(line.figures.deploymentsStarted));
      expect(await shown(row, "DEPLOYMENTS_RUNNING")).toBe(String(line.figures.deploymentsRunning));
      expect(await shown(row, "DEPLOYMENTS_ENDED")).toBe(String(line.figures.deploymentsEnded));
      expect(await shown(row, "DEPLOYMENTS_AT_CAP")).toBe(String(line.figures.deploymentsAtCap));
      expect(await shown(row, "MINUTES")).toBe(formatAmount(line.figures.minutes, line.voorziening?.unit ?? "MINUTES"));
    };
    const rows = page.locator(".viv-yearly-table tbody tr");
    expect(await rows.count()).toBe(review.lines.length);
    for (const [i, line] of review.lines.entries()) {
      const row = rows.nth(i);
      expect(await row.locator("td").nth(0).textContent()).toBe(line.provider!.name);
      expect(await row.locator("td").nth(1).textContent()).toBe(line.voorziening!.name);
      await check(row, line);
    }
    await check(page.locator(".viv-yearly-table tfoot tr"), review.total);

    expect(await page.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toBe(`/exports/yearly-review.csv?municipalityCode=GM0637&year=${year}`);
    const csv = await page.request.get(`${portal.url}/exports/yearly-review.csv?municipalityCode=GM0637&year=${year}`);
    expect(csv.status()).toBe(200);
    expect(await page.getByRole("img", { name: /Staafdiagram: uren per dienstverlener/ }).count()).toBe(1);
    expect(await axeReport(page, "gemeente-jaaroverzicht")).toBe("");

    // On paper: no menu, no buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Afdrukken" }).isVisible()).toBe(false);
    expect(await page.locator(".viv-yearly-table").isVisible()).toBe(true);
    await page.screenshot({ path: "test-results/screenshots/gemeente-jaaroverzicht-afdruk.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });

    await page.getByLabel("Jaar", { exact: true }).selectOption(String(year + 1));
    await page.getByRole("heading", { level: 1, name: `Jaaroverzicht ${year + 1}` }).waitFor();
    await page.context().close();
  });

  it("imports nothing from a CSV file with a bad line, and says which line and why", async () => {
    const count = async () => Number((await portal.sql<{ n: string }>("SELECT count(*) AS n FROM maatwerk_indication"))[0].n);
    const before = await count();
    // Dutch column names, the provider by its name, a Dutch date.
    const start = daysAgo(30).split("-").reverse().join("-");
    const header = "bsn;huishoudcode;dienstverlener;product;startdatum;einddatum";
    const good = `${freshBsn()};HH-UI-1;Zorggroep Horizon;BEGELEIDING_INDIVIDUEEL;${start};`;
    const csv = [header, good, `123456789;HH-UI-2;Zorggroep Horizon;BEGELEIDING_INDIVIDUEEL;${start};`].join("\n");

    await officer.getByRole("link", { name: "Indicaties" }).click();
    await officer.getByRole("heading", { level: 1, name: "Maatwerkindicaties" }).waitFor();
    expect(await axeReport(officer, "gemeente-indicaties")).toBe("");

    await officer.getByLabel("CSV-bestand").setInputFiles({ name: "indicaties.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect.poll(() => officer.getByLabel("Inhoud van het bestand").inputValue()).toBe(csv);
    await officer.getByRole("button", { name: "Importeren" }).click();
    await officer.getByRole("heading", { name: "Niets geïmporteerd" }).waitFor();
    const bad = officer.getByRole("row").filter({ hasText: "Regel 3" });
    expect(await bad.count()).toBe(1);
    expect(await bad.locator("td").nth(1).textContent()).toBe("bsn");
    expect((await bad.locator("td").nth(2).textContent())?.length).toBeGreaterThan(5);
    expect(await officer.getByRole("row").filter({ hasText: "Regel 2" }).count()).toBe(0);
    expect(await count()).toBe(before);
    expect(await axeReport(officer, "gemeente-indicaties-importfout")).toBe("");

    // The good line alone imports.
    await officer.getByLabel("Inhoud van het bestand").fill([header, good].join("\n"));
    await officer.getByRole("button", { name: "Importeren" }).click();
    await officer.getByText("1 indicatie geïmporteerd.").waitFor();
    expect(await count()).toBe(before + 1);

    // And one by hand.
    await officer.getByLabel("BSN inwoner").fill(freshBsn());
    await officer.getByLabel("Huishoudcode").fill("HH-UI-3");
    await officer.getByLabel("Dienstverlener").selectOption({ label: "Zorggroep Horizon" });
    await officer.getByLabel("Startdatum").fill(daysAgo(10));
    await officer.getByRole("button", { name: "Indicatie vastleggen" }).click();
    await officer.getByText("De indicatie voor huishouden HH-UI-3 is vastgelegd.").waitFor();
    expect(await count()).toBe(before + 2);
    expect(await axeReport(officer, "gemeente-indicaties-vastgelegd")).toBe("");
  });

  it("speaks of the municipality's own catalogue in the review queue, not of Zoetermeer's waakvlamcontact", async () => {
    const officer = await newPage(browser);
    await logIn(officer, portal.url, "consulent@bergendal.demo", "Berg en Dal");
    await officer.getByRole("link", { name: "Beoordelingen" }).click();
    await officer.getByRole("heading", { level: 1, name: "Beoordelingen", exact: true }).waitFor();
    await officer.getByText(/^In de catalogus van (gemeente )?Berg en Dal heeft geen voorziening een jaarlijkse beoordeling\./).waitFor();
    expect(await officer.locator("main").textContent()).not.toContain("waakvlamcontact");
    expect(await axeReport(officer, "gemeente-beoordelingen-berg-en-dal")).toBe("");
  });
});

interface Line {
  provider: { name: string } | null;
  voorziening: { name: string; unit: "MINUTES" | "DAGDELEN" | "ETMALEN" } | null;
  figures: { residentsShown: string; deploymentsStarted: number; deploymentsRunning: number; deploymentsEnded: number; deploymentsAtCap: number; minutes: number };
}
