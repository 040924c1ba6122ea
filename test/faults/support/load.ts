import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { daysAgo } from "../../support/fixtures.js";
import { CORRECT_HOURS, DELETE_HOURS, LOG_HOURS } from "../../support/graphql.js";

/**
 * Clients that log, correct and delete hours at random on shared deployments, and a ledger of
 * every answer they got. A request whose answer is unknown (the connection broke, the server
 * was gone or could not reach its database) is retried as a real client would: logHours with
 * the same idempotencyKey, a correction with the same target, a deletion again.
 */
export interface Figures {
  operations: number;
  acknowledged: number;
  refused: number;
  refusalsByCode: Record<string, number>;
  retries: number;
  /** Answers while a fault was on: HTTP status or GraphQL code, counted. */
  unavailableAnswers: Record<string, number>;
  http500: number;
  /** Answers that showed a stack trace or an English internal message. */
  leaks: string[];
}

export interface EntryState {
  key: string;
  deploymentId: string;
  id: string;
  date: string;
  minutes: number;
  /** What logHours sent, for replaying it later with the same key. */
  logged: { deploymentId: string; date: string; minutes: number; idempotencyKey: string };
  deleted: boolean;
}

export class Ledger {
  readonly entries = new Map<string, EntryState>();
  readonly refusedKeys = new Set<string>();
  readonly figures: Figures = { operations: 0, acknowledged: 0, refused: 0, refusalsByCode: {}, retries: 0, unavailableAnswers: {}, http500: 0, leaks: [] };

  refusal(code: string) {
    this.figures.refused++;
    this.figures.refusalsByCode[code] = (this.figures.refusalsByCode[code] ?? 0) + 1;
  }
}

/** A logged-in client of one portal address (which may change when the test moves it). */
export class LoadClient {
  private cookie: string | null = null;
  constructor(
    public baseUrl: () => string,
    private readonly ledger: Ledger,
  ) {}

  /** The session cookie's value, to check that no log line holds it. */
  get sessionToken(): string | null {
    return this.cookie?.split("=")[1] ?? null;
  }

  async login(email: string): Promise<void> {
    const answer = await this.call(`mutation L($input: LoginInput!) { login(input: $input) { user { id } userErrors { code } } }`, { input: { email, password: "demo" } }, Date.now() + 60_000);
    if (!answer?.data?.login?.user) throw new Error(`login failed: ${JSON.stringify(answer)}`);
  }

  /** One request, retried while its answer is unknown, until `until`. Null when it never got one. */
  async call(query: string, variables: Record<string, unknown>, until: number): Promise<any> {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) this.ledger.figures.retries++;
      const answer = await this.once(query, variables);
      if (answer !== "unknown") return answer;
      if (Date.now() > until) return null;
      await sleep(100 + Math.random() * 200);
    }
  }

  /** The parsed answer, or "unknown" when it is not known whether the request had its effect. */
  private async once(query: string, variables: Record<string, unknown>): Promise<any> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      this.count("connection");
      return "unknown";
    }
    const text = await response.text();
    if (/\n\s+at |stacktrace|QueryFailedError|ECONNREFUSED|Connection terminated/i.test(text)) this.ledger.figures.leaks.push(text.slice(0, 300));
    if (response.status >= 500) {
      if (response.status === 500) this.ledger.figures.http500++;
      this.count(String(response.status));
      return "unknown";
    }
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0]!;
    const body = JSON.parse(text);
    // BUSY comes as a GraphQL error or, for a write that waited too long for its row, as a userError.
    const busyRefusal = Object.values(body.data ?? {}).some((p: any) => p?.userErrors?.some((e: any) => e.code === "BUSY"));
    const code = busyRefusal ? "BUSY" : body.errors?.[0]?.extensions?.code;
    // Not served (the database away, or too many requests of this account at once): try again.
    if (code === "INTERNAL_SERVER_ERROR" || code === "UNAVAILABLE" || code === "BUSY") {
      this.count(code);
      return "unknown";
    }
    return body;
  }

  private count(what: string) {
    this.ledger.figures.unavailableAnswers[what] = (this.ledger.figures.unavailableAnswers[what] ?? 0) + 1;
  }
}

