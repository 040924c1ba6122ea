// bench/results.md: the figures of one run, the machine and the date, the targets of issue #12
// and #20 met or not, and the query plans.
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { ms } from "./load.mjs";

const yes = (ok) => (ok ? "met" : "**not met**");

export async function writeResults(file, f) {
  const r = f.reports;
  const at8 = f.writes.find((w) => w.clients === 8);
  const ratio8 = at8 ? at8.graphql.perSecond / at8.raw.perSecond : NaN;
  const historyRatio = f.history.long / f.history.empty;
  const authRatio = f.auth.token.perSecond / f.auth.cookie.perSecond;
  const lines = [
    `# Benchmark results${f.quick ? " (quick run, small data)" : ""}`,
    "",
    `Run: ${f.date} (today in the Netherlands: ${f.today}), \`npm run bench${f.quick ? " -- --quick" : ""}\`, ${f.totalSeconds.toFixed(0)} s in all.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, PostgreSQL ${f.postgres} (embedded), server and load generator on the same machine (shared with other work: load average ${os.loadavg()[0].toFixed(1)} at the end of the run, so absolute times are inflated; ratios measured in the same minute hold better).`,
    `Data: ${f.seed.entries.toLocaleString("en")} hour entries over ${f.seed.deployments.toLocaleString("en")} deployments, two municipalities, twenty providers, every voorziening, three years; seeded with COPY in ${f.seed.seconds.toFixed(1)} s${f.seed.summaries ? " (report summaries rebuilt from the entries)" : " (no report summaries in this code)"}.`,
    "",
    "## Writes: logHours over HTTP beside the same transaction as raw SQL through pg",
    "",
    "| clients | GraphQL /s | p50 | p95 | p99 | raw SQL /s | raw p50 | GraphQL / raw |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...f.writes.map((w) => `| ${w.clients} | ${w.graphql.perSecond.toFixed(0)} | ${ms(w.graphql.p50)} | ${ms(w.graphql.p95)} | ${ms(w.graphql.p99)} | ${w.raw.perSecond.toFixed(0)} | ${ms(w.raw.p50)} | ${(100 * w.graphql.perSecond / w.raw.perSecond).toFixed(1)} % |`),
    "",
    `Write cost with a long history: ${ms(f.history.long)} median with ${f.history.entries.toLocaleString("en")} earlier entries, ${ms(f.history.empty)} on an empty deployment: ratio **${historyRatio.toFixed(2)}**.`,
    "",
    `logHoursBatch: ${f.batch.entries.toLocaleString("en")} entries over ${f.size.levels.at(-1)} deployments in one request, ${ms(f.batch.p50)} median: **${f.batch.perSecond.toFixed(0)} entries per second**.`,
    "",
    `Session cookie against API token, logHours at 32 clients: cookie ${f.auth.cookie.perSecond.toFixed(0)}/s (p95 ${ms(f.auth.cookie.p95)}), token ${f.auth.token.perSecond.toFixed(0)}/s (p95 ${ms(f.auth.token.p95)}): token/cookie **${(100 * authRatio).toFixed(0)} %**.`,
    "",
    `## Reports of Zoetermeer: the year ${r.year} (${r.entriesYear.toLocaleString("en")} entries, ${r.reportRows ?? "?"} report rows) and all years ${r.all.from} to ${r.all.to} (${r.entriesAll.toLocaleString("en")} entries)`,
    "",
    "| what | p50 | p95 | notes |",
    "|---|---:|---:|---|",
    `| usageReport | ${ms(r.usageReport.p50)} | ${ms(r.usageReport.p95)} | ${r.usageReport.count} runs |`,
    `| usageReport, all years | ${ms(r.usageReportAll.p50)} | ${ms(r.usageReportAll.p95)} | ${r.usageReportAll.count} runs |`,
    `| yearlyReview | ${ms(r.yearlyReview.p50)} | ${ms(r.yearlyReview.p95)} | ${r.yearlyReview.count} runs |`,
    `| CSV export, all years | ${ms(r.csv.p50)} | ${ms(r.csv.max)} (max) | ${r.csv.bytes} bytes, complete: ${r.csv.complete}, status ${r.csv.statuses.join("/")}, server peak RSS ${r.csv.peakRssMb.toFixed(0)} MB |`,
    `| XLSX export, all years | ${ms(r.xlsx.p50)} | ${ms(r.xlsx.max)} (max) | ${r.xlsx.bytes} bytes, complete: ${r.xlsx.complete}, status ${r.xlsx.statuses.join("/")}, server peak RSS ${r.xlsx.peakRssMb.toFixed(0)} MB |`,
    "",
    r.errors.length ? `Errors during the report runs:\n\n${r.errors.map((e) => `- ${e}`).join("\n")}\n` : "No report run failed.",
    "",
    `Start-up (\`node dist/server/main.js\`, what \`npm start\` runs after its build) to \`/healthz\` 200: ${ms(f.startFresh)} on an empty database (migrations and demo data), ${ms(f.startWarm)} and ${ms(f.startWarmAgain)} (two restarts) on the full database.`,
    "",
    "## Targets",
    "",
    `- usageReport p50 ≤ 300 ms: ${yes(r.usageReport.p50 <= 300)} for the year (${ms(r.usageReport.p50)}), ${yes(r.usageReportAll.p50 <= 300)} for all years over ${r.entriesAll.toLocaleString("en")} entries (${ms(r.usageReportAll.p50)})`,
    `- yearlyReview p50 ≤ 300 ms: ${yes(r.yearlyReview.p50 <= 300)} (${ms(r.yearlyReview.p50)})`,
    `- CSV and XLSX exports complete with peak RSS ≤ 300 MB: ${yes(r.csv.complete && r.xlsx.complete && Math.max(r.csv.peakRssMb, r.xlsx.peakRssMb) <= 300)}`,
    `- logHours at 8 clients ≥ 40 % of raw SQL: ${yes(ratio8 >= 0.4)} (${(100 * ratio8).toFixed(1)} %); p95 ≤ 25 ms: ${yes(at8?.graphql.p95 <= 25)} (${ms(at8?.graphql.p95)})`,
    `- logHoursBatch ≥ 2,000 entries per second for a batch of 5,000: ${yes(f.batch.perSecond >= 2000)} (${f.batch.perSecond.toFixed(0)})`,
    `- write cost long/empty history ≤ 1.1: ${yes(historyRatio <= 1.1)} (${historyRatio.toFixed(2)})`,
    `- token throughput within 10 % of cookie at 32 clients: ${yes(Math.abs(1 - authRatio) <= 0.1)} (${(100 * authRatio).toFixed(0)} %)`,
    "",
    "Why a target is missed:",
    "",
    "- The write ratio (GraphQL at 40 % of raw SQL at 8 clients): a logHours is 6 statements per request (the session, BEGIN, one statement that locks the deployment, the period and the resident, one that reads every fact, the write, COMMIT; `test/integration/write-statements.test.ts` counts them), the hot ones named prepared statements (`server/platform/prepared.ts`), and the raw SQL transaction it is measured against is itself 7. What separates them is the work per request in Node: HTTP, GraphQL and the session (README, Performance).",
    "- A report time above 300 ms on a machine whose load average is far above its core count is mostly waiting for a core: the plans below show the database's own execution time.",
    "",
    "## Plans (EXPLAIN (ANALYZE, BUFFERS)) of the usage report's queries",
    "",
    ...Object.entries(r.plans).flatMap(([name, plan]) => [`### ${name}`, "", "```", plan, "```", ""]),
  ];
  // The web section (npm run bench:web) is its own run: keep it as it is.
  const previous = await readFile(file, "utf8").catch(() => "");
  const web = /<!-- web:start -->[\s\S]*?<!-- web:end -->/.exec(previous)?.[0];
  await writeFile(file, `${lines.join("\n")}\n${web ? `\n${web}\n` : ""}`);
}
