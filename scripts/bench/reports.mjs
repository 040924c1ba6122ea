// Reports and exports over the full data: usageReport and yearlyReview over GraphQL, the
// year's CSV and XLSX downloads (time, size, whether complete, the server's peak memory), and
// the query plans behind them.
import { performance } from "node:perf_hooks";
import { peakRss, sequential } from "./load.mjs";

const USAGE = `query U($m: String!, $from: Date!, $to: Date!) { usageReport(municipalityCode: $m, from: $from, to: $to) {
  rows { month providerName voorzieningCode minutes amountCents residents } totals { minutes amountCents residents } } }`;
const REVIEW = `query Y($m: String!, $year: Int!) { yearlyReview(municipalityCode: $m, year: $year) {
  lines { figures { deploymentsRunning residents minutes capWindowsAtCap } } total { figures { residents minutes } } } }`;

/** One download read to its end: a complete file ends with the totals line (CSV) or the zip's central directory (XLSX). */
async function download(http, auth, url, format) {
  const t0 = performance.now();
  try {
    const response = await fetch(`${http.base}${url}`, { headers: auth });
    const body = Buffer.from(await response.arrayBuffer());
    const complete =
      response.status === 200 &&
      (format === "csv" ? body.toString("utf8").includes("\r\nTotaal;") : body.subarray(-22).readUInt32LE(0) === 0x06054b50);
    return { ms: performance.now() - t0, status: response.status, bytes: body.length, complete };
  } catch (error) {
    return { ms: performance.now() - t0, status: "aborted", bytes: 0, complete: false, error: String(error.cause ?? error) };
  }
}

export async function measureReports({ http, client, serverPid, year, firstYear, today, runs }) {
  const finance = await http.login("financien@zoetermeer.demo");
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // The whole history of Zoetermeer: the largest report and export a municipality can ask.
  const all = { from: `${firstYear}-01-01`, to: today };
  const [{ count: entriesAll }] = (await client.query("SELECT count(*)::int AS count FROM hour_entry e JOIN municipality m ON m.id = e.municipality_id WHERE m.code = 'GM0637'")).rows;
  const [{ count: entriesYear }] = (await client.query("SELECT count(*)::int AS count FROM hour_entry e JOIN municipality m ON m.id = e.municipality_id WHERE m.code = 'GM0637' AND e.entry_date BETWEEN $1 AND $2", [from, to])).rows;
  const result = { year, all, entriesAll, entriesYear, errors: [] };
  const attempt = (name, work) => async () => {
    try {
      await work();
    } catch (error) {
      result.errors.push(`${name}: ${String(error).slice(0, 200)}`);
    }
  };
  // The exports first, on the freshly started server: its peak RSS is then the export's own,
  // not the heap the report runs leave behind (V8 does not give it back).
  for (const format of ["csv", "xlsx"]) {
    const downloads = [];
    let rss = 0;
    for (let i = 0; i < Math.min(runs, 3); i++) {
      await peakRss.reset(serverPid());
      downloads.push(await download(http, finance, `/exports/usage.${format}?municipalityCode=GM0637&from=${all.from}&to=${all.to}`, format));
      rss = Math.max(rss, await peakRss.read(serverPid()));
    }
    const times = downloads.map((d) => d.ms).sort((a, b) => a - b);
    result[format] = { p50: times[Math.floor(times.length / 2)], max: times.at(-1), bytes: downloads[0].bytes, complete: downloads.every((d) => d.complete), statuses: downloads.map((d) => d.status), peakRssMb: rss };
    console.log(`${format} export: ${result[format].p50.toFixed(0)} ms, ${downloads[0].bytes} bytes, complete ${result[format].complete}, peak RSS ${rss.toFixed(0)} MB`);
  }
  result.usageReport = await sequential(runs, attempt("usageReport", () => http.gql(finance, USAGE, { m: "GM0637", from, to })));
  result.usageReportAll = await sequential(runs, attempt("usageReport (all years)", () => http.gql(finance, USAGE, { m: "GM0637", ...all })));
  result.yearlyReview = await sequential(runs, attempt("yearlyReview", () => http.gql(finance, REVIEW, { m: "GM0637", year })));
  const { data } = await http.gql(finance, USAGE, { m: "GM0637", from, to }).catch(() => ({ data: null }));
  result.reportRows = data?.usageReport.rows.length ?? null;
  result.totals = data?.usageReport.totals ?? null;
  console.log(`usageReport p50 ${result.usageReport.p50.toFixed(0)} ms (all years ${result.usageReportAll.p50.toFixed(0)} ms), yearlyReview p50 ${result.yearlyReview.p50.toFixed(0)} ms`);

  // The plans: what the usage report reads, with buffers.
  const [m] = (await client.query("SELECT id FROM municipality WHERE code = 'GM0637'")).rows;
  const usage = await import("../../dist/server/modules/finance/usage-query.js");
  await client.query("SET statement_timeout = 0");
  const explain = async (sql, params) =>
    (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params)).rows.map((r) => r["QUERY PLAN"]).join("\n");
  const params = usage.usageParams({ municipalityId: m.id, from, to, providerId: null, voorzieningCode: null });
  result.plans = { usageRows: await explain(usage.USAGE_ROWS_SQL, params), usageResidents: await explain(usage.USAGE_RESIDENTS_SQL, params) };
  return result;
}
