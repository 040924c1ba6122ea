import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * An entity read by hand-written SQL, for a statement that does more than TypeORM's query
 * builder can say (a lock in a CTE, several facts in one round trip), yet hands on the same
 * object TypeORM would have made. The column list comes from the entity's metadata, so a new
 * column needs no second edit here.
 */

/** `alias.column AS "property", ...` for every column of the entity; dates as ISO text, as TypeORM reads a `date` column. */
export function selectColumns(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return columnsOf(manager, entity)
    .map((c) => `${alias}.${c.databaseName}${c.type === "date" ? "::text" : ""} AS "${c.propertyName}"`)
    .join(", ");
}

/** `json_build_object('property', alias.column, ...)` of every column of the entity: one row as one JSON value. */
export function jsonColumns(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = columnsOf(manager, entity).map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}${c.type === "date" ? "::text" : ""}`);
  return `json_build_object(${pairs.join(", ")})`;
}

/** A row read with selectColumns or jsonColumns as the entity: timestamps (text in JSON) back to Date. */
export function asEntity<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, row: Record<string, unknown>): T {
  const made = Object.assign(new entity(), row);
  for (const c of columnsOf(manager, entity)) {
    const value = row[c.propertyName];
    if (typeof value === "string" && (c.type === "timestamptz" || c.type === "timestamp")) (made as Record<string, unknown>)[c.propertyName] = new Date(value);
  }
  return made;
}

function columnsOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>) {
  return manager.connection.getMetadata(entity).columns.map((c) => ({ databaseName: c.databaseName, propertyName: c.propertyName, type: String(c.type) }));
}
