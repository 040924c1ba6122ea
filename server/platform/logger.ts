import { pino, type Logger } from "pino";

/**
 * The one logger. Structured JSON; fields that could carry personal data are redacted
 * by name as a second line of defence: no code path logs a BSN on purpose.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ["bsn", "residentBsn", "*.bsn", "*.residentBsn", "*.password", "password", "variables", "*.variables"],
      censor: "[verwijderd]",
    },
  });
}

export type { Logger };
