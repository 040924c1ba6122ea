import { TableBody, TableCell, TableHeaderCell, TableRow, Textbox } from "@utrecht/component-library-react";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { capLevel, formatEntryAmount, formatUsage } from "../deployments/labels";
import type { CellOutcome } from "./saveWeek";
import { cellKey, type WeekDay } from "./week";

const WeekRowFragment = graphql(`
  fragment WeekRow_deployment on Deployment {
    id
    startDate
    endDate
    voorziening {
      id
      name
      unit
    }
    resident {
      id
      bsnMasked
    }
    capUsage {
      windowStart
      capMinutes
      usedMinutes
      unit
    }
    entries(from: $from, to: $to) {
      id
      date
      minutes
    }
  }
`);

export type WeekRowDeployment = FragmentType<typeof WeekRowFragment>;

interface WeekRowProps {
  deployment: WeekRowDeployment;
  /** Position in the grid, for element ids (a deployment's own id is opaque). */
  row: number;
  days: WeekDay[];
  today: string;
  drafts: Record<string, string>;
  outcomes: Record<string, CellOutcome>;
  onChange: (key: string, text: string) => void;
}

export const cellId = (row: number, date: string) => `week-${row}-${date}`;
export const dayHeaderId = (date: string) => `week-day-${date}`;

/** One deployment in the week grid: its cells, and under them what went wrong, in words. */
export function WeekRow({ deployment: ref, row, days, today, drafts, outcomes, onChange }: WeekRowProps) {
  const d = getFragmentData(WeekRowFragment, ref);
  const unit = d.voorziening.unit;
  const labelId = `week-${row}-label`;
  const usage = d.capUsage;

  const logged = new Map<string, number>();
  for (const entry of d.entries) logged.set(entry.date, (logged.get(entry.date) ?? 0) + entry.minutes);

  const problems = days.flatMap((day) => {
    const outcome = outcomes[cellKey(d.id, day.date)];
    return outcome && outcome.kind !== "saved" ? [{ day, message: outcome.message }] : [];
  });

  return (
    <TableBody className="viv-week__deployment">
      <TableRow>
        <TableHeaderCell scope="row" className="viv-week__head">
          <span id={labelId}>
            <RouterLink to={`/inzetten/${encodeURIComponent(d.id)}`}>{d.voorziening.name}</RouterLink>{" "}
            <span className="viv-week__bsn">{d.resident.bsnMasked}</span>
          </span>
          <span className={`viv-week__usage viv-week__usage--${capLevel(usage.usedMinutes, usage.capMinutes)}`} data-testid="week-usage">
            {formatUsage(usage.usedMinutes, usage.capMinutes, usage.unit)}
          </span>
        </TableHeaderCell>
        {days.map((day) => {
          const key = cellKey(d.id, day.date);
          const id = cellId(row, day.date);
          const outcome = outcomes[key];
          const inPeriod = day.date >= d.startDate && (d.endDate == null || day.date <= d.endDate);
          const open = inPeriod && day.date <= today;
          const already = logged.get(day.date) ?? 0;
          const invalid = outcome != null && outcome.kind !== "saved";
          const describedBy = [already > 0 && `${id}-logged`, outcome?.kind === "saved" && `${id}-saved`, invalid && `${id}-error`]
            .filter(Boolean)
            .join(" ");
          return (
            <TableCell key={day.date} className={`viv-week__cell${outcome?.kind === "saved" ? " viv-week__cell--saved" : ""}`}>
              <Textbox
                id={id}
                className="viv-week__input"
                data-week-date={day.date}
                inputMode={unit === "MINUTES" ? "decimal" : "numeric"}
                autoComplete="off"
                value={open ? (drafts[key] ?? "") : ""}
                onChange={(e) => onChange(key, e.target.value)}
                disabled={!open}
                invalid={invalid}
                aria-invalid={invalid || undefined}
                aria-labelledby={`${labelId} ${dayHeaderId(day.date)}`}
                aria-describedby={describedBy || undefined}
              />
              {already > 0 && (
                <span id={`${id}-logged`} className="viv-week__logged">
                  {formatEntryAmount(already, unit)} geregistreerd
                </span>
              )}
              {outcome?.kind === "saved" && (
                <span id={`${id}-saved`} className="viv-week__saved">
                  {formatEntryAmount(outcome.amount, unit)} opgeslagen
                </span>
              )}
            </TableCell>
          );
        })}
      </TableRow>
      {problems.length > 0 && (
        <TableRow className="viv-week__problems">
          <TableCell colSpan={days.length + 1}>
            <ul className="viv-week__problem-list">
              {problems.map(({ day, message }) => (
                <li key={day.date} id={`${cellId(row, day.date)}-error`}>
                  <strong>
                    {day.name} {day.dayMonth}:
                  </strong>{" "}
                  {message}
                </li>
              ))}
            </ul>
          </TableCell>
        </TableRow>
      )}
    </TableBody>
  );
}
