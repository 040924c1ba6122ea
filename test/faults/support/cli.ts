import { execFile } from "node:child_process";
import path from "node:path";
import pg from "pg";

const BACKUP = path.resolve(import.meta.dirname, "../../../dist/server/backup.js");

/** `npm run backup` / `npm run restore` as a user runs them (the built script), on a DATABASE_URL. */
export function backupCli(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BACKUP, ...args], { env: { PATH: process.env.PATH ?? "", DATABASE_URL: databaseUrl } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Row counts of every table in the database, by name. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    for (const { name } of tables.rows) {
      counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
