import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaSdl } from "../../server/app/print-schema.js";

describe("schema.graphql", () => {
  it("is the schema the server serves (run `npm run schema` after changing the API)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(await schemaSdl());
  });
});