/**
 * Runs `clients` until `until`, each keeping its own entries (an employee may only change the
 * entries it made, and a model per client stays exact), on the shared `deployments`.
 */
export async function runLoad(clients: LoadClient[], ledger: Ledger, deployments: string[], until: number, grace = 60_000): Promise<void> {
  await Promise.all(
    clients.map(async (client) => {
      const own: EntryState[] = [];
      while (Date.now() < until) {
        const live = own.filter((e) => !e.deleted);
        const dice = Math.random();
        ledger.figures.operations++;
        if (dice < 0.6 || live.length === 0) await logOne(client, ledger, own, pick(deployments), until + grace);
        else if (dice < 0.85) await correctOne(client, ledger, pick(live), until + grace);
        else await deleteOne(client, ledger, pick(live), until + grace);
      }
    }),
  );
}

/**
 * Brings each deployment near its cap first (2400 of 3000 minutes, on days the load does not
 * use), so that the load reaches the caps however fast this machine serves it.
 */
export async function prefill(client: LoadClient, ledger: Ledger, deployments: string[]): Promise<void> {
  for (const deploymentId of deployments) {
    for (const date of [daysAgo(26), daysAgo(27)]) {
      const key = randomUUID();
      const input = { deploymentId, date, minutes: 1200, idempotencyKey: key };
      const answer = await client.call(LOG_HOURS, { input }, Date.now() + 30_000);
      const entry = answer?.data?.logHours?.entry;
      if (!entry) throw new Error(`prefill refused: ${JSON.stringify(answer)}`);
      ledger.entries.set(key, { key, deploymentId, id: entry.id, date, minutes: 1200, logged: input, deleted: false });
    }
  }
}

async function logOne(client: LoadClient, ledger: Ledger, own: EntryState[], deploymentId: string, until: number) {
  const key = randomUUID();
  const input = { deploymentId, date: daysAgo(1 + Math.floor(Math.random() * 25)), minutes: 15 * (1 + Math.floor(Math.random() * 16)), idempotencyKey: key };
  const answer = await client.call(LOG_HOURS, { input }, until);
  const payload = answer?.data?.logHours;
  if (!payload) throw new Error(`logHours got no answer: ${JSON.stringify(answer)}`);
  if (payload.entry) {
    const state = { key, deploymentId, id: payload.entry.id, date: input.date, minutes: input.minutes, logged: input, deleted: false };
    ledger.entries.set(key, state);
    own.push(state);
    ledger.figures.acknowledged++;
  } else {
    ledger.refusedKeys.add(key);
    ledger.refusal(payload.userErrors[0].code);
  }
}

async function correctOne(client: LoadClient, ledger: Ledger, entry: EntryState, until: number) {
  const minutes = 15 * (1 + Math.floor(Math.random() * 16));
  const answer = await client.call(CORRECT_HOURS, { input: { entryId: entry.id, date: entry.date, minutes, reason: "Belastingproef" } }, until);
  const payload = answer?.data?.correctHours;
  if (!payload) throw new Error(`correctHours got no answer: ${JSON.stringify(answer)}`);
  if (payload.entry) {
    entry.minutes = minutes;
    ledger.figures.acknowledged++;
  } else ledger.refusal(payload.userErrors[0].code);
}

async function deleteOne(client: LoadClient, ledger: Ledger, entry: EntryState, until: number) {
  const answer = await client.call(DELETE_HOURS, { input: { entryId: entry.id, reason: "Belastingproef" } }, until);
  const payload = answer?.data?.deleteHours;
  if (!payload) throw new Error(`deleteHours got no answer: ${JSON.stringify(answer)}`);
  const code = payload.userErrors[0]?.code;
  // A deletion retried after an unknown answer finds the entry already gone: that is its ack.
  if (!code || code === "NOT_FOUND") {
    entry.deleted = true;
    ledger.figures.acknowledged++;
  } else ledger.refusal(code);
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
