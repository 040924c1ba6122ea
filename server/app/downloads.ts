import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { ERROR_CODES } from "../../shared/refusal-codes.js";
import type { Actor } from "../platform/actor.js";
import { DownloadRefusal, type DownloadHandler } from "../platform/download.js";
import { AppError, unauthenticated } from "../platform/errors.js";
import type { Logger } from "../platform/logger.js";


// A service's own refusal of the input (a range over five years, from after to) is the caller's
// mistake: 400 with its Dutch message, not an internal error.
const STATUS_OF_CODE: Record<string, number> = { [ERROR_CODES.unauthenticated]: 401, [ERROR_CODES.forbidden]: 403, BAD_USER_INPUT: 400, INVALID_INPUT: 400 };

/**
 * /exports: files for spreadsheets rather than screens. Who may download what is decided
 * exactly as for /graphql: the same session cookie or bearer token (actorOf), the same
 * second-factor gate, and then the service method's own permission check and scoping.
 */
export function downloadsRouter(
  actorOf: (req: Request) => Promise<Actor | null>,
  routes: Record<string, DownloadHandler>,
  log: Logger,
): Router {
  const router = express.Router();
  for (const [path, handler] of Object.entries(routes)) router.get(path, download(actorOf, handler, log));
  return router;
}

function download(actorOf: (req: Request) => Promise<Actor | null>, handler: DownloadHandler, log: Logger): RequestHandler {
  return async (req, res) => {
    try {
      const actor = await actorOf(req);
      if (!actor) throw unauthenticated();
      if (actor.enrolmentOnly) throw new AppError(ERROR_CODES.forbidden, "Stel eerst de tweede factor (authenticator-app) in; daarna kunt u verder.");
      await handler(req, res, actor);
    } catch (error) {
      if (res.headersSent) {
        // Rows have gone out already: a cut-off download (without its totals line) is the signal.
        log.error({ err: String(error) }, "download broke off");
        res.destroy();
      } else if (error instanceof DownloadRefusal) {
        refuse(res, error.status, error.status === 404 ? "NOT_FOUND" : "BAD_USER_INPUT", error.message);
      } else if (error instanceof AppError && STATUS_OF_CODE[String(error.extensions.code)]) {
        refuse(res, STATUS_OF_CODE[String(error.extensions.code)], String(error.extensions.code), error.message);
      } else {
        log.error({ err: String(error), stack: error instanceof Error ? error.stack : undefined }, "download failed");
        refuse(res, 500, ERROR_CODES.internal, "Er ging iets mis aan onze kant. Probeer het opnieuw.");
      }
    }
  };
}

/** Refusals read like GraphQL's errors, in Dutch. */
function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
