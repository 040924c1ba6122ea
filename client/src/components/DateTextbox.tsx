import { Textbox } from "@utrecht/component-library-react";
import { formatDateField, isIsoDate, readDateField } from "@shared/dates";
import { forwardRef, useEffect, useState } from "react";
import { Field, describedBy } from "./Field";

/** The description every date field carries: the NL Design System asks for the format in words. */
export const DATE_FORMAT_HINT = "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-12-2026.";

interface DateTextboxProps {
  id: string;
  /**
   * An ISO date ("2026-12-03") when the text is a date, "" when the field is empty, else the
   * text as typed (so a form can tell with `dateProblem` that it is not a date yet).
   */
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  required?: boolean;
  "aria-describedby"?: string;
  /** Left the field: the moment to say what is wrong with it, not at every keystroke. */
  onBlur?: () => void;
}

/**
 * A date field that shows and reads dd-mm-jjjj whatever the browser's language: a text field,
 * not `<input type="date">`, whose rendering (mm/dd/yyyy in an English browser) is the
 * browser's, not the portal's. What is typed stays as typed while it is not (yet) a date.
 */
export const DateTextbox = forwardRef<HTMLInputElement, DateTextboxProps>(function DateTextbox(
  { id, value, onChange, invalid, required, "aria-describedby": describedBy, onBlur },
  ref,
) {
  const [text, setText] = useState(() => (isIsoDate(value) ? formatDateField(value) : value));
  // A value set from outside (a reset after saving, a link with a date) replaces the text; the
  // value this field itself reported does not, so typing is never overwritten mid-way.
  useEffect(() => {
    setText((current) => (reported(current) === value ? current : isIsoDate(value) ? formatDateField(value) : value));
  }, [value]);

  return (
    <Textbox
      ref={ref}
      id={id}
      className="viv-date"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd-mm-jjjj"
      value={text}
      invalid={invalid}
      aria-invalid={invalid || undefined}
      required={required}
      aria-describedby={describedBy}
      onChange={(e) => {
        setText(e.target.value);
        onChange(reported(e.target.value));
      }}
      onBlur={() => {
        const reading = readDateField(text);
        if (reading.kind === "date") setText(formatDateField(reading.date));
        onBlur?.();
      }}
    />
  );
});

function reported(text: string): string {
  const reading = readDateField(text);
  return reading.kind === "date" ? reading.date : reading.kind === "empty" ? "" : text;
}

/** What is wrong with a date field's value, in a Dutch sentence; undefined when nothing is. */
export function dateProblem(value: string, options: { required?: boolean; label?: string } = {}): string | undefined {
  const reading = readDateField(value);
  const what = options.label ?? "de datum";
  switch (reading.kind) {
    case "date":
      return undefined;
    case "empty":
      return options.required ? `Vul ${what} in, bijvoorbeeld 03-12-2026.` : undefined;
    case "impossible":
      return `${value.trim()} bestaat niet. Vul een bestaande datum in, bijvoorbeeld 03-12-2026.`;
    case "unreadable":
      return `Schrijf ${what} als dd-mm-jjjj, bijvoorbeeld 03-12-2026.`;
  }
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Said before the format, e.g. "Leeg voor een indicatie zonder einddatum." */
  description?: string;
  required?: boolean;
  onBlur?: () => void;
}

/** Label, format description, Dutch date field and error message: the one way a form asks a date. */
export function DateField({ id, label, value, onChange, error, description, required, onBlur }: DateFieldProps) {
  return (
    <Field id={id} label={label} description={description ? `${description} ${DATE_FORMAT_HINT}` : DATE_FORMAT_HINT} error={error}>
      <DateTextbox
        id={id}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        required={required}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description: true, error })}
      />
    </Field>
  );
}
