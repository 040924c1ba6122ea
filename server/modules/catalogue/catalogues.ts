import type { VoorzieningRule } from "../../rules/types.js";

/**
 * The catalogues the portal knows from the policy texts in ../shared/seeds/. A municipality
 * gets one of these as its first catalogue version; later versions are made in the portal.
 */
export interface CatalogueDefinition {
  name: string;
  policySource: string;
  voorzieningen: VoorzieningRule[];
}

// The source as a reader cites it; the text itself is seeds/000_8722f61426d2a5c4.txt (no file path on a screen).
const ZOETERMEER_SOURCE = 'Gemeente Zoetermeer, "Meer over de soorten vrij inzetbare voorzieningen"';

/** Zoetermeer: the four vrij inzetbare voorzieningen, the default catalogue. */
export const ZOETERMEER: CatalogueDefinition = {
  name: "Vrij inzetbare voorzieningen Zoetermeer",
  policySource: ZOETERMEER_SOURCE,
  voorzieningen: [
    {
      code: "RECREATIEVE_DAGBESTEDING",
      name: "Recreatieve dagbesteding",
      unit: "MINUTES",
      cap: null,
      maxDurationMonths: null,
      reviewCycleMonths: null,
      eligibility: "NONE",
      approval: "NONE",
      asksMotivation: true,
      asksTransport: true,
      policyQuote:
        "Als de dienstverlener echter helder kan maken, dat het zwaartepunt ligt op recreatieve dagbesteding en er nauwelijks sprake is van een arbeidsmatig deel dan kan de voorziening als recreatieve dagbesteding worden gezien.",
    },
    {
      code: "KORTDURENDE_BEGELEIDING",
      name: "Kortdurende individuele begeleiding",
      unit: "MINUTES",
      cap: { amount: 50 * 60, window: "DEPLOYMENT" },
      maxDurationMonths: null,
      reviewCycleMonths: null,
      eligibility: "NONE",
      approval: "REPEAT_OR_DURING_MAATWERK",
      asksMotivation: false,
      asksTransport: false,
      policyQuote:
        "Dienstverleners kunnen kortdurende individuele begeleiding inzetten (maximaal 50 uur): als kortdurende interventie ter voorkoming van de inzet van een Maatwerkvoorziening Begeleiding; als interventie in situaties waarin niet duidelijk is of en welke zorg nodig is.",
    },
    {
      code: "ZORGCOORDINATIE",
      name: "Zorgcoördinatie",
      unit: "MINUTES",
      cap: { amount: 50 * 60, window: "HALF_YEAR" },
      maxDurationMonths: null,
      reviewCycleMonths: null,
      eligibility: "MAATWERK_BEGELEIDING_ACTIVE",
      approval: "NONE",
      asksMotivation: false,
      asksTransport: false,
      policyQuote:
        "Zorgcoördinatie wordt geleverd door de organisatie die in het betreffende huishouden de maatwerkvoorziening begeleiding levert. Niet: de maximale inzet van 50 uur per half jaar voor zorgcoördinatie vol maken ongeacht of dit strikt nodig is.",
    },
    {
      code: "WAAKVLAMCONTACT",
      name: "Waakvlamcontact",
      unit: "MINUTES",
      cap: { amount: 15 * 60, window: "REVIEW_YEAR" },
      maxDurationMonths: null,
      reviewCycleMonths: 12,
      eligibility: "ENDED_INDIVIDUAL_BEGELEIDING",
      approval: "NONE",
      asksMotivation: false,
      asksTransport: false,
      policyQuote:
        "Inzet van waakvlamcontact is voor maximaal 15 uur per jaar. Per jaar beoordeelt de gemeente in overleg met de dienstverlener of het waakvlamcontact bij de inwoner nog nodig is.",
    },
  ],
};

// The text itself is seeds/003_548fe07352d2b081.txt.
const GROESBEEK_SOURCE = "Beleidsregels voorzieningen maatschappelijke ondersteuning gemeente Groesbeek 2015, Bijlage 5";

function begeleiding(code: string, name: string, hours: number, months: number, quote: string): VoorzieningRule {
  return {
    code,
    name,
    unit: "MINUTES",
    cap: { amount: hours * 60, window: "DEPLOYMENT" },
    maxDurationMonths: months,
    reviewCycleMonths: null,
    eligibility: "NONE",
    approval: "NONE",
    asksMotivation: false,
    asksTransport: false,
    policyQuote: quote,
  };
}

function waakvlam(code: string, name: string): VoorzieningRule {
  // "Maximaal 15 uur per jaar", with no yearly municipal review in this text: the year is
  // counted from the start, like Zoetermeer's review year, but nothing gates the next one.
  return {
    code,
    name,
    unit: "MINUTES",
    cap: { amount: 15 * 60, window: "REVIEW_YEAR" },
    maxDurationMonths: null,
    reviewCycleMonths: null,
    eligibility: "NONE",
    approval: "NONE",
    asksMotivation: false,
    asksTransport: false,
    policyQuote: "Waakvlambegeleiding: vinger aan de pols contact, telefonisch of fysiek contact. Maximaal 15 uur per jaar.",
  };
}

function dagbesteding(code: string, name: string): VoorzieningRule {
  // "Aantal dagdelen per week": the number follows from the ondersteuningsplan, so the
  // catalogue counts per week without an amount of its own.
  return {
    code,
    name,
    unit: "DAGDELEN",
    cap: { amount: null, window: "WEEK" },
    maxDurationMonths: null,
    reviewCycleMonths: null,
    eligibility: "NONE",
    approval: "NONE",
    asksMotivation: false,
    asksTransport: true,
    policyQuote: `${name}: aantal dagdelen per week. Aantal dagdelen is afhankelijk van het ondersteuningsplan en andere activiteiten die hierin zijn opgenomen.`,
  };
}

const KORTDUREND = "Begeleiding kortdurend: kortdurend traject, max. half jaar, max. 52 uur.";
const MIDDELLANG = "Begeleiding middellang: middellang traject, max. 1 jaar, max. 104 uur.";

/** Groesbeek (now Berg en Dal), Bijlage 5: every row with a cap or a counted unit. */
export const GROESBEEK: CatalogueDefinition = {
  name: "Richtlijn begeleidingstrajecten en dagbesteding volwassenen (Groesbeek, Bijlage 5)",
  policySource: GROESBEEK_SOURCE,
  voorzieningen: [
    waakvlam("WAAKVLAMBEGELEIDING", "Waakvlambegeleiding"),
    waakvlam("SPECIALISTISCHE_WAAKVLAMBEGELEIDING", "Specialistische waakvlambegeleiding"),
    begeleiding("BEGELEIDING_KORTDUREND", "Begeleiding kortdurend", 52, 6, KORTDUREND),
    begeleiding("SPECIALISTISCHE_BEGELEIDING_KORTDUREND", "Specialistische begeleiding kortdurend", 52, 6, KORTDUREND),
    begeleiding("BEGELEIDING_MIDDELLANG", "Begeleiding middellang", 104, 12, MIDDELLANG),
    begeleiding("SPECIALISTISCHE_BEGELEIDING_MIDDELLANG", "Specialistische begeleiding middellang", 104, 12, MIDDELLANG),
    dagbesteding("DAGBESTEDING_BASIS", "Dagbesteding basis"),
    dagbesteding("DAGBESTEDING_SPECIALISTISCH", "Dagbesteding specialistisch"),
    dagbesteding("DAGBESTEDING_EXTRA_ONDERSTEUNING", "Dagbesteding met extra ondersteuning"),
  ],
};
