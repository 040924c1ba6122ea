import type { Logger } from "../../platform/logger.js";
import type { NoticeMailer } from "./notice-mailer.js";
import type { NoticesService } from "./notices.service.js";

export interface NoticeWorker {
  stop(): Promise<void>;
}

/**
 * The API process's background work for notices: the review scan at start and then every
 * `scanEveryMs`, and (when SMTP is set) the outbox every `pollMs`. Runs never overlap; stop()
 * waits for the run in progress. Any number of API processes may run it side by side.
 */
export function startNoticeWorker(options: { notices: NoticesService; mailer: NoticeMailer | null; log: Logger; pollMs: number; scanEveryMs: number }): NoticeWorker {
  const { notices, mailer, log } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let lastScan = 0;

  const tick = async () => {
    if (Date.now() - lastScan >= options.scanEveryMs) {
      lastScan = Date.now();
      await notices.scanDueReviews(log).catch((error) => log.error({ err: error }, "notice scan failed"));
    }
    if (mailer) await mailer.sendDue().catch((error) => log.error({ err: error }, "notice mail run failed"));
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, mailer ? options.pollMs : options.scanEveryMs);
  };
  running = tick().finally(schedule);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      mailer?.close();
    },
  };
}
