import "reflect-metadata";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { backupDatabase, BackupRefused, restoreDatabase } from "./app/backup.js";
import { readConfig } from "./app/config.js";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./app/embedded-postgres.js";
import { createLogger } from "./platform/logger.js";

/**
 * `npm run backup [-- FILE]` and `npm run restore -- FILE` on the portal's database: the one in
 * DATABASE_URL, else the embedded one in VIV_DATA_DIR (the running portal's, or started for this).
 */
const [command, fileArg] = process.argv.slice(2);
const config = readConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const pgDir = path.join(config.dataDir, "pg");

async function withDatabase<T>(work: (url: string) => Promise<T>, portalMayRun: boolean): Promise<T> {
  if (config.databaseUrl) return work(config.databaseUrl);
  const running = await runningEmbeddedUrl(pgDir);
  if (running && !portalMayRun) throw new BackupRefused(`Het portaal draait nog met ${config.dataDir}. Stop het eerst.`);
  if (running) return work(running);
  const embedded = await startEmbeddedPostgres(pgDir, log);
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

try {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    const file = path.resolve(fileArg ?? path.join(config.dataDir, "backups", `viv-${stamp}.backup.gz`));
    await mkdir(path.dirname(file), { recursive: true });
    const header = await withDatabase((url) => backupDatabase(url, file), true);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    process.stderr.write(`Back-up gemaakt: ${header.tables.length} tabellen, ${rows} rijen.\n`);
    process.stdout.write(`${file}\n`);
  } else if (command === "restore" && fileArg) {
    const header = await withDatabase((url) => restoreDatabase(url, path.resolve(fileArg)), false);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    process.stdout.write(`Hersteld uit ${fileArg}: ${header.tables.length} tabellen, ${rows} rijen (back-up van ${header.createdAt}).\n`);
  } else {
    process.stderr.write("Gebruik: npm run backup [-- BESTAND]  of  npm run restore -- BESTAND\n");
    process.exit(2);
  }
  process.exit(0);
} catch (error) {
  const message = error instanceof BackupRefused ? error.message : `Dat lukte niet: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
