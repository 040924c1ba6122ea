import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { GraphQLSession } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

async function scan(page: Page, screen: string): Promise<void> {
  expect(await axeReport(page, screen), `axe found violations on ${screen}`).toBe("");
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const auditRows = (page: Page) => page.locator("table.viv-audit tbody tr");

describe("revealing a BSN and finding it in the audit trail", () => {
  it("an officer reveals a BSN on a deployment page and finds the reveal in the audit trail", async () => {
    const page = await newPage(browser);
    // Every request the browser sends, to prove that the full BSN never travels in one.
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.url()}\n${request.postData() ?? ""}`));

    await logIn(page, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await page.getByRole("link", { name: "Kortdurende individuele begeleiding" }).first().click();
    await expect.poll(() => heading(page).textContent()).toBe("Kortdurende individuele begeleiding");
    const deploymentUrl = page.url();
    const bsn = page.getByTestId("resident-bsn");
    const masked = (await bsn.textContent())!;
    expect(masked).toMatch(/^\*{6}\d{3}$/);
    expect(await page.getByText("Het tonen van het BSN wordt vastgelegd.").count()).toBe(1);

    await page.getByRole("button", { name: "BSN tonen" }).click();
    await expect.poll(() => bsn.textContent()).toMatch(/^\d{9}$/);
    const full = (await bsn.textContent())!;
    expect(full.slice(-3)).toBe(masked.slice(-3));
    // The same button, now to hide it again; the focus stays on it.
    await expect.poll(() => page.locator(":focus").textContent()).toBe("BSN verbergen");
    await scan(page, "inzet-bsn-getoond");

    // Away and back: the BSN is hidden again.
    await page.getByRole("link", { name: "Inzetten", exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Inzetten");
    await page.goBack();
    await expect.poll(() => bsn.textContent()).toBe(masked);
    expect(page.url()).toBe(deploymentUrl);

    await page.getByRole("link", { name: "Audittrail" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Audittrail");
    await expect.poll(() => auditRows(page).count()).toBeGreaterThan(0);
    await page.getByLabel("Actie").selectOption("resident.reveal");
    await page.getByLabel("E-mailadres van wie het deed").fill("consulent@zoetermeer.demo");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.locator(".viv-result-count").textContent()).toBe("1 gebeurtenis gevonden.");
    const row = await auditRows(page).first().textContent();
    expect(row).toContain("BSN getoond");
    // Words, not codes or UUIDs: the object id is shortened, and that short id finds the object.
    expect(row).not.toContain("resident.reveal");
    expect(row).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    expect(row).toContain("consulent@zoetermeer.demo");
    expect(row).toContain("Gelukt");
    // The search is not in the URL.
    expect(page.url()).toBe(`${portal.url}/audit`);
    await scan(page, "audittrail-gezocht");
    const shortId = (await auditRows(page).first().locator(".viv-audit__code").textContent())!;
    expect(shortId).toMatch(/^[0-9a-f]{8}$/);
    await page.getByLabel("Object-id").fill(shortId);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.locator(".viv-result-count").textContent()).toBe("1 gebeurtenis gevonden.");
    await page.getByLabel("Object-id").fill("");

    // A BSN is refused as a search term, before anything is sent.
    const before = sent.length;
    await page.getByLabel("Object-id").fill(`${full.slice(0, 4)} ${full.slice(4)}`);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("Controleer uw invoer").waitFor();
    expect(await page.getByLabel("Object-id").getAttribute("aria-invalid")).toBe("true");
    await scan(page, "audittrail-bsn-geweigerd");
    expect(sent.length).toBe(before);

    for (const request of sent) expect(request).not.toContain(full);
  });

  it("loads older events with Meer laden", async () => {
    // 55 views of a deployment: more than one page of 50.
    const api = await new GraphQLSession(portal.url).login("consulent@zoetermeer.demo");
    const list = await api.request("{ deployments(first: 1) { edges { node { id } } } }");
    const id: string = list.data.deployments.edges[0].node.id;
    for (let i = 0; i < 55; i++) await api.request("query ($id: ID!) { deployment(id: $id) { id } }", { id });

    // The first test may have viewed the same deployment in the browser too.
    const [{ views }] = await portal.sql<{ views: number }>(
      "SELECT count(*)::int AS views FROM audit_event WHERE action = 'deployment.view' AND object_id = $1",
      [id],
    );
    expect(views).toBeGreaterThanOrEqual(55);
    expect(views).toBeLessThan(100);

    const page = await newPage(browser);
    await logIn(page, portal.url, "consulent@zoetermeer.demo", "Zoetermeer");
    await page.goto(`${portal.url}/audit`);
    await expect.poll(() => page.locator(".viv-result-count").textContent()).toMatch(/gebeurtenis/);
    await page.getByLabel("Actie").selectOption("deployment.view");
    await page.getByLabel("Object-id").fill(id);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => auditRows(page).first().textContent()).toContain(id.slice(0, 8));
    await expect.poll(() => auditRows(page).count()).toBe(50);
    expect(await page.locator(".viv-result-count").textContent()).toContain("U ziet de nieuwste 50 gebeurtenissen");
    await page.getByRole("button", { name: "Meer laden" }).click();
    await expect.poll(() => auditRows(page).count()).toBe(views);
    expect(await page.locator(".viv-result-count").textContent()).toBe(`${views} gebeurtenissen gevonden.`);
    expect(await page.getByRole("button", { name: "Meer laden" }).count()).toBe(0);
    for (const text of await auditRows(page).allTextContents()) expect(text).toContain(id.slice(0, 8));
    await scan(page, "audittrail-meer-geladen");

  });

  it("is no screen for a provider or for finance", async () => {
    for (const [email, organisation] of [["medewerker@horizon.demo", "Zorggroep Horizon"], ["financien@zoetermeer.demo", "Zoetermeer"]]) {
      const page = await newPage(browser);
      await logIn(page, portal.url, email, organisation);
      expect(await page.getByRole("link", { name: "Audittrail" }).count()).toBe(0);
      await page.goto(`${portal.url}/audit`);
      await expect.poll(() => heading(page).textContent()).toBe("Pagina niet gevonden");
    }
  });
});
