import type { EntityManager } from "typeorm";
import { isUuid } from "../../platform/ids.js";
import type { Refusal } from "../../rules/types.js";
import type { Actor } from "../../platform/actor.js";
import { DeploymentEntity } from "./deployment.entity.js";

export const DEPLOYMENT_NOT_FOUND: Refusal = {
  code: "NOT_FOUND",
  field: "deploymentId",
  message: "Deze inzet bestaat niet, of u heeft er geen toegang toe.",
};

/**
 * The deployment if the actor may see it, with its row locked for the rest of the
 * transaction: every write that judges a deployment's figures takes this lock first.
 */
export async function lockVisibleDeployment(manager: EntityManager, actor: Actor, id: string): Promise<DeploymentEntity | null> {
  if (!isUuid(id)) return null;
  const scope = visibleTo(actor);
  return manager
    .getRepository(DeploymentEntity)
    .createQueryBuilder("d")
    .setLock("pessimistic_write")
    .where("d.id = :id", { id })
    .andWhere(scope.sql, scope.params)
    .getOne();
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
  if (actor.providerId) return { sql: "d.provider_id = :scopeProvider", params: { scopeProvider: actor.providerId } };
  if (actor.municipalityId) return { sql: "d.municipality_id = :scopeMunicipality", params: { scopeMunicipality: actor.municipalityId } };
  return { sql: "false", params: {} };
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
