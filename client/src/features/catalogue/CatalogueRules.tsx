import { Blockquote, DataList, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { formatAmount, type Unit } from "@shared/units";
import { Fact } from "../../components/Fact";
import type { CataloguePage_VersionsQuery } from "../../gql/graphql";
import { CAP_WINDOW_LABELS } from "../deployments/labels";
import { APPROVAL_RULE_LABELS } from "./labels";

type Version = CataloguePage_VersionsQuery["catalogueVersions"][number];
type Voorziening = Version["voorzieningen"][number];

const UNIT_WORDS: Record<Unit, string> = { MINUTES: "uren (in uren en minuten)", DAGDELEN: "dagdelen", ETMALEN: "etmalen" };

const ELIGIBILITY: Record<string, string> = {
  NONE: "Geen: de dienstverlener kan de inzet zelf starten.",
  MAATWERK_BEGELEIDING_ACTIVE: "Alleen bij een lopende maatwerkindicatie voor individuele begeleiding, geleverd door dezelfde dienstverlener in het huishouden.",
  ENDED_INDIVIDUAL_BEGELEIDING: "Alleen na beëindigde individuele begeleiding door dezelfde dienstverlener.",
};

const months = (n: number) => `${n} ${n === 1 ? "maand" : "maanden"}`;

/**
 * What is in force: every voorziening of the version that holds today (also those without a
 * cap), with its rules in words and the policy sentence they come from.
 */
export function CatalogueRules({ version, today }: { version: Version; today: string }) {
  return (
    <section aria-labelledby="catalogue-in-force" className="viv-section">
      <Heading2 id="catalogue-in-force">Wat nu geldt</Heading2>
      <Paragraph>
        {version.name}, geldig vanaf {formatDutchDate(version.validFrom)}
        {version.validUntil ? ` tot en met ${formatDutchDate(version.validUntil)}` : ""}
        {version.validFrom > today ? " (nog niet ingegaan)" : ""}. Bron: {version.policySource}.
      </Paragraph>
      {version.voorzieningen.map((v) => (
        <Rules key={v.id} v={v} />
      ))}
    </section>
  );
}

function Rules({ v }: { v: Voorziening }) {
  const id = `catalogue-${v.code}`;
  return (
    <article aria-labelledby={id} className="viv-catalogue-rule">
      <Heading3 id={id}>{v.name}</Heading3>
      <DataList>
        <Fact label="Maximum">
          {v.capAmount == null ? "Geen maximum." : `${formatAmount(v.capAmount, v.unit)} ${v.capWindow ? CAP_WINDOW_LABELS[v.capWindow] : ""}.`}
        </Fact>
        <Fact label="Eenheid">{UNIT_WORDS[v.unit]}</Fact>
        <Fact label="Looptijd">{v.maxDurationMonths == null ? "Geen grens." : `Ten hoogste ${months(v.maxDurationMonths)}.`}</Fact>
        <Fact label="Beoordeling">
          {v.reviewCycleMonths == null ? "Geen jaarlijkse beoordeling." : `De gemeente beoordeelt elke ${months(v.reviewCycleMonths)} of de inzet nog nodig is.`}
        </Fact>
        <Fact label="Goedkeuring gemeente">{APPROVAL_RULE_LABELS[v.approval]}</Fact>
        <Fact label="Voorwaarde">{ELIGIBILITY[v.eligibility] ?? v.eligibility}</Fact>
      </DataList>
      <Blockquote>
        <Paragraph>{v.policyQuote}</Paragraph>
      </Blockquote>
    </article>
  );
}
