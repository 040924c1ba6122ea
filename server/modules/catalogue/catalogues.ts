import type { VoorzieningRule } from "../../rules/types.js";

/**
 * The catalogues the portal knows from the policy texts in ../shared/seeds/. A municipality
 * gets one of these as its first catalogue version; later versions are made in the portal.
 */
export interface CatalogueDefinition {
  name: string;
  policySource: string;
  voorzieningen: VoorzieningRule[];
  /** iWmo product codes by voorziening code, where the municipality sets its own (else catalogue/iwmo.ts's default). */
  iwmoProductCodes?: Record<string, string>;
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
export const GROESBEEK_SOURCE = "Beleidsregels voorzieningen maatschappelijke ondersteuning gemeente Groesbeek 2015, Bijlage 5";

/**
 * Every row of Bijlage 5 is a maatwerkvoorziening the municipality grants, not support a
 * provider starts on its own: the begeleidingstrajecten and dagbesteding are each leefgebied's
 * "h) Maatwerkvoorziening" ("Zie bijlage 5 met de richtlijnen voor de inzet van de diverse
 * begeleidingstrajecten (waakvlam, kortdurend, middellang, langdurig/intensief) of dagbesteding
 * (regulier, extra, specialistisch)", 2.5.4); waakvlambegeleiding follows such a "leertraject"
 * (2.5.1); kortdurend verblijf and vervoer have criteria only an assessment establishes
 * ("ernstige overbelasting van mantelzorger(s)"; "cliënten die zelf en hun omgeving niet in een
 * vervoersoplossing kunnen voorzien"). So a new deployment waits for the municipality unless it
 * follows a recorded indication that covers it (rules/eligibility.ts, grantFirst).
 */
const GRANTED = "GRANT_FIRST" as const;

function begeleiding(code: string, name: string, hours: number, months: number, quote: string): VoorzieningRule {
  return {
    code,
    name,
    unit: "MINUTES",
    cap: { amount: hours * 60, window: "DEPLOYMENT" },
    maxDurationMonths: months,
    reviewCycleMonths: null,
    eligibility: "NONE",
    approval: GRANTED,
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
    approval: GRANTED,
    asksMotivation: false,
    asksTransport: false,
    policyQuote: "Waakvlambegeleiding: vinger aan de pols contact, telefonisch of fysiek contact. Maximaal 15 uur per jaar.",
  };
}

/** A row counted in its unit with no number of its own: the number follows from the ondersteuningsplan or the need. */
function counted(code: string, name: string, unit: VoorzieningRule["unit"], window: "WEEK" | "DEPLOYMENT", quote: string, maxDurationMonths: number | null = null): VoorzieningRule {
  return {
    code,
    name,
    unit,
    cap: { amount: null, window },
    maxDurationMonths,
    reviewCycleMonths: null,
    eligibility: "NONE",
    approval: GRANTED,
    asksMotivation: false,
    asksTransport: false,
    policyQuote: quote,
  };
}

function dagbesteding(code: string, name: string): VoorzieningRule {
  // "Aantal dagdelen per week": the number follows from the ondersteuningsplan, so the
  // catalogue counts per week without an amount of its own.
  const quote = `${name}: aantal dagdelen per week. Aantal dagdelen is afhankelijk van het ondersteuningsplan en andere activiteiten die hierin zijn opgenomen.`;
  return { ...counted(code, name, "DAGDELEN", "WEEK", quote), asksTransport: true };
}

function langdurig(code: string, name: string): VoorzieningRule {
  // "> 100 uur" is a lower bound, not a maximum: "Het aantal uren in overleg met de
  // begeleidingsorganisatie koppelen aan doelen en acties die in het ondersteuningsplan zijn
  // opgenomen". So the hours are counted over the trajectory without a cap; the two years hold.
  const quote = `${name}: langdurig of intensief traject, max. 2 jaar, > 100 uur. Het aantal uren in overleg met de begeleidingsorganisatie koppelen aan doelen en acties die in het ondersteuningsplan zijn opgenomen.`;
  return counted(code, name, "MINUTES", "DEPLOYMENT", quote, 24);
}

const KORTDUREND = "Begeleiding kortdurend: kortdurend traject, max. half jaar, max. 52 uur.";
const MIDDELLANG = "Begeleiding middellang: middellang traject, max. 1 jaar, max. 104 uur.";

/**
 * Groesbeek (now Berg en Dal), Bijlage 5: every row, each with its unit and duration. One row is
 * not here: "Arbeidsmatige dagbesteding" is counted "Per traject" and "Het werkbedrijf bepaalt of
 * een traject voor arbeidsmatige dagbesteding wordt ingezet": the Werkbedrijf decides and pays a
 * trajectory, so there are no hours or dagdelen for a provider to register against a rule here.
 */
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
    langdurig("BEGELEIDING_LANGDURIG_INTENSIEF", "Begeleiding langdurig – intensief"),
    langdurig("SPECIALISTISCHE_BEGELEIDING_LANGDURIG_INTENSIEF", "Specialistische begeleiding langdurig – intensief"),
    counted(
      "KORTDUREND_VERBLIJF",
      "Kortdurend verblijf",
      "ETMALEN",
      "DEPLOYMENT",
      "Kortdurend verblijf volwassenen/ouderen: een logeersituatie om de thuissituatie te ontlasten. Per etmaal. Indien sprake is van ernstige overbelasting van mantelzorger(s), waarbij tevens sprake is van mantelzorg gedurende de nacht.",
    ),
    counted(
      "VERVOER",
      "Vervoer",
      "DAGDELEN",
      "WEEK",
      "Vervoer volwassenen en jeugd: voor cliënten die zelf en hun omgeving niet in een vervoersoplossing kunnen voorzien wordt vervoer van en naar de dagbesteding geregeld. Aantal dagdelen per week.",
    ),
  ],
};
