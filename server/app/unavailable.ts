import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../platform/context.js";

/**
 * While PostgreSQL is down or restarting, every request fails the same way. Such a failure is
 * not a bug: the client gets one Dutch sentence, the code UNAVAILABLE and HTTP 503
 * (so a load balancer or a client retries), and the pool reconnects by itself once the
 * database is back.
 */
// Not "nothing was saved": when the connection broke during a commit, nobody knows; the
// client retries with its idempotency key.
export const UNAVAILABLE_MESSAGE = "Het portaal kan de database nu niet bereiken. Probeer het over een paar minuten opnieuw.";

// Connection exceptions (class 08), admin/crash shutdown and "starting up" (57P01-57P03).
const PG_CODES = /^(08|57P0[123])/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);
// Not the pool's "timeout exceeded when trying to connect": that is a busy pool, not an outage.
const PG_MESSAGES = /Connection terminated|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down|in recovery mode)/i;

// TypeORM's answer to a query on a connection it already dropped because the connection broke.
const RELEASED = new Set(["QueryRunnerAlreadyReleasedError", "QueryRunnerProviderAlreadyReleasedError"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const { code, message, name, originalError, cause, driverError } = e as Record<string, unknown>;
    if (typeof code === "string" && (PG_CODES.test(code) || NODE_CODES.has(code))) return true;
    if (typeof name === "string" && RELEASED.has(name)) return true;
    if (typeof message === "string" && PG_MESSAGES.test(message)) return true;
    e = originalError ?? driverError ?? cause;
  }
  return false;
}

/** Answers 503 when an operation failed because the database could not be reached. */
export const unavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some(isDatabaseUnavailable)) response.http.status = 503;
      },
    };
  },
};
