import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeReport, logIn, newPage, startBrowserPortal } from "../support/browser.js";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
let deploymentId: string;

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
  // Start from an empty notice list, whatever the demo data raised at start.
  await portal.sql("UPDATE notice SET read_at = now()");
  const horizon = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  deploymentId = await startDeployment(horizon, { residentBsn: freshBsn(), startDate: daysAgo(20) });
  for (const date of [daysAgo(3), daysAgo(2)]) await horizon.request(LOG_HOURS, { input: { deploymentId, date, minutes: 1200 } });
  page = await newPage(browser);
});
afterAll(() => stop?.());

describe("meldingen in the portal", () => {
  it("shows the unread count in the header, lists the notice and marks it read", async () => {
    await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
    const headerLink = page.getByRole("link", { name: /^Meldingen/ });
    await expect.poll(() => headerLink.textContent()).toBe("Meldingen1 ongelezen");

    await headerLink.click();
    await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    const item = page.getByRole("listitem").filter({ hasText: "Maximum bijna bereikt" });
    await expect.poll(() => item.textContent()).toContain("Een kortdurende individuele begeleiding heeft 80 % van het maximum gebruikt: 40:00 uur van 50:00 uur.");
    expect(await item.getByRole("link", { name: "Naar de inzet" }).getAttribute("href")).toBe(`/inzetten/${deploymentId}`);
    expect(await axeReport(page, "meldingen")).toBe("");

    await item.getByRole("button", { name: /^Markeer als gelezen/ }).click();
    await expect.poll(() => headerLink.textContent()).toBe("Meldingen");
    expect(await item.getByRole("button").count()).toBe(0);
    const [{ readAt }] = await portal.sql<{ readAt: Date | null }>(
      "SELECT n.read_at AS \"readAt\" FROM notice n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.deployment_id = $1 AND u.email = 'medewerker@horizon.demo'",
      [deploymentId],
    );
    expect(readAt).not.toBeNull();

    await item.getByRole("link", { name: "Naar de inzet" }).click();
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("40:00 van 50:00 uur");
  });
});
