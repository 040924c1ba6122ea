import type { EntityManager } from "typeorm";
import type { Actor, Origin } from "../../platform/actor.js";
import { preparedQuery } from "../../platform/prepared.js";
import type { CapWindow, VoorzieningRule } from "../../rules/types.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { noticeIfPastEightyPercent, type CapOwner } from "./cap-counter.js";
import type { HourEntryEntity } from "./hour-entry.entity.js";

export interface AcceptedEntry {
  entry: HourEntryEntity;
  owner: CapOwner;
  window: CapWindow;
  rule: VoorzieningRule;
  /** The window's running total once this entry is counted. */
  usedAfter: number;
}

/**
 * Writes the accepted new entries of one deployment in one statement: the entries, their
 * history rows, their audit rows and every window's running total (one upsert per window with
 * the window's sum): one round trip whether it is one entry or five thousand. Then the notice
 * for a window that passed 80 % of its cap.
 */
export async function writeNewEntries(manager: EntityManager, actor: Actor, origin: Origin, deployment: DeploymentEntity, accepted: readonly AcceptedEntry[]): Promise<void> {
  if (accepted.length === 0) return;
  const windows = new Map<string, { owner: CapOwner; window: CapWindow; rule: VoorzieningRule; cap: number | null; delta: number; usedAfter: number }>();
  for (const a of accepted) {
    const key = `${a.owner.kind}|${a.owner.id}|${a.window.start}`;
    const w = windows.get(key) ?? { owner: a.owner, window: a.window, rule: a.rule, cap: null, delta: 0, usedAfter: 0 };
    // The cap stored with the row is the one in force for the last increase, as in addToWindow.
    windows.set(key, { ...w, rule: a.rule, cap: a.rule.cap?.amount ?? null, delta: w.delta + a.entry.amount, usedAfter: a.usedAfter });
  }
  const totals = [...windows.values()];
  const entries = accepted.map((a) => a.entry);
  // Prepared (platform/prepared.ts): the rows come as arrays, so one text for one entry or many.
  await preparedQuery(
    manager,
    "write_entries",
    `WITH new_entry AS (
       INSERT INTO hour_entry (municipality_id, id, deployment_id, entry_date, amount, note, idempotency_key, version, created_by, created_at)
       SELECT $1, u.id, $2, u.day, u.amount, u.note, u.key, 1, $3, now()
         FROM unnest($4::uuid[], $5::date[], $6::int[], $7::text[], $8::text[]) AS u(id, day, amount, note, key)
       RETURNING id, entry_date, amount
     ), revision AS (
       INSERT INTO hour_entry_revision (municipality_id, entry_id, action, date_after, amount_after, actor_user_id)
       SELECT $1, id, 'CREATED', entry_date, amount, $3 FROM new_entry
     ), audit AS (
       INSERT INTO audit_event (municipality_id, actor_user_id, actor_role, actor_organisation, action, object_type, object_id, result, origin)
       SELECT $1, $3, $9, $10, 'hours.created', 'hour_entry', id::text, 'OK', $11 FROM new_entry
     )
     INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, window_end, cap_amount, used_amount, last_deployment_id)
     SELECT $1, t.kind, t.owner, $12, t.start, t.finish, t.cap, t.delta, $2
       FROM unnest($13::text[], $14::uuid[], $15::date[], $16::date[], $17::int[], $18::int[]) AS t(kind, owner, start, finish, cap, delta)
     ON CONFLICT (municipality_id, owner_kind, owner_id, voorziening_code, window_start)
     DO UPDATE SET used_amount = cap_total.used_amount + EXCLUDED.used_amount,
                   window_end = EXCLUDED.window_end,
                   cap_amount = EXCLUDED.cap_amount,
                   last_deployment_id = EXCLUDED.last_deployment_id`,
    [
      deployment.municipalityId,
      deployment.id,
      actor.userId,
      entries.map((e) => e.id),
      entries.map((e) => e.entryDate),
      entries.map((e) => e.amount),
      entries.map((e) => e.note),
      entries.map((e) => e.idempotencyKey),
      actor.role,
      actor.organisationName,
      origin.ip,
      deployment.voorzieningCode,
      totals.map((t) => t.owner.kind),
      totals.map((t) => t.owner.id),
      totals.map((t) => t.window.start),
      totals.map((t) => t.window.end),
      totals.map((t) => t.cap),
      totals.map((t) => t.delta),
    ],
  );
  for (const t of totals) await noticeIfPastEightyPercent(manager, deployment, t.window, t.rule, t.usedAfter - t.delta, t.usedAfter);
}
