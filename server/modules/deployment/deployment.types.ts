import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, PageInfo, UserError } from "../../app/graphql-common.js";
import type { DeploymentEntity } from "./deployment.entity.js";

export enum DeploymentStatus {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
}
registerEnumType(DeploymentStatus, { name: "DeploymentStatus" });

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

  @Field(() => DeploymentStatus, { nullable: true })
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
}

@ObjectType()
export class CreateDeploymentPayload {
  @Field(() => Deployment, { nullable: true })
  deployment: DeploymentEntity | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
