import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type Logger } from "pino";

/** The request being served, so that every log line written while serving it carries its id. */
export const requestScope = new AsyncLocalStorage<{ requestId: string; operation?: string }>();

/**
 * The one logger. Structured JSON; fields that could carry personal data are redacted
 * by name as a second line of defence: no code path logs a BSN on purpose.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
    redact: {
      paths: ["bsn", "residentBsn", "*.bsn", "*.residentBsn", "*.password", "password", "variables", "*.variables", "token", "*.token", "cookie", "*.cookie", "authorization", "*.authorization"],
      censor: "[verwijderd]",
    },
  });
}

export type { Logger };
