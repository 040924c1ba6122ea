import type { NextFunction, Request, Response } from "express";
import type { Actor } from "../platform/actor.js";

/** Requests one user (or one API token) may have running at once, and waiting behind those. */
export const MAX_RUNNING_PER_USER = 4;
export const MAX_WAITING_PER_USER = 64;
/** How long a request may wait for its turn (a little over two lock timeouts). */
export const MAX_WAIT_MS = 5_000;

export const BUSY_MESSAGE = "Er lopen te veel verzoeken tegelijk voor uw account. Wacht een paar seconden en probeer het opnieuw.";

interface Lane {
  running: number;
  waiting: Array<() => void>;
}

/**
 * Backpressure per user (issue #17): one user's requests take at most MAX_RUNNING_PER_USER of
 * the pool's connections, so a user who floods the portal (or whose requests all wait on one
 * locked deployment) cannot starve other users, other tenants or /healthz. A few more wait in
 * memory, holding no connection, for at most MAX_WAIT_MS; past either limit the answer is 429
 * with code BUSY and Retry-After.
 * Per process, on purpose: it protects this process's pool.
 */
export class ConcurrencyGate {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly maxRunning = MAX_RUNNING_PER_USER,
    private readonly maxWaiting = MAX_WAITING_PER_USER,
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  /** Resolves with a release function once the request may run, or null when the lane is full. */
  async enter(key: string): Promise<(() => void) | null> {
    let lane = this.lanes.get(key);
    if (!lane) this.lanes.set(key, (lane = { running: 0, waiting: [] }));
    if (lane.running >= this.maxRunning) {
      if (lane.waiting.length >= this.maxWaiting) return null;
      const turn = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          lane.waiting.splice(lane.waiting.indexOf(wake), 1);
          resolve(false);
        }, this.maxWaitMs);
        lane.waiting.push(wake);
      });
      if (!turn) return null;
    } else {
      lane.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = lane.waiting.shift();
      // The slot passes straight to the next waiting request; otherwise it is freed.
      if (next) next();
      else if (--lane.running === 0) this.lanes.delete(key);
    };
  }

  /** Express middleware: the actor (from `resolve`) is kept in res.locals for the GraphQL context. */
  middleware(resolve: (req: Request) => Promise<Actor | null>) {
    return async (req: Request, res: Response, next: NextFunction) => {
      try {
        const actor = await resolve(req);
        res.locals.actor = actor;
        if (!actor) return next();
        const release = await this.enter(actor.userId);
        if (!release) {
          res.set("Retry-After", "2").status(429).json({ errors: [{ message: BUSY_MESSAGE, extensions: { code: "BUSY" } }] });
          return;
        }
        res.once("close", release);
        next();
      } catch (error) {
        next(error);
      }
    };
  }
}
