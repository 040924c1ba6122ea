import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, Response } from "express";
import { Kind, type OperationDefinitionNode } from "graphql";
import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { Context } from "../platform/context.js";
import { requestScope } from "../platform/logger.js";

/**
 * `GET /metrics` in Prometheus text format (../shared/api-contract.md, "Operations"). Labels
 * are only names from the schema and codes from shared/refusal-codes.ts, never a value a
 * caller typed, so no personal data can reach them and their number stays bounded.
 */
export function createMetrics(db: DataSource) {
  const register = new Registry();
  // Process figures, among them the event-loop lag (nodejs_eventloop_lag_seconds).
  collectDefaultMetrics({ register });

  const operations = new Counter({
    name: "viv_graphql_operations_total",
    help: "GraphQL requests per operation (its root fields) and outcome.",
    labelNames: ["operation", "outcome"],
    registers: [register],
  });
  const duration = new Histogram({
    name: "viv_graphql_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its answer, per operation.",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [register],
  });
  const refusals = new Counter({
    name: "viv_refusals_total",
    help: "Business refusals (userErrors) per code.",
    labelNames: ["code"],
    registers: [register],
  });
  const errors = new Counter({
    name: "viv_graphql_errors_total",
    help: "GraphQL errors per code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, INTERNAL_SERVER_ERROR, ...).",
    labelNames: ["code"],
    registers: [register],
  });
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  new Gauge({
    name: "viv_db_pool_connections",
    help: "Database pool connections: total open, idle, and requests waiting for one.",
    labelNames: ["state"],
    registers: [register],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = "unknown";
      return {
        async didResolveOperation({ operation: node }) {
          operation = operationLabel(node);
          const scope = requestScope.getStore();
          if (scope) scope.operation = operation;
        },
        async willSendResponse({ response, errors: seen }) {
          const result = response.body.kind === "single" ? response.body.singleResult : null;
          for (const error of seen ?? result?.errors ?? []) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR" });
          }
          const codes = refusalCodes(result?.data);
          for (const code of codes) refusals.inc({ code });
          const outcome = seen?.length || result?.errors?.length ? "error" : codes.length ? "refused" : "ok";
          operations.inc({ operation, outcome });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  return {
    plugin,
    handler: async (_req: Request, res: Response) => {
      res.type(register.contentType).send(await register.metrics());
    },
  };
}

/** The operation's root fields (`logHours`, `deployments+me`), at most three, so the label set stays small. */
function operationLabel(node: OperationDefinitionNode | undefined): string {
  if (!node) return "unknown";
  const fields = [...new Set(node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).map((s) => s.name.value))].sort();
  if (fields.length === 0) return "unknown";
  return fields.length > 3 ? "multiple" : fields.join("+");
}

/** Every `userErrors[].code` anywhere in the answer (also in logHoursBatch's per-entry results). */
function refusalCodes(data: unknown, found: string[] = []): string[] {
  if (Array.isArray(data)) for (const item of data) refusalCodes(item, found);
  else if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (key === "userErrors" && Array.isArray(value)) {
        for (const e of value as { code?: unknown }[]) if (e && typeof e.code === "string") found.push(e.code);
      } else refusalCodes(value, found);
    }
  }
  return found;
}
