// npm run bench [-- --quick] [-- --out FILE]: the portal at a region's scale (issue #12, #20).
// Starts a throw-away embedded PostgreSQL, runs the built server beside it as its own process
// (as `npm start` does), seeds the data with COPY, then measures writes, reports, exports,
// start-up, and cookie against token; prints the figures and writes bench/results.md.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres } from "../dist/server/app/embedded-postgres.js";
import { createLogger } from "../dist/server/platform/logger.js";
import { todayInNetherlands } from "../dist/shared/dates.js";
import { seedRegion, seedWriteTargets } from "./bench/seed.mjs";
import { Http, closedLoop, sequential } from "./bench/load.mjs";
import { measureReports } from "./bench/reports.mjs";
import { writeResults } from "./bench/results.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : quick ? "bench/results-quick.md" : "bench/results.md";
const size = quick
  ? { entries: 20_000, deployments: 400, seconds: 1.5, levels: [1, 8, 32], runs: 3, history: 2_000, samples: 40 }
  : { entries: 1_400_000, deployments: 20_000, seconds: 6, levels: [1, 8, 32], runs: 7, history: 20_000, samples: 200 };
const port = Number(process.env.BENCH_PORT ?? process.env.PORT ?? 4104);
const today = todayInNetherlands();
const figures = { quick, date: new Date().toISOString(), size, today };
const began = performance.now();

const dir = await mkdtemp(path.join(tmpdir(), "viv-bench-"));
await chmod(dir, 0o755);
const database = await startEmbeddedPostgres(path.join(dir, "pg"), createLogger("warn"));
const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: database.url, VIV_DEMO: "1", VIV_DATA_DIR: dir, LOG_LEVEL: "warn", VIV_BSN_KEY: randomBytes(32).toString("base64") };
const base = `http://127.0.0.1:${port}`;
let server = null;

