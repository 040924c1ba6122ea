import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { requestScope, type Logger } from "../platform/logger.js";

const GIVEN_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id (a load balancer's `X-Request-Id` when it is a plain token, else a
 * new one), answers it in the same header, and serves the request inside `requestScope`, so that
 * every log line written meanwhile carries it. One line per request when it ends: method, path
 * without the query string (a query string is the caller's to fill), status, duration and
 * GraphQL operation; never a body, variables, cookie or header value.
 */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.get("x-request-id");
    const scope: { requestId: string; operation?: string } = { requestId: given && GIVEN_ID.test(given) ? given : randomUUID() };
    res.setHeader("X-Request-Id", scope.requestId);
    const started = process.hrtime.bigint();
    const path = req.path; // read now: routers mounted on a path rewrite it while they serve
    res.on("finish", () => {
      requestScope.run(scope, () => {
        const api = path.startsWith("/graphql") || path.startsWith("/exports");
        log[api ? "info" : "debug"](
          { method: req.method, path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6, operation: scope.operation },
          "request",
        );
      });
    });
    requestScope.run(scope, next);
  };
}
