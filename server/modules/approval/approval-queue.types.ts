import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, enumOf } from "../../platform/graphql-common.js";
import type { DeploymentEntity } from "../deployment/deployment.entity.js";
import { Deployment } from "../deployment/deployment.types.js";
import { APPROVAL_REASONS, type ApprovalReason } from "../../rules/eligibility.js";

export const ApprovalReasonEnum = enumOf(APPROVAL_REASONS);
registerEnumType(ApprovalReasonEnum, {
  name: "ApprovalReason",
  description:
    "Why a deployment waits for the municipality: REPEAT (the resident had this voorziening before), DURING_MAATWERK (maatwerk begeleiding runs), BRIDGING (overbrugging: a recorded maatwerk begeleiding starts during or shortly after it), AFTER_STOP (the municipality stopped an earlier one), GRANT_FIRST (the voorziening is granted by the municipality, and no recorded maatwerk indication of this provider covers it).",
});

@ObjectType({ description: "The municipality's decision to stop an earlier deployment of the same voorziening for the resident." })
export class EarlierStop {
  @Field(() => DateScalar)
  decidedOn: string;

  @Field(() => String)
  motivation: string;
}

@ObjectType({ description: "A deployment that waits for the municipality's approval; decide with decideDeploymentApproval." })
export class PendingApproval {
  @Field(() => Deployment)
  deployment: DeploymentEntity;

  @Field(() => ApprovalReasonEnum)
  reason: ApprovalReason;

  @Field(() => DateScalar, { description: "The day the provider registered the deployment." })
  requestedOn: string;

  @Field(() => EarlierStop, { nullable: true, description: "With AFTER_STOP: the municipality's earlier decision to stop, and why." })
  earlierStop: EarlierStop | null;
}
