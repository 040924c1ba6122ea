// Benchmark: does the cost of a cap-checked logHours grow with the deployment's history?
// Starts the built portal on a throw-away embedded PostgreSQL, gives one kortdurende
// begeleiding a history of HISTORY one-minute entries (at most 2800: the cap is 3000) (written straight into the tables,
// running total included), leaves another empty, then times SAMPLES logHours on each over
// HTTP, alternating. Prints the medians and their ratio; a ratio near 1 means the check costs
// the same whatever the history. Run: npm run bench
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import "reflect-metadata";
import { readConfig } from "../dist/server/app/config.js";
import { createLogger } from "../dist/server/platform/logger.js";
import { startPortal } from "../dist/server/app/portal.js";
import { addDays, todayInNetherlands } from "../dist/shared/dates.js";

const HISTORY = Number(process.env.HISTORY ?? 2500);
const SAMPLES = Number(process.env.SAMPLES ?? 200);

const dir = await mkdtemp(path.join(tmpdir(), "viv-bench-"));
await chmod(dir, 0o755);
const config = readConfig({ PORT: "0", VIV_DATA_DIR: dir, VIV_DEMO: "1", LOG_LEVEL: "warn", VIV_BSN_KEY: randomBytes(32).toString("base64") });
const portal = await startPortal(config, createLogger("warn"));
let cookie = "";
async function gql(query, variables) {
  const response = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
  cookie = response.headers.get("set-cookie")?.split(";")[0] ?? cookie;
  return (await response.json()).data;
}

try {
  await gql(`mutation { login(input: { email: "medewerker@horizon.demo", password: "demo" }) { user { id } } }`);
  const today = todayInNetherlands();
  // Within the demo contracts (from 2024): the history packs several one-minute entries a day
  // into the first 300 days, the timed writes go to the 90 days after.
  const start = addDays(today, -400);
  const create = async (bsn) =>
    (await gql(`mutation C($i: CreateDeploymentInput!) { createDeployment(input: $i) { deployment { id } userErrors { code } } }`, {
      i: { municipalityCode: "GM0637", residentBsn: bsn, voorzieningCode: "KORTDURENDE_BEGELEIDING", startDate: start },
    })).createDeployment.deployment.id;
  const empty = await create("111222333");
  const full = await create("123456782");

  // The history, one minute a day, with its running total, as logHours would have left it.
  const db = portal.services.db;
  await db.query(
    `INSERT INTO hour_entry (municipality_id, id, deployment_id, entry_date, amount, created_by)
     SELECT d.municipality_id, gen_random_uuid(), d.id, d.start_date + (g % 300), 1, d.created_by
       FROM deployment d, generate_series(0, $2 - 1) g WHERE d.id = $1`,
    [full, HISTORY],
  );
  await db.query(
    `INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, window_end, cap_amount, used_amount, last_deployment_id)
     SELECT municipality_id, 'RESIDENT', resident_id, voorziening_code, start_date, end_date, 3000, $2, id FROM deployment WHERE id = $1`,
    [full, HISTORY],
  );
  await db.query("ANALYZE");

  const timings = { [empty]: [], [full]: [] };
  const LOG = `mutation L($i: LogHoursInput!) { logHours(input: $i) { entry { id } userErrors { code } } }`;
  for (let i = 0; i < SAMPLES; i++) {
    for (const id of i % 2 ? [empty, full] : [full, empty]) {
      const date = addDays(start, 300 + (i % 90));
      const t0 = performance.now();
      const result = await gql(LOG, { i: { deploymentId: id, date, minutes: 1 } });
      timings[id].push(performance.now() - t0);
      if (!result.logHours.entry) throw new Error(`refused: ${JSON.stringify(result.logHours.userErrors)}`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(timings[empty]);
  const loaded = median(timings[full]);
  console.log(`logHours, median of ${SAMPLES} over HTTP:`);
  const row = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);
  row("empty deployment (baseline):", `${base.toFixed(2)} ms`);
  row(`with ${HISTORY} earlier entries:`, `${loaded.toFixed(2)} ms`);
  row("ratio history/baseline:", (loaded / base).toFixed(2));
} finally {
  await portal.stop();
  await rm(dir, { recursive: true, force: true });
}
