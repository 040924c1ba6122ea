import { formatDutchDate, type IsoDate } from "../../../shared/dates.js";
import { formatAmount, type Unit } from "../../../shared/units.js";

export const NOTICE_KINDS = ["REVIEW_YEAR_ENDING", "CAP_ALMOST_REACHED", "APPROVAL_DECIDED", "REVIEW_DECIDED", "ADVICE_RECEIVED", "REVIEW_OVERDUE"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * What a notice says, by kind. Figures, dates and the voorziening only: a notice is also an
 * e-mail, which leaves the portal, so it never holds a BSN or a name.
 */
export type NoticeDetails =
  | { kind: "REVIEW_YEAR_ENDING"; voorziening: string; reviewYearStart: IsoDate; reviewYearEnd: IsoDate; started?: boolean }
  | { kind: "REVIEW_OVERDUE"; voorziening: string; reviewYearStart: IsoDate; reviewYearEnd: IsoDate }
  | { kind: "CAP_ALMOST_REACHED"; voorziening: string; unit: Unit; cap: number; used: number; windowStart: IsoDate; windowEnd: IsoDate | null }
  | { kind: "APPROVAL_DECIDED"; voorziening: string; approved: boolean }
  | { kind: "REVIEW_DECIDED" | "ADVICE_RECEIVED"; voorziening: string; outcome: "CONTINUE" | "STOP"; reviewYearStart: IsoDate; reviewYearEnd: IsoDate };

export interface NoticeText {
  title: string;
  message: string;
}

const name = (voorziening: string) => voorziening.toLowerCase();
const year = (d: { reviewYearStart: IsoDate; reviewYearEnd: IsoDate }) => `${formatDutchDate(d.reviewYearStart)} tot en met ${formatDutchDate(d.reviewYearEnd)}`;

/** The Dutch title and sentence of a notice, the same in the portal and in the e-mail. */
export function noticeText(details: NoticeDetails): NoticeText {
  switch (details.kind) {
    case "REVIEW_YEAR_ENDING":
      return {
        title: "Advies nodig voor de jaarlijkse beoordeling",
        message: details.started
          ? `Het beoordelingsjaar ${year(details)} van een ${name(details.voorziening)} is begonnen zonder besluit. Geef uw advies over voortzetten, zodat de gemeente kan besluiten; tot dan worden uren in dat jaar geweigerd.`
          : `Het beoordelingsjaar van een ${name(details.voorziening)} loopt binnen acht weken af. Geef uw advies over voortzetten in het jaar ${year(details)}, zodat de gemeente op tijd kan besluiten.`,
      };
    case "REVIEW_OVERDUE":
      return {
        title: "Beoordeling te laat",
        message: `Het beoordelingsjaar ${year(details)} van een ${name(details.voorziening)} is begonnen zonder besluit. Uren in dat jaar worden geweigerd tot de gemeente besluit.`,
      };
    case "CAP_ALMOST_REACHED": {
      const percent = Math.floor((details.used * 100) / details.cap);
      const window = details.windowEnd ? ` (periode ${formatDutchDate(details.windowStart)} tot en met ${formatDutchDate(details.windowEnd)})` : "";
      return {
        title: "Maximum bijna bereikt",
        message: `Een ${name(details.voorziening)} heeft ${percent} % van het maximum gebruikt: ${formatAmount(details.used, details.unit)} van ${formatAmount(details.cap, details.unit)}${window}.`,
      };
    }
    case "APPROVAL_DECIDED":
      return details.approved
        ? { title: "Inzet goedgekeurd", message: `De gemeente heeft een ${name(details.voorziening)} goedgekeurd. U kunt nu uren registreren.` }
        : { title: "Inzet afgewezen", message: `De gemeente heeft een ${name(details.voorziening)} afgewezen. Op deze inzet kunnen geen uren worden geregistreerd.` };
    case "REVIEW_DECIDED":
      return {
        title: details.outcome === "CONTINUE" ? "Besluit: voortzetten" : "Besluit: stoppen",
        message:
          details.outcome === "CONTINUE"
            ? `De gemeente zet een ${name(details.voorziening)} voort in het beoordelingsjaar ${year(details)}.`
            : `De gemeente stopt een ${name(details.voorziening)}: de inzet eindigt vóór ${formatDutchDate(details.reviewYearStart)}.`,
      };
    case "ADVICE_RECEIVED":
      return {
        title: "Advies ontvangen",
        message: `De dienstverlener adviseert een ${name(details.voorziening)} ${details.outcome === "CONTINUE" ? "voort te zetten" : "te stoppen"} in het beoordelingsjaar ${year(details)}. U kunt nu besluiten.`,
      };
  }
}
