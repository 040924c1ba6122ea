import { formatDutchDate } from "@shared/dates";
import type { ApprovalReason } from "../../gql/graphql";

export const APPROVAL_REASON_LABELS: Record<ApprovalReason, string> = {
  REPEAT: "Tweede kortdurende begeleiding",
  DURING_MAATWERK: "Tijdens maatwerkbegeleiding",
  BRIDGING: "Overbrugging naar maatwerkbegeleiding",
  AFTER_STOP: "Nieuwe inzet na een besluit tot stoppen",
  GRANT_FIRST: "Toekenning door de gemeente: geen maatwerkindicatie die deze inzet dekt",
};

export const ADVICE_LABELS: Record<string, string> = { CONTINUE: "Voortzetten", STOP: "Stoppen" };

/** "1 december 2025 tot en met 30 november 2026". */
export const formatSpan = (p: { start: string; end: string }) => `${formatDutchDate(p.start)} tot en met ${formatDutchDate(p.end)}`;
