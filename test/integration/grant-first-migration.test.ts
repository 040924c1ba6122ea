import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addDays, todayInNetherlands } from "../../shared/dates.js";
import { restoreDatabase } from "../../server/app/backup.js";
import { openDatabase } from "../../server/app/database.js";
import { createLogger } from "../../server/platform/logger.js";
import { createTestDatabase } from "../support/portal.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

interface VersionRow {
  valid_from: string;
  name: string;
  approvals: string[];
  caps: Array<number | null>;
}

describe("the GrantFirst migration on the last release's database", () => {
  it("adds a Berg en Dal version from tomorrow with every Bijlage 5 voorziening granted, and leaves the old version and Zoetermeer as they were", async () => {
    const url = await createTestDatabase({ empty: true });
    await restoreDatabase(url, path.join(FIXTURES, "release-0.1.0.backup.gz"));
    const db = await openDatabase(url, createLogger("warn"));
    stops.push(() => db.destroy());
    const versions = (code: string): Promise<VersionRow[]> =>
      db.query(
        `SELECT cv.valid_from::text, cv.name, array_agg(v.approval ORDER BY v.sort_order) AS approvals, array_agg(v.cap_amount ORDER BY v.sort_order) AS caps
           FROM catalogue_version cv JOIN municipality m ON m.id = cv.municipality_id JOIN voorziening v ON v.catalogue_version_id = cv.id
          WHERE m.code = $1 GROUP BY cv.municipality_id, cv.id ORDER BY cv.valid_from`,
        [code],
      );

    const [old, granted, ...more] = await versions("GM1945");
    expect(more).toEqual([]);
    expect(old.approvals.every((a) => a === "NONE")).toBe(true);
    expect(granted.valid_from).toBe(addDays(todayInNetherlands(), 1));
    expect(granted.name).toBe(`${old.name}, met toekenning door de gemeente`);
    expect(granted.approvals).toEqual(old.approvals.map(() => "GRANT_FIRST"));
    expect(granted.caps).toEqual(old.caps);
    const zoetermeer = await versions("GM0637");
    expect(zoetermeer.map((v) => v.approvals)).toEqual([["NONE", "REPEAT_OR_DURING_MAATWERK", "NONE", "NONE"]]);

    // Reverted, the added version is gone and the rule with it.
    await db.undoLastMigration({ transaction: "each" });
    expect((await versions("GM1945")).map((v) => v.valid_from)).toEqual([old.valid_from]);
    await db.runMigrations({ transaction: "each" });
    expect((await versions("GM1945")).map((v) => v.approvals.at(-1))).toEqual(["NONE", "GRANT_FIRST"]);
  });
});
