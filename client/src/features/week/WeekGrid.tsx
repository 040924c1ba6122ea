import { useMutation } from "@apollo/client/react";
import { Alert, Button, Paragraph, Table, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { Unit } from "@shared/units";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { NETWORK_ERROR_MESSAGE } from "../../app/errors";
import { graphql } from "../../gql";
import { addEntryToCache } from "../deployments/logHoursCache";
import { CellKeys, readCell, saveCells, type CellOutcome, type CellToSave } from "./saveWeek";
import { cellKey, dayIsOpen, type WeekDay } from "./week";
import { cellId, dayHeaderId, WeekRow, type WeekRowDeployment } from "./WeekRow";

export const WeekGridLogHours = graphql(`
  mutation WeekGrid_LogHours($input: LogHoursInput!) {
    logHours(input: $input) {
      entry {
        id
        date
        minutes
        note
      }
      capUsage {
        windowStart
        windowEnd
        capWindow
        capMinutes
        usedMinutes
        remainingMinutes
        unit
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** What the grid itself needs of a deployment; the row reads the rest from its fragment. */
export interface GridDeployment {
  id: string;
  startDate: string;
  endDate?: string | null;
  voorziening: { unit: Unit };
  closedMonths: readonly string[];
  row: WeekRowDeployment;
}

interface Summary {
  monday: string;
  saved: number;
  notSaved: number;
  network: boolean;
}

interface WeekGridProps {
  deployments: GridDeployment[];
  days: WeekDay[];
  today: string;
}

/**
 * The week as one form: a row per deployment, a text cell per day. Enter in any cell, like
 * the "Week opslaan" button, saves every filled cell of the week shown (a form's own submit,
 * so it needs no key handling of its own); arrow up and down move to the same day in the row
 * above or below.
 */
export function WeekGrid({ deployments, days, today }: WeekGridProps) {
  const [logHours] = useMutation(WeekGridLogHours);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<Record<string, CellOutcome>>({});
  const [summary, setSummary] = useState<Summary | null>(null);
  const [saving, setSaving] = useState(false);
  const keys = useRef(new CellKeys());
  const form = useRef<HTMLFormElement>(null);
  const monday = days[0].date;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const next: Record<string, CellOutcome> = {};
    const toSave: CellToSave[] = [];
    for (const d of deployments) {
      for (const day of days) {
        const key = cellKey(d.id, day.date);
        const text = drafts[key]?.trim() ?? "";
        if (!text || !dayIsOpen(day.date, d, today)) continue;
        const cell = readCell({ key, deploymentId: d.id, date: day.date }, text, d.voorziening.unit, "de cel");
        if ("kind" in cell) next[key] = cell;
        else toSave.push(cell);
      }
    }
    if (toSave.length === 0 && Object.keys(next).length === 0) {
      setOutcomes({});
      setSummary({ monday, saved: 0, notSaved: 0, network: false });
      return;
    }

    setSaving(true);
    const saved = await saveCells(
      toSave,
      async (input) =>
        (
          await logHours({
            variables: { input: { ...input, note: null } },
            // The new entry and the cap usage go into the cache: meters and totals update at once.
            update: (cache, result) => addEntryToCache(cache, input.deploymentId, result.data?.logHours),
          })
        ).data?.logHours,
      keys.current,
    );
    setSaving(false);
    for (const [key, outcome] of saved) next[key] = outcome;

    // Saved cells are emptied (unless the person typed something new meanwhile); the rest keep their text.
    setDrafts((current) => {
      const copy = { ...current };
      for (const cell of toSave) if (next[cell.key]?.kind === "saved" && copy[cell.key]?.trim() === drafts[cell.key]?.trim()) delete copy[cell.key];
      return copy;
    });
    setOutcomes(next);
    const values = Object.values(next);
    setSummary({
      monday,
      saved: values.filter((o) => o.kind === "saved").length,
      notSaved: values.filter((o) => o.kind !== "saved").length,
      network: values.some((o) => o.kind === "failed" && o.network),
    });
    focusFirstProblem(next);
  }

  // Keyboard users land on the first cell that needs them; its description reads the reason.
  function focusFirstProblem(next: Record<string, CellOutcome>) {
    deployments.some((d, row) =>
      days.some((day) => {
        const outcome = next[cellKey(d.id, day.date)];
        if (!outcome || outcome.kind === "saved") return false;
        requestAnimationFrame(() => document.getElementById(cellId(row, day.date))?.focus());
        return true;
      }),
    );
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const target = event.target as HTMLElement;
    const date = target.dataset.weekDate;
    if (!date || !form.current) return;
    const column = [...form.current.querySelectorAll<HTMLInputElement>(`input[data-week-date="${date}"]:not(:disabled)`)];
    const next = column[column.indexOf(target as HTMLInputElement) + (event.key === "ArrowUp" ? -1 : 1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  const shown = summary?.monday === monday ? summary : null;

  return (
    <form ref={form} method="post" noValidate onSubmit={handleSubmit} onKeyDown={handleKeyDown} className="viv-week">
      {shown?.network && <Alert type="error">{NETWORK_ERROR_MESSAGE}</Alert>}
      <div className="viv-table-scroll">
        <Table className="viv-week__table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Inzet</TableHeaderCell>
              {days.map((day) => (
                <TableHeaderCell key={day.date} scope="col" id={dayHeaderId(day.date)} className={day.date === today ? "viv-week__today" : undefined}>
                  <span className="viv-week__dayname">{day.name}</span> {day.dayMonth}
                  {day.date === today && <span className="viv-week__today-label"> (vandaag)</span>}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          {deployments.map((d, row) => (
            <WeekRow
              key={d.id}
              deployment={d.row}
              row={row}
              days={days}
              today={today}
              drafts={drafts}
              outcomes={outcomes}
              onChange={(key, text) => setDrafts((current) => ({ ...current, [key]: text }))}
            />
          ))}
        </Table>
      </div>
      <div className="viv-week__actions">
        <Button type="submit" appearance="primary-action-button" busy={saving} aria-disabled={saving || undefined}>
          Week opslaan
        </Button>
        <div aria-live="polite" className="viv-week__summary">
          {shown && <Paragraph>{summaryText(shown)}</Paragraph>}
        </div>
      </div>
    </form>
  );
}

function summaryText({ saved, notSaved }: Summary): string {
  if (saved === 0 && notSaved === 0) return "Er is niets ingevuld om op te slaan.";
  const savedText = saved === 1 ? "1 cel opgeslagen" : `${saved} cellen opgeslagen`;
  if (notSaved === 0) return `${savedText}.`;
  return `${savedText}, ${notSaved} niet opgeslagen. De reden staat onder de inzet.`;
}
