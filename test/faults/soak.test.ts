import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidBsn } from "../../shared/bsn.js";
import { freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { createTestDatabase } from "../support/portal.js";
import { recordFigures } from "./support/figures.js";
import { Ledger, LoadClient, prefill, runLoad } from "./support/load.js";
import { startPortalProcess, type PortalProcess } from "./support/process-portal.js";
import { CLEAN, verify } from "./support/verify.js";

const SOAK_MS = Number(process.env.VIV_SOAK_MS ?? 20_000);
const CLIENTS = 12;

let portal: PortalProcess;
let url: string;
let db: pg.Pool;
const bsns: string[] = [];
const tokens: string[] = [];

beforeAll(async () => {
  const databaseUrl = await createTestDatabase();
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  portal = startPortalProcess({ DATABASE_URL: databaseUrl, VIV_DEMO: "1", VIV_BSN_KEY: randomBytes(32).toString("base64") });
  url = await portal.ready;
});
afterAll(async () => {
  await portal?.kill("SIGTERM");
  await db?.end();
});

describe("soak: many clients on shared deployments", () => {
  it("stores every acknowledged write exactly once and no refused one; every running total equals its entries; no window over its cap", async () => {
    const employee = await new GraphQLSession(url).login("medewerker@horizon.demo");
    const deployments: string[] = [];
    for (let i = 0; i < 6; i++) {
      const bsn = freshBsn();
      bsns.push(bsn);
      deployments.push(await startDeployment(employee, { residentBsn: bsn }));
    }
    const ledger = new Ledger();
    const clients = Array.from({ length: CLIENTS }, () => new LoadClient(() => url, ledger));
    for (const client of clients) await client.login("medewerker@horizon.demo");
    await prefill(clients[0], ledger, deployments);
    tokens.push(...clients.map((c) => c.sessionToken!));

    await runLoad(clients, ledger, deployments, Date.now() + SOAK_MS);

    const verdict = await verify(async (text, params) => (await db.query(text, params)).rows, ledger, deployments);
    recordFigures("soak", { seconds: SOAK_MS / 1000, clients: CLIENTS, ...ledger.figures, ...verdict });
    expect(verdict).toEqual(CLEAN);
    expect(ledger.figures.http500).toBe(0);
    expect(ledger.figures.leaks).toEqual([]);
    // Only BUSY may ask a client to come back (twelve clients share one account); nothing else.
    expect(Object.keys(ledger.figures.unavailableAnswers).filter((k) => k !== "BUSY")).toEqual([]);
    // The load reached the caps: refusals happened, and were answered as refusals.
    expect(ledger.figures.refusalsByCode.CAP_EXCEEDED).toBeGreaterThan(0);
    expect(ledger.figures.acknowledged).toBeGreaterThan(50);
  });

  it("logs JSON lines with a request id on every line of a request, and no BSN, password or session token", async () => {
    const lines = portal.output().split("\n").filter((l) => l.startsWith("{"));
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "request");
    expect(requests.length).toBeGreaterThan(100);
    expect(requests.every((l) => typeof l.requestId === "string" && l.operation)).toBe(true);
    const log = lines.join("\n");
    for (const bsn of bsns) expect(log).not.toContain(bsn);
    const nineDigits = (log.match(/\b\d{9}\b/g) ?? []).filter(isValidBsn);
    expect(nineDigits).toEqual([]);
    expect(log).not.toMatch(/"password":"(?!\[verwijderd\])/);
    expect(log).not.toContain('"demo"');
    expect(log).not.toMatch(/viv_session=/);
    expect(tokens).toHaveLength(CLIENTS);
    for (const token of tokens) expect(log).not.toContain(token);
    recordFigures("logs", { lines: lines.length, requestLines: requests.length, bsnsFound: nineDigits.length });
  });
});
