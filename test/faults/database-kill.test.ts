import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/app/config.js";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../../server/app/embedded-postgres.js";
import { startPortal, type RunningPortal } from "../../server/app/portal.js";
import { createLogger } from "../../server/platform/logger.js";
import { startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { recordFigures } from "./support/figures.js";
import { Ledger, LoadClient, prefill, runLoad } from "./support/load.js";
import { eventually, healthStatus } from "./support/process-portal.js";
import { CLEAN, verify } from "./support/verify.js";

// PostgreSQL of its own, on a fixed port, so that it can be killed and started again where
// the portal expects it.
const log = createLogger("warn");
let dir: string;
let port: number;
let database: EmbeddedDatabase;
let portal: RunningPortal;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "viv-dbkill-"));
  await chmod(dir, 0o755);
  port = await freePort();
  database = await startEmbeddedPostgres(path.join(dir, "pg"), log, { port });
  const config = readConfig({ PORT: "0", DATABASE_URL: database.url, VIV_DEMO: "1", VIV_DATA_DIR: dir, VIV_BSN_KEY: randomBytes(32).toString("base64"), LOG_LEVEL: "silent" });
  portal = await startPortal(config, createLogger("silent"));
});
afterAll(async () => {
  await portal?.stop();
  await database?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("PostgreSQL killed mid-load", () => {
  it("answers a clear Dutch error and /healthz 503 while it is down, serves again without a restart, and loses nothing acknowledged", async () => {
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const deployments: string[] = [];
    for (let i = 0; i < 6; i++) deployments.push(await startDeployment(employee, {}));
    const ledger = new Ledger();
    const clients = Array.from({ length: 8 }, () => new LoadClient(() => portal.url, ledger));
    for (const client of clients) await client.login("medewerker@horizon.demo");
    await prefill(clients[0], ledger, deployments);

    const load = runLoad(clients, ledger, deployments, Date.now() + 15_000);
    await sleep(4_000);
    const postmaster = Number(readFileSync(path.join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");

    expect(await eventually(async () => (await healthStatus(portal.url)) === 503, 10_000)).toBe(true);
    expect((await fetch(`${portal.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${portal.url}/livez`)).status).toBe(200); // alive: no reason to restart it
    const down = await employee.request(LOG_HOURS, { input: { deploymentId: deployments[0], date: "2026-01-01", minutes: 60 } });
    expect(down.status).toBe(503);
    expect(down.errors).toEqual([
      { message: "Het portaal kan de database nu niet bereiken. Probeer het over een paar minuten opnieuw.", extensions: { code: "UNAVAILABLE" } },
    ]);

    await sleep(3_000);
    database = await startAgain();
    expect(await eventually(async () => (await healthStatus(portal.url)) === 200, 15_000)).toBe(true);
    await load;

    const db = new pg.Pool({ connectionString: database.url, max: 1 });
    const verdict = await verify(async (text, params) => (await db.query(text, params)).rows, ledger, deployments);
    await db.end();
    recordFigures("databaseKill", { kills: 1, ...ledger.figures, ...verdict });
    expect(verdict).toEqual(CLEAN);
    expect(ledger.figures.http500).toBe(0);
    expect(ledger.figures.leaks).toEqual([]);
    expect(ledger.figures.unavailableAnswers.UNAVAILABLE ?? ledger.figures.unavailableAnswers["503"]).toBeGreaterThan(0);
  });
});

/** The killed server's backends may hold its shared memory for a moment: try until it starts. */
async function startAgain(): Promise<EmbeddedDatabase> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startEmbeddedPostgres(path.join(dir, "pg"), log, { port });
    } catch (error) {
      if (attempt > 20) throw error;
      await sleep(500);
    }
  }
}
