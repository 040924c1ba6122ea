import { useMutation } from "@apollo/client/react";
import { Alert, Textbox } from "@utrecht/component-library-react";
import { formatMinutes, type Unit } from "@shared/units";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { DATE_FORMAT_HINT, DateTextbox, dateProblem } from "../../components/DateTextbox";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { cellEcho, cellFormatHint, parseCell } from "../week/week";
import { ENTRY_QUERIES_TO_REFRESH, entryFieldOf, type EntryField } from "./entryFields";
import { ReasonAndButtons } from "./ReasonAndButtons";

const CorrectHoursMutation = graphql(`
  mutation CorrectEntryForm_CorrectHours($input: CorrectHoursInput!) {
    correctHours(input: $input) {
      entry {
        id
        ...EntryRow_entry
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface CorrectEntryFormProps {
  entry: { id: string; date: string; minutes: number };
  unit: Unit;
  /** `saved` true when the correction went through; the row then closes the form. */
  onDone: (saved: boolean) => void;
}

/** Changes an entry's date and time. The server judges it as a new write, caps included. */
export function CorrectEntryForm({ entry, unit, onDone }: CorrectEntryFormProps) {
  const id = useId();
  const ids = { date: `${id}-date`, minutes: `${id}-minutes`, reason: `${id}-reason` };
  const [correct, { loading }] = useMutation(CorrectHoursMutation, {
    refetchQueries: ENTRY_QUERIES_TO_REFRESH,
    awaitRefetchQueries: true,
  });
  const [date, setDate] = useState(entry.date);
  const [amount, setAmount] = useState(unit === "MINUTES" ? formatMinutes(entry.minutes) : String(entry.minutes));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    const minutes = parseCell(amount, unit);
    const found: Partial<Record<EntryField, string>> = {};
    found.date = dateProblem(date, { required: true });
    if (!found.date) delete found.date;
    if (minutes === null || minutes === 0) found.minutes = cellFormatHint(unit);
    if (!reason.trim()) found.reason = "Geef een reden op: die blijft zichtbaar in de geschiedenis.";
    setErrors(found);
    const firstWrong = (["date", "minutes", "reason"] as const).find((f) => found[f]);
    if (firstWrong || minutes === null) {
      document.getElementById(ids[firstWrong ?? "minutes"])?.focus();
      return;
    }
    try {
      const { data } = await correct({ variables: { input: { entryId: entry.id, date, minutes, reason: reason.trim() } } });
      const userErrors = data?.correctHours.userErrors ?? [];
      if (data?.correctHours.entry && userErrors.length === 0) return onDone(true);
      const placed: Partial<Record<EntryField, string>> = {};
      const unplaced: string[] = [];
      for (const e of userErrors) {
        const field = entryFieldOf(e.field);
        if (field) placed[field] = e.message;
        else unplaced.push(e.message);
      }
      setErrors(placed);
      setProblem(unplaced.join(" ") || (Object.keys(placed).length ? null : "De correctie is niet opgeslagen."));
    } catch (error) {
      setProblem(writeFailureMessage(error));
    }
  }

  const control = (field: EntryField, description = false) => ({
    id: ids[field],
    invalid: Boolean(errors[field]),
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(ids[field], { description, error: errors[field] }),
  });

  return (
    <form onSubmit={handleSubmit} noValidate className="viv-form viv-entry-form" aria-label="Registratie corrigeren">
      {problem && <Alert type="error">{problem}</Alert>}
      <Field id={ids.date} label="Datum" description={DATE_FORMAT_HINT} error={errors.date}>
        <DateTextbox {...control("date", true)} ref={first} value={date} onChange={setDate} required />
      </Field>
      <Field id={ids.minutes} label={unit === "MINUTES" ? "Tijd (uu:mm, uren of minuten)" : "Aantal"} description={cellEcho(amount, unit) ?? undefined} error={errors.minutes}>
        <Textbox
          {...control("minutes", Boolean(cellEcho(amount, unit)))}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          required
        />
      </Field>
      <ReasonAndButtons
        id={ids.reason}
        reason={reason}
        onReason={setReason}
        error={errors.reason}
        submitLabel="Correctie opslaan"
        loading={loading}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
