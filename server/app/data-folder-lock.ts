import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../platform/logger.js";

/**
 * One portal per data folder. The portal writes its own pid to `portal.pid` beside the
 * PostgreSQL folder; a second portal on the same folder is refused while that process lives.
 * When it does not live (killed with SIGKILL, out of memory, power cut of the process), the
 * PostgreSQL it left running is found through its `postmaster.pid` and shut down cleanly, so
 * that `npm start` alone brings the portal back.
 */
export class DataFolderInUse extends Error {}

export interface DataFolderLock {
  release(): Promise<void>;
}

export async function lockDataFolder(pgDir: string, log: Logger): Promise<DataFolderLock> {
  const lockFile = path.join(path.dirname(pgDir), "portal.pid");
  // Created exclusively, so that of two portals started at once only one gets the folder.
  for (;;) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readPid(lockFile);
    if (holder === process.pid) break;
    if (holder !== null && isAlive(holder) && isNode(holder)) {
      throw new DataFolderInUse(
        `Het portaal draait al met de gegevensmap ${path.dirname(pgDir)} (proces ${holder}). Stop dat portaal eerst, of start dit portaal met een andere VIV_DATA_DIR.`,
      );
    }
    await rm(lockFile, { force: true }); // left by a portal that is gone
  }
  await stopOrphanedPostgres(pgDir, log);
  return {
    async release() {
      if ((await readPid(lockFile)) === process.pid) await rm(lockFile, { force: true });
    },
  };
}

/** A PostgreSQL whose portal is gone: fast shutdown (SIGINT), then immediate (SIGQUIT) if it hangs. */
async function stopOrphanedPostgres(pgDir: string, log: Logger): Promise<void> {
  const pid = await readPid(path.join(pgDir, "postmaster.pid"));
  if (pid === null || !isAlive(pid)) return;
  log.warn({ pid }, "stopping the PostgreSQL left running by a portal that is gone");
  for (const [signal, waitMs] of [["SIGINT", 20_000], ["SIGQUIT", 10_000]] as const) {
    process.kill(pid, signal);
    for (let waited = 0; waited < waitMs && isAlive(pid); waited += 100) await sleep(100);
    if (!isAlive(pid)) return;
  }
  throw new Error(`Een achtergebleven PostgreSQL (proces ${pid}) in ${pgDir} stopt niet. Stop dat proces en start het portaal opnieuw.`);
}

/**
 * A tiny detached process that stops PostgreSQL (fast shutdown) when the portal dies without
 * stopping it. PostgreSQL cannot be told to follow its parent; this closes that gap within a second.
 */
export function watchPostgres(postgresPid: number): void {
  const script = `
    const [portal, pg] = process.argv.slice(1).map(Number);
    const alive = (pid) => { try { process.kill(pid, 0); } catch { return false; }
      try { return !/^\\d+ \\(.*\\) Z/.test(require("fs").readFileSync("/proc/" + pid + "/stat", "utf8")); } catch { return true; } };
    setInterval(() => {
      if (!alive(pg)) process.exit(0);
      if (!alive(portal)) { try { process.kill(pg, "SIGINT"); } catch {} process.exit(0); }
    }, 500);`;
  const child = spawn(process.execPath, ["-e", script, String(process.pid), String(postgresPid)], { detached: true, stdio: "ignore" });
  child.unref();
}

/** Guards against a pid reused by another program after a restart of the machine. */
function isNode(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(file, "utf8")).split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie (a killed child its parent has not yet reaped is gone for our purpose). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}
