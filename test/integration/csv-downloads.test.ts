import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, yearOf } from "../../shared/dates.js";
import { daysAgo, today } from "../support/fixtures.js";
import { GraphQLSession } from "../support/graphql.js";
import { startTestPortal, type TestPortal } from "../support/portal.js";

/**
 * Every CSV download is written by one writer (server/platform/csv.ts). A provider's name is
 * text someone typed: here one that a spreadsheet would run as a formula, and one with a
 * semicolon and a line break. Each download must keep them one cell, defused, in a file Excel
 * with Dutch settings opens as it is.
 */
const FORMULA = '=HYPERLINK("https://example.org";"Klik")';
const BROKEN = "Welzijn De Linde;\nNoord";

let portal: TestPortal;
let cookie: string;

beforeAll(async () => {
  portal = await startTestPortal();
  await portal.sql("UPDATE provider SET name = $1 WHERE name = 'Zorggroep Horizon'", [FORMULA]);
  await portal.sql("UPDATE provider SET name = $1 WHERE name = 'Welzijn De Linde'", [BROKEN]);
  cookie = (await new GraphQLSession(portal.url).login("financien@zoetermeer.demo") as any).cookie;
});
afterAll(() => portal?.stop());

/** The file as Excel would read it: after checking the byte order mark and the CRLF line ends. */
async function records(path: string): Promise<string[][]> {
  const response = await fetch(`${portal.url}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  return parse(text, { delimiter: ";", record_delimiter: "\r\n" });
}

describe("provider names in CSV downloads", () => {
  it.each([
    ["the usage report", `/exports/usage.csv?municipalityCode=GM0637&from=${daysAgo(500)}&to=${today}`, 1],
    ["the yearly review", `/exports/yearly-review.csv?municipalityCode=GM0637&year=${yearOf(daysAgo(60))}`, 0],
    ["the declaration", `/exports/declaration.csv?municipalityCode=GM0637&month=${addMonths(today, -1).slice(0, 7)}`, 2],
  ])("%s keeps a formula defused and a name with a semicolon and a line break in one cell", async (_name, path, column) => {
    const [header, ...rows] = await records(path);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const names = new Set(rows.map((row) => row[column]));
    expect(names).toContain(`'${FORMULA}`);
    expect(names).toContain(BROKEN);
    expect(names).not.toContain(FORMULA);
  });
});
