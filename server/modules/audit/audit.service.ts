import type { DataSource, EntityManager } from "typeorm";
import { assertCan } from "../access/permissions.js";
import type { Actor, Origin } from "../../platform/actor.js";
import { AuditEventEntity } from "./audit-event.entity.js";

export interface AuditRecord {
  action: string;
  municipalityId: string | null;
  objectType: string | null;
  objectId: string | null;
  /** "OK", "REFUSED", or the outcome the action recorded ("PENDING", a review decision, ...). */
  result: string;
  reason?: string | null;
}

/**
 * Writes one audit row in the caller's transaction, so an action and its trace commit or
 * roll back together. Never receives personal data: objects are named by id.
 */
export async function recordAudit(manager: EntityManager, actor: Actor | null, origin: Origin, record: AuditRecord): Promise<void> {
  await manager.insert(AuditEventEntity, {
    municipalityId: record.municipalityId,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    actorOrganisation: actor?.organisationName ?? null,
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId,
    result: record.result,
    origin: origin.ip,
    reason: record.reason ?? null,
  });
}

export interface AuditFilter {
  action?: string | null;
  objectId?: string | null;
  actorEmail?: string | null;
  from?: string | null;
  to?: string | null;
}

export type AuditRow = AuditEventEntity & { actorEmail: string | null };

export class AuditService {
  constructor(private readonly db: DataSource) {}

  /**
   * The municipality's audit trail, newest first, paged by id. Scoped to the reader's
   * municipality; nothing here can change a row (the table refuses it anyway).
   */
  search(actor: Actor | null, filter: AuditFilter, first: number, beforeId: string | null): Promise<AuditRow[]> {
    const reader = assertCan(actor, "audit.read");
    return searchAudit(this.db.manager, reader.municipalityId!, filter, first, beforeId);
  }
}

async function searchAudit(manager: EntityManager, municipalityId: string, filter: AuditFilter, first: number, beforeId: string | null): Promise<AuditRow[]> {
  const params: unknown[] = [municipalityId];
  const where = ["e.municipality_id = $1"];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (filter.action) add("e.action = ?", filter.action);
  // The screen shows ids shortened to their first characters, so a search on those finds the object.
  if (filter.objectId) add("e.object_id LIKE ? ESCAPE '\\'", `${filter.objectId.trim().replace(/[\\%_]/g, "\\$&")}%`);
  if (filter.actorEmail) add("lower(u.email) = lower(?)", filter.actorEmail);
  if (filter.from) add("e.occurred_at >= ?::date", filter.from);
  if (filter.to) add("e.occurred_at < ?::date + 1", filter.to);
  if (beforeId) add("e.id < ?", beforeId);
  params.push(Math.min(Math.max(first, 1), 200));
  return manager.query(
    `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_role AS "actorRole", e.actor_organisation AS "actorOrganisation",
            e.action, e.object_type AS "objectType", e.object_id AS "objectId", e.result, e.origin, e.reason, u.email AS "actorEmail"
       FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
      WHERE ${where.join(" AND ")} ORDER BY e.id DESC LIMIT $${params.length}`,
    params,
  );
}
