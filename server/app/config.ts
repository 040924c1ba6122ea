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
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  VIV_PUBLIC_URL: z.string().url().optional(),
  VIV_MAIL_POLL_MS: z.coerce.number().int().min(50).default(2000),
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
  /** Meldingen by e-mail: unset `smtpUrl` sends none (the notices stay in the portal). */
  mail: { smtpUrl: string | undefined; from: string; pollMs: number };
  /** The portal's address as users reach it (links in e-mail); unset: the address it listens on. */
  publicUrl: string | undefined;
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
  // Mail in production goes out under the municipality's own sender, never a made-up one.
  if (production && e.SMTP_URL && !e.SMTP_FROM) throw new Error("Invalid environment: SMTP_FROM (required with SMTP_URL in production)");
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
    mail: { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM ?? "VIV-portaal <noreply@localhost>", pollMs: e.VIV_MAIL_POLL_MS },
    publicUrl: e.VIV_PUBLIC_URL?.replace(/\/$/, ""),
  };
}
