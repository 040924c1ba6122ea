import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfIsoWeek, todayInNetherlands } from "../../shared/dates.js";
import { logIn, newPage, screenshotPath, startBrowserPortal } from "../support/browser.js";
import { CREATE_DEPLOYMENT, GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import type { TestPortal } from "../support/portal.js";

let portal: TestPortal;
let browser: Browser;
let stop: () => Promise<void>;

const today = todayInNetherlands();
const lastMonday = addDays(startOfIsoWeek(today), -7);

beforeAll(async () => {
  ({ portal, browser, stop } = await startBrowserPortal());
});
afterAll(() => stop?.());

/** A kortdurende begeleiding of our own, started a month ago, with `usedMinutes` already logged. */
async function kortdurendeBegeleiding(bsn: string, usedMinutes: number): Promise<string> {
  const api = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
  const startDate = addDays(today, -30);
  const created = await api.request(CREATE_DEPLOYMENT, {
    input: { municipalityCode: "GM0637", residentBsn: bsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate },
  });
  const id: string = created.data.createDeployment.deployment.id;
  for (let left = usedMinutes, day = 1; left > 0; left -= 1440, day++) {
    const logged = await api.request(LOG_HOURS, {
      input: { deploymentId: id, date: addDays(startDate, day), minutes: Math.min(left, 1440) },
    });
    expect(logged.data.logHours.userErrors).toEqual([]);
  }
  return id;
}

/** The grid's rows are found by what a person sees in them: the masked BSN. */
const row = (page: Page, bsnEnd: string): Locator => page.locator("tbody").filter({ hasText: `******${bsnEnd}` });
const cell = (page: Page, bsnEnd: string, dayIndex: number): Locator =>
  row(page, bsnEnd).locator(`input[data-week-date="${addDays(lastMonday, dayIndex)}"]`);

async function openLastWeek(page: Page): Promise<void> {
  await logIn(page, portal.url, "medewerker@horizon.demo", "Zorggroep Horizon");
  await page.getByRole("link", { name: "Urenweek" }).click();
  await page.getByRole("button", { name: "Vorige week" }).click();
  await expect.poll(() => page.url()).toContain(`week=${lastMonday}`);
  await row(page, "038").waitFor();
}

describe("the week grid (Urenweek)", () => {
  it("saves a week for several deployments and shows the cap's refusal in its row", async () => {
    await kortdurendeBegeleiding("123456721", 2820); // 47:00 of 50:00 used
    const page = await newPage(browser);
    await openLastWeek(page);
    await expect.poll(() => row(page, "721").getByTestId("week-usage").textContent()).toBe("47:00 van 50:00 uur");
    const dagbestedingBefore = minutesOf(await row(page, "038").getByTestId("week-usage").textContent());

    await cell(page, "721", 0).fill("1:30");
    await cell(page, "721", 1).fill("1,25");
    await cell(page, "721", 2).fill("30"); // only 15 minutes are left by then
    await cell(page, "038", 3).fill("4:00"); // recreatieve dagbesteding: no cap
    await cell(page, "932", 4).fill("45"); // Berg en Dal, begeleiding kortdurend
    await cell(page, "932", 5).fill("twee uur"); // not a duration: never sent
    await page.getByRole("button", { name: "Week opslaan" }).click();

    await expect.poll(() => page.locator(".viv-week__summary").textContent()).toBe(
      "4 cellen opgeslagen, 2 niet opgeslagen. De reden staat onder de inzet.",
    );
    // The refusal in words, in the row of the deployment whose cap it is.
    const refused = cell(page, "721", 2);
    expect(await row(page, "721").textContent()).toContain(
      "Dit past niet binnen het maximum. Nog 0:15 van de 50:00 uur over in deze inzet.",
    );
    expect(await refused.getAttribute("aria-invalid")).toBe("true");
    const description = await describedText(page, refused);
    expect(description).toContain("Nog 0:15 van de 50:00 uur over in deze inzet.");
    expect(await refused.inputValue()).toBe("30");
    expect(await row(page, "932").textContent()).toContain("Schrijf de tijd als 1:30 of 1,5. Een heel getal tot en met 24 telt als uren");
    expect(await cell(page, "932", 5).inputValue()).toBe("twee uur");

    // Saved cells are empty again and say what was saved; the meters moved without a reload.
    expect(await cell(page, "721", 0).inputValue()).toBe("");
    // Each amount once: "1:30 opgeslagen", not also "1:30 geregistreerd".
    expect(await describedText(page, cell(page, "721", 0))).toBe("1:30 opgeslagen");
    expect(await describedText(page, cell(page, "721", 1))).toContain("1:15 opgeslagen");
    expect(await row(page, "721").getByTestId("week-usage").textContent()).toBe("49:45 van 50:00 uur");
    expect(minutesOf(await row(page, "038").getByTestId("week-usage").textContent())).toBe(dagbestedingBefore + 240);
    expect(await describedText(page, cell(page, "932", 4))).toContain("0:45 opgeslagen");
    // The README shows this one (docs/screenshots/urenweek.png is a copy of it, made by hand).
    await page.screenshot({ path: await screenshotPath("urenweek"), fullPage: true });

    // What the screen says is what the database holds.
    const [{ total }] = await portal.sql<{ total: number }>(
      `SELECT SUM(e.amount)::int AS total FROM hour_entry e
         JOIN deployment d ON d.id = e.deployment_id JOIN resident r ON r.id = d.resident_id
        WHERE r.bsn_hint = '721'`,
    );
    expect(total).toBe(2985);

    // The deployment page agrees.
    await row(page, "721").getByRole("link").click();
    await expect.poll(() => page.getByTestId("cap-usage").textContent()).toContain("49:45 van 50:00 uur");
  });

  it("retries a cell whose answer was lost with the same idempotency key, so the hours count once", async () => {
    await kortdurendeBegeleiding("123456733", 0);
    const page = await newPage(browser);
    await openLastWeek(page);

    // The first answer is lost on the way back: the server has written the entry, the browser does not know.
    const keys: string[] = [];
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } };
      if (body.operationName !== "WeekGrid_LogHours") return route.continue();
      keys.push(body.variables?.input?.idempotencyKey ?? "");
      if (keys.length === 1) {
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });

    await cell(page, "733", 0).fill("2:00");
    await page.getByRole("button", { name: "Week opslaan" }).click();
    await expect.poll(() => row(page, "733").textContent()).toContain("De verbinding met de server is mislukt.");
    expect(await cell(page, "733", 0).inputValue()).toBe("2:00");

    await page.getByRole("button", { name: "Week opslaan" }).click();
    await expect.poll(() => page.locator(".viv-week__summary").textContent()).toBe("1 cel opgeslagen.");
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await row(page, "733").getByTestId("week-usage").textContent()).toBe("2:00 van 50:00 uur");
    const entries = await portal.sql<{ amount: number }>(
      `SELECT e.amount FROM hour_entry e JOIN deployment d ON d.id = e.deployment_id
         JOIN resident r ON r.id = d.resident_id WHERE r.bsn_hint = '733'`,
    );
    expect(entries).toEqual([{ amount: 120 }]);
  });
});

/** The text a screen reader reads with a control: everything its aria-describedby points at. */
async function describedText(page: Page, control: Locator): Promise<string> {
  const ids = (await control.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

/** "32:40 van 50:00 uur" or "12:00 uur" -> the minutes used. */
function minutesOf(text: string | null): number {
  const match = /^(\d+):(\d{2})/.exec(text ?? "");
  if (!match) throw new Error(`no usage in ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
