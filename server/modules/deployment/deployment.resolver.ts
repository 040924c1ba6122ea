import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { maskBsn } from "../../../shared/bsn.js";
import { whyNoHours, type DeploymentState } from "../../../shared/deployment-state.js";
import { scopedResidentId } from "../resident/scoped-id.js";
import type { Context } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { CapUsage, DateScalar, UserError } from "../../platform/graphql-common.js";
import { Voorziening } from "../catalogue/catalogue.types.js";
import type { VoorzieningEntity } from "../catalogue/voorziening.entity.js";
import type { HourEntryEntity } from "../hours/hour-entry.entity.js";
import { HourEntry } from "../hours/hours.types.js";
import type { WaakvlamReviewEntity } from "../waakvlam/waakvlam-review.entity.js";
import { OpenReview, WaakvlamReview } from "../waakvlam/waakvlam.types.js";
import { reviewYearSpan } from "../../rules/waakvlam.js";
import { isRefusal } from "../../rules/types.js";
import { Municipality, Organisation } from "../organisation/organisation.types.js";
import type { DeploymentEntity } from "./deployment.entity.js";
import { statusOn } from "./deployment.query.js";
import { capUsageOn, stateToday } from "./deployment-state.js";
import {
  CreateDeploymentInput,
  CreateDeploymentPayload,
  DecideDeploymentApprovalInput,
  DecideDeploymentApprovalPayload,
  Deployment,
  DeploymentConnection,
  DeploymentFilter,
  DeploymentStateEnum,
  type DeploymentStatus,
  DeploymentStatusEnum,
  EndDeploymentInput,
  EndDeploymentPayload,
  Resident,
} from "./deployment.types.js";

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Query(() => Deployment, { nullable: true })
  deployment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DeploymentEntity | null> {
    return ctx.services.deployments.findVisible(ctx.actor, ctx.origin, id);
  }

  @Query(() => DeploymentConnection)
  async deployments(
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => DeploymentFilter, { nullable: true }) filter: DeploymentFilter | null,
    @Ctx() ctx: Context,
  ): Promise<DeploymentConnection> {
    const page = await ctx.services.deployments.list(ctx.actor, first ?? 20, after, filter ?? {}, ctx.today);
    return {
      edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => CreateDeploymentPayload)
  async createDeployment(@Arg("input", () => CreateDeploymentInput) input: CreateDeploymentInput, @Ctx() ctx: Context): Promise<CreateDeploymentPayload> {
    const result = await ctx.services.deployments.create(ctx.actor, ctx.origin, {
      municipalityCode: input.municipalityCode,
      residentBsn: input.residentBsn,
      voorzieningCode: input.voorzieningCode,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      motivation: input.motivation ?? null,
      transportByProvider: input.transportByProvider ?? false,
      workLikePart: input.workLikePart ?? false,
    });
    if (isRefusal(result)) return { deployment: null, userErrors: [UserError.from(result)] };
    // Stored, but waiting for the municipality: the deployment and the reason it waits.
    return { deployment: result.deployment, userErrors: result.notice ? [UserError.from(result.notice)] : [] };
  }

  @Mutation(() => DecideDeploymentApprovalPayload, { description: "The municipality approves or declines a deployment that waits for it (APPROVAL_REQUIRED)." })
  async decideDeploymentApproval(
    @Arg("input", () => DecideDeploymentApprovalInput) input: DecideDeploymentApprovalInput,
    @Ctx() ctx: Context,
  ): Promise<DecideDeploymentApprovalPayload> {
    const result = await ctx.services.deployments.decideApproval(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { deployment: null, userErrors: [UserError.from(result)] };
    return { deployment: result, userErrors: [] };
  }

  @Mutation(() => EndDeploymentPayload, { description: "Ends a deployment (provider or municipality officer), with a reason; audited." })
  async endDeployment(@Arg("input", () => EndDeploymentInput) input: EndDeploymentInput, @Ctx() ctx: Context): Promise<EndDeploymentPayload> {
    const result = await ctx.services.deployments.end(ctx.actor, ctx.origin, input);
    if (isRefusal(result)) return { deployment: null, userErrors: [UserError.from(result)] };
    return { deployment: result, userErrors: [] };
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipality.load(d.municipalityId))!;
  }

  @FieldResolver(() => Organisation)
  async provider(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<Organisation> {
    return Organisation.provider((await ctx.loaders.provider.load(d.providerId))!);
  }

  @FieldResolver(() => Voorziening, { description: "The voorziening as the catalogue in force on the deployment's start describes it." })
  async voorziening(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<VoorzieningEntity> {
    return (await ctx.loaders.voorziening.load({ municipalityId: d.municipalityId, code: d.voorzieningCode, date: d.startDate }))!;
  }

  @FieldResolver(() => Resident)
  async resident(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<Resident> {
    const resident = (await ctx.loaders.resident.load(d.residentId))!;
    // A provider never sees the id other providers share for this resident.
    const id = ctx.actor?.providerId ? scopedResidentId(ctx.actor.providerId, resident.id) : resident.id;
    return { id, bsnMasked: maskBsn(resident.bsnHint) };
  }

  @FieldResolver(() => DeploymentStatusEnum)
  status(@Root() d: DeploymentEntity, @Ctx() ctx: Context): DeploymentStatus {
    return statusOn(d, ctx.today);
  }

  @FieldResolver(() => CapUsage, {
    description: "Usage of the cap window that holds today, or the given date: the resident's (zorgcoördinatie: the household's) total over every deployment of this voorziening.",
  })
  async capUsage(
    @Root() d: DeploymentEntity,
    @Arg("date", () => DateScalar, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<CapUsage> {
    return capUsageOn(d, date ?? clampToDeployment(d, ctx.today), ctx.loaders);
  }

  @FieldResolver(() => DeploymentStateEnum, {
    description:
      "What the deployment is today in the Netherlands: its period, the municipality's approval and the cap of today's window together. The same state the portal shows.",
  })
  async state(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<DeploymentState> {
    return (await stateToday(d, ctx.today, ctx.loaders)).state;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why no hours of today can be written on the deployment, as the portal says it in Dutch; null when they can (state RUNNING).",
  })
  async noHoursReason(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<string | null> {
    const { state, facts } = await stateToday(d, ctx.today, ctx.loaders);
    return whyNoHours(state, facts);
  }

  @FieldResolver(() => [HourEntry], { description: "Newest date first; deleted entries only with includeDeleted; only from `from` to `to` (inclusive) when given." })
  entries(
    @Root() d: DeploymentEntity,
    @Arg("includeDeleted", () => Boolean, { defaultValue: false }) includeDeleted: boolean,
    @Arg("from", () => DateScalar, { nullable: true }) from: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<HourEntryEntity[]> {
    if (from != null && to != null && from > to) throw new AppError("BAD_USER_INPUT", "De begindatum ligt na de einddatum.");
    return ctx.services.hours.entriesOf(d, includeDeleted, { from: from ?? null, to: to ?? null });
  }

  @FieldResolver(() => OpenReview, { nullable: true, description: "The review year open for advice and decision now; null when there is none (no reviews, or the next year is decided)." })
  async openReview(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<OpenReview | null> {
    const year = await ctx.services.waakvlam.openReviewYear(d);
    return year === null ? null : { reviewYear: year, period: reviewYearSpan(d.startDate, year) };
  }

  @FieldResolver(() => [WaakvlamReview], { description: "The yearly reviews of a waakvlam deployment, oldest first." })
  waakvlamReviews(@Root() d: DeploymentEntity, @Ctx() ctx: Context): Promise<WaakvlamReviewEntity[]> {
    return ctx.services.waakvlam.reviewsOf(d);
  }
}

/** An ended deployment shows its last window, a planned one its first. */
function clampToDeployment(d: DeploymentEntity, today: string): string {
  if (today < d.startDate) return d.startDate;
  if (d.endDate !== null && today > d.endDate) return d.endDate;
  return today;
}
