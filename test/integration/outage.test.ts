import net from "node:net";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/** Issue #17: a database outage is logged once per transition, with its cause; slow clients are cut off. */
let portal: TestPortal;
const lines: Array<{ level: number; msg: string; cause?: string; failedRequests?: number }> = [];
beforeAll(async () => {
  const log = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  portal = await startTestPortal({ log });
});
afterAll(() => portal?.stop());

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe("a database outage", () => {
  it("is logged once when it starts, with the cause, and once when it ends, however many requests fail", async () => {
    const session = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    lines.length = 0;
    await admin(async (c) => {
      await c.query(`ALTER DATABASE ${portal.database} ALLOW_CONNECTIONS false`);
      await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [portal.database]);
    });
    const failed = await Promise.all(Array.from({ length: 40 }, () => session.request("{ me { email } }")));
    expect(new Set(failed.map((r) => `${r.status} ${r.errors?.[0].extensions?.code}`))).toEqual(new Set(["503 UNAVAILABLE"]));
    expect(failed[0].errors?.[0].message).toBe("Het portaal kan de database nu niet bereiken. Probeer het over een paar minuten opnieuw.");
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(503);

    await admin((c) => c.query(`ALTER DATABASE ${portal.database} ALLOW_CONNECTIONS true`));
    expect((await session.request("{ me { email } }")).data).toEqual({ me: { email: "medewerker@horizon.demo" } });

    const down = lines.filter((l) => l.msg === "database unreachable");
    const up = lines.filter((l) => l.msg === "database reachable again");
    expect(down).toHaveLength(1);
    expect(down[0].cause).toMatch(/terminating connection|not currently accepting connections|Connection terminated/);
    expect(up).toHaveLength(1);
    expect(up[0].failedRequests).toBeGreaterThanOrEqual(41);
    // Nothing else at error level: no line per failed request.
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual(["database unreachable"]);
  });
});

describe("a slow client", () => {
  it("is answered 408 and cut off when its body does not arrive, instead of holding the socket for minutes", async () => {
    const { port } = new URL(portal.url);
    const socket = net.connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(Date.now())));
    const started = Date.now();
    socket.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":");
    const at = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    console.log(`half-sent body cut off after ${((at - started) / 1000).toFixed(1)} s`);
  }, 40_000);
});
