import { StatusBadge } from "@utrecht/component-library-react";
import { todayInNetherlands } from "@shared/dates";
import { DEPLOYMENT_STATE_LABELS, deploymentState, type DeploymentState } from "@shared/deployment-state";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

/** The facts of a deployment that its state is made of (shared/deployment-state.ts). */
const DeploymentStateFragment = graphql(`
  fragment DeploymentState_deployment on Deployment {
    startDate
    endDate
    approvalStatus
    capUsage {
      capMinutes
      remainingMinutes
    }
  }
`);

export type DeploymentStateRef = FragmentType<typeof DeploymentStateFragment>;

/** The deployment's state today, with the facts it was derived from (for `whyNoHours`). */
export function stateOf(ref: DeploymentStateRef, today = todayInNetherlands()) {
  const d = getFragmentData(DeploymentStateFragment, ref);
  const facts = { ...d, capMinutes: d.capUsage.capMinutes, remainingMinutes: d.capUsage.remainingMinutes };
  return { state: deploymentState(facts, today), facts };
}

/** StatusBadge modifiers: each state its own colour (contrast set in app/styles.css), and always its word. */
const BADGES: Record<DeploymentState, string> = {
  RUNNING: "active",
  PENDING_APPROVAL: "warning",
  DECLINED: "danger",
  PLANNED: "neutral",
  AT_CAP: "safe",
  ENDED: "inactive",
};

export function DeploymentStateBadge({ state }: { state: DeploymentState }) {
  return (
    <StatusBadge status={BADGES[state]} data-state={state}>
      {DEPLOYMENT_STATE_LABELS[state]}
    </StatusBadge>
  );
}
