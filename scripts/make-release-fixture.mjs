// Writes test/fixtures/release-<version>.backup.gz: the database of this release as the demo
// leaves it (every migration so far, the demo seed, a few hours more), made with `npm run
// backup`'s own code, and release-<version>.json with the figures the migration test expects
// from it. Run at a release, before the next release's migrations land:
//   npm run build:server && node scripts/make-release-fixture.mjs 0.1.0
// The BSN key below is for this fixture only: the data is made up.
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import "reflect-metadata";
import { backupDatabase } from "../dist/server/app/backup.js";
import { readConfig } from "../dist/server/app/config.js";
import { startEmbeddedPostgres } from "../dist/server/app/embedded-postgres.js";
import { startPortal } from "../dist/server/app/portal.js";
import { createLogger } from "../dist/server/platform/logger.js";

export const FIXTURE_BSN_KEY = "dml2LXJlbGVhc2UtZml4dHVyZS1rZXktMDAwMDAwMDA=";
const version = process.argv[2];
if (!version) throw new Error("usage: node scripts/make-release-fixture.mjs VERSION");

const dir = await mkdtemp(path.join(tmpdir(), "viv-fixture-"));
await chmod(dir, 0o755);
const log = createLogger("warn");
const database = await startEmbeddedPostgres(path.join(dir, "pg"), log);
const portal = await startPortal(readConfig({ PORT: "0", DATABASE_URL: database.url, VIV_DEMO: "1", VIV_DATA_DIR: dir, VIV_BSN_KEY: FIXTURE_BSN_KEY, LOG_LEVEL: "warn" }), log);
try {
  const gql = async (cookie, query, variables) => {
    const response = await fetch(`${portal.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
    return { cookie: response.headers.get("set-cookie")?.split(";")[0] ?? cookie, body: await response.json() };
  };
  const login = async (email) => (await gql("", `mutation { login(input: { email: "${email}", password: "demo" }) { user { id } } }`)).cookie;
  const finance = await login("financien@zoetermeer.demo");
  const employee = await login("medewerker@horizon.demo");
  const deployments = (await gql(employee, "query { deployments(first: 100) { edges { node { id } } } }")).body.data.deployments.edges.length;
  const to = new Date().toISOString().slice(0, 10);
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const answer = (await gql(finance, `query { usageReport(municipalityCode: "GM0637", from: "${from}", to: "${to}") { totals { minutes dagdelen amountCents correctionLines } } }`)).body;
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const report = { from, to, ...answer.data.usageReport.totals };
  const fixtures = path.resolve(import.meta.dirname, "../test/fixtures");
  const header = await backupDatabase(database.url, path.join(fixtures, `release-${version}.backup.gz`));
  const expected = { version, bsnKey: FIXTURE_BSN_KEY, migrations: header.migrations, rows: Object.fromEntries(header.tables.map((t) => [t.name, t.rows])), providerDeployments: deployments, usageTotals: report };
  await writeFile(path.join(fixtures, `release-${version}.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`test/fixtures/release-${version}.backup.gz: ${header.tables.length} tables, ${header.migrations.length} migrations`);
} finally {
  await portal.stop();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
