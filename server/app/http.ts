import { existsSync } from "node:fs";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import cookieParser from "cookie-parser";
import express, { type Request, type Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { todayInNetherlands } from "../../shared/dates.js";
import { ERROR_CODES } from "../../shared/refusal-codes.js";
import { SESSION_ABSOLUTE_MS } from "../modules/auth/auth.service.js";
import type { Config } from "./config.js";
import type { Context } from "../platform/context.js";
import { databaseAnswers, databaseWatch } from "./database.js";
import { createLoaders } from "./loaders.js";
import type { Logger } from "../platform/logger.js";
import { createSchema } from "./schema.js";
import type { Services } from "./services.js";
import { armor, MAX_TOKENS, securityHeaders } from "./hardening.js";
import { ConcurrencyGate } from "./backpressure.js";
import type { DatabaseWatch } from "./database-watch.js";
import { BUSY, isBusy } from "../platform/transaction.js";
import { downloadsRouter } from "./downloads.js";
import { createMetrics } from "./metrics.js";
import { requestLog } from "./request-log.js";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE, unavailableStatus } from "./unavailable.js";
import { builtClient } from "./static.js";
import { CLEAR_SITE_DATA, permissionsPolicy } from "./web-headers.js";
import { usageDownload } from "../modules/finance/usage.download.js";
import { declarationDownload } from "../modules/declaration/declaration.download.js";
import { hoursTemplateDownload } from "../modules/hours-batch/template.download.js";
import { yearlyReviewDownload } from "../modules/yearly-review/yearly-review.download.js";

export const SESSION_COOKIE = "viv_session";

