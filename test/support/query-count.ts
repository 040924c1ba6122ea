import { randomUUID } from "node:crypto";
import { requestScope } from "../../server/platform/logger.js";
import type { TestPortal } from "./portal.js";

/**
 * How many SQL statements the portal sends while serving one HTTP request. Every statement goes
 * through the DataSource's logger (`logQuery`, called whether logging is on or not), and every
 * request is served inside `requestScope` with the `X-Request-Id` the caller sent; so a request
 * sent with `headers()` is told apart from the notice worker and from other requests.
 * It only counts: the statements run as they would.
 */
export function countQueries(portal: TestPortal) {
  const logger = portal.services.db.logger;
  const original = logger.logQuery.bind(logger);
  const counts = new Map<string, number>();
  logger.logQuery = (query, parameters, runner) => {
    const id = requestScope.getStore()?.requestId;
    if (id !== undefined && counts.has(id)) counts.set(id, counts.get(id)! + 1);
    return original(query, parameters, runner);
  };
  return {
    /** Headers that mark one request to be counted, and a function that tells its count afterwards. */
    track(): { headers: Record<string, string>; count: () => number } {
      const id = `count-${randomUUID()}`;
      counts.set(id, 0);
      return { headers: { "x-request-id": id }, count: () => counts.get(id)! };
    },
    stop() {
      logger.logQuery = original;
    },
  };
}
