import { AxeBuilder } from "@axe-core/playwright";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { startTestPortal, type TestPortal } from "./portal.js";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with the flags this closed network needs (../shared/stack.md). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The real portal (its own fresh database, demo data) and Debian's Chromium for one browser
 * test file, and one call that stops both.
 */
export async function startBrowserPortal(): Promise<{ portal: TestPortal; browser: Browser; stop: () => Promise<void> }> {
  const portal = await startTestPortal();
  const browser = await launchChromium();
  return {
    portal,
    browser,
    async stop() {
      await browser.close();
      await portal.stop();
    },
  };
}

/** Screenshots are test output, kept for a person to look at. */
export async function screenshotPath(name: string): Promise<string> {
  const dir = path.resolve("test-results", "screenshots");
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** A page in a fresh context (own cookies), as AxeBuilder needs (../shared/stack.md). */
export async function newPage(browser: Browser, options: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? "nl-NL", timezoneId: "Europe/Amsterdam", viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Logs in through the login page and waits until the portal shows the organisation. */
export async function logIn(page: Page, baseUrl: string, email: string, organisation: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByText(organisation).first().waitFor();
}

/** WCAG 2.2 AA as far as axe can tell; the law asks 2.1 AA of municipal services. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Keeps a screenshot of the screen as it is now and scans it with axe. Returns every
 * violation spelled out (rule, impact, the elements, what axe says to fix), "" when none, so
 * that a test's failure message says what to fix.
 */
export async function axeReport(page: Page, screen: string): Promise<string> {
  await page.screenshot({ path: await screenshotPath(screen), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help}\n` +
        v.nodes.map((n) => `  ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ")}`).join("\n"),
    )
    .join("\n");
}

/** Fills the login page and submits it, without waiting for what comes next (a code field, a refusal). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Logs out with the header's button and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
}

/**
 * What scrolls sideways on the page as it is now: the page itself, or any scroll container
 * whose content is wider than the box. Empty when nothing does. A string run in the page: the
 * tests are compiled without the DOM's types.
 */
export function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push("page " + document.documentElement.scrollWidth + "px");
    for (const el of document.querySelectorAll("body *")) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1) found.push(el.tagName.toLowerCase() + "." + el.className + " " + el.scrollWidth + "px");
    }
    return found;
  })()`);
}
