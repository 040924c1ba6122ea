// Benchmark: Lighthouse on the built portal, as a care worker's phone and a desktop see it.
// Starts a fresh portal (npm start's server, demo data, its own embedded PostgreSQL in a
// temporary directory) on PORT, logs in as a provider employee for the pages behind the login
// (Lighthouse sends the session cookie with every request), runs Lighthouse on Debian's
// Chromium for the login page, the list and the Urenweek, mobile and desktop, prints every
// score and writes them between the web markers in bench/results.md. Also the bytes of the
// provider's first load. Run: npm run bench:web (PORT=4010, RUNS=3 per page and form factor;
// the table's summary takes each page's median run, as Lighthouse advises for its variance;
// LHR_DIR=dir also keeps every full Lighthouse report there as JSON).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const PORT = process.env.PORT ?? "4010";
const RUNS = Number(process.env.RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BASE = `http://127.0.0.1:${PORT}`;
const RESULTS = "bench/results.md";
const [START, END] = ["<!-- web:start -->", "<!-- web:end -->"];
// The flags this closed network needs (shared/stack.md); chrome-launcher adds its own quiet defaults.
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAGES = [
  { name: "login", path: "/", loggedIn: false },
  { name: "list (/)", path: "/", loggedIn: true },
  { name: "Urenweek (/uren)", path: "/uren", loggedIn: true },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const METRICS = { FCP: "first-contentful-paint", LCP: "largest-contentful-paint", TBT: "total-blocking-time", CLS: "cumulative-layout-shift", SI: "speed-index" };

const dataDir = await mkdtemp(path.join(tmpdir(), "viv-bench-web-"));
const server = spawn(process.execPath, ["dist/server/main.js"], {
  env: { ...process.env, PORT, HOST: "127.0.0.1", VIV_DATA_DIR: dataDir, VIV_DEMO: "1", LOG_LEVEL: "warn", VIV_BSN_KEY: randomBytes(32).toString("base64") },
  stdio: ["ignore", "ignore", "inherit"],
});

try {
  await waitForHealth();
  const cookie = await logIn("medewerker@horizon.demo");
  const rows = [];
  for (const formFactor of ["mobile", "desktop"]) {
    for (const page of PAGES) {
      for (let run = 1; run <= RUNS; run++) {
        const lhr = await audit(`${BASE}${page.path}`, formFactor, page.loggedIn ? cookie : null);
        if (process.env.LHR_DIR) await writeFile(path.join(process.env.LHR_DIR, `${formFactor}-${page.name.split(" ")[0]}-${run}.json`), JSON.stringify(lhr));
        const row = { ...summarise(lhr, page.name, formFactor, run), load: loadavg()[0].toFixed(1) };
        rows.push(row);
        console.log(`${page.name.padEnd(18)} ${formFactor.padEnd(8)} run ${run}: performance ${row.scores.performance}, accessibility ${row.scores.accessibility}, best practices ${row.scores["best-practices"]}, CLS ${row.metrics.CLS}`);
      }
    }
  }
  await writeResults(rows);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await rm(dataDir, { recursive: true, force: true });
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("the portal stopped while starting");
    const ok = await fetch(`${BASE}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the portal did not answer on ${BASE}`);
}

async function logIn(email) {
  const response = await fetch(`${BASE}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "demo" }) { user { id } } }` }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`login failed for ${email}`);
  return cookie;
}

async function audit(url, formFactor, cookie) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) };
    const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function summarise(lhr, page, formFactor, run) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([label, id]) => [label, lhr.audits[id].displayValue]));
  // What held a score below 100: the category's audits that did not pass, as Lighthouse words them.
  const misses = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`),
  );
  // What moved, when anything did: the elements of the layout-shifts audit.
  const shifted = (lhr.audits["layout-shifts"]?.details?.items ?? []).map((item) => `${item.node?.selector ?? "?"} (${item.score.toFixed(3)})`);
  if (shifted.length) misses.push(`layout shift of ${shifted.join(", ")}`);
  return { page, formFactor, run, scores, metrics, misses, firstLoad: firstLoad(lhr), chromium: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] };
}

/** Scripts and stylesheets the page loaded: bytes on the wire (Brotli) and their gzip twins in the build. */
function firstLoad(lhr) {
  const requests = lhr.audits["network-requests"].details.items;
  const sum = (type) => {
    const files = requests.filter((r) => r.resourceType === type && r.url.startsWith(BASE));
    const gzip = files.reduce((total, r) => {
      const twin = path.join("client/dist", new URL(r.url).pathname + ".gz");
      return total + (existsSync(twin) ? statSync(twin).size : r.resourceSize);
    }, 0);
    return { count: files.length, wire: files.reduce((total, r) => total + r.transferSize, 0), gzip };
  };
  return { js: sum("Script"), css: sum("Stylesheet") };
}

function table(rows, withRun = false) {
  return [
    `| page | form factor |${withRun ? " run | load |" : ""} performance | accessibility | best practices | FCP | LCP | TBT | CLS | Speed Index |`,
    `|---|---|${withRun ? "---|---|" : ""}---|---|---|---|---|---|---|---|`,
    ...rows.map((r) => `| ${r.page} | ${r.formFactor} |${withRun ? ` ${r.run} | ${r.load} |` : ""} ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores["best-practices"]} | ${Object.values(r.metrics).join(" | ")} |`),
  ];
}

/** Each target of issue 19 against the median runs, and the audit that shows a miss. */
function verdict(median, load) {
  const mobile = median.filter((r) => r.formFactor === "mobile");
  const line = (ok, text) => `- ${ok ? "met" : "missed"}: ${text}`;
  const slow = mobile.filter((r) => r.scores.performance < 90);
  const worstCls = Math.max(...median.map((r) => Number(r.metrics.CLS)));
  const imperfect = median.filter((r) => r.scores.accessibility < 100 || r.scores["best-practices"] < 100);
  return [
    "Targets, on the medians:",
    "",
    line(!slow.length, `mobile performance ≥ 90 (${mobile.map((r) => `${r.page} ${r.scores.performance}`).join(", ")})${slow.map((r) => `; ${r.page}: ${r.misses.join(", ")}`).join("")}`),
    line(worstCls <= 0.05, `CLS ≤ 0.05 (highest ${worstCls})`),
    line(!imperfect.length, `accessibility and best practices 100${imperfect.map((r) => `; ${r.page} ${r.formFactor}: ${r.misses.join(", ")}`).join("")}`),
    line(load.js.gzip <= 120_000, `a provider's first load ≤ 120 kB JavaScript gzip (${(load.js.gzip / 1000).toFixed(1)} kB; README, "Web performance", says what it is made of)`),
    line(load.css.gzip <= 30_000, `≤ 30 kB CSS gzip (${(load.css.gzip / 1000).toFixed(1)} kB)`),
  ];
}

