import type pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";

/** Failed logins allowed per account, and per address, in the window below. */
export const ACCOUNT_FAILURES = 10;
export const ADDRESS_FAILURES = 50;
const WINDOW_SECONDS = 15 * 60;

/**
 * Limits failed logins per account and per address, with the counts in PostgreSQL so that
 * several API processes share them. A blocked account answers the same as a wrong password
 * would for an unknown one: the limiter never tells which accounts exist.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(pool: pg.Pool) {
    const common = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true, clearExpiredByTimeout: false };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: "login_account", points: ACCOUNT_FAILURES, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: "login_address", points: ADDRESS_FAILURES, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });
  }

  /** Seconds until the next attempt may be made, or 0 when it may be made now. */
  async waitSeconds(email: string, address: string | null): Promise<number> {
    const checks: Array<Promise<number>> = [this.blockedFor(this.perAccount, accountKey(email), ACCOUNT_FAILURES)];
    if (address) checks.push(this.blockedFor(this.perAddress, address, ADDRESS_FAILURES));
    return Math.max(0, ...(await Promise.all(checks)));
  }

  private async blockedFor(limiter: RateLimiterPostgres, key: string, limit: number): Promise<number> {
    const res: RateLimiterRes | null = await limiter.get(key);
    return res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
  }

  async failed(email: string, address: string | null): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(accountKey(email), 1),
      address ? this.perAddress.penalty(address, 1) : Promise.resolve(),
    ]);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
