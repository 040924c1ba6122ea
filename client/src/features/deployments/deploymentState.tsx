import { StatusBadge } from "@utrecht/component-library-react";
import { DEPLOYMENT_STATE_LABELS, type DeploymentState } from "@shared/deployment-state";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

/**
 * The deployment's state today and why it takes no hours, as the server judged them
 * (`Deployment.state`, `Deployment.noHoursReason`: shared/deployment-state.ts with the server's
 * today). The browser no longer works the state out itself, so a screen and a provider's own
 * system reading the API cannot disagree.
 */
const DeploymentStateFragment = graphql(`
  fragment DeploymentState_deployment on Deployment {
    state
    noHoursReason
  }
`);

export type DeploymentStateRef = FragmentType<typeof DeploymentStateFragment>;

/** The deployment's state today, and why no hours can be written on it (null when they can). */
export function stateOf(ref: DeploymentStateRef): { state: DeploymentState; why: string | null } {
  const d = getFragmentData(DeploymentStateFragment, ref);
  return { state: d.state, why: d.noHoursReason ?? null };
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
