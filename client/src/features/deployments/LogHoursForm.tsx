import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Textarea, Textbox } from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands } from "@shared/dates";
import { DURATION_HINT, durationEcho, formatMinutes, parseDuration } from "@shared/units";
import { useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { newIdempotencyKey } from "../../app/idempotency";
import { DATE_FORMAT_HINT, DateTextbox, dateProblem } from "../../components/DateTextbox";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { addEntryToCache } from "./logHoursCache";

const LogHoursMutation = graphql(`
  mutation LogHoursForm_LogHours($input: LogHoursInput!) {
    logHours(input: $input) {
      entry {
        id
        date
        minutes
        note
        # Everything the deployment page's list shows of an entry, so that the cache stays complete.
        ...EntryRow_entry
      }
      capUsage {
        windowStart
        ...CapMeter_capUsage
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * The server's state of the deployment again after a saved entry: the entry may have used up
 * the cap of today's window (AT_CAP), and then the page says so instead of offering this form.
 * Small on purpose: the state and its reason, not the page with its entries.
 */
const LogHoursFormStateQuery = graphql(`
  query LogHoursForm_DeploymentState($id: ID!) {
    deployment(id: $id) {
      id
      ...DeploymentState_deployment
    }
  }
`);

type FieldName = "date" | "minutes" | "note";
const ID: Record<FieldName, string> = { date: "hours-date", minutes: "hours-duration", note: "hours-note" };

/** An attempt that got no answer: retrying the same input must reuse its idempotency key. */
interface PendingAttempt {
  input: string;
  key: string;
}

/** `endDate`: of an ended deployment the form starts on its last day, not on today, which it no longer takes. */
export function LogHoursForm({ deploymentId, endDate }: { deploymentId: string; endDate?: string | null }) {
  const [logHours, { loading }] = useMutation(LogHoursMutation);
  const [date, setDate] = useState(() => {
    const today = todayInNetherlands();
    return endDate != null && endDate < today ? endDate : today;
  });
  const [duration, setDuration] = useState("");
  const [note, setNote] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<{ message: string; fields: FieldName[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const pending = useRef<PendingAttempt | null>(null);
  const durationInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setProblem(null);
    const minutes = parseDuration(duration);
    const errors: Partial<Record<FieldName, string>> = {};
    errors.date = dateProblem(date, { required: true });
    if (duration.trim() === "") errors.minutes = "Vul de tijd in, bijvoorbeeld 1:30.";
    else if (minutes === null) errors.minutes = DURATION_HINT;
    setFieldErrors(errors);
    if (errors.date || errors.minutes || minutes === null) {
      document.getElementById(errors.date ? ID.date : ID.minutes)?.focus();
      return;
    }

    const input = { deploymentId, date, minutes, note: note.trim() || null };
    const signature = JSON.stringify(input);
    if (pending.current?.input !== signature) pending.current = { input: signature, key: newIdempotencyKey() };
    const idempotencyKey = pending.current.key;

    try {
      const { data } = await logHours({
        variables: { input: { ...input, idempotencyKey } },
        update: (cache, result) => addEntryToCache(cache, deploymentId, result.data?.logHours),
        refetchQueries: (result) => (result.data?.logHours.entry ? [{ query: LogHoursFormStateQuery, variables: { id: deploymentId } }] : []),
      });
      // The server answered, so this attempt is settled either way.
      pending.current = null;
      const payload = data?.logHours;
      if (!payload || payload.userErrors.length > 0 || !payload.entry) {
        const userErrors = payload?.userErrors ?? [];
        setProblem({
          message: userErrors.map((e) => e.message).join(" ") || "De uren zijn niet opgeslagen.",
          fields: userErrors.map((e) => fieldOf(e.field)).filter((f): f is FieldName => f !== null),
        });
        return;
      }
      setSaved(`${formatMinutes(payload.entry.minutes)} uur op ${formatDutchDate(payload.entry.date)} is opgeslagen.`);
      setDuration("");
      setNote("");
      durationInput.current?.focus();
    } catch (error) {
      setProblem({ message: writeFailureMessage(error), fields: [] });
    }
  }

  // What the field understood before saving, e.g. "= 4:00 uur" for "4".
  const echo = durationEcho(duration);
  const invalid = (field: FieldName) => Boolean(fieldErrors[field]) || Boolean(problem?.fields.includes(field));
  const describe = (field: FieldName, description?: boolean) =>
    [describedBy(ID[field], { description, error: fieldErrors[field] }), problem?.fields.includes(field) ? "hours-problem" : null]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <section aria-labelledby="log-hours-heading" className="viv-log-hours">
      <Heading2 id="log-hours-heading">Uren registreren</Heading2>
      {problem && (
        <Alert type="error" id="hours-problem">
          {problem.message}
        </Alert>
      )}
      {saved && <Alert type="ok">{saved}</Alert>}
      <form onSubmit={handleSubmit} noValidate className="viv-form">
        <Field id={ID.date} label="Datum" description={DATE_FORMAT_HINT} error={fieldErrors.date}>
          <DateTextbox id={ID.date} value={date} onChange={setDate} invalid={invalid("date")} aria-describedby={describe("date", true)} required />
        </Field>
        <Field
          id={ID.minutes}
          label="Tijd (uu:mm, uren of minuten)"
          description={
            <>
              {DURATION_HINT}
              {echo && <strong className="viv-echo"> Begrepen: {echo.slice(2)}.</strong>}
            </>
          }
          error={fieldErrors.minutes}
        >
          <Textbox
            id={ID.minutes}
            ref={durationInput}
            inputMode="decimal"
            autoComplete="off"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            invalid={invalid("minutes")}
            aria-invalid={invalid("minutes") || undefined}
            aria-describedby={describe("minutes", true)}
            required
          />
        </Field>
        <Field id={ID.note} label="Notitie (optioneel)" description="Zet hier geen namen of BSN's in.">
          <Textarea
            id={ID.note}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            invalid={invalid("note")}
            aria-describedby={describe("note", true)}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          Uren opslaan
        </Button>
      </form>
    </section>
  );
}

/** Server field names of LogHoursInput, with or without an `input.` prefix. */
function fieldOf(field: string | null | undefined): FieldName | null {
  const name = field?.replace(/^input\./, "");
  return name === "date" || name === "minutes" || name === "note" ? name : null;
}
