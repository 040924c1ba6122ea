import type { DataSource, EntityManager } from "typeorm";
import { isRefusal, type Refusal } from "../rules/types.js";

/**
 * Runs `work` in one transaction that commits a result and rolls back a refusal (or an
 * error), so that a refused write never leaves half of itself behind.
 */
export async function transact<T>(db: DataSource, work: (manager: EntityManager) => Promise<T | Refusal>): Promise<T | Refusal> {
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const result = await work(runner.manager);
    if (isRefusal(result)) await runner.rollbackTransaction();
    else await runner.commitTransaction();
    return result;
  } catch (error) {
    // When the connection itself broke, PostgreSQL has already dropped the transaction and the
    // rollback fails too; the first error is the one that says what happened.
    await runner.rollbackTransaction().catch(() => {});
    throw error;
  } finally {
    await runner.release();
  }
}
