import { GraphQLBigInt } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Unit } from "../../../shared/units.js";
import { DateScalar, enumOf, UnitEnum, UserError } from "../../platform/graphql-common.js";
import { TARIFF_UNITS, type TariffUnit } from "../../rules/finance.js";

export const TariffUnitEnum = enumOf(TARIFF_UNITS);
registerEnumType(TariffUnitEnum, { name: "TariffUnit", description: "What a tariff prices: an hour, a dagdeel or an etmaal." });

/**
 * The figures a report row and the report's totals share. Amounts of money are whole cents as
 * BigInt (graphql-scalars: a JSON number while it is a safe integer), so a region's year never
 * overflows GraphQL's 32-bit Int.
 */
@ObjectType()
abstract class UsageFigures {
  @Field(() => Int, { description: "Minutes (0 for a voorziening counted in dagdelen or etmalen)." })
  minutes: number;

  @Field(() => String, { description: 'The minutes as hours, "12:30".' })
  hours: string;

  @Field(() => Int)
  dagdelen: number;

  @Field(() => Int)
  etmalen: number;

  @Field(() => Int, { description: "Correction lines of closed months booked in this month." })
  correctionLines: number;

  @Field(() => String, {
    description: 'Residents counted, as shown: "< 5" below five; a resident in several rows counts once in the totals, which read "afgeschermd" when a row shows "< 5" (so that subtracting the rows cannot reveal it).',
  })
  residents: string;

  @Field(() => Int, { nullable: true, description: "The exact count from five up; null below five, so that a small group cannot be recognised." })
  residentCount: number | null;

  @Field(() => GraphQLBigInt, { description: "The price in whole cents, from the tariff valid on each entry's date; in the totals the sum of the rows." })
  amountCents: number;

  @Field(() => Int, { description: "Lines without a tariff on their date: in the hours, not in the amount." })
  unpricedLines: number;
}

@ObjectType({ description: "A provider's use of one voorziening in one month. Residents are counted, never named." })
export class UsageReportRow extends UsageFigures {
  @Field(() => String, { description: 'The month the lines are booked in, "2026-10".' })
  month: string;

  @Field(() => String, { description: '"oktober 2026".' })
  monthLabel: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  providerName: string;

  @Field(() => String)
  voorzieningCode: string;

  @Field(() => String)
  voorzieningName: string;

  @Field(() => UnitEnum)
  unit: Unit;

  @Field(() => Int, { description: "The part of the amount (minutes, dagdelen or etmalen) that those correction lines add or take back." })
  correctionAmount: number;

  @Field(() => Boolean, { description: "Whether the month is closed: its figures no longer change." })
  closed: boolean;
}

@ObjectType()
export class UsageTotals extends UsageFigures {}

@ObjectType()
export class ReportProvider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: "Usage of vrij inzetbare voorzieningen, grouped by month, provider and voorziening. Never a BSN or a name." })
export class UsageReport {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  municipalityName: string;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => [UsageReportRow])
  rows: UsageReportRow[];

  @Field(() => UsageTotals)
  totals: UsageTotals;

  @Field(() => [String], { description: 'The closed months in the range, "2026-10".' })
  closedMonths: string[];

  @Field(() => [ReportProvider], { description: "Providers with a contract with the municipality, for the report's filter." })
  providers: ReportProvider[];
}

@ObjectType({ description: "A price of a provider's contract for a voorziening, from validFrom until the next one starts." })
export class Tariff {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  providerName: string;

  @Field(() => String)
  voorzieningCode: string;

  @Field(() => TariffUnitEnum)
  unit: TariffUnit;

  @Field(() => Int)
  amountCents: number;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "The day before the next tariff starts; null while none follows." })
  validTo: string | null;
}

@InputType()
export class SetTariffInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => ID, { description: "The provider; the tariff belongs to its contract with the municipality valid on validFrom." })
  providerId: string;

  @Field(() => String)
  voorzieningCode: string;

  @Field(() => TariffUnitEnum, { description: "Must match the voorziening's unit: HOUR for minutes, DAGDEEL, ETMAAL." })
  unit: TariffUnit;

  @Field(() => Int)
  amountCents: number;

  @Field(() => DateScalar)
  validFrom: string;
}

@ObjectType()
export class SetTariffPayload {
  @Field(() => Tariff, { nullable: true })
  tariff: Tariff | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ClosedPeriod {
  @Field(() => String, { description: '"2026-10".' })
  month: string;

  @Field(() => String, { description: "When, as an ISO 8601 timestamp." })
  closedAt: string;

  @Field(() => String, { nullable: true, description: "The e-mail address of who closed it." })
  closedBy: string | null;
}

@ObjectType()
export class ClosePeriodPayload {
  @Field(() => ClosedPeriod, { nullable: true })
  period: ClosedPeriod | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
