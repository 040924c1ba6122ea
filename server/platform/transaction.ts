import type { DataSource, EntityManager } from "typeorm";
import { isRefusal, type Refusal } from "../rules/types.js";

/**
 * Runs `work` in one transaction that commits a result and rolls back a refusal (or an
 * error), so that a refused write never leaves half of itself behind.
 */
export async function transact<T>(db: DataSource, work: (manager: EntityManager) => Promise<T | Refusal>): Promise<T | Refusal> {
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
  } catch (error) {
    if (isBusy(error)) return BUSY;
    throw error;
  }
  try {
    await runner.startTransaction();
    const result = await work(runner.manager);
    if (isRefusal(result)) await runner.rollbackTransaction();
    else await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    if (isBusy(error)) return BUSY;
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` in one transaction that commits whatever it returns: for work that answers many
 * refusals and results at once (a batch), where each refusal was decided before its part was
 * written. With `rehearse` it always rolls back: the same judgement as the real write, and
 * nothing kept (a preview). A wait past the lock or connection timeout answers `onBusy()`.
 */
export async function transactAll<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>, options: { rehearse: boolean; onBusy: () => T }): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
  } catch (error) {
    if (isBusy(error)) return options.onBusy();
    throw error;
  }
  try {
    await runner.startTransaction();
    const result = await work(runner.manager);
    if (options.rehearse) await runner.rollbackTransaction();
    else await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    if (isBusy(error)) return options.onBusy();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Nothing was written; another write holds the object, or the database is saturated for a moment. */
export const BUSY: Refusal = {
  code: "BUSY",
  field: null,
  message: "Deze gegevens worden op dit moment door een andere wijziging bijgewerkt. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.",
};

/**
 * A lock wait past lock_timeout (55P03), a statement past statement_timeout (57014), or no free
 * pool connection in time: the request waited too long, and a retry may well work.
 */
export function isBusy(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return code === "55P03" || code === "57014" || /timeout exceeded when trying to connect/i.test(e?.message ?? "");
}
