import http from "node:http";
import { createBrotliDecompress, createGunzip } from "node:zlib";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths } from "../../shared/dates.js";
import { today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * A long usage CSV through the compression in front of /exports (gzip, and Brotli, which browsers
 * ask for first): the export waits for the response to drain many times. compression hands
 * `res.on("drain")` to its gzip or Brotli stream but not `res.off`, so a writer that listens per
 * wait leaves every listener behind, and Node warns of a memory leak. The file must still arrive
 * whole, with every row the screen shows.
 */
const PROVIDERS = 120;
const MONTHS = 24;
const FROM = `${addMonths(today, -MONTHS).slice(0, 7)}-01`;

let portal: TestPortal;
let finance: GraphQLSession;

beforeAll(async () => {
  portal = await startTestPortal();
  finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
  // One provider per report row group: a resident, a deployment of recreatieve dagbesteding and
  // one entry a month, written through the trigger that keeps the report's summaries.
  const [{ m }] = await portal.sql<{ m: string }>("SELECT id AS m FROM municipality WHERE code = 'GM0637'");
  const [{ u }] = await portal.sql<{ u: string }>("SELECT id AS u FROM app_user WHERE email = 'medewerker@horizon.demo'");
  await portal.sql(`INSERT INTO provider (name) SELECT 'Exportzorg ' || lpad(g::text, 3, '0') FROM generate_series(1, ${PROVIDERS}) g`);
  await portal.sql(`INSERT INTO contract (municipality_id, provider_id, valid_from) SELECT $1, id, $2 FROM provider WHERE name LIKE 'Exportzorg %'`, [m, FROM]);
  await portal.sql(
    `INSERT INTO resident (municipality_id, bsn_hash, bsn_ciphertext, bsn_hint)
     SELECT $1, sha256(convert_to(name, 'UTF8')), sha224(convert_to(name, 'UTF8')), '000' FROM provider WHERE name LIKE 'Exportzorg %'`,
    [m],
  );
  await portal.sql(
    `INSERT INTO deployment (municipality_id, provider_id, resident_id, voorziening_code, start_date, window_anchor, created_by, motivation)
     SELECT $1, p.id, r.id, 'RECREATIEVE_DAGBESTEDING', $2, $2, $3, 'Exporttest'
       FROM provider p JOIN resident r ON r.municipality_id = $1 AND r.bsn_hash = sha256(convert_to(p.name, 'UTF8'))
      WHERE p.name LIKE 'Exportzorg %'`,
    [m, FROM, u],
  );
  await portal.sql(
    `INSERT INTO hour_entry (municipality_id, deployment_id, entry_date, amount, created_by)
     SELECT d.municipality_id, d.id, ($2::date + make_interval(months => g))::date, 30 + g, $3
       FROM deployment d, generate_series(0, ${MONTHS - 1}) g WHERE d.municipality_id = $1 AND d.motivation = 'Exporttest'`,
    [m, FROM, u],
  );
}, 60_000);
afterAll(() => portal?.stop());

/** The download as a browser gets it: asking for `encoding`, and decoding it. */
function download(path: string, encoding: "gzip" | "br"): Promise<{ status: number; encoding: string | undefined; text: string }> {
  const cookie = (finance as unknown as { cookie: string }).cookie;
  return new Promise((resolve, reject) => {
    http
      .get(`${portal.url}${path}`, { headers: { cookie, "accept-encoding": encoding } }, (response) => {
        const chunks: Buffer[] = [];
        const sent = response.headers["content-encoding"];
        const body = sent === "gzip" ? response.pipe(createGunzip()) : sent === "br" ? response.pipe(createBrotliDecompress()) : response;
        body.on("data", (chunk: Buffer) => chunks.push(chunk));
        body.on("end", () => resolve({ status: response.statusCode!, encoding: sent, text: Buffer.concat(chunks).toString("utf8") }));
        body.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("a long usage CSV behind compression", () => {
  it.each(["gzip", "br"] as const)("arrives whole as %s, with every row of the screen, without a listener leak warning", async (encoding) => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const range = { municipalityCode: "GM0637", from: FROM, to: today };
      const file = await download(`/exports/usage.csv?${String(new URLSearchParams(range))}`, encoding);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));

      expect(file.status).toBe(200);
      expect(file.encoding).toBe(encoding);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning").map(String)).toEqual([]);

      const screen = (
        await finance.request(
          `query R($municipalityCode: String!, $from: Date!, $to: Date!) { usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {
            rows { month providerName minutes } totals { minutes amountCents } } }`,
          range,
        )
      ).data.usageReport;
      expect(screen.rows.length).toBeGreaterThanOrEqual(PROVIDERS * MONTHS);

      expect(file.text.startsWith("\uFEFFMaand;Dienstverlener;Voorziening")).toBe(true);
      const records: string[][] = parse(file.text.slice(1), { delimiter: ";", record_delimiter: "\r\n" });
      const [header, ...lines] = records;
      const rows = lines.slice(0, -1);
      const totals = lines.at(-1)!;
      expect(rows).toHaveLength(screen.rows.length);
      for (const line of lines) expect(line).toHaveLength(header.length);
      expect(rows.map((r) => `${r[0]} ${r[1]} ${r[5]}`)).toEqual(screen.rows.map((r: any) => `${r.month} ${r.providerName} ${r.minutes}`));
      expect(rows.filter((r) => r[1].startsWith("Exportzorg "))).toHaveLength(PROVIDERS * MONTHS);
      expect(totals[0]).toBe("Totaal");
      expect(Number(totals[5])).toBe(screen.totals.minutes);
      expect(Number(totals[13])).toBe(screen.totals.amountCents);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