/** Starts dist/server/main.js (what `npm start` runs after its build) and times it to /healthz 200. */
async function startServer() {
  const t0 = performance.now();
  const child = spawn(process.execPath, ["dist/server/main.js"], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  server = child;
  return performance.now() - t0;
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}

// Interrupted: stop what this run started (the server, the database) and remove its files.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await stopServer().catch(() => {});
    await database.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

const client = new pg.Client({ connectionString: database.url });
try {
  figures.startFresh = await startServer();
  await client.connect();
  figures.postgres = (await client.query("SHOW server_version")).rows[0].server_version;

  let t0 = performance.now();
  const region = await seedRegion(client, { entries: size.entries, deployments: size.deployments, today });
  const targets = await seedWriteTargets(client, { count: 2 + Math.max(...size.levels), history: size.history, today });
  const summaries = await import("../dist/migrations/1764300000000-UsageSummaries.js").catch(() => null);
  if (summaries) await client.query(summaries.REBUILD_USAGE_SUMMARIES_SQL);
  await client.query("VACUUM ANALYZE");
  figures.seed = { seconds: (performance.now() - t0) / 1000, entries: region.entries, deployments: region.deployments, summaries: Boolean(summaries) };
  console.log(`seeded ${region.entries} entries over ${region.deployments} deployments in ${figures.seed.seconds.toFixed(1)} s`);

  // A restart on the full database: what `npm start` costs on a working day.
  await stopServer();
  figures.startWarm = await startServer();
  const http = new Http(base);
  const employee = await http.login("medewerker@horizon.demo");
  const admin = await http.login("beheer@horizon.demo");
  const { data } = await http.gql(admin, `mutation { createApiToken(name: "bench") { token userErrors { code } } }`);
  const token = { authorization: `Bearer ${data.createApiToken.token}` };
  // One care worker (and one provider system) per client, as in the field: the portal lets one
  // account run only a few requests at once (README, security), so N clients are N accounts.
  const most = Math.max(...size.levels);
  await client.query(
    `INSERT INTO app_user (id, email, password_hash, role, provider_id, municipality_id)
     SELECT gen_random_uuid(), 'bench' || g || '@horizon.demo', u.password_hash, u.role, u.provider_id, u.municipality_id
       FROM app_user u CROSS JOIN generate_series(1, $1) g WHERE u.email = 'medewerker@horizon.demo'`,
    [most],
  );
  const employees = [];
  const tokens = [];
  for (let i = 1; i <= most; i++) {
    employees.push(await http.login(`bench${i}@horizon.demo`));
    const made = await http.gql(admin, `mutation { createApiToken(name: "bench ${i}") { token } }`);
    tokens.push({ authorization: `Bearer ${made.data.createApiToken.token}` });
  }

  const LOG = `mutation L($i: LogHoursInput!) { logHours(input: $i) { entry { id } userErrors { code message } } }`;
  const logHours = (auths) => async (clientIndex, i) => {
    const { data } = await http.gql(auths[clientIndex], LOG, { i: { deploymentId: targets.writers[clientIndex], date: dateOf(i), minutes: 1 } });
    if (!data.logHours.entry) throw new Error(`refused: ${JSON.stringify(data.logHours.userErrors)}`);
  };
  const dateOf = (i) => {
    const d = new Date(`${targets.start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (i % 690));
    return d.toISOString().slice(0, 10);
  };

  // The same transaction as raw SQL through pg: lock the deployment and the resident, insert the entry, upsert the running total, insert the audit row.
  const [employeeRow] = (await client.query("SELECT id FROM app_user WHERE email = 'medewerker@horizon.demo'")).rows;
  const rawWrite = (pool) => async (clientIndex, i) => {
    const c = await pool.connect();
    try {
      const deployment = targets.writers[clientIndex];
      await c.query("BEGIN");
      await c.query("SELECT 1 FROM deployment WHERE municipality_id = $1 AND id = $2 FOR UPDATE", [targets.municipalityId, deployment]);
      const { rows } = await c.query(
        "INSERT INTO hour_entry (municipality_id, deployment_id, entry_date, amount, created_by) VALUES ($1, $2, $3, 1, $4) RETURNING id",
        [targets.municipalityId, deployment, dateOf(i), employeeRow.id],
      );
      await c.query("SELECT 1 FROM resident WHERE municipality_id = $1 AND id = $2 FOR UPDATE", [targets.municipalityId, targets.residentOf[deployment]]);
      await c.query(
        `INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, used_amount, last_deployment_id)
         VALUES ($1, 'RESIDENT', $2, 'RECREATIEVE_DAGBESTEDING', $3, 1, $4)
         ON CONFLICT (municipality_id, owner_kind, owner_id, voorziening_code, window_start) DO UPDATE SET used_amount = cap_total.used_amount + 1`,
        [targets.municipalityId, targets.residentOf[deployment], targets.start, deployment],
      );
      await c.query("INSERT INTO audit_event (municipality_id, actor_user_id, action, object_type, object_id, result) VALUES ($1, $2, 'hours.created', 'hour_entry', $3, 'OK')", [
        targets.municipalityId,
        employeeRow.id,
        rows[0].id,
      ]);
      await c.query("COMMIT");
    } finally {
      c.release();
    }
  };

  figures.writes = [];
  for (const clients of size.levels) {
    const graphql = await closedLoop(clients, size.seconds, logHours(employees));
    const pool = new pg.Pool({ connectionString: database.url, max: clients });
    const raw = await closedLoop(clients, size.seconds, rawWrite(pool));
    await pool.end();
    figures.writes.push({ clients, graphql, raw });
    console.log(`logHours ${clients} clients: ${graphql.perSecond.toFixed(0)}/s (p95 ${graphql.p95.toFixed(1)} ms), raw SQL ${raw.perSecond.toFixed(0)}/s`);
  }

  // Write cost with a long history against none, one client, alternating.
  const history = { long: [], empty: [] };
  for (let i = 0; i < size.samples; i++) {
    for (const which of i % 2 ? ["empty", "long"] : ["long", "empty"]) {
      const id = which === "long" ? targets.longHistory : targets.empty;
      const run = await sequential(1, () => http.gql(employee, LOG, { i: { deploymentId: id, date: dateOf(i * 7), minutes: 1 } }));
      history[which].push(run.p50);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  figures.history = { entries: size.history, long: median(history.long), empty: median(history.empty) };
  console.log(`write cost: ${figures.history.long.toFixed(2)} ms with ${size.history} entries, ${figures.history.empty.toFixed(2)} ms empty`);

  // logHoursBatch: 5,000 one-minute entries over the writers' deployments in one request, each
  // batch on days no earlier batch used (the ISO day limit per deployment stays far away).
  const BATCH = `mutation B($i: LogHoursBatchInput!) { logHoursBatch(input: $i) { acceptedCount refusedCount } }`;
  const batches = [];
  for (let run = 0; run < (quick ? 2 : 5); run++) {
    const entries = Array.from({ length: 5000 }, (_, k) => ({
      deploymentId: targets.writers[k % targets.writers.length],
      date: dateOf(run * 157 + Math.floor(k / targets.writers.length)),
      minutes: 1,
      idempotencyKey: `bench-batch-${run}-${k}`,
    }));
    const t0 = performance.now();
    const { data, errors } = await http.gql(token, BATCH, { i: { entries } });
    const elapsed = performance.now() - t0;
    if (!data?.logHoursBatch || data.logHoursBatch.acceptedCount !== 5000) throw new Error(`batch refused: ${JSON.stringify(errors ?? data.logHoursBatch)}`);
    batches.push(elapsed);
  }
  figures.batch = { entries: 5000, p50: median(batches), perSecond: 5000 / (median(batches) / 1000) };
  console.log(`logHoursBatch: 5000 entries in ${figures.batch.p50.toFixed(0)} ms median, ${figures.batch.perSecond.toFixed(0)} entries/s`);

  // Session cookie against API token, 32 clients, in turns (cookie first, then token first, ...)
  // so that a slow moment of the shared machine does not fall on one side only.
  const turns = { cookie: [], token: [] };
  for (let round = 0; round < 4; round++) {
    for (const side of round % 2 ? ["token", "cookie"] : ["cookie", "token"]) {
      turns[side].push(await closedLoop(32, size.seconds / 2, logHours(side === "token" ? tokens : employees)));
    }
  }
  const mean = (runs) => ({ perSecond: runs.reduce((a, r) => a + r.perSecond, 0) / runs.length, p95: Math.max(...runs.map((r) => r.p95)) });
  figures.auth = { cookie: mean(turns.cookie), token: mean(turns.token) };
  const [cookieRun, tokenRun] = [figures.auth.cookie, figures.auth.token];
  console.log(`32 clients: cookie ${cookieRun.perSecond.toFixed(0)}/s, token ${tokenRun.perSecond.toFixed(0)}/s`);

  // Reports and exports on a freshly started server, so the export's peak memory is its own,
  // not the heap the write load above left behind.
  await stopServer();
  figures.startWarmAgain = await startServer();
  figures.reports = await measureReports({ http, client, serverPid: () => server.pid, year: region.firstYear + 1, firstYear: region.firstYear, today, runs: size.runs });
} finally {
  await client.end().catch(() => {});
  await stopServer().catch(() => {});
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
figures.totalSeconds = (performance.now() - began) / 1000;
await mkdir("bench", { recursive: true });
await writeResults(out, figures);
console.log(`wrote ${out} (${figures.totalSeconds.toFixed(0)} s)`);
