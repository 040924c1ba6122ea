import { createHash } from "node:crypto";
import type pg from "pg";
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type EntityManager } from "typeorm";

/**
 * A statement sent as a named prepared statement on the connection of `manager` (its
 * transaction's, or one borrowed for this statement alone), so PostgreSQL parses and plans it
 * once per connection instead of on every call; TypeORM's `manager.query` cannot send one.
 * For the hot, fixed statements of the write path (README, Performance). Answers the rows, as
 * `manager.query` does for a SELECT or INSERT; an error comes as TypeORM's QueryFailedError.
 *
 * The name is `label` and a hash of the text, so changed SQL never meets a stale plan. Only
 * the first MAX_PREPARED distinct texts of the process are prepared (each connection would
 * keep every one of them): a caller whose text varies per call beyond a few shapes still
 * works, unprepared, once the bound is reached.
 */
export async function preparedQuery<T>(manager: EntityManager, label: string, text: string, values: readonly unknown[]): Promise<T[]> {
  if (manager.queryRunner?.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const name = nameFor(label, text);
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const borrowed = !manager.queryRunner;
  try {
    // Inside a transaction the runner is connected already, and connect() answers its pg client.
    const client = (await runner.connect()) as pg.PoolClient;
    const query = name === null ? { text, values: [...values] } : { name, text, values: [...values] };
    // Logged as manager.query logs a statement, so whoever reads TypeORM's log sees this one too.
    manager.connection.logger.logQuery(text, [...values], runner);
    try {
      return (await client.query<T & pg.QueryResultRow>(query)).rows;
    } catch (error) {
      throw new QueryFailedError(text, [...values], error as Error);
    }
  } finally {
    if (borrowed) await runner.release();
  }
}

/** At most this many distinct prepared statements per process, so per connection. */
const MAX_PREPARED = 16;
const names = new Set<string>();

function nameFor(label: string, text: string): string | null {
  const hash = createHash("sha1").update(text).digest("hex").slice(0, 20);
  const key = `${label}_${hash}`;
  if (names.has(key)) return key;
  if (names.size >= MAX_PREPARED) return null;
  names.add(key);
  return key;
}
