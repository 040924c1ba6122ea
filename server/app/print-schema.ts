import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { projectRoot } from "./config.js";
import { createSchema } from "./schema.js";

/** The schema as SDL, sorted so that the file only changes when the API does. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export const SCHEMA_FILE = path.join(projectRoot, "schema.graphql");

// `npm run schema` writes schema.graphql, which the client's codegen reads.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await writeFile(SCHEMA_FILE, await schemaSdl());
  process.stdout.write(`schema.graphql bijgewerkt\n`);
}
