import { formatDutchDate, type IsoDate } from "./dates.js";

/**
 * What a deployment is to the person looking at it today, in one word: the one status model
 * every screen shows (list, deployment page, Urenweek). It combines the period (start and end
 * date), the municipality's approval and the cap window of today, because a provider must see
 * at a glance on which deployment hours can be written, and why not on the others.
 */
export const DEPLOYMENT_STATES = ["PENDING_APPROVAL", "DECLINED", "PLANNED", "RUNNING", "AT_CAP", "ENDED"] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

export interface DeploymentStateFacts {
  startDate: IsoDate;
  endDate?: IsoDate | null;
  /** NOT_REQUIRED, PENDING, APPROVED or DECLINED. */
  approvalStatus: string;
  /** The cap window that holds today: null when the voorziening has no cap. */
  capMinutes?: number | null;
  remainingMinutes?: number | null;
}

/**
 * The order matters: a declined deployment stays declined after its end date; an ended one is
 * ended whatever its approval or cap; only a deployment in its period can be at its cap.
 */
export function deploymentState(d: DeploymentStateFacts, today: IsoDate): DeploymentState {
  if (d.approvalStatus === "DECLINED") return "DECLINED";
  if (d.endDate != null && d.endDate < today) return "ENDED";
  if (d.approvalStatus === "PENDING") return "PENDING_APPROVAL";
  if (d.startDate > today) return "PLANNED";
  if (d.capMinutes != null && (d.remainingMinutes ?? 1) <= 0) return "AT_CAP";
  return "RUNNING";
}

export const DEPLOYMENT_STATE_LABELS: Record<DeploymentState, string> = {
  PENDING_APPROVAL: "Wacht op goedkeuring",
  DECLINED: "Afgewezen",
  PLANNED: "Gepland",
  RUNNING: "Lopend",
  AT_CAP: "Op het maximum",
  ENDED: "Beëindigd",
};

/** Whether hours can be written on the deployment today (the server still judges each entry): the Urenweek's rows. */
export function canTakeHours(state: DeploymentState): boolean {
  return state === "RUNNING";
}

/**
 * Whether the deployment's page offers "Uren registreren": also after the end, since hours of
 * days within the period may be registered late; never while approval is pending or declined,
 * before the start, or at the cap.
 */
export function takesLateHours(state: DeploymentState): boolean {
  return state === "RUNNING" || state === "ENDED";
}

/** Why no hours can be written, in a sentence a provider understands; null when they can. */
export function whyNoHours(state: DeploymentState, d: DeploymentStateFacts): string | null {
  switch (state) {
    case "RUNNING":
      return null;
    case "PENDING_APPROVAL":
      return "Deze inzet wacht op goedkeuring van de gemeente. U kunt uren registreren zodra de gemeente de inzet heeft goedgekeurd.";
    case "DECLINED":
      return "De gemeente heeft deze inzet afgewezen. Op deze inzet kunnen geen uren worden geregistreerd.";
    case "PLANNED":
      return `Deze inzet begint op ${formatDutchDate(d.startDate)}. Vanaf die dag kunt u uren registreren.`;
    case "AT_CAP":
      return "Het maximum van deze periode is bereikt. U kunt pas weer uren registreren in de volgende periode.";
    case "ENDED":
      return `Deze inzet is beëindigd op ${formatDutchDate(d.endDate ?? d.startDate)}. U kunt alleen nog uren registreren op dagen tot en met die datum.`;
  }
}
