import type { EntityManager } from "typeorm";
import { preparedQuery } from "../../platform/prepared.js";
import type { IsoDate } from "../../../shared/dates.js";
import { capOwnerKind, type CapOwnerKind } from "../../rules/cap-owner.js";
import type { CapWindow, VoorzieningRule } from "../../rules/types.js";
import { capWindowFor } from "../../rules/windows.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { raiseNotice } from "../notices/raise-notice.js";

/** The resident or household whose running totals a deployment's hours count in. */
export interface CapOwner {
  municipalityId: string;
  kind: CapOwnerKind;
  id: string;
  voorzieningCode: string;
}

/**
 * Where a deployment's hours are counted; a voorziening without a window of its own counts over
 * the whole deployment. Review years count from the deployment's window anchor.
 */
export function windowOf(rule: VoorzieningRule, deployment: DeploymentEntity, date: IsoDate): CapWindow {
  return capWindowFor(rule.cap?.window ?? "DEPLOYMENT", deployment, date);
}

/**
 * The owner of the deployment's cap, its row locked for the rest of the transaction (after the
 * deployment's row: always in that order). Every write that judges or changes an owner's total
 * takes this lock, so writes through different deployments of one resident or household take
 * turns. A household row is made on first use; a resident without a household counts alone.
 * `residentLocked`: the caller took the resident's row with the deployment's
 * (lockVisibleDeployment with `resident`), so it is not asked for again.
 */
export async function lockCapOwner(manager: EntityManager, deployment: DeploymentEntity, rule: VoorzieningRule, residentLocked = false): Promise<CapOwner> {
  const owner = { municipalityId: deployment.municipalityId, voorzieningCode: deployment.voorzieningCode };
  if (capOwnerKind(rule) === "HOUSEHOLD") {
    const household = await lockHouseholdOf(manager, deployment.municipalityId, deployment.residentId);
    if (household) return { ...owner, kind: "HOUSEHOLD", id: household };
  }
  if (!residentLocked) await manager.query("SELECT 1 FROM resident WHERE municipality_id = $1 AND id = $2 FOR UPDATE", [deployment.municipalityId, deployment.residentId]);
  return { ...owner, kind: "RESIDENT", id: deployment.residentId };
}

/** The id of the resident's household, made on first use, its row locked; null for a resident without one. */
export async function lockHouseholdOf(manager: EntityManager, municipalityId: string, residentId: string): Promise<string | null> {
  // ON CONFLICT DO UPDATE locks the existing row exactly like SELECT ... FOR UPDATE.
  const [household] = await preparedQuery<{ id: string }>(
    manager,
    "lock_household",
    `INSERT INTO household (municipality_id, code)
     SELECT r.municipality_id, r.household_code FROM resident r
      WHERE r.municipality_id = $1 AND r.id = $2 AND r.household_code IS NOT NULL
     ON CONFLICT (municipality_id, code) DO UPDATE SET code = EXCLUDED.code
     RETURNING id`,
    [municipalityId, residentId],
  );
  return household?.id ?? null;
}

/** A running total as the database answers it. */
interface UsageRow {
  used_amount: number;
}

/** The running total of one owner's window (0 before its first entry). */
export async function usedIn(manager: EntityManager, owner: CapOwner, window: CapWindow): Promise<number> {
  const [row] = await manager.query<UsageRow[]>(
    `SELECT used_amount FROM cap_total
      WHERE municipality_id = $1 AND owner_kind = $2 AND owner_id = $3 AND voorziening_code = $4 AND window_start = $5`,
    [owner.municipalityId, owner.kind, owner.id, owner.voorzieningCode, window.start],
  );
  return row?.used_amount ?? 0;
}

/**
 * Adds `delta` (negative for a correction or deletion) to an owner's window and returns the new
 * total. The cap stored with the row is the one in force for the last increase (a decrease
 * leaves it), so the table's CHECK guards exactly what the service judged.
 */
export async function addToWindow(manager: EntityManager, owner: CapOwner, deployment: DeploymentEntity, window: CapWindow, rule: VoorzieningRule, delta: number): Promise<number> {
  const key = [owner.municipalityId, owner.kind, owner.id, owner.voorzieningCode, window.start];
  if (delta < 0) {
    // Taking minutes out of a window that has them: a plain update (an upsert would first
    // propose a row with a negative total, which the table's CHECK refuses).
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [rows] = await manager.query<[UsageRow[], number]>(
      `UPDATE cap_total SET used_amount = used_amount + $6
        WHERE municipality_id = $1 AND owner_kind = $2 AND owner_id = $3 AND voorziening_code = $4 AND window_start = $5
       RETURNING used_amount`,
      [...key, delta],
    );
    return rows[0].used_amount;
  }
  const [row] = await manager.query<UsageRow[]>(
    `INSERT INTO cap_total (municipality_id, owner_kind, owner_id, voorziening_code, window_start, window_end, cap_amount, used_amount, last_deployment_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (municipality_id, owner_kind, owner_id, voorziening_code, window_start)
     DO UPDATE SET used_amount = cap_total.used_amount + EXCLUDED.used_amount,
                   window_end = EXCLUDED.window_end,
                   cap_amount = EXCLUDED.cap_amount,
                   last_deployment_id = EXCLUDED.last_deployment_id
     RETURNING used_amount`,
    [...key, window.end, rule.cap?.amount ?? null, delta, deployment.id],
  );
  await noticeIfPastEightyPercent(manager, deployment, window, rule, row.used_amount - delta, row.used_amount);
  return row.used_amount;
}

/** The provider hears once per window when its running total passes 80 % of the cap (in the write's own transaction). */
export async function noticeIfPastEightyPercent(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow, rule: VoorzieningRule, before: number, after: number): Promise<void> {
  const cap = rule.cap?.amount;
  if (!cap || !(before * 5 < cap * 4 && after * 5 >= cap * 4)) return;
  await raiseNotice(manager, {
    municipalityId: deployment.municipalityId,
    deploymentId: deployment.id,
    key: `cap-80:${deployment.id}:${window.start}`,
    to: { providerId: deployment.providerId },
    details: { kind: "CAP_ALMOST_REACHED", voorziening: rule.name, unit: rule.unit, cap, used: after, windowStart: window.start, windowEnd: window.end },
  });
}
