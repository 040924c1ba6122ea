import type { AddressInfo } from "node:net";
import path from "node:path";
import { todayInNetherlands } from "../../shared/dates.js";
import { seedDemoIfEmpty } from "../modules/demo/seed.js";
import { loadBsnKey } from "../modules/resident/bsn-vault.js";
import type { Config } from "./config.js";
import { openDatabase } from "./database.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.js";
import { createHttpServer } from "./http.js";
import type { Logger } from "../platform/logger.js";
import { createServices, type Services } from "./services.js";
import { NoticeMailer } from "../modules/notices/notice-mailer.js";
import { startNoticeWorker } from "../modules/notices/notice-worker.js";

/** The review scan for time-based notices runs at start and then hourly. */
const NOTICE_SCAN_EVERY_MS = 60 * 60 * 1000;

export interface RunningPortal {
  url: string;
  services: Services;
  /** Finishes requests in flight, closes the pool, stops the embedded database. */
  stop(): Promise<void>;
}

/** Starts everything in order: database, migrations, demo data, HTTP. Used by main.ts and the tests. */
export async function startPortal(config: Config, log: Logger): Promise<RunningPortal> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, "pg"), log);
    url = embedded.url;
  }
  try {
    const db = await openDatabase(url, log);
    const masterKey = await loadBsnKey({ fromEnv: config.bsnKey, dataDir: config.dataDir, production: config.production });
    const services = createServices(db, masterKey, () => todayInNetherlands(), { production: config.production });
    if (config.seedDemo) await seedDemoIfEmpty(services, log);

    const { server } = await createHttpServer(config, services, log);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
    const portalUrl = `http://${host}:${port}`;
    const { smtpUrl, from, pollMs } = config.mail;
    const mailer = smtpUrl ? new NoticeMailer(db, { smtpUrl, from, portalUrl: config.publicUrl ?? portalUrl }, log) : null;
    const notices = startNoticeWorker({ notices: services.notices, mailer, log, pollMs, scanEveryMs: NOTICE_SCAN_EVERY_MS });

    return {
      url: portalUrl,
      services,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await notices.stop();
        await db.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
