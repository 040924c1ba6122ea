import type { EntityManager } from "typeorm";
import type { NoticeDetails } from "./notice-kinds.js";

export interface NoticeEvent {
  municipalityId: string;
  deploymentId: string;
  /** Unique per event: the same event raised again (a scan run twice) writes nothing. */
  key: string;
  /** The provider organisation's people, or the municipality's officers. */
  to: { providerId: string } | { officersOf: string };
  details: NoticeDetails;
}

/**
 * Writes the event's notice for every recipient and its e-mail into the outbox, in the
 * caller's transaction: the notice commits exactly when its event does, and the mailer
 * (notice-mailer.ts) sends what committed. One statement, so also atomic without a transaction.
 */
export async function raiseNotice(manager: EntityManager, event: NoticeEvent): Promise<void> {
  const recipients =
    "providerId" in event.to
      ? { sql: "provider_id = $5", id: event.to.providerId }
      : { sql: "municipality_id = $5 AND role = 'MUNICIPALITY_OFFICER'", id: event.to.officersOf };
  await manager.query(
    `WITH written AS (
       INSERT INTO notice (municipality_id, id, event_key, kind, recipient_user_id, deployment_id, details)
       SELECT $1, gen_random_uuid(), $2, $3, u.id, $4, $6 FROM app_user u
        WHERE ${recipients.sql} AND u.kind = 'PERSON' AND u.active
       ON CONFLICT (municipality_id, event_key, recipient_user_id) DO NOTHING
       RETURNING municipality_id, id)
     INSERT INTO notice_mail (municipality_id, notice_id) SELECT municipality_id, id FROM written`,
    [event.municipalityId, event.key, event.details.kind, event.deploymentId, recipients.id, JSON.stringify(event.details)],
  );
}
