import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { DataSource } from "typeorm";
import { migrations } from "../../migrations/index.js";

/**
 * A logical backup: which migrations the database had, then every table's rows in PostgreSQL's
 * COPY text format, parents before children, gzipped. Not pg_dump: the embedded PostgreSQL
 * package ships no pg_dump, and a machine's own pg_dump refuses a newer server (18). The schema
 * is not in the file: restore rebuilds it from the same migrations, then the newer ones, so a
 * backup of an older release restores into this one.
 */
const FORMAT = "viv-backup/1";
const END_OF_TABLE = "\\."; // COPY text escapes a backslash, so no row is ever this line

interface Header {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
}

export class BackupRefused extends Error {}

export async function backupDatabase(url: string, file: string): Promise<Header> {
  const client = new pg.Client({ connectionString: url, application_name: "viv-backup" });
  await client.connect();
  try {
    // One snapshot for every table, so the file is one moment of the database.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    const header: Header = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      migrations: (await client.query<{ name: string }>("SELECT name FROM migrations ORDER BY id")).rows.map((r) => r.name),
      tables: [],
    };
    for (const name of tables) {
      const columns = (await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [name],
      )).rows.map((r) => r.column_name);
      const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(name)}`)).rows;
      header.tables.push({ name, columns, rows: n });
    }
    await pipeline(
      async function* () {
        yield `${JSON.stringify(header)}\n`;
        for (const table of header.tables) {
          yield `${JSON.stringify({ table: table.name })}\n`;
          yield* client.query(copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) TO STDOUT`));
          yield `${END_OF_TABLE}\n`;
        }
      },
      createGzip(),
      createWriteStream(file, { mode: 0o600 }),
    );
    await client.query("COMMIT");
    return header;
  } finally {
    await client.end();
  }
}

/**
 * Restores into a database without tables: the backup's migrations, then its rows in one
 * transaction (all or nothing), then this release's newer migrations.
 */
export async function restoreDatabase(url: string, file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = first.done ? null : (JSON.parse(first.value) as Header);
  if (header?.format !== FORMAT) throw new BackupRefused(`${file} is geen back-up van het VIV-portaal.`);
  const known = migrations.map((m) => new m().name);
  if (header.migrations.some((name, i) => known[i] !== name)) {
    throw new BackupRefused("Deze back-up komt van een andere versie van het portaal dan deze; herstel hem met die versie.");
  }

  const client = new pg.Client({ connectionString: url, application_name: "viv-restore" });
  await client.connect();
  try {
    const [{ n }] = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows;
    if (n > 0) throw new BackupRefused("De database is niet leeg. Herstel een back-up alleen in een lege database.");
    // The schema as it was when the backup was made; the newer migrations run after the rows are in.
    await migrate(url, header.migrations.length);
    await client.query("BEGIN");
    // The rows come as they were, summaries included: triggers that derive rows (the report
    // summaries of hour_entry) must not add them a second time. Constraints stay checked.
    for (const table of header.tables) await client.query(`ALTER TABLE ${ident(table.name)} DISABLE TRIGGER USER`);
    for (const table of header.tables) {
      const opening = await lines.next();
      if (opening.done || (JSON.parse(opening.value) as { table?: string }).table !== table.name) throw new BackupRefused(`${file} is onvolledig.`);
      const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`));
      for (let line = await lines.next(); ; line = await lines.next()) {
        if (line.done) throw new BackupRefused(`${file} is onvolledig.`);
        if (line.value === END_OF_TABLE) break;
        if (!copy.write(`${line.value}\n`)) await once(copy, "drain");
      }
      copy.end();
      await once(copy, "finish");
    }
    for (const table of header.tables) await client.query(`ALTER TABLE ${ident(table.name)} ENABLE TRIGGER USER`);
    await restartIdentities(client);
    await client.query("COMMIT");
    await migrate(url, migrations.length);
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Applies the first `count` migrations with TypeORM, as the portal does on start. */
async function migrate(url: string, count: number): Promise<void> {
  const dataSource = new DataSource({ type: "postgres", url, migrations: migrations.slice(0, count), logging: false });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}

/** Identity columns continue after the highest restored value. */
async function restartIdentities(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table_name, column_name } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${ident(column_name)}) FROM ${ident(table_name)}), 0) + 1, false)`,
      [table_name, column_name],
    );
  }
}

/** Every table but TypeORM's own, parents (referenced tables) before children. */
async function tablesInLoadOrder(client: pg.Client): Promise<string[]> {
  const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename")).rows.map((r) => r.name);
  const edges = (await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  )).rows;
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign keys form a cycle: ${[...path, table].join(" -> ")}`);
    for (const e of edges) if (e.child === table) visit(e.parent, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
