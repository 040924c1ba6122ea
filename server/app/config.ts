import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads the environment (README.md, "Environment").
 * Everything else receives a Config.
 */
const flag = z.enum(["0", "1"]).transform((v) => v === "1");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  VIV_DATA_DIR: z.string().min(1).optional(),
  VIV_DEMO: flag.optional(),
  NODE_ENV: z.string().optional(),
  VIV_BSN_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  /** Unset: start the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  production: boolean;
  /** Base64 of 32 bytes; unset outside production: a key kept in `dataDir` is used. */
  bsnKey: string | undefined;
  logLevel: string;
  /** Folder with the built client; served at `/` when it exists. */
  clientDir: string;
}

/** The repository root, whether this runs from source (server/app) or compiled (dist/server/app). */
const upTwo = path.resolve(import.meta.dirname, "..", "..");
export const projectRoot = path.basename(upTwo) === "dist" ? path.dirname(upTwo) : upTwo;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.VIV_DATA_DIR ?? path.join(projectRoot, ".data")),
    seedDemo: production ? false : (e.VIV_DEMO ?? e.DATABASE_URL === undefined),
    production,
    bsnKey: e.VIV_BSN_KEY,
    logLevel: e.LOG_LEVEL,
    clientDir: path.join(projectRoot, "client", "dist"),
  };
}
