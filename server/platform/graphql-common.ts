import { GraphQLScalarType, Kind } from "graphql";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { FIRST_YEAR, isIsoDate, LAST_YEAR } from "../../shared/dates.js";
import { REFUSAL_CODES, type RefusalCode } from "../../shared/refusal-codes.js";
import { UNITS, type Unit } from "../../shared/units.js";
import { CAP_WINDOW_KINDS, type CapUsageFigures, type CapWindowKind, type Refusal } from "../rules/types.js";

/** `Date`: a calendar date as a YYYY-MM-DD string, never a timestamp. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date as YYYY-MM-DD.",
  serialize: (value) => String(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new TypeError(`Geen geldige datum: gebruik JJJJ-MM-DD. Het jaar ligt tussen ${FIRST_YEAR} en ${LAST_YEAR}.`);
  }
  return value;
}

/** Enums with the string values as their names, so `CAP_EXCEEDED` is `CAP_EXCEEDED` everywhere. */
export function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RefusalCodeEnum = enumOf(REFUSAL_CODES);
registerEnumType(RefusalCodeEnum, { name: "RefusalCode" });
export const UnitEnum = enumOf(UNITS);
registerEnumType(UnitEnum, { name: "Unit" });
export const CapWindowKindEnum = enumOf(CAP_WINDOW_KINDS);
registerEnumType(CapWindowKindEnum, { name: "CapWindowKind" });

@ObjectType()
export class CapUsage {
  @Field(() => Int, { nullable: true, description: "Null when the voorziening has no cap." })
  capMinutes: number | null;

  @Field(() => Int)
  usedMinutes: number;

  @Field(() => Int, { nullable: true, description: "Null when the voorziening has no cap." })
  remainingMinutes: number | null;

  @Field(() => DateScalar)
  windowStart: string;

  @Field(() => DateScalar, { nullable: true })
  windowEnd: string | null;

  @Field(() => CapWindowKindEnum)
  capWindow: CapWindowKind;

  @Field(() => UnitEnum)
  unit: Unit;

  static from(f: CapUsageFigures): CapUsage {
    return Object.assign(new CapUsage(), {
      capMinutes: f.cap,
      usedMinutes: f.used,
      remainingMinutes: f.remaining,
      windowStart: f.window.start,
      windowEnd: f.window.end,
      capWindow: f.window.kind,
      unit: f.unit,
    });
  }
}

@ObjectType({ description: "A business refusal: the write did not happen, and this says why." })
export class UserError {
  @Field(() => RefusalCodeEnum)
  code: RefusalCode;

  @Field(() => String, { nullable: true, description: 'The input field the refusal is about, e.g. "minutes".' })
  field: string | null;

  @Field(() => String, { description: "Dutch sentence for the portal." })
  message: string;

  @Field(() => CapUsage, { nullable: true })
  capUsage: CapUsage | null;

  static from(r: Refusal): UserError {
    return Object.assign(new UserError(), {
      code: r.code,
      field: r.field,
      message: r.message,
      capUsage: r.capUsage ? CapUsage.from(r.capUsage) : null,
    });
  }
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
