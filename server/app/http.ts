import { existsSync } from "node:fs";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
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
import { databaseAnswers } from "./database.js";
import { createLoaders } from "./loaders.js";
import type { Logger } from "../platform/logger.js";
import { createSchema } from "./schema.js";
import type { Services } from "./services.js";
import { armor, MAX_TOKENS, securityHeaders } from "./hardening.js";
import { downloadsRouter } from "./downloads.js";
import { builtClient } from "./static.js";
import { CLEAR_SITE_DATA, permissionsPolicy } from "./web-headers.js";
import { usageDownload } from "../modules/finance/usage.download.js";
import { yearlyReviewDownload } from "../modules/yearly-review/yearly-review.download.js";

export const SESSION_COOKIE = "viv_session";

/** Express with /healthz, /graphql and the built portal; returns the (not yet listening) HTTP server. */
export async function createHttpServer(config: Config, services: Services, log: Logger): Promise<{ server: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy (production), req.ip must be the client's address for the login limiter.
  if (config.production) app.set("trust proxy", 1);
  app.use(securityHeaders(config));
  app.use(permissionsPolicy());
  const server = http.createServer(app);

  const protection = armor(config);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => hideInternals(formatted, error, log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), logUnexpected(log), ...(protection.plugins as ApolloServerPlugin<Context>[])],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    const ok = await databaseAnswers(services.db);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  });

  // Answers over 1 kB of a compressible type: JSON and the CSV (streamed through it row by row);
  // the xlsx, a zip already, goes out as it is. The built portal comes precompressed (static.ts).
  app.use(["/graphql", "/exports"], compression());

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    cookieParser(),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(req, res, services, config) }),
  );

  app.use(
    "/exports",
    cookieParser(),
    downloadsRouter((req) => actorOf(req, services, req.cookies?.[SESSION_COOKIE] ?? null), {
      "/usage.:format": usageDownload(services.finance),
      "/yearly-review.csv": yearlyReviewDownload(services.yearlyReview),
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
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: String(error) }, "unhandled request error");
    res.status(status).json({
      errors: [{ message: status === 413 ? "Het verzoek is te groot." : "Het verzoek kon niet worden gelezen.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  return { server, apollo };
}

/** A provider system's `Authorization: Bearer <token>`, else the session cookie. */
async function actorOf(req: Request, services: Services, sessionToken: string | null) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
  if (bearer) return services.auth.actorForApiToken(bearer);
  return sessionToken ? services.auth.actorForSession(sessionToken) : null;
}

async function buildContext(req: Request, res: Response, services: Services, config: Config): Promise<Context> {
  const token: string | null = req.cookies?.[SESSION_COOKIE] ?? null;
  const actor = await actorOf(req, services, token);
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

const SAFE_CODES = new Set<string>([ERROR_CODES.unauthenticated, ERROR_CODES.forbidden, "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

/** Unexpected failures reach the client as one Dutch sentence; the details go to the log only. */
function hideInternals(formatted: GraphQLFormattedError, _error: unknown, _log: Logger): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? ERROR_CODES.internal);
  if (SAFE_CODES.has(code)) return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  return {
    message: "Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.",
    path: formatted.path,
    extensions: { code: ERROR_CODES.internal },
  };
}

/** Logs the real error behind an INTERNAL_SERVER_ERROR, with the operation name but never variables. */
function logUnexpected(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code && SAFE_CODES.has(String(code))) continue;
            log.error({ operationName, path: error.path, err: error.originalError?.message ?? error.message, stack: error.originalError?.stack }, "unexpected GraphQL error");
          }
        },
      };
    },
  };
}
