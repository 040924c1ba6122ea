import type { EntityManager } from "typeorm";
import { asEntity, selectColumns } from "../../platform/entity-rows.js";
import { isUuid } from "../../platform/ids.js";
import { preparedQuery } from "../../platform/prepared.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor } from "../../platform/actor.js";
import { periodLockSql } from "../finance/closed-periods.js";
import { DeploymentEntity } from "./deployment.entity.js";

export const DEPLOYMENT_NOT_FOUND: Refusal = {
  code: "NOT_FOUND",
  field: "deploymentId",
  message: "Deze inzet bestaat niet, of u heeft er geen toegang toe.",
};

/**
 * The deployment if the actor may see it, with its row locked for the rest of the
 * transaction: every write that judges a deployment's figures takes this lock first. A write
 * of hours takes its next locks in the same round trip, after the deployment's row: with
 * `periods` the municipality's period lock (shared; finance/closed-periods.ts), so the closed
 * months read in a later statement stay as read until the commit; with `resident` the
 * resident's row, the owner of the running totals of every voorziening a household does not
 * share (hours/cap-counter.ts, lockCapOwner).
 */
export async function lockVisibleDeployment(
  manager: EntityManager,
  actor: Actor,
  id: string,
  options: { periods?: boolean; resident?: boolean } = {},
): Promise<DeploymentEntity | null> {
  const scope = scopeOf(actor);
  if (!isUuid(id) || !scope) return null;
  // MATERIALIZED: the deployment's row is locked inside the CTE, before the outer query takes
  // the locks that hang on it (the resident's row is found through the deployment's row).
  const periods = `LATERAL (SELECT ${periodLockSql("shared", 'd."municipalityId"')}) AS periods`;
  const resident = `LATERAL (SELECT 1 FROM resident r WHERE r.municipality_id = d."municipalityId" AND r.id = d."residentId" FOR UPDATE) AS resident`;
  // Prepared (platform/prepared.ts): one text per scope column and set of options.
  const rows = await preparedQuery<Record<string, unknown>>(
    manager,
    "lock_deployment",
    `WITH d AS MATERIALIZED (
       SELECT ${selectColumns(manager, DeploymentEntity, "d")} FROM deployment d WHERE d.id = $1 AND d.${scope.column} = $2 FOR UPDATE
     )
     SELECT d.* FROM ${["d", ...(options.periods ? [periods] : []), ...(options.resident ? [resident] : [])].join(", ")}`,
    [id, scope.id],
  );
  return rows.length === 0 ? null : asEntity(manager, DeploymentEntity, rows[0]);
}

export type DeploymentStatusValue = "PLANNED" | "ACTIVE" | "ENDED";

export interface DeploymentFilterInput {
  municipalityCode?: string | null;
  voorzieningCode?: string | null;
  status?: DeploymentStatusValue | null;
}

export interface DeploymentPage {
  nodes: DeploymentEntity[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The tenant scope of every deployment query: a provider its own work, a municipality its own. */
export function visibleTo(actor: Actor): { sql: string; params: Record<string, string> } {
  const scope = scopeOf(actor);
  if (!scope) return { sql: "false", params: {} };
  const name = scope.column === "provider_id" ? "scopeProvider" : "scopeMunicipality";
  return { sql: `d.${scope.column} = :${name}`, params: { [name]: scope.id } };
}

/** The column of `deployment` that holds the actor's organisation, and its id; null for an actor who sees no deployment. */
function scopeOf(actor: Actor): { column: "provider_id" | "municipality_id"; id: string } | null {
  if (actor.providerId) return { column: "provider_id", id: actor.providerId };
  if (actor.municipalityId) return { column: "municipality_id", id: actor.municipalityId };
  return null;
}

/** Opaque to clients: base64url of the sort key. */
export function encodeCursor(d: DeploymentEntity): string {
  return Buffer.from(JSON.stringify([d.startDate, d.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { startDate: string; id: string } | null {
  try {
    const [startDate, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof startDate !== "string" || typeof id !== "string") return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { startDate, id };
  } catch {
    return null;
  }
}

export function statusOn(d: Pick<DeploymentEntity, "startDate" | "endDate">, today: string): DeploymentStatusValue {
  if (d.startDate > today) return "PLANNED";
  if (d.endDate !== null && d.endDate < today) return "ENDED";
  return "ACTIVE";
}
