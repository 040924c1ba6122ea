import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { canTakeHours } from "@shared/deployment-state";
import { addDays, isIsoDate, todayInNetherlands } from "@shared/dates";
import { stateOf } from "../deployments/deploymentState";
import { useRef, useState, type FormEvent } from "react";
import { useSearchParams } from "wouter";
import { NETWORK_ERROR_MESSAGE } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import { addEntryToCache } from "../deployments/logHoursCache";
import { DayRow, dayInputId } from "./DayRow";
import { CellKeys, readCell, saveCells, type CellOutcome, type CellToSave } from "./saveWeek";
import { cellKey, dayIsOpen } from "./week";
import { WeekGridLogHours } from "./WeekGrid";
import "./day.css";

const DayViewQuery = graphql(`
  query DayView_Deployments($first: Int!, $from: Date!, $to: Date!) {
    deployments(first: $first, filter: { status: ACTIVE }) {
      totalCount
      edges {
        node {
          id
          startDate
          endDate
          voorziening {
            id
            unit
          }
          municipality {
            id
            closedMonths
          }
          ...DeploymentState_deployment
          ...DayRow_deployment
        }
      }
    }
  }
`);

const longDate = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayName = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/**
 * "Vandaag": the week grid on a phone. One day at a time, every running deployment a row with
 * a large field; the same parsing (`1:30`, `1,5`, `90`), the same saving (one logHours per
 * filled row, with its idempotency key) and the same refusals per row as the week grid.
 */
export function DayView() {
  const today = todayInNetherlands();
  const [params, setParams] = useSearchParams();
  const asked = params.get("dag");
  // A day after today has nothing to fill in.
  const date = asked && isIsoDate(asked) && asked < today ? asked : today;
  const isToday = date === today;
  usePageTitle(isToday ? "Vandaag" : dayName(date));
  const { data, error, loading } = useQuery(DayViewQuery, { variables: { first: 100, from: date, to: date }, fetchPolicy: "cache-and-network" });
  const [logHours] = useMutation(WeekGridLogHours);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<Record<string, CellOutcome>>({});
  const [summary, setSummary] = useState<{ date: string; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const keys = useRef(new CellKeys());
  // As in the week grid: only deployments that can take hours get a row (pending, declined or
  // at its cap: their page says why).
  const deployments = (data?.deployments.edges ?? []).map((e) => e.node).filter((node) => canTakeHours(stateOf(node).state));
  const showDay = (next: string) => setParams(next === today ? {} : { dag: next });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const next: Record<string, CellOutcome> = {};
    const toSave: CellToSave[] = [];
    for (const d of deployments) {
      const key = cellKey(d.id, date);
      const text = drafts[key]?.trim() ?? "";
      if (!text || !dayIsOpen(date, { ...d, closedMonths: d.municipality.closedMonths }, today)) continue;
      const cell = readCell({ key, deploymentId: d.id, date }, text, d.voorziening.unit, "het veld");
      if ("kind" in cell) next[key] = cell;
      else toSave.push(cell);
    }
    setSaving(true);
    const saved = await saveCells(
      toSave,
      async (input) =>
        (await logHours({ variables: { input: { ...input, note: null } }, update: (cache, result) => addEntryToCache(cache, input.deploymentId, result.data?.logHours) })).data
          ?.logHours,
      keys.current,
    );
    setSaving(false);
    for (const [key, outcome] of saved) next[key] = outcome;
    setDrafts((current) => {
      const copy = { ...current };
      for (const cell of toSave) if (next[cell.key]?.kind === "saved") delete copy[cell.key];
      return copy;
    });
    setOutcomes(next);
    const values = Object.values(next);
    const ok = values.filter((o) => o.kind === "saved").length;
    const notOk = values.length - ok;
    const network = values.some((o) => o.kind === "failed" && o.network);
    setSummary({
      date,
      text: network
        ? NETWORK_ERROR_MESSAGE
        : values.length === 0
          ? "Er is niets ingevuld om op te slaan."
          : `${ok === 1 ? "1 inzet" : `${ok} inzetten`} opgeslagen${notOk > 0 ? `, ${notOk} niet opgeslagen. De reden staat bij de inzet.` : "."}`,
    });
    // The first row that needs the person gets the focus; its description reads the reason.
    const first = deployments.findIndex((d) => next[cellKey(d.id, date)] && next[cellKey(d.id, date)].kind !== "saved");
    if (first >= 0) requestAnimationFrame(() => document.getElementById(dayInputId(first))?.focus());
  }

  return (
    <>
      <Heading1>{isToday ? "Vandaag" : capitalise(dayName(date))}</Heading1>
      <Paragraph>
        {isToday ? `${capitalise(dayName(date))}. ` : ""}Vul per lopende inzet de tijd van deze dag in, bijvoorbeeld 1:30, 1,5 of 90 (minuten), en kies Dag opslaan.
      </Paragraph>
      <nav className="viv-day__nav" aria-label="Dagen">
        <Button appearance="secondary-action-button" onClick={() => showDay(addDays(date, -1))}>
          Vorige dag
        </Button>
        <Button
          appearance="secondary-action-button"
          aria-disabled={isToday || undefined}
          className={isToday ? "utrecht-button--disabled" : undefined}
          onClick={() => !isToday && showDay(addDays(date, 1))}
        >
          Volgende dag
        </Button>
        {!isToday && (
          <Button appearance="subtle-button" onClick={() => showDay(today)}>
            Naar vandaag
          </Button>
        )}
      </nav>
      {error && <Alert type="error">De inzetten konden niet worden geladen. Probeer het later opnieuw.</Alert>}
      {loading && !data && <Paragraph aria-live="polite">De inzetten worden geladen…</Paragraph>}
      {data && deployments.length === 0 && (
        <Paragraph>
          Er zijn geen lopende inzetten. Registreer een inzet via <RouterLink to="/inzetten/nieuw">Nieuwe inzet</RouterLink>.
        </Paragraph>
      )}
      {deployments.length > 0 && (
        <form method="post" noValidate onSubmit={handleSubmit} className="viv-day">
          {data!.deployments.totalCount > deployments.length && (
            <Alert type="warning">
              U ziet de eerste {deployments.length} van {data!.deployments.totalCount} lopende inzetten. Registreer uren voor de andere op de pagina van de inzet.
            </Alert>
          )}
          <ul className="viv-day__rows">
            {deployments.map((d, row) => {
              const key = cellKey(d.id, date);
              return (
                <DayRow
                  key={d.id}
                  deployment={d}
                  row={row}
                  date={date}
                  today={today}
                  draft={drafts[key] ?? ""}
                  outcome={summary?.date === date ? outcomes[key] : undefined}
                  onChange={(text) => setDrafts((current) => ({ ...current, [key]: text }))}
                />
              );
            })}
          </ul>
          <div className="viv-day__actions">
            <Button type="submit" appearance="primary-action-button" busy={saving} aria-disabled={saving || undefined}>
              Dag opslaan
            </Button>
            <div aria-live="polite">{summary?.date === date && <Paragraph>{summary.text}</Paragraph>}</div>
          </div>
        </form>
      )}
    </>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