function medians(rows) {
  const groups = new Map();
  for (const r of rows) groups.set(`${r.formFactor} ${r.page}`, [...(groups.get(`${r.formFactor} ${r.page}`) ?? []), r]);
  return [...groups.values()].map((runs) => [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((runs.length - 1) / 2)]);
}

async function writeResults(rows) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const list = rows.find((r) => r.page.startsWith("list") && r.formFactor === "mobile");
  const lines = [
    START,
    "## Web: Lighthouse (`npm run bench:web`)",
    "",
    `Lighthouse 12.8.2 on Debian's ${rows[0].chromium} (headless), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit}, a fresh portal with the demo data, logged in as \`medewerker@horizon.demo\` for the list and the Urenweek. Mobile is Lighthouse's default (Moto G Power, slow 4G, 4x CPU slowdown, simulated); desktop its desktop preset. Targets: mobile performance ≥ 90, CLS ≤ 0.05, accessibility and best practices 100.`,
    "",
    `Median run of ${RUNS} per page and form factor (by performance score):`,
    "",
    ...table(medians(rows)),
    "",
    ...verdict(medians(rows), list.firstLoad),
    "",
    "Every run, with the machine's load average (1 minute) when it ended: Lighthouse's simulated throttling multiplies the main-thread time it observes, so a busy machine inflates TBT.",
    "",
    ...table(rows, true),
    "",
    `Provider's first load (the list, logged in): ${list.firstLoad.js.count} scripts, ${kB(list.firstLoad.js.wire)} on the wire (Brotli), ${kB(list.firstLoad.js.gzip)} gzip; ${list.firstLoad.css.count} stylesheet(s), ${kB(list.firstLoad.css.wire)} on the wire, ${kB(list.firstLoad.css.gzip)} gzip.`,
    "",
    "Audits below 0.9 per run (what Lighthouse names when a score is under 100):",
    "",
    ...rows.map((r) => `- ${r.page}, ${r.formFactor}, run ${r.run}: ${r.misses.length ? r.misses.join(", ") : "none"}`),
    END,
  ];
  const section = lines.join("\n");
  const current = existsSync(RESULTS) ? await readFile(RESULTS, "utf8") : "# Benchmarks\n";
  const next = current.includes(START) ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), () => section) : `${current.trimEnd()}\n\n${section}\n`;
  await mkdir("bench", { recursive: true });
  await writeFile(RESULTS, next);
  console.log(`\n${section}\nWritten to ${RESULTS}.`);
}
