import { createHash } from "node:crypto";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/** Attempts allowed in the window below: per account from one unknown address, and per address. */
export const STRANGER_FAILURES = 10;
export const ADDRESS_FAILURES = 50;
/** Failures from the account's own (known) addresses before each next attempt is slowed down. */
export const ACCOUNT_FAILURES = 10;
/** The longest the account-wide limit slows an attempt down. */
export const MAX_DELAY_MS = 30_000;
const WINDOW_SECONDS = 15 * 60;

/** What the limiter allows for one login attempt, decided before the password is checked. */
export type Admission = { allowed: true; delayMs: number; ticket: Ticket } | { allowed: false; retryAfterSeconds: number };

/** The points one attempt consumed, so that a success can give back exactly those. */
export interface Ticket {
  keys: Array<{ limiter: RateLimiterPostgres; key: string }>;
}

/**
 * Login limits that hold under concurrency (issue #17). Every attempt consumes its points
 * atomically (one INSERT ... ON CONFLICT per counter) BEFORE the password is checked, so a
 * burst of parallel guesses cannot all pass a check made before any failure was counted.
 *
 * - Per address (all accounts): 50 attempts in 15 minutes, then that address is blocked.
 * - Per account from an address that never logged in to it (a stranger): 10 attempts, then
 *   that pair is blocked. These do NOT count against the account, so strangers cannot lock
 *   the real user out.
 * - Per account from its own known addresses: never blocked, but after 10 failures every
 *   further attempt waits 1, 2, 4, ... seconds (at most 30) before the password is checked,
 *   as OWASP recommends instead of a lock-out.
 *
 * A success gives back only the points its own attempt consumed; it never clears a counter,
 * so a success inside a burst does not reopen the door for the rest of the burst.
 * Counts live in PostgreSQL so that several API processes share them; keys are hashed so that
 * an e-mail of any length fits the key column.
 */
export class LoginLimiter {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perStranger: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;

  constructor(pool: pg.Pool) {
    const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true, clearExpiredByTimeout: false, duration: WINDOW_SECONDS };
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: "login_address", points: ADDRESS_FAILURES, blockDuration: WINDOW_SECONDS });
    this.perStranger = new RateLimiterPostgres({ ...common, keyPrefix: "login_stranger", points: STRANGER_FAILURES, blockDuration: WINDOW_SECONDS });
    // No block: past its points an attempt is slowed, not refused.
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: "login_account", points: 1_000_000 });
  }

  /** Consumes this attempt's points and says whether (and after what delay) it may be tried. */
  async admit(email: string, address: string | null, knownAddress: boolean): Promise<Admission> {
    const account = hash(email.trim().toLowerCase());
    const keys: Ticket["keys"] = [];
    if (address) keys.push({ limiter: this.perAddress, key: hash(address) });
    keys.push(knownAddress ? { limiter: this.perAccount, key: account } : { limiter: this.perStranger, key: hash(`${account}|${address ?? ""}`) });
    // consume() resolves when within the limit and rejects with a RateLimiterRes past it (an
    // Error only when the store fails, which must not let the attempt through).
    const settled = await Promise.allSettled(keys.map(({ limiter, key }) => limiter.consume(key)));
    const refused: RateLimiterRes[] = [];
    for (const s of settled) {
      if (s.status === "rejected") {
        if (s.reason instanceof RateLimiterRes) refused.push(s.reason);
        else throw s.reason;
      }
    }
    if (refused.length > 0) return { allowed: false, retryAfterSeconds: Math.ceil(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000) };
    const last = settled[settled.length - 1] as PromiseFulfilledResult<RateLimiterRes>;
    const over = knownAddress ? last.value.consumedPoints - ACCOUNT_FAILURES : 0;
    return { allowed: true, delayMs: over > 0 ? Math.min(MAX_DELAY_MS, 1000 * 2 ** (over - 1)) : 0, ticket: { keys } };
  }

  /** Gives back the points a successful attempt consumed, and nothing more. */
  async succeeded(ticket: Ticket): Promise<void> {
    await Promise.all(ticket.keys.map(({ limiter, key }) => limiter.reward(key, 1)));
  }
}

function hash(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}
