/**
 * Machine-readable refusal codes of the outside contract (README.md, "The API",
 * "Refusals"). The server puts them in `userErrors`; the client may branch on them.
 */
export const REFUSAL_CODES = [
  "CAP_EXCEEDED",
  "REVIEW_REQUIRED",
  "NOT_ELIGIBLE",
  "APPROVAL_REQUIRED",
  "OUTSIDE_PERIOD",
  "FUTURE_DATE",
  "INVALID_INPUT",
  "NOT_FOUND",
  // Added around the contract: a failed login, the same answer for every wrong e-mail or password;
  // a login that needs the second factor's code; too many failed logins.
  "INVALID_CREDENTIALS",
  "TOTP_REQUIRED",
  "TOO_MANY_ATTEMPTS",
  // The write waited too long for another write to the same object (a lock) or for the
  // database; nothing was saved and trying again shortly may well work.
  "BUSY",
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** GraphQL error codes for failures that are not business refusals. */
export const ERROR_CODES = {
  unauthenticated: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  internal: "INTERNAL_SERVER_ERROR",
  /** The database cannot be reached for a moment; nothing was written (HTTP 503). */
  unavailable: "UNAVAILABLE",
} as const;
