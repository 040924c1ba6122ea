import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrations } from "../../migrations/index.js";
import { restoreDatabase } from "../../server/app/backup.js";
import { readConfig } from "../../server/app/config.js";
import { openDatabase } from "../../server/app/database.js";
import { startPortal, type RunningPortal } from "../../server/app/portal.js";
import { createLogger } from "../../server/platform/logger.js";
import { daysAgo, freshBsn, startDeployment } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { createTestDatabase } from "../support/portal.js";

const log = createLogger("warn");
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
// The last release's database (scripts/make-release-fixture.mjs): its migrations and demo data.
const release = JSON.parse(readFileSync(path.join(FIXTURES, "release-0.1.0.json"), "utf8"));

const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  await client.end();
  return rows.map((r) => r.name);
}

describe("migrations", () => {
  it("apply to an empty database, revert one by one to nothing, and apply again", async () => {
    const url = await createTestDatabase({ empty: true });
    const db = await openDatabase(url, log);
    stops.push(() => db.destroy());
    const applied = await db.query(`SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((r: { name: string }) => r.name)).toEqual(migrations.map((m) => new m().name));

    for (let i = 0; i < migrations.length; i++) await db.undoLastMigration({ transaction: "each" });
    expect(await tables(url)).toEqual(["migrations"]);

    await db.runMigrations({ transaction: "each" });
    expect((await tables(url)).length).toBeGreaterThan(10);
  });

  it("bring the last release's database, data and all, to this release, and the portal works on it", async () => {
    const url = await createTestDatabase({ empty: true });
    await restoreDatabase(url, path.join(FIXTURES, "release-0.1.0.backup.gz"));
    const dir = await mkdtemp(path.join(tmpdir(), "viv-migrate-"));
    const portal: RunningPortal = await startPortal(
      readConfig({ PORT: "0", DATABASE_URL: url, VIV_DEMO: "0", VIV_DATA_DIR: dir, VIV_BSN_KEY: release.bsnKey, LOG_LEVEL: "warn" }),
      log,
    );
    stops.push(async () => {
      await portal.stop();
      await rm(dir, { recursive: true, force: true });
    });

    // Every row of the release is still there: in each of its tables that this release keeps
    // (a migration may replace a table on purpose, never the ones that hold the work).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const kept = new Set(await tables(url));
    for (const core of ["app_user", "resident", "deployment", "hour_entry", "hour_entry_revision", "audit_event", "tariff"]) expect(kept).toContain(core);
    for (const [table, rows] of Object.entries(release.rows as Record<string, number>)) {
      if (!kept.has(table)) continue;
      const { rows: counted } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
      expect([table, counted[0].n >= rows]).toEqual([table, true]);
    }
    const { rows: applied } = await client.query("SELECT count(*)::int AS n FROM migrations");
    await client.end();
    expect(applied[0].n).toBe(migrations.length);

    // The portal reads it as the release did: the same deployments, report figures and BSNs.
    const employee = await new GraphQLSession(portal.url).login("medewerker@horizon.demo");
    const list = await employee.request("query { deployments(first: 100) { edges { node { id resident { id bsnMasked } } } } }");
    expect(list.data.deployments.edges).toHaveLength(release.providerDeployments);
    const resident = list.data.deployments.edges[0].node.resident;
    const revealed = await employee.request(`mutation { revealResidentBsn(residentId: "${resident.id}") { bsn userErrors { code } } }`);
    expect(revealed.data.revealResidentBsn.bsn.slice(-3)).toBe(resident.bsnMasked.slice(-3));

    const finance = await new GraphQLSession(portal.url).login("financien@zoetermeer.demo");
    const { from, to, ...totals } = release.usageTotals;
    const report = await finance.request(`query { usageReport(municipalityCode: "GM0637", from: "${from}", to: "${to}") { totals { minutes dagdelen amountCents correctionLines } } }`);
    expect(report.data.usageReport.totals).toEqual(totals);

    // And it takes new work.
    const id = await startDeployment(employee, { residentBsn: freshBsn() });
    const logged = await employee.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 60 } });
    expect(logged.data.logHours.userErrors).toEqual([]);
  });
});
