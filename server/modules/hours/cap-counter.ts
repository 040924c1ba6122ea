import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import type { CapWindow, VoorzieningRule } from "../../rules/types.js";
import { capWindowFor } from "../../rules/windows.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { raiseNotice } from "../notices/raise-notice.js";

/** Where a deployment's hours are counted; a voorziening without a window of its own counts over the whole deployment. */
export function windowOf(rule: VoorzieningRule, deployment: DeploymentEntity, date: IsoDate): CapWindow {
  return capWindowFor(rule.cap?.window ?? "DEPLOYMENT", deployment, date);
}

/** The running total of one window (0 before its first entry). */
export async function usedIn(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow): Promise<number> {
  const [row] = await manager.query(
    "SELECT used_amount FROM cap_usage WHERE municipality_id = $1 AND deployment_id = $2 AND window_start = $3",
    [deployment.municipalityId, deployment.id, window.start],
  );
  return row?.used_amount ?? 0;
}

/**
 * Adds `delta` (negative for a correction or deletion) to a window's running total and
 * returns the new total. The cap stored with the row is the one in force for the last
 * increase (a decrease leaves it), so the table's CHECK guards exactly what the service judged.
 */
export async function addToWindow(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow, rule: VoorzieningRule, delta: number): Promise<number> {
  if (delta < 0) {
    // Taking minutes out of a window that has them: a plain update (an upsert would first
    // propose a row with a negative total, which the table's CHECK refuses).
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [rows] = await manager.query(
      `UPDATE cap_usage SET used_amount = used_amount + $4
        WHERE municipality_id = $1 AND deployment_id = $2 AND window_start = $3
       RETURNING used_amount`,
      [deployment.municipalityId, deployment.id, window.start, delta],
    );
    return rows[0].used_amount;
  }
  const [row] = await manager.query(
    `INSERT INTO cap_usage (municipality_id, deployment_id, window_start, window_end, cap_amount, used_amount)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (municipality_id, deployment_id, window_start)
     DO UPDATE SET used_amount = cap_usage.used_amount + EXCLUDED.used_amount,
                   window_end = EXCLUDED.window_end,
                   cap_amount = EXCLUDED.cap_amount
     RETURNING used_amount`,
    [deployment.municipalityId, deployment.id, window.start, window.end, rule.cap?.amount ?? null, delta],
  );
  await noticeIfPastEightyPercent(manager, deployment, window, rule, row.used_amount - delta, row.used_amount);
  return row.used_amount;
}

/** The provider hears once per window when its running total passes 80 % of the cap (in the write's own transaction). */
async function noticeIfPastEightyPercent(manager: EntityManager, deployment: DeploymentEntity, window: CapWindow, rule: VoorzieningRule, before: number, after: number): Promise<void> {
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
