import { deploymentState, type DeploymentState, type DeploymentStateFacts } from "../../../shared/deployment-state.js";
import type { IsoDate } from "../../../shared/dates.js";
import type { RequestLoaders } from "../../platform/context.js";
import { CapUsage } from "../../platform/graphql-common.js";
import { capUsageFigures } from "../../rules/caps.js";
import { capOwnerKind } from "../../rules/cap-owner.js";
import { windowOf } from "../hours/cap-counter.js";
import type { DeploymentEntity } from "./deployment.entity.js";

/**
 * Usage of the cap window that holds `on`, from the request's loaders: a list of deployments
 * reads each rule once and every running total in one query, however many rows it has.
 */
export async function capUsageOn(d: DeploymentEntity, on: IsoDate, loaders: RequestLoaders): Promise<CapUsage> {
  const rule = (
    (await loaders.voorziening.load({ municipalityId: d.municipalityId, code: d.voorzieningCode, date: on })) ??
    (await loaders.voorziening.load({ municipalityId: d.municipalityId, code: d.voorzieningCode, date: d.startDate }))
  )!.toRule();
  const window = windowOf(rule, d, on);
  const used = await loaders.usedInWindow.load({
    municipalityId: d.municipalityId,
    residentId: d.residentId,
    voorzieningCode: d.voorzieningCode,
    ownerKind: capOwnerKind(rule),
    windowStart: window.start,
  });
  return CapUsage.from(capUsageFigures(rule, window, used));
}

/**
 * The deployment's state today by the one function the portal's screens used to run themselves
 * (shared/deployment-state.ts), with the facts it was judged on (for `whyNoHours`). The cap of
 * today's window is read only where it can change the answer: the cap is the last question
 * `deploymentState` asks, so only a deployment that is RUNNING without it can be AT_CAP with it.
 * A declined, pending, planned or ended row therefore costs no query at all.
 */
export async function stateToday(
  d: DeploymentEntity,
  today: IsoDate,
  loaders: RequestLoaders,
): Promise<{ state: DeploymentState; facts: DeploymentStateFacts }> {
  const period: DeploymentStateFacts = { startDate: d.startDate, endDate: d.endDate, approvalStatus: d.approvalStatus };
  const withoutCap = deploymentState(period, today);
  if (withoutCap !== "RUNNING") return { state: withoutCap, facts: period };
  // Running today, so today's window is the one the deployment page's capUsage shows too.
  const cap = await capUsageOn(d, today, loaders);
  const facts = { ...period, capMinutes: cap.capMinutes, remainingMinutes: cap.remainingMinutes };
  return { state: deploymentState(facts, today), facts };
}
