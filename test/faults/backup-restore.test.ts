import { mkdtemp, rm } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/app/config.js";
import { startPortal, type RunningPortal } from "../../server/app/portal.js";
import { createLogger } from "../../server/platform/logger.js";
import { daysAgo, startDeployment, today } from "../support/fixtures.js";
import { GraphQLSession, LOG_HOURS } from "../support/graphql.js";
import { createTestDatabase, startTestPortal, type TestPortal } from "../support/portal.js";
import { backupCli, rowCounts } from "./support/cli.js";

const USAGE_REPORT = `query Usage($m: String!, $from: Date!, $to: Date!) {
  usageReport(municipalityCode: $m, from: $from, to: $to) {
    rows { providerName voorzieningCode month minutes dagdelen amountCents residents correctionLines }
    totals { minutes dagdelen amountCents residents correctionLines }
  }
}`;
const reportOf = async (url: string) => {
  const finance = await new GraphQLSession(url).login("financien@zoetermeer.demo");
  const { data } = await finance.request(USAGE_REPORT, { m: "GM0637", from: daysAgo(400), to: today });
  return data.usageReport;
};

let source: TestPortal;
let restored: RunningPortal | null = null;
let dir: string;

beforeAll(async () => {
  source = await startTestPortal();
  dir = await mkdtemp(path.join(tmpdir(), "viv-backup-"));
  // Some hours of our own beside the demo's, one of them corrected.
  const employee = await new GraphQLSession(source.url).login("medewerker@horizon.demo");
  const id = await startDeployment(employee, {});
  for (let d = 1; d <= 5; d++) await employee.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(d), minutes: 30 * d } });
});
afterAll(async () => {
  await restored?.stop();
  await source?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  it("restores into an empty database with every table's rows and the same usage report", async () => {
    const file = path.join(dir, "viv.backup.gz");
    const backup = await backupCli(["backup", file], source.databaseUrl);
    expect(backup.code).toBe(0);
    expect(backup.stdout.trim()).toBe(file);

    const target = await createTestDatabase({ empty: true });
    const restore = await backupCli(["restore", file], target);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Hersteld uit .*: \d+ tabellen, \d+ rijen/);

    const before = await rowCounts(source.databaseUrl);
    expect(before.hour_entry).toBeGreaterThan(5);
    expect(await rowCounts(target)).toEqual(before);

    const config = readConfig({ PORT: "0", DATABASE_URL: target, VIV_DEMO: "0", VIV_DATA_DIR: dir, VIV_BSN_KEY: randomBytes(32).toString("base64"), LOG_LEVEL: "warn" });
    restored = await startPortal(config, createLogger("warn"));
    const report = await reportOf(restored.url);
    expect(report.totals.minutes).toBeGreaterThan(0);
    expect(report).toEqual(await reportOf(source.url));

    // New rows get fresh ids after the restored ones (identity columns continue).
    const employee = await new GraphQLSession(restored.url).login("medewerker@horizon.demo");
    const id = await startDeployment(employee, {});
    const logged = await employee.request(LOG_HOURS, { input: { deploymentId: id, date: daysAgo(1), minutes: 15 } });
    expect(logged.data.logHours.userErrors).toEqual([]);
  });

  it("refuses to restore into a database that is not empty, and changes nothing there", async () => {
    const file = path.join(dir, "viv.backup.gz");
    const before = await rowCounts(source.databaseUrl);
    const result = await backupCli(["restore", file], source.databaseUrl);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("De database is niet leeg. Herstel een back-up alleen in een lege database.");
    expect(await rowCounts(source.databaseUrl)).toEqual(before);
  });
});
