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
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` in one transaction that commits whatever it returns: for work that answers
 * many refusals and results at once (a batch), where each refusal was decided before its
 * part was written.
 */
export async function transactAll<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction((manager) => work(manager));
}

/** Runs `work` in a transaction that is always rolled back: the same judgement as the real write, and nothing kept (a preview). */
export async function rehearse<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    return await work(runner.manager);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
