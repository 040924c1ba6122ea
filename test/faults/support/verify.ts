import type { Ledger } from "./load.js";

type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface Verdict {
  /** Acknowledged logHours with no row. */
  lost: number;
  /** Idempotency keys stored more than once. */
  doubled: number;
  /** Refused logHours that were stored anyway. */
  storedRefused: number;
  /** Rows whose minutes, date or deletion differ from the last acknowledged write. */
  wrongState: number;
  /** Rows on the load's deployments that no client was told about. */
  unknownRows: number;
  /** Windows whose running total is not the sum of their entries. */
  totalsOff: number;
  /** Windows over their cap. */
  overCap: number;
}

/** Compares the database with every answer the clients got. */
export async function verify(sql: Sql, ledger: Ledger, deployments: string[]): Promise<Verdict> {
  const rows = await sql<{ id: string; key: string | null; entry_date: string; amount: number; deleted: boolean }>(
    `SELECT id, idempotency_key AS key, entry_date, amount, deleted_at IS NOT NULL AS deleted FROM hour_entry WHERE deployment_id = ANY($1::uuid[])`,
    [deployments],
  );
  const byKey = new Map<string, typeof rows>();
  for (const row of rows) if (row.key) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);

  const verdict: Verdict = { lost: 0, doubled: 0, storedRefused: 0, wrongState: 0, unknownRows: 0, totalsOff: 0, overCap: 0 };
  for (const [key, expected] of ledger.entries) {
    const stored = byKey.get(key) ?? [];
    if (stored.length === 0) verdict.lost++;
    if (stored.length > 1) verdict.doubled++;
    const row = stored[0];
    if (row && (row.id !== expected.id || row.deleted !== expected.deleted || (!expected.deleted && (row.amount !== expected.minutes || row.entry_date !== expected.date)))) verdict.wrongState++;
  }
  for (const key of ledger.refusedKeys) if (byKey.has(key)) verdict.storedRefused++;
  verdict.unknownRows = rows.filter((r) => !r.key || !ledger.entries.has(r.key)).length;

  const windows = await sql<{ used: number; cap: number | null; summed: number }>(
    `SELECT u.used_amount AS used, u.cap_amount AS cap,
            (SELECT COALESCE(SUM(e.amount), 0)::int FROM hour_entry e
              WHERE e.municipality_id = u.municipality_id AND e.deployment_id = u.deployment_id AND e.deleted_at IS NULL
                AND e.entry_date >= u.window_start AND (u.window_end IS NULL OR e.entry_date <= u.window_end)) AS summed
       FROM cap_usage u`,
  );
  verdict.totalsOff = windows.filter((w) => w.used !== w.summed).length;
  verdict.overCap = windows.filter((w) => w.cap !== null && w.used > w.cap).length;
  return verdict;
}

export const CLEAN: Verdict = { lost: 0, doubled: 0, storedRefused: 0, wrongState: 0, unknownRows: 0, totalsOff: 0, overCap: 0 };
