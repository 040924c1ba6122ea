import type { MiddlewareFn } from "type-graphql";
import type { Context } from "../platform/context.js";
import { AppError } from "../platform/errors.js";

/** The longest text a field takes, by argument or input field name; others take DEFAULT_MAX. */
const MAX_LENGTH: Record<string, number> = { email: 254, password: 1024, totp: 64, code: 64, csv: Number.POSITIVE_INFINITY };
const DEFAULT_MAX = 10_000;

/**
 * Text that PostgreSQL cannot store (a NUL character) or that no field needs (longer than its
 * limit; an e-mail address has at most 254 characters) is refused before any resolver runs,
 * as INVALID_INPUT with the field's name, instead of failing deep down as an internal error.
 */
export const refuseUnstorableText: MiddlewareFn<Context> = ({ args }, next) => {
  if (args && Object.keys(args).length > 0) check(args, null);
  return next();
};

function check(value: unknown, name: string | null): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw new AppError("INVALID_INPUT", `Het veld "${name}" bevat een teken dat niet is toegestaan (NUL).`);
    const max = (name === null ? undefined : MAX_LENGTH[name]) ?? DEFAULT_MAX;
    if (value.length > max) throw new AppError("INVALID_INPUT", `Het veld "${name}" is te lang: ten hoogste ${max} tekens.`);
  } else if (Array.isArray(value)) {
    for (const item of value) check(item, name);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) check(item, key);
  }
}