/** Express with /healthz, /graphql and the built portal; returns the (not yet listening) HTTP server. */
export async function createHttpServer(config: Config, services: Services, log: Logger): Promise<{ server: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(log));
  // Behind a proxy (production), req.ip must be the client's address for the login limiter.
  if (config.production) app.set("trust proxy", 1);
  app.use(securityHeaders(config));
  app.use(permissionsPolicy());
  // A client that sends its headers or body slowly is cut off (408) instead of holding a socket
  // for Node's default 300 s; checked every second rather than every 30.
  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1_000 }, app);
  const watch = databaseWatch(services.db);

  const protection = armor(config);
  const metrics = createMetrics(services.db);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => hideInternals(formatted, error, config.production),
    plugins: [ApolloServerPluginCacheControlDisabled(), noStore, ApolloServerPluginDrainHttpServer({ httpServer: server }), logUnexpected(log, watch), metrics.plugin, unavailableStatus, ...(protection.plugins as ApolloServerPlugin<Context>[])],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
  });
  await apollo.start();

  // Liveness: the process serves. Readiness (and the contract's /healthz): the database answers.
  app.get("/livez", (_req, res) => void res.json({ status: "ok" }));
  app.get(["/healthz", "/readyz"], async (_req, res) => {
    const ok = await databaseAnswers(services.db, (error) => watch.failed(error));
    if (ok) watch.answered();
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  });
  app.get("/metrics", metrics.handler);

  // Answers over 1 kB of a compressible type: JSON and the CSV (streamed through it row by row);
  // the xlsx, a zip already, goes out as it is. The built portal comes precompressed (static.ts).
  app.use(["/graphql", "/exports"], compression());

  app.use(
    "/graphql",
    express.json({ limit: BULK_BODY_LIMIT, verify: (req, _res, body) => ((req as RequestWithSize).bodyBytes = body.length) }),
    onlyBulkMayBeLarge,
    cookieParser(),
    new ConcurrencyGate().middleware(async (req) => {
      const token = sessionCookie(req);
      try {
        const actor = await actorOf(req, services, token);
        if (token || req.get("authorization")) watch.answered(); // a query ran
        return actor;
      } catch (error) {
        watch.failed(error);
        throw error;
      }
    }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, services, config) }),
  );

  app.use(
    "/exports",
    cookieParser(),
    downloadsRouter((req) => actorOf(req, services, sessionCookie(req)), {
      "/usage.:format": usageDownload(services.finance),
      "/yearly-review.csv": yearlyReviewDownload(services.yearlyReview),
      "/hours-template.csv": hoursTemplateDownload,
      "/declaration.:format": declarationDownload(services.declarations),
    }, log),
  );

  if (existsSync(config.clientDir)) {
    app.use(builtClient(config.clientDir));
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain; charset=utf-8").send("Het portaal is nog niet gebouwd: voer `npm run build:client` uit. GraphQL staat op /graphql.");
    });
  }

  // A body that is not JSON, or too large, gets a plain refusal instead of a stack trace.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, _next: express.NextFunction) => {
    if (watch.failed(error)) {
      res.status(503).json({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: ERROR_CODES.unavailable } }] });
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, "unhandled request error");
    res.status(status).json({
      errors: [{ message: status === 413 ? "Het verzoek is te groot." : "Het verzoek kon niet worden gelezen.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  return { server, apollo };
}

/** Every request stays under 100 kB, but for a batch of 5,000 entries or a file of 5,000 lines, which need up to about 2 MB. */
const BODY_LIMIT = 100 * 1024;
const BULK_BODY_LIMIT = 2 * 1024 * 1024;
const BULK_OPERATIONS = /\b(logHoursBatch|previewHoursImport|importHours)\b/;
type RequestWithSize = Request & { bodyBytes?: number };

function onlyBulkMayBeLarge(req: RequestWithSize, res: Response, next: express.NextFunction): void {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if ((req.bodyBytes ?? 0) > BODY_LIMIT && !(typeof query === "string" && BULK_OPERATIONS.test(query))) {
    res.status(413).json({ errors: [{ message: "Het verzoek is te groot.", extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  next();
}
/** cookie-parser types every cookie as `any`. */
const sessionCookie = (req: Request): string | null => (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE] ?? null;

/** A provider system's `Authorization: Bearer <token>`, else the session cookie. */
async function actorOf(req: Request, services: Services, sessionToken: string | null) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
  if (bearer) return services.auth.actorForApiToken(bearer);
  return sessionToken ? services.auth.actorForSession(sessionToken) : null;
}

async function buildContext(req: Request, res: Response, services: Services, config: Config): Promise<Context> {
  const token = sessionCookie(req);
  // Resolved once, by the concurrency gate in front of /graphql.
  const actor = res.locals.actor as Awaited<ReturnType<typeof actorOf>>;
  return {
    actor,
    origin: { ip: req.ip ?? null },
    services,
    loaders: createLoaders(services),
    today: todayInNetherlands(),
    session: {
      token,
      start(newToken) {
        res.cookie(SESSION_COOKIE, newToken, {
          httpOnly: true,
          sameSite: "lax",
          secure: config.production,
          path: "/",
          maxAge: SESSION_ABSOLUTE_MS,
        });
      },
      end() {
        res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: config.production, path: "/" });
        // Nothing of the session stays behind in this browser: cached pages, cookies, storage.
        res.setHeader("Clear-Site-Data", CLEAR_SITE_DATA);
      },
    },
  };
}

const SAFE_CODES = new Set<string>([ERROR_CODES.unauthenticated, ERROR_CODES.forbidden, ERROR_CODES.unavailable, "INVALID_INPUT", "BUSY", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

/** Unexpected failures reach the client as one Dutch sentence; the details go to the log only. */
function hideInternals(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : ERROR_CODES.internal;
  // A read that waited too long for a connection or a lock: say so, and that a retry may work.
  if (isBusy((error as { originalError?: unknown })?.originalError)) return { message: BUSY.message, path: formatted.path, extensions: { code: "BUSY" } };
  if (code === ERROR_CODES.unavailable || isDatabaseUnavailable(error)) {
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: ERROR_CODES.unavailable } };
  }
  if (SAFE_CODES.has(code)) {
    // graphql-js suggests enum values and fields ("Did you mean ...?") in coercion errors too,
    // where armor's blockFieldSuggestion does not reach: production names none of the schema.
    const message = production ? formatted.message.replace(/\s*Did you mean [^?]*\?/g, "") : formatted.message;
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  return {
    message: "Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.",
    path: formatted.path,
    extensions: { code: ERROR_CODES.internal },
  };
}

/** Logs the real error behind an INTERNAL_SERVER_ERROR, with the operation name but never variables. */
function logUnexpected(log: Logger, watch: DatabaseWatch): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === "string" && SAFE_CODES.has(code)) continue;
            if (watch.failed(error.originalError ?? error)) continue; // logged once per outage
            log.error({ operationName, path: error.path, err: error.originalError?.message ?? error.message, stack: error.originalError?.stack }, "unexpected GraphQL error");
          }
        },
      };
    },
  };
}

/**
 * Every GraphQL answer is personal and current: `Cache-Control: no-store`, the header Apollo's
 * cache-control plugin set (the portal gives no cache hints). That plugin itself is off: it
 * hooks into the resolving of every field, which cost a report of thousands of rows tens of
 * milliseconds for a header that never changes.
 */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};
