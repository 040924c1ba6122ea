import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../server/app/embedded-postgres.js";
import { startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { createTestDatabase } from "../support/portal.js";
import { recordFigures } from "./support/figures.js";
import { Ledger, LoadClient, prefill, runLoad } from "./support/load.js";
import { startPortalProcess, type PortalProcess } from "./support/process-portal.js";
import { CLEAN, verify } from "./support/verify.js";

const LOAD_MS = 15_000;
const KILLS_AT = [3_000, 8_000];

let env: Record<string, string>;
let portal: PortalProcess;
let db: pg.Pool;
const sql = async (text: string, params?: unknown[]) => (await db.query(text, params)).rows;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  env = { DATABASE_URL: databaseUrl, VIV_DEMO: "1", VIV_BSN_KEY: randomBytes(32).toString("base64"), PORT: String(await freePort()) };
  portal = startPortalProcess(env);
  await portal.ready;
});
afterAll(async () => {
  await portal?.kill("SIGTERM");
  await db?.end();
});

describe("the API process killed with SIGKILL mid-load", () => {
  it("comes back with npm start; clients retry with the same keys; nothing lost, nothing doubled", async () => {
    const url = await portal.ready;
    const employee = await new GraphQLSession(url).login("medewerker@horizon.demo");
    const deployments: string[] = [];
    for (let i = 0; i < 6; i++) deployments.push(await startDeployment(employee, {}));
    const ledger = new Ledger();
    const clients = Array.from({ length: 12 }, () => new LoadClient(() => url, ledger));
    for (const client of clients) await client.login("medewerker@horizon.demo");
    await prefill(clients[0], ledger, deployments);

    const started = Date.now();
    const load = runLoad(clients, ledger, deployments, started + LOAD_MS);
    for (const at of KILLS_AT) {
      await sleep(Math.max(0, started + at - Date.now()));
      await portal.kill("SIGKILL");
      portal = startPortalProcess(env); // the same port, as `npm start` would take
      await portal.ready;
    }
    await load;

    const verdict = await verify(sql, ledger, deployments);
    // Every acknowledged logHours sent once more with its key: the same entry, or the
    // refusal that the key was used for other figures (when it was corrected since); no new row.
    let replayed = 0;
    for (const entry of ledger.entries.values()) {
      if (entry.deleted) continue;
      const { data } = await employee.request(LOG_HOURS, { input: entry.logged });
      const same = data.logHours.entry?.id === entry.id || data.logHours.userErrors[0]?.field === "idempotencyKey";
      if (same) replayed++;
    }
    const afterReplay = await verify(sql, ledger, deployments);
    recordFigures("apiKill", { kills: KILLS_AT.length, ...ledger.figures, replayed, ...verdict });

    expect(verdict).toEqual(CLEAN);
    expect(afterReplay).toEqual(CLEAN);
    expect(replayed).toBe([...ledger.entries.values()].filter((e) => !e.deleted).length);
    expect(ledger.figures.retries).toBeGreaterThan(0); // the kills did cut requests off
    expect(ledger.figures.http500).toBe(0);
    expect(ledger.figures.leaks).toEqual([]);
  });
});
