import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { todayInNetherlands } from "../../../shared/dates.js";
import type { Context } from "../../platform/context.js";
import type { ApprovalReason } from "../../rules/eligibility.js";
import { PendingApproval } from "./approval-queue.types.js";

@Resolver()
export class ApprovalQueueResolver {
  @Query(() => [PendingApproval], { description: "Deployments in the municipality that wait for its approval, oldest first." })
  async pendingApprovals(@Arg("municipalityCode", () => String) municipalityCode: string, @Ctx() ctx: Context): Promise<PendingApproval[]> {
    const waiting = await ctx.services.approvalQueue.pending(ctx.actor, municipalityCode);
    return waiting.map(({ deployment, earlierStop }) => ({
      deployment,
      // A PENDING deployment always has its reason (a CHECK in the CapEngine migration).
      reason: deployment.approvalReason as ApprovalReason,
      requestedOn: todayInNetherlands(new Date(deployment.createdAt)),
      earlierStop,
    }));
  }
}
