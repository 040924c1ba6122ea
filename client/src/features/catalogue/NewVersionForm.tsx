import { useMutation } from "@apollo/client/react";
import { Alert, Button, Paragraph, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { addDays, formatDutchDate, todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";
import type { ApprovalRule, CataloguePage_VersionsQuery } from "../../gql/graphql";
import { APPROVAL_RULE_LABELS, APPROVAL_RULE_OPTIONS, APPROVAL_RULES } from "./labels";

const CreateVersionMutation = graphql(`
  mutation NewVersionForm_Create($input: CreateCatalogueVersionInput!) {
    createCatalogueVersion(input: $input) {
      version {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type Version = CataloguePage_VersionsQuery["catalogueVersions"][number];

/** In the unit a person thinks in: hours for minutes, else the count itself. */
const shown = (amount: number | null | undefined, unit: string) => (amount == null ? "" : unit === "MINUTES" ? String(amount / 60) : String(amount));

/**
 * A new version as a copy of the newest, with its maxima and the municipality's approval to
 * change: the rules' other parts (windows, eligibility, reviews, the policy quotes) stay as they are.
 */
export function NewVersionForm({ municipalityCode, newest }: { municipalityCode: string; newest: Version }) {
  const [create, { loading }] = useMutation(CreateVersionMutation, { refetchQueries: ["CataloguePage_Versions"], awaitRefetchQueries: true });
  const [validFrom, setValidFrom] = useState(addDays(todayInNetherlands(), 1));
  const [name, setName] = useState(newest.name);
  const capped = newest.voorzieningen.filter((v) => v.capAmount != null);
  const [caps, setCaps] = useState<Record<string, string>>(() => Object.fromEntries(capped.map((v) => [v.code, shown(v.capAmount, v.unit)])));
  const [approvals, setApprovals] = useState<Record<string, ApprovalRule>>(() => Object.fromEntries(newest.voorzieningen.map((v) => [v.code, v.approval])));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const dateWrong = dateProblem(validFrom, { required: true, label: "de datum waarop de versie ingaat" });
    if (dateWrong) {
      setProblems([dateWrong]);
      return;
    }
    // Field by field: the query's objects also carry id and __typename, which an input refuses.
    const voorzieningen = newest.voorzieningen.map((v) => {
      const text = caps[v.code];
      const value = text === undefined ? null : Number(text.replace(",", "."));
      return {
        code: v.code,
        name: v.name,
        unit: v.unit,
        capAmount: value === null ? v.capAmount : Number.isFinite(value) ? Math.round(v.unit === "MINUTES" ? value * 60 : value) : -1,
        capWindow: v.capWindow,
        maxDurationMonths: v.maxDurationMonths,
        reviewCycleMonths: v.reviewCycleMonths,
        policyQuote: v.policyQuote,
        asksMotivation: v.asksMotivation,
        asksTransport: v.asksTransport,
        eligibility: v.eligibility,
        approval: approvals[v.code] ?? v.approval,
      };
    });
    try {
      const { data } = await create({ variables: { input: { municipalityCode, name: name.trim(), policySource: newest.policySource, validFrom, voorzieningen } } });
      const errors = data?.createCatalogueVersion.userErrors ?? [];
      setProblems(errors.map((e) => e.message));
      if (!errors.length) setSaved(`De nieuwe versie geldt vanaf ${formatDutchDate(validFrom)}.`);
    } catch (e) {
      setProblems([writeFailureMessage(e)]);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="viv-form" aria-label="Nieuwe catalogusversie">
      {problems.length > 0 && <Alert type="error">{problems.join(" ")}</Alert>}
      <div aria-live="polite">{saved && <Alert type="ok">{saved}</Alert>}</div>
      <Paragraph>Een kopie van “{newest.name}”; pas de maxima en de goedkeuring aan die veranderen.</Paragraph>
      <DateField id="catalogue-valid-from" label="Geldig vanaf" description="Na vandaag, en na de start van de nieuwste versie." value={validFrom} onChange={setValidFrom} />
      <Field id="catalogue-name" label="Naam van de versie">
        <Textbox id="catalogue-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      {capped.map((v) => (
        <Field key={v.code} id={`catalogue-cap-${v.code}`} label={`${v.name}: maximum (${v.unit === "MINUTES" ? "uren" : "aantal"})`}>
          <Textbox
            id={`catalogue-cap-${v.code}`}
            inputMode="decimal"
            value={caps[v.code]}
            onChange={(e) => setCaps((c) => ({ ...c, [v.code]: e.target.value }))}
          />
        </Field>
      ))}
      {newest.voorzieningen.map((v) => (
        <Field key={v.code} id={`catalogue-approval-${v.code}`} label={`${v.name}: goedkeuring gemeente`} description={APPROVAL_RULE_LABELS[approvals[v.code] ?? v.approval]}>
          <Select
            id={`catalogue-approval-${v.code}`}
            value={approvals[v.code] ?? v.approval}
            onChange={(e) => setApprovals((a) => ({ ...a, [v.code]: e.target.value as ApprovalRule }))}
            aria-describedby={`catalogue-approval-${v.code}-description`}
          >
            {APPROVAL_RULES.map((rule) => (
              <SelectOption key={rule} value={rule}>
                {APPROVAL_RULE_OPTIONS[rule]}
              </SelectOption>
            ))}
          </Select>
        </Field>
      ))}
      <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
        Versie vastleggen
      </Button>
    </form>
  );
}
