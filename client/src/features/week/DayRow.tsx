import { Textbox } from "@utrecht/component-library-react";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { capLevel, formatEntryAmount, formatUsage } from "../deployments/labels";
import type { CellOutcome } from "./saveWeek";
import { dayIsOpen } from "./week";

const DayRowFragment = graphql(`
  fragment DayRow_deployment on Deployment {
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

export type DayRowDeployment = FragmentType<typeof DayRowFragment>;

interface DayRowProps {
  deployment: DayRowDeployment;
  /** Position in the list, for element ids (a deployment's own id is opaque). */
  row: number;
  date: string;
  today: string;
  draft: string;
  outcome: CellOutcome | undefined;
  onChange: (text: string) => void;
}

export const dayInputId = (row: number) => `dag-${row}`;

/** One running deployment on the day view: a large field for the day's time, what the day holds, and the refusal in words. */
export function DayRow({ deployment: ref, row, date, today, draft, outcome, onChange }: DayRowProps) {
  const d = getFragmentData(DayRowFragment, ref);
  const unit = d.voorziening.unit;
  const id = dayInputId(row);
  const usage = d.capUsage;
  const inPeriod = date >= d.startDate && (d.endDate == null || date <= d.endDate);
  const monthClosed = d.municipality.closedMonths.includes(date.slice(0, 7));
  const open = dayIsOpen(date, { ...d, closedMonths: d.municipality.closedMonths }, today);
  const already = d.entries.filter((e) => e.date === date).reduce((sum, e) => sum + e.minutes, 0);
  const invalid = outcome != null && outcome.kind !== "saved";
  const describedBy = [`${id}-hint`, already > 0 && `${id}-logged`, outcome?.kind === "saved" && `${id}-saved`, invalid && `${id}-error`].filter(Boolean).join(" ");

  return (
    <li className={`viv-day__row${invalid ? " viv-day__row--invalid" : ""}`}>
      <div className="viv-day__head">
        <RouterLink to={`/inzetten/${encodeURIComponent(d.id)}`}>{d.voorziening.name}</RouterLink>
        <span className="viv-week__bsn">{d.resident.bsnMasked}</span>
        <span className={`viv-week__usage viv-week__usage--${capLevel(usage.usedMinutes, usage.capMinutes)}`}>{formatUsage(usage.usedMinutes, usage.capMinutes, usage.unit)}</span>
      </div>
      <label htmlFor={id} className="viv-day__label">
        {unit === "MINUTES" ? "Tijd" : unit === "DAGDELEN" ? "Dagdelen" : "Etmalen"}
        <span className="viv-visually-hidden">
          {" "}
          {d.voorziening.name} {d.resident.bsnMasked}
        </span>
      </label>
      <Textbox
        id={id}
        className="viv-day__input"
        inputMode={unit === "MINUTES" ? "decimal" : "numeric"}
        autoComplete="off"
        value={open ? draft : ""}
        onChange={(e) => onChange(e.target.value)}
        disabled={!open}
        invalid={invalid}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <span id={`${id}-hint`} className="viv-day__hint">
        {!inPeriod ? "Deze dag valt buiten de looptijd van de inzet." : monthClosed ? "Deze maand is afgesloten: er kunnen geen uren meer bij." : unit === "MINUTES" ? "Bijvoorbeeld 1:30, 1,5 of 90 (minuten)." : "Een heel aantal."}
      </span>
      {already > 0 && (
        <span id={`${id}-logged`} className="viv-week__logged">
          {formatEntryAmount(already, unit)} geregistreerd op deze dag
        </span>
      )}
      {outcome?.kind === "saved" && (
        <span id={`${id}-saved`} className="viv-week__saved">
          {formatEntryAmount(outcome.amount, unit)} opgeslagen
        </span>
      )}
      {invalid && (
        <p id={`${id}-error`} className="viv-day__error">
          {outcome.message}
        </p>
      )}
    </li>
  );
}
