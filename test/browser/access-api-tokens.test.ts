import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
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

/** What a provider's system gets when it asks with the token. */
async function askWithToken(token: string): Promise<{ status: number; codes: string[] }> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ deployments(first: 1) { totalCount } }" }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)) };
}

const DUTCH_DATE_TIME = /\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/;

describe("API tokens of a provider", () => {
  it("the provider admin makes a token, sees it once, and revokes it", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "beheer@horizon.demo", "Zorggroep Horizon");
    await page.getByRole("link", { name: "API-tokens" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("API-tokens");
    await page.getByText("Uw organisatie heeft nog geen tokens.").waitFor();
    await scan(page, "api-tokens-leeg");

    await page.getByRole("button", { name: "Token aanmaken" }).click();
    await expect.poll(() => page.getByLabel("Naam").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Naam").fill("Planningssysteem");
    await page.getByRole("button", { name: "Token aanmaken" }).click();
    const token = (await page.getByTestId("api-token").textContent())!.trim();
    expect(token).toMatch(/^viv_[A-Za-z0-9_-]{40,}$/);
    expect(await page.textContent("main")).toContain("U ziet het maar één keer");
    const row = page.getByRole("row").filter({ hasText: "Planningssysteem" });
    await expect.poll(() => row.textContent()).toContain("Nog niet gebruikt");
    await scan(page, "api-token-aangemaakt");

    // The token works for the provider's system, and its use shows in the list.
    expect(await askWithToken(token)).toEqual({ status: 200, codes: [] });
    await page.reload();
    await expect.poll(() => row.locator("td").nth(2).textContent()).toMatch(DUTCH_DATE_TIME);
    expect(await row.locator("td").nth(1).textContent()).toMatch(DUTCH_DATE_TIME);
    // Shown once: after a reload it is nowhere on the page.
    expect(await page.content()).not.toContain(token);

    await row.getByRole("button", { name: "Intrekken Planningssysteem" }).click();
    await page.getByText("Weet u zeker dat u het token „Planningssysteem” wilt intrekken?").waitFor();
    await scan(page, "api-token-intrekken");
    await row.getByRole("button", { name: "Ja, intrekken" }).click();
    await expect.poll(() => row.textContent()).toContain("Ingetrokken");
    expect(await row.getByRole("button").count()).toBe(0);
    await scan(page, "api-token-ingetrokken");

    const refused = await askWithToken(token);
    expect(refused.codes).toContain("UNAUTHENTICATED");
  });

  it("is no screen for a provider employee", async () => {
    const page = await newPage(browser);
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    expect(await page.getByRole("link", { name: "API-tokens" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Accounts" }).count()).toBe(0);
    await page.goto(`${portal.url}/beheer/api-tokens`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
  });
});
