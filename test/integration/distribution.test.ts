import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { COORDINATOR_TABLES, DISTRIBUTION_COLUMN, REFERENCE_TABLES } from "../../server/platform/distribution.js";
import { TEMPLATE_DATABASE, withDatabase } from "../support/global-setup.js";

// Reads the migrated schema from pg_catalog and holds every table to the roles of
// server/platform/distribution.ts: a new table or index that a Citus cluster distributed by
// municipality would refuse fails here, with its name.

interface Table { name: string; columns: { name: string; notNull: boolean }[] }
interface Index { table: string; name: string; primary: boolean; unique: boolean; columns: (string | null)[] }
interface ForeignKey { table: string; name: string; columns: string[]; refTable: string; refColumns: string[] }

let client: pg.Client;
let database: string;
let tables: Table[];
let indexes: Index[];
let foreignKeys: ForeignKey[];

beforeAll(async () => {
  // A clone of the migrated template: a session on the template itself would block other files' clones.
  const adminUrl = inject("pgAdminUrl");
  database = `viv_schema_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  client = new pg.Client({ connectionString: withDatabase(adminUrl, database) });
  await client.connect();

  tables = (
    await client.query<Table>(
      `SELECT c.relname AS name,
              json_agg(json_build_object('name', a.attname, 'notNull', a.attnotnull) ORDER BY a.attnum) AS columns
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        GROUP BY c.relname ORDER BY c.relname`,
    )
  ).rows;
  // Key columns only (INCLUDE columns cannot make a row unique); null for an expression.
  indexes = (
    await client.query<Index>(
      `SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
              array(SELECT a.attname::text FROM unnest(x.indkey[0:x.indnkeyatts - 1]) WITH ORDINALITY k(attnum, pos)
                      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                     ORDER BY k.pos) AS columns
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public'`,
    )
  ).rows;
  foreignKeys = (
    await client.query<ForeignKey>(
      `SELECT t.relname AS table, c.conname AS name, r.relname AS "refTable",
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, pos)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.pos) AS columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, pos)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.pos) AS "refColumns"
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_class r ON r.oid = c.confrelid
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows;
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.end();
});

const isShared = (table: string) => REFERENCE_TABLES.includes(table) || COORDINATOR_TABLES.includes(table);
const distributed = () => tables.filter((t) => !isShared(t.name));

describe("tables ready to be distributed by municipality", () => {
  it("reads the schema (a test over no tables proves nothing)", () => {
    expect(distributed().map((t) => t.name)).toEqual(expect.arrayContaining(["deployment", "hour_entry", "cap_total", "resident"]));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...REFERENCE_TABLES, ...COORDINATOR_TABLES]));
  });

  it(`gives every tenant table a ${DISTRIBUTION_COLUMN} that is never null (or lists it as shared)`, () => {
    const without = distributed()
      .filter((t) => !t.columns.some((c) => c.name === DISTRIBUTION_COLUMN && c.notNull))
      .map((t) => t.name);
    expect(without).toEqual([]);
  });

  it(`starts every tenant table's primary key with ${DISTRIBUTION_COLUMN}`, () => {
    const wrong = distributed()
      .filter((t) => !indexes.some((i) => i.table === t.name && i.primary && i.columns[0] === DISTRIBUTION_COLUMN))
      .map((t) => t.name);
    expect(wrong).toEqual([]);
  });

  it(`starts every unique index of a tenant table with ${DISTRIBUTION_COLUMN} (lookups by a bare id use a plain index)`, () => {
    const wrong = indexes
      .filter((i) => i.unique && !isShared(i.table) && i.columns[0] !== DISTRIBUTION_COLUMN)
      .map((i) => `${i.table}.${i.name} (${i.columns.join(", ")})`);
    expect(wrong).toEqual([]);
  });

  it("keeps a plain index on the id of the tables the portal looks up by a bare id (a deployment's page, an entry to correct)", () => {
    const plainIdIndex = (table: string) => indexes.some((i) => i.table === table && !i.unique && i.columns.length === 1 && i.columns[0] === "id");
    expect(["deployment", "hour_entry"].filter((t) => !plainIdIndex(t))).toEqual([]);
  });

  it(`joins tenant tables on ${DISTRIBUTION_COLUMN} in every foreign key between them`, () => {
    const wrong = foreignKeys
      .filter((f) => !isShared(f.table) && !isShared(f.refTable))
      .filter((f) => f.columns[0] !== DISTRIBUTION_COLUMN || f.refColumns[0] !== DISTRIBUTION_COLUMN)
      .map((f) => `${f.table}.${f.name} (${f.columns.join(", ")}) → ${f.refTable} (${f.refColumns.join(", ")})`);
    expect(wrong).toEqual([]);
  });

  it("lets a tenant table refer only to tenant and reference tables (a coordinator table is on no worker)", () => {
    const wrong = foreignKeys
      .filter((f) => !isShared(f.table) && COORDINATOR_TABLES.includes(f.refTable))
      .map((f) => `${f.table}.${f.name} → ${f.refTable}`);
    expect(wrong).toEqual([]);
  });

  it("lets a shared table refer only to shared tables (a reference table copied to every node cannot point into one)", () => {
    const wrong = foreignKeys
      .filter((f) => isShared(f.table) && !REFERENCE_TABLES.includes(f.refTable))
      .map((f) => `${f.table}.${f.name} → ${f.refTable}`);
    expect(wrong).toEqual([]);
  });
});
