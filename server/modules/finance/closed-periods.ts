import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { IsoDate } from "../../../shared/dates.js";
import { bookingOfChange, firstDayOf, monthOfDate, type Month } from "../../rules/finance.js";
import { HourEntryEntity } from "../hours/hour-entry.entity.js";

/**
 * Closed months, as the hours service sees them. A month the municipality has closed keeps its
 * report: no entry can be written into it, and a change to an entry booked in it is booked as a
 * correction line in the first open month (rules/finance.ts, bookingOfChange):
 *
 *   the entry itself   deleted_at set, reversed_in = that open month; it still counts in its own
 *                      (closed) month, and counts negative in reversed_in: the visible correction
 *   its replacement    a new entry with the corrected date and amount, correction_of = the entry,
 *                      booked_in = that open month when its own date lies in a closed month
 *
 * For the provider's view, the caps (cap_total, by entry date) and the day totals, the entry is
 * simply replaced: they read live entries (deleted_at IS NULL) only.
 *
 * Every write that depends on which months are closed takes a shared advisory lock of the
 * municipality first; closing a month takes it exclusively. Writes do not wait for each other,
 * but a month cannot close between a write's check and its commit.
 */
export const CLOSED_PERIOD_LOCK = 7405;

/** Takes the municipality's period lock: shared for a write of hours or tariffs, exclusive to close a month. */
export async function lockPeriods(manager: EntityManager, municipalityId: string, mode: "shared" | "exclusive"): Promise<void> {
  await manager.query(`SELECT ${periodLockSql(mode, "$1")}`, [municipalityId]);
}

/** The call that takes the period lock of the municipality `municipalityId` (an SQL expression), for a statement that takes it beside another lock. */
export function periodLockSql(mode: "shared" | "exclusive", municipalityId: string): string {
  const fn = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
  return `${fn}(${CLOSED_PERIOD_LOCK}, hashtext((${municipalityId})::text))`;
}

/**
 * The closed months ("2026-10") of the municipality `municipalityId` (an SQL expression) as one
 * JSON list, for a statement that reads them beside other facts. Read them only with the
 * period lock held (lockPeriods, or periodLockSql in an earlier statement of the transaction).
 */
export function closedMonthsSql(municipalityId: string): string {
  return `(SELECT COALESCE(json_agg(to_char(c.month, 'YYYY-MM')), '[]') FROM closed_period c WHERE c.municipality_id = ${municipalityId})`;
}

/** The municipality's closed months ("2026-10"), with the period lock taken. */
export async function closedMonths(manager: EntityManager, municipalityId: string): Promise<Set<Month>> {
  await lockPeriods(manager, municipalityId, "shared");
  const [row] = await manager.query<Array<{ closed: Month[] }>>(`SELECT ${closedMonthsSql("$1")} AS closed`, [municipalityId]);
  return new Set(row.closed);
}

/** correctHours (`newDate`) and deleteHours (null): in place, or as a correction line in `bookIn`. */
export async function bookingOfChangeTo(manager: EntityManager, entry: HourEntryEntity, newDate: IsoDate | null) {
  const closed = await closedMonths(manager, entry.municipalityId);
  if (closed.size === 0) return { inPlace: true } as const;
  const [row] = await manager.query<Array<{ booked: string }>>("SELECT to_char(booked_in, 'YYYY-MM') AS booked FROM hour_entry WHERE municipality_id = $1 AND id = $2", [
    entry.municipalityId,
    entry.id,
  ]);
  const dateMonth = monthOfDate(entry.entryDate);
  return bookingOfChange({ bookedMonth: row?.booked ?? dateMonth, dateMonth }, newDate === null ? null : monthOfDate(newDate), (m) => closed.has(m));
}

/**
 * Takes `entry` back in `bookIn` and, for a correction, writes its replacement. Returns the
 * replacement (null for a deletion). The caller adjusts the cap windows exactly as for a change
 * in place: for the caps the two are the same.
 */
export async function bookCorrectionLine(
  manager: EntityManager,
  entry: HourEntryEntity,
  bookIn: Month,
  replacement: { date: IsoDate; amount: number } | null,
): Promise<HourEntryEntity | null> {
  const reversedIn = firstDayOf(bookIn);
  await manager.query("UPDATE hour_entry SET deleted_at = now(), reversed_in = $3, version = version + 1 WHERE municipality_id = $1 AND id = $2", [
    entry.municipalityId,
    entry.id,
    reversedIn,
  ]);
  if (!replacement) return null;
  const closed = await closedMonths(manager, entry.municipalityId);
  const line = manager.create(HourEntryEntity, {
    municipalityId: entry.municipalityId,
    id: randomUUID(),
    deploymentId: entry.deploymentId,
    entryDate: replacement.date,
    amount: replacement.amount,
    note: entry.note,
    idempotencyKey: null,
    deletedAt: null,
    version: 1,
    // The replacement stays the author's entry, so an employee can correct it again.
    createdBy: entry.createdBy,
    createdAt: new Date(),
  });
  await manager.insert(HourEntryEntity, line);
  // Booked on its own date when that month is open, else in the open month of the correction.
  const bookedIn = closed.has(monthOfDate(replacement.date)) ? reversedIn : null;
  await manager.query("UPDATE hour_entry SET booked_in = $3, correction_of = $4 WHERE municipality_id = $1 AND id = $2", [
    line.municipalityId,
    line.id,
    bookedIn,
    entry.id,
  ]);
  return line;
}
