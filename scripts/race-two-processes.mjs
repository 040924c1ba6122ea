// Two API processes on one PostgreSQL, as behind a load balancer (docs/scale-out.md): one
// session, 100 parallel 60-minute logHours on one kortdurende begeleiding (cap 3000 minutes),
// alternating between the processes, then 10 retries of one request with the same
// idempotencyKey, alternating too. Prints what each process accepted and what the database
// holds: the cap and the key hold across processes because every lock and every key is in
// PostgreSQL, not in a process. Run: npm run build:server && node scripts/race-two-processes.mjs
// Ports: PORT (default 4101) and PORT + 1000.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { startEmbeddedPostgres } from "../dist/server/app/embedded-postgres.js";
import { createLogger } from "../dist/server/platform/logger.js";
import { addDays, todayInNetherlands } from "../dist/shared/dates.js";

const PORT = Number(process.env.PORT ?? 4101);
const PORTS = [PORT, PORT + 1000];
const REQUESTS = 100;
const MINUTES = 60;

const dir = await mkdtemp(path.join(tmpdir(), "viv-race-"));
await chmod(dir, 0o755);
const database = await startEmbeddedPostgres(path.join(dir, "pg"), createLogger("warn"));
const bsnKey = randomBytes(32).toString("base64");
const children = [];

/** One portal process on `port`; only the first seeds the demo data (both would race to). */
async function startProcess(port, seed) {
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: database.url, VIV_DEMO: seed ? "1" : "0", VIV_BSN_KEY: bsnKey, VIV_DATA_DIR: dir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return `http://127.0.0.1:${port}`;
    await sleep(100);
  }
  throw new Error(`the process on port ${port} did not start`);
}

let cookie = "";
async function gql(base, query, variables) {
  const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
  cookie = response.headers.get("set-cookie")?.split(";")[0] ?? cookie;
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const LOG = `mutation L($i: LogHoursInput!) { logHours(input: $i) { entry { id } userErrors { code } } }`;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

try {
  const first = await startProcess(PORTS[0], true);
  const second = await startProcess(PORTS[1], false);
  const bases = [first, second];

  // Logged in on the first process; the session lives in PostgreSQL, so the second knows it.
  await gql(first, `mutation { login(input: { email: "medewerker@horizon.demo", password: "demo" }) { user { id } } }`);
  const start = addDays(todayInNetherlands(), -60);
  const create = async (residentBsn) =>
    (await gql(second, `mutation C($i: CreateDeploymentInput!) { createDeployment(input: $i) { deployment { id } userErrors { code } } }`, {
      i: { municipalityCode: "GM0637", residentBsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: start },
    })).createDeployment.deployment.id;
  const deploymentId = await create("111222333");
  const retried = await create("123456782");

  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: REQUESTS }, async (_, i) => {
      const via = i % 2;
      const began = performance.now();
      const data = await gql(bases[via], LOG, { i: { deploymentId, date: addDays(start, i % 50), minutes: MINUTES, idempotencyKey: randomUUID() } });
      return { via, ms: performance.now() - began, accepted: Boolean(data.logHours.entry), codes: data.logHours.userErrors.map((e) => e.code) };
    }),
  );
  const wallMs = performance.now() - t0;

  const key = randomUUID();
  const retries = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      gql(bases[i % 2], LOG, { i: { deploymentId: retried, date: addDays(start, 55), minutes: 1, idempotencyKey: key } }).then((d) => d.logHours.entry?.id ?? null),
    ),
  );

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const [{ entries, minutes, used, keyed }] = (
    await client.query(
      `SELECT count(*) FILTER (WHERE e.deployment_id = $1)::int AS entries, COALESCE(SUM(e.amount) FILTER (WHERE e.deployment_id = $1), 0)::int AS minutes,
              (SELECT used_amount FROM cap_total u WHERE u.last_deployment_id = $1) AS used,
              count(*) FILTER (WHERE e.deployment_id = $2)::int AS keyed
         FROM hour_entry e WHERE e.deployment_id IN ($1, $2) AND e.deleted_at IS NULL`,
      [deploymentId, retried],
    )
  ).rows;
  await client.end();

  const accepted = results.filter((r) => r.accepted);
  const refusals = {};
  for (const r of results) for (const c of r.codes) refusals[c] = (refusals[c] ?? 0) + 1;
  const row = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(`Two API processes (ports ${PORTS.join(" and ")}) on one PostgreSQL:`);
  row(`${REQUESTS} parallel logHours of ${MINUTES} min, cap 3000:`, `${accepted.length} accepted (${accepted.filter((r) => r.via === 0).length} + ${accepted.filter((r) => r.via === 1).length} per process)`);
  row("refused:", JSON.stringify(refusals));
  row("entries of 60 min in the database:", `${entries} = ${minutes} minutes; running total ${used}`);
  row("wall time for the 100 requests:", `${wallMs.toFixed(0)} ms`);
  row("latency p50 / p95 / max:", `${percentile(results.map((r) => r.ms), 50).toFixed(0)} / ${percentile(results.map((r) => r.ms), 95).toFixed(0)} / ${Math.max(...results.map((r) => r.ms)).toFixed(0)} ms`);
  row("10 retries of one idempotencyKey, both processes:", `${new Set(retries).size} distinct entry id(s) answered, ${keyed} entry in the database`);
  if (accepted.length !== 3000 / MINUTES || entries !== accepted.length || keyed !== 1) process.exitCode = 1;
} finally {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once("exit", r)))));
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
