import { buildSchema, graphql } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import { describe, expect, it } from "vitest";
import { guardFields } from "../../../server/app/field-guards.js";
import type { Context } from "../../../server/platform/context.js";

const SDL = `
  type Query { rows: [Row!]! }
  type Mutation { touch(note: String): Boolean }
  type Row { month: String! amount: Int! entries(from: String): [String!]! }
`;

function guarded() {
  const schema = buildSchema(SDL);
  const seen: string[] = [];
  const guard: MiddlewareFn<Context> = ({ info, args }, next) => {
    seen.push(`${info.parentType.name}.${info.fieldName}`);
    if (args.from === "refuse" || args.note === "refuse") throw new Error("refused");
    return next();
  };
  guardFields(schema, [guard]);
  const rootValue = {
    rows: () => [1, 2, 3].map((n) => ({ month: `2025-0${n}`, amount: n, entries: ({ from }: { from?: string }) => [`${from ?? "-"}${n}`] })),
    touch: () => true,
  };
  return { schema, seen, run: (source: string) => graphql({ schema, source, rootValue, contextValue: {} }) };
}

describe("field guards", () => {
  it("run before every root field and every field with arguments, and never for the plain fields of an answer's objects", async () => {
    const { seen, run } = guarded();
    const result = await run(`{ rows { month amount entries(from: "x") } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ rows: [1, 2, 3].map((n) => ({ month: `2025-0${n}`, amount: n, entries: [`x${n}`] })) });
    expect(seen).toEqual(["Query.rows", "Row.entries", "Row.entries", "Row.entries"]);
    await run(`mutation { touch }`);
    expect(seen.at(-1)).toBe("Mutation.touch");
  });

  it("refuse before the resolver runs, on a root field and on a nested field with arguments", async () => {
    const { run } = guarded();
    const root = await run(`mutation { touch(note: "refuse") }`);
    expect(root.errors?.[0].message).toBe("refused");
    expect(root.data).toEqual({ touch: null });
    const nested = await run(`{ rows { month entries(from: "refuse") } }`);
    expect(nested.errors?.[0].message).toBe("refused");
    expect(nested.errors?.[0].path).toEqual(["rows", 0, "entries"]);
  });
});
