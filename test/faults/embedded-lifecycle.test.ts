import { readdirSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "../../server/app/data-folder-lock.js";
import { GraphQLSession } from "../support/graphql.js";
import { eventually, healthStatus, startPortalProcess, type PortalProcess } from "./support/process-portal.js";

// The portal on its own embedded PostgreSQL, killed the way an out-of-memory killer or a power
// cut of the process would, then started again with nothing but `npm start`.
describe("the embedded database outlives no portal and blocks no restart", () => {
  let dataDir: string;
  let current: PortalProcess | null = null;
  const start = () => startPortalProcess({ VIV_DATA_DIR: dataDir, VIV_DEMO: "1" });
  const postgresPid = () => Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "viv-lifecycle-"));
    await chmod(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  });
  afterAll(async () => {
    await current?.kill("SIGTERM");
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts again after SIGKILL: the watchdog stops the orphaned PostgreSQL within seconds", async () => {
    current = start();
    const url = await current.ready;
    expect(await healthStatus(url)).toBe(200);
    const pg = postgresPid();

    await current.kill("SIGKILL");
    expect(await eventually(() => !isAlive(pg), 10_000)).toBe(true);

    current = start();
    expect(await healthStatus(await current.ready)).toBe(200);
  });

  it("stops a PostgreSQL left running by a dead portal (watchdog killed too) and starts as usual", async () => {
    const killed = current!;
    const pg = postgresPid();
    const watchdog = watchdogOf(killed.child.pid!);
    expect(watchdog).not.toBeNull();
    process.kill(watchdog!, "SIGKILL");
    await killed.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 1500));
    expect(isAlive(pg)).toBe(true); // nothing else would stop it now

    current = start();
    const url = await current.ready;
    expect(current.output()).toContain("stopping the PostgreSQL left running by a portal that is gone");
    expect(isAlive(pg)).toBe(false);
    expect(await healthStatus(url)).toBe(200);
    // The data survived both kills: the demo accounts still log in.
    await new GraphQLSession(url).login("medewerker@horizon.demo");
  });

  it("refuses a second portal on a data folder whose portal still runs, in Dutch, and leaves the first one serving", async () => {
    const url = await current!.ready;
    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Het portaal draait al met de gegevensmap ${dataDir} (proces ${current!.child.pid})`);
    expect(await healthStatus(url)).toBe(200);
  });

  it("stops PostgreSQL and frees the folder on SIGTERM", async () => {
    const pg = postgresPid();
    expect(await current!.kill("SIGTERM")).toBe(0);
    current = null;
    expect(isAlive(pg)).toBe(false);
    expect(readdirSync(dataDir)).not.toContain("portal.pid");
  });
});

/** The watchdog process (`node -e ... <portalPid> <postgresPid>`) started by this portal. */
function watchdogOf(portalPid: number): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean);
      if (args[1] === "-e" && args[3] === String(portalPid)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}
