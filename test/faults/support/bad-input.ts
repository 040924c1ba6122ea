import fc from "fast-check";
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";

/**
 * Values a careless or hostile client sends, for any GraphQL input type of the schema: the
 * right shape with wrong contents (huge, negative and fractional numbers, impossible dates,
 * odd Unicode, long strings), nulls where they are allowed, and now and then a real id so that
 * the input gets past the first lookup.
 */
const MB = "x".repeat(1024 * 1024);
const oddStrings = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "\u202eKORTDURENDE",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦".repeat(50),
  "'; DROP TABLE hour_entry; --",
  "<script>alert(1)</script>",
  "2026-02-30",
  "0000-01-01",
  "9999-12-31",
  "2026-13",
  "123456782",
  "GM0637",
  "KORTDURENDE_BEGELEIDING",
  "y".repeat(60_000),
  MB,
];
const oddDates = ["2026-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "2026-1-1", "01-12-2026", "", "today", "2026-02-28T25:00"];
const oddInts: unknown[] = [0, -1, -2147483648, 2147483647, 2147483648, Number.MAX_SAFE_INTEGER, -1e308, 1.5, 0.0001, 1e308, "90", "1:30", true];

export function valueFor(type: GraphQLInputType, realIds: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inner(type.ofType, realIds, depth);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: inner(type, realIds, depth) });
}

function inner(type: GraphQLInputType, realIds: string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, realIds, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, realIds, depth + 1)])));
  }
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constantFrom("", "ONBEKEND", "continue"));
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -100, max: 3000 }) }, { weight: 1, arbitrary: fc.integer() }, { weight: 2, arbitrary: fc.constantFrom(...oddInts) });
      case "Float":
        return fc.oneof(fc.double(), fc.constantFrom(...oddInts));
      case "Boolean":
        return fc.oneof(fc.boolean(), fc.constantFrom("ja", 1, null));
      case "Date":
        return fc.oneof(
          { weight: 2, arbitrary: fc.integer({ min: -30, max: 400 }).map((n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)) },
          { weight: 1, arbitrary: fc.date({ noInvalidDate: true, min: new Date("0001-01-01"), max: new Date("9999-12-31") }).map((d) => d.toISOString().slice(0, 10)) },
          { weight: 2, arbitrary: fc.constantFrom(...oddDates) },
        );
      case "ID":
        return fc.oneof(realIds.length ? fc.constantFrom(...realIds) : fc.uuid(), fc.uuid(), fc.constantFrom(...oddStrings));
      default:
        return fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...oddStrings));
    }
  }
  return fc.constant(null);
}
