import type { Logger } from "../platform/logger.js";

/**
 * Logs a database outage once when it starts (with its cause) and once when it ends (with how
 * long it lasted and how many requests failed meanwhile), instead of one line per failed
 * request or none at all (issue #17: 2,137 failed requests left 3 log lines).
 */
export class DatabaseWatch {
  private outage: { since: number; cause: string; failedRequests: number } | null = null;

  constructor(private readonly log: Logger) {}

  /** Answers whether the error means the database cannot be reached (and records that). */
  failed(error: unknown): boolean {
    if (!isConnectionError(error)) return false;
    if (this.outage) {
      this.outage.failedRequests++;
    } else {
      const cause = describe(error);
      this.outage = { since: Date.now(), cause, failedRequests: 1 };
      this.log.error({ cause }, "database unreachable");
    }
    return true;
  }

  /** The database answered: ends an outage, if there was one. */
  answered(): void {
    if (!this.outage) return;
    const { since, cause, failedRequests } = this.outage;
    this.outage = null;
    this.log.warn({ cause, downForMs: Date.now() - since, failedRequests }, "database reachable again");
  }
}

/** Connection-level failures: not a bad query, not a busy pool (that is BUSY, not an outage). */
function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string; originalError?: unknown } | null;
  if (!e) return false;
  if (e.originalError && e.originalError !== e) return isConnectionError(e.originalError);
  const code = e.code ?? "";
  return (
    ["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "3D000"].includes(code) ||
    code.startsWith("08") ||
    /Connection terminated|connection error|not currently accepting connections/i.test(e.message ?? "")
  );
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(": ");
}
