import { TableBody, TableCell, TableHeaderCell, TableRow, Textbox } from "@utrecht/component-library-react";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { capLevel, formatEntryAmount, formatUsage } from "../deployments/labels";
import type { CellOutcome } from "./saveWeek";
import { formatDutchDate } from "@shared/dates";
import { cellEcho, cellKey, dayIsOpen, type WeekDay } from "./week";

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
    municipality {
      id
      closedMonths
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
  const period = { ...d, closedMonths: d.municipality.closedMonths };

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
            <span className="viv-week__bsn">{d.resident.bsnMasked}</span>{" "}
            {/* Two deployments of one resident are told apart by their start. */}
            <span className="viv-week__since">vanaf {formatDutchDate(d.startDate)}</span>
          </span>
          <span className={`viv-week__usage viv-week__usage--${capLevel(usage.usedMinutes, usage.capMinutes)}`} data-testid="week-usage">
            {formatUsage(usage.usedMinutes, usage.capMinutes, usage.unit)}
          </span>
        </TableHeaderCell>
        {days.map((day) => {
          const key = cellKey(d.id, day.date);
          const id = cellId(row, day.date);
          const outcome = outcomes[key];
          const open = dayIsOpen(day.date, period, today);
          const already = logged.get(day.date) ?? 0;
          const invalid = outcome != null && outcome.kind !== "saved";
          // What the cell understood before it is saved: "= 4:00 uur" (or "= 2 dagdelen").
          const draft = open ? (drafts[key] ?? "") : "";
          const echo = invalid ? null : cellEcho(draft, unit);
          const saved = outcome?.kind === "saved" ? outcome.amount : null;
          const describedBy = [echo && `${id}-echo`, saved !== null && `${id}-saved`, already > (saved ?? 0) && `${id}-logged`, invalid && `${id}-error`]
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
                value={draft}
                onChange={(e) => onChange(key, e.target.value)}
                disabled={!open}
                invalid={invalid}
                aria-invalid={invalid || undefined}
                aria-labelledby={`${labelId} ${dayHeaderId(day.date)}`}
                aria-describedby={describedBy || undefined}
              />
              {echo && (
                <span id={`${id}-echo`} className="viv-week__echo">
                  {echo}
                </span>
              )}
              {/* Each amount once: what was just saved, and the day's total only when it holds more. */}
              {saved !== null && (
                <span id={`${id}-saved`} className="viv-week__saved">
                  {formatEntryAmount(saved, unit)} opgeslagen
                </span>
              )}
              {already > (saved ?? 0) && (
                <span id={`${id}-logged`} className="viv-week__logged">
                  {saved !== null ? "samen " : ""}
                  {formatEntryAmount(already, unit)} geregistreerd
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
