import { describe, expect, it } from "vitest";
import { csvText, readCsv } from "../../../server/platform/csv.js";

describe("a CSV field as the portal writes it", () => {
  it.each([
    ["Zorggroep Horizon", "Zorggroep Horizon"],
    ["Horizon; zorg", '"Horizon; zorg"'],
    ['De "Linde"', '"De ""Linde"""'],
    ["twee\nregels", '"twee\nregels"'],
    ["twee\r\nregels", '"twee\r\nregels"'],
    ["los\rteken", '"los\rteken"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ['=HYPERLINK("x";"y")', `"'=HYPERLINK(""x"";""y"")"`],
    ["@cmd", "'@cmd"],
    ["+31", "'+31"],
    ["-1+1", "'-1+1"],
    ["\tcmd", "'\tcmd"],
    ["\uFF1DSUM(A1)", "'\uFF1DSUM(A1)"],
    ["-0:30", "-0:30"],
    ["-25,50", "-25,50"],
    ["", ""],
  ])("%j is written as %j", (value, written) => {
    expect(csvText([[value]])).toBe(`${written}\r\n`);
  });

  it("writes numbers as they are, an empty cell for null, ends every line with CRLF, and puts the byte order mark first only when asked", () => {
    expect(csvText([[1, null, -30, "a;b"], [0, 1.5]])).toBe('1;;-30;"a;b"\r\n0;1.5\r\n');
    expect(csvText([["Maand", "Uren"]], { bom: true })).toBe("\uFEFFMaand;Uren\r\n");
  });
});

describe("a CSV file as the portal reads it", () => {
  it("numbers records by the line an editor shows them on, also after a quoted line break and blank lines", () => {
    const text = '\uFEFFa;b\r\n"één; twee";"drie\r\nvier"\r\n\r\n   \r\n" vijf ";zes\r\n';
    expect(readCsv(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["één; twee", "drie\nvier"] },
      { line: 6, fields: ["vijf", "zes"] },
    ]);
  });

  it("refuses a file with a quote in the middle of a field, naming its line in Dutch", () => {
    expect(readCsv('a;b\r\n"c\r\nd";e\r\nf;g"h\r\n')).toEqual({
      code: "INVALID_INPUT",
      field: "csv",
      message: "Het bestand kon niet worden gelezen rond regel 4: controleer de aanhalingstekens.",
    });
  });
});
