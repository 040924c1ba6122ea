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

  const [{ perOwner }] = await sql<{ perOwner: boolean }>("SELECT to_regclass('cap_total') IS NOT NULL AS \"perOwner\"");
  const windows = await sql<{ used: number; cap: number | null; summed: number }>(perOwner ? PER_RESIDENT : PER_DEPLOYMENT, [deployments]);
  if (windows.length < deployments.length) throw new Error(`only ${windows.length} running totals for ${deployments.length} deployments`);
  verdict.totalsOff = windows.filter((w) => w.used !== w.summed).length;
  verdict.overCap = windows.filter((w) => w.cap !== null && w.used > w.cap).length;
  return verdict;
}

export const CLEAN: Verdict = { lost: 0, doubled: 0, storedRefused: 0, wrongState: 0, unknownRows: 0, totalsOff: 0, overCap: 0 };

// Every window's running total beside the sum of its live entries. Where the totals are kept
// per resident and voorziening (cap_total), the load's deployments each have a resident of
// their own, so the resident's entries are that deployment's.
const LIVE_SUM = `SELECT COALESCE(SUM(e.amount), 0)::int FROM hour_entry e
   JOIN deployment o ON o.municipality_id = e.municipality_id AND o.id = e.deployment_id
  WHERE e.deleted_at IS NULL AND e.entry_date >= t.window_start AND (t.window_end IS NULL OR e.entry_date <= t.window_end)`;
const PER_DEPLOYMENT = `SELECT t.used_amount AS used, t.cap_amount AS cap,
    (${LIVE_SUM} AND o.municipality_id = t.municipality_id AND o.id = t.deployment_id) AS summed
  FROM cap_usage t WHERE t.deployment_id = ANY($1::uuid[])`;
const PER_RESIDENT = `SELECT t.used_amount AS used, t.cap_amount AS cap,
    (${LIVE_SUM} AND o.municipality_id = t.municipality_id AND o.resident_id = t.owner_id AND o.voorziening_code = t.voorziening_code) AS summed
  FROM cap_total t JOIN deployment d ON d.municipality_id = t.municipality_id AND d.resident_id = t.owner_id AND d.voorziening_code = t.voorziening_code
  WHERE t.owner_kind = 'RESIDENT' AND d.id = ANY($1::uuid[])`;
