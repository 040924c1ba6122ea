import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DEPLOYMENT_STATES } from "../../../shared/deployment-state.js";
import { DateScalar, enumOf, PageInfo, UserError } from "../../platform/graphql-common.js";
import type { DeploymentEntity } from "./deployment.entity.js";

export const DeploymentStatusEnum = enumOf(["PLANNED", "ACTIVE", "ENDED"]);
export type DeploymentStatus = keyof typeof DeploymentStatusEnum;
registerEnumType(DeploymentStatusEnum, { name: "DeploymentStatus" });

export const ApprovalStatusEnum = enumOf(["NOT_REQUIRED", "PENDING", "APPROVED", "DECLINED"]);
export type ApprovalStatus = keyof typeof ApprovalStatusEnum;
registerEnumType(ApprovalStatusEnum, { name: "ApprovalStatus", description: "Whether the municipality must approve the deployment first, and its answer." });

export const DeploymentStateEnum = enumOf(DEPLOYMENT_STATES);
registerEnumType(DeploymentStateEnum, {
  name: "DeploymentState",
  description:
    "What a deployment is today, approval and cap included: the one status the portal's screens show. Only on a RUNNING deployment can hours of today be written; on an ENDED one, hours of days up to its end date still can.",
  valuesConfig: {
    PENDING_APPROVAL: { description: "Waits for the municipality's approval (APPROVAL_REQUIRED): no hours until it is approved." },
    DECLINED: { description: "The municipality declined it: it takes no hours, also after its end date." },
    PLANNED: { description: "Approved or needing no approval, but its start date is after today." },
    RUNNING: { description: "In its period, approved or needing no approval, and below the cap of today's window." },
    AT_CAP: { description: "In its period, but the cap of today's window is used up (the resident's or household's total)." },
    ENDED: { description: "Its end date is before today." },
  },
});

export const ApprovalDecisionEnum = enumOf(["APPROVE", "DECLINE"]);
export type ApprovalDecision = keyof typeof ApprovalDecisionEnum;
registerEnumType(ApprovalDecisionEnum, { name: "ApprovalDecision" });

@ObjectType()
export class Resident {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "BSN with all but the last three digits hidden, e.g. ******782." })
  bsnMasked: string;
}

/** An inzet. Resolved from DeploymentEntity; the related objects come from field resolvers. */
@ObjectType()
export class Deployment {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  motivation: string | null;

  @Field(() => Boolean)
  transportByProvider: boolean;

  @Field(() => DateScalar, { nullable: true, description: "The day the provider's light check established that transport is needed." })
  transportCheckedOn: string | null;

  @Field(() => Boolean, { description: "Recreatieve dagbesteding with a work-like part; `motivation` says why it is still recreational." })
  workLikePart: boolean;

  @Field(() => ApprovalStatusEnum)
  approvalStatus: ApprovalStatus;

  @Field(() => String, { nullable: true, description: "The municipality's motivation for its approval decision." })
  approvalMotivation: string | null;

  @Field(() => String, { nullable: true, description: "Why the deployment was ended with endDeployment." })
  endReason: string | null;
}

@ObjectType()
export class DeploymentEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Deployment)
  node: DeploymentEntity;
}

@ObjectType()
export class DeploymentConnection {
  @Field(() => [DeploymentEdge])
  edges: DeploymentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class DeploymentFilter {
  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true })
  voorzieningCode?: string | null;

  @Field(() => DeploymentStatusEnum, { nullable: true })
  status?: DeploymentStatus | null;
}

@InputType()
export class CreateDeploymentInput {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  residentBsn: string;

  @Field(() => String)
  voorzieningCode: string;

  @Field(() => DateScalar)
  startDate: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  motivation?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  transportByProvider?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Recreatieve dagbesteding with a work-like part: then a motivation is required." })
  workLikePart?: boolean | null;
}

@InputType()
export class DecideDeploymentApprovalInput {
  @Field(() => ID)
  deploymentId: string;

  @Field(() => ApprovalDecisionEnum)
  decision: ApprovalDecision;

  @Field(() => String)
  motivation: string;
}

@ObjectType()
export class DecideDeploymentApprovalPayload {
  @Field(() => Deployment, { nullable: true })
  deployment: DeploymentEntity | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreateDeploymentPayload {
  @Field(() => Deployment, { nullable: true })
  deployment: DeploymentEntity | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class EndDeploymentInput {
  @Field(() => ID)
  deploymentId: string;

  @Field(() => DateScalar, { description: "The last day of the deployment: not before its last entry, not in a closed month." })
  endDate: string;

  @Field(() => String)
  reason: string;
}

@ObjectType()
export class EndDeploymentPayload {
  @Field(() => Deployment, { nullable: true })
  deployment: DeploymentEntity | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
