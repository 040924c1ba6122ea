import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { DateScalar, UserError } from "../../platform/graphql-common.js";
import { isRefusal } from "../../rules/types.js";
import type { ClosedPeriodRow, UsageReportData } from "./finance.service.js";
import { ClosedPeriod, ClosePeriodPayload, SetTariffInput, SetTariffPayload, Tariff, UsageReport } from "./finance.types.js";
import { presentRow, presentTotals } from "./report-view.js";
import { isSmallCount } from "../../rules/small-counts.js";

@Resolver()
export class FinanceResolver {
  @Query(() => UsageReport, {
    nullable: true,
    description: "Usage per month, provider and voorziening with amounts; null for a municipality the user does not work in.",
  })
  async usageReport(
    @Arg("municipalityCode", () => String) municipalityCode: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("providerId", () => ID, { nullable: true }) providerId: string | null,
    @Arg("voorzieningCode", () => String, { nullable: true }) voorzieningCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<UsageReport | null> {
    const report = await ctx.services.finance.usageReport(ctx.actor, { municipalityCode, from, to, providerId: providerId ?? null, voorzieningCode: voorzieningCode ?? null });
    return report && toReport(report);
  }

  @Query(() => [Tariff], { description: "The municipality's tariffs per provider and voorziening, oldest first." })
  tariffs(@Arg("municipalityCode", () => String) municipalityCode: string, @Ctx() ctx: Context): Promise<Tariff[]> {
    return ctx.services.finance.tariffs(ctx.actor, municipalityCode);
  }

  @Query(() => [ClosedPeriod], { description: "The months the municipality has closed, oldest first." })
  async closedPeriods(@Arg("municipalityCode", () => String) municipalityCode: string, @Ctx() ctx: Context): Promise<ClosedPeriod[]> {
    return (await ctx.services.finance.closedPeriods(ctx.actor, municipalityCode)).map(toClosedPeriod);
  }

  @Mutation(() => SetTariffPayload, { description: "Sets a provider's tariff for a voorziening from a date on." })
  async setTariff(@Arg("input", () => SetTariffInput) input: SetTariffInput, @Ctx() ctx: Context): Promise<SetTariffPayload> {
    const result = await ctx.services.finance.setTariff(ctx.actor, ctx.origin, input);
    return isRefusal(result) ? { tariff: null, userErrors: [UserError.from(result)] } : { tariff: result, userErrors: [] };
  }

  @Mutation(() => ClosePeriodPayload, {
    description: "Closes a month that has ended: its report no longer changes; corrections of its entries are booked in the first open month.",
  })
  async closePeriod(
    @Arg("municipalityCode", () => String) municipalityCode: string,
    @Arg("month", () => String, { description: '"2026-10"' }) month: string,
    @Ctx() ctx: Context,
  ): Promise<ClosePeriodPayload> {
    const result = await ctx.services.finance.closePeriod(ctx.actor, ctx.origin, { municipalityCode, month });
    return isRefusal(result) ? { period: null, userErrors: [UserError.from(result)] } : { period: toClosedPeriod(result), userErrors: [] };
  }
}

function toClosedPeriod(row: ClosedPeriodRow): ClosedPeriod {
  return { month: row.month, closedAt: new Date(row.closedAt).toISOString(), closedBy: row.closedBy };
}

function toReport(report: UsageReportData): UsageReport {
  return {
    municipalityCode: report.municipality.code,
    municipalityName: report.municipality.name,
    from: report.from,
    to: report.to,
    rows: report.rows.map(presentRow),
    totals: presentTotals(report.totals, report.rows.some((r) => isSmallCount(r.residents))),
    closedMonths: report.closedMonths,
    providers: report.providers,
  };
}
