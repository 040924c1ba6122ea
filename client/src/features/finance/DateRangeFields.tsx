import { isIsoDate } from "@shared/dates";
import { useState } from "react";
import { DateField, dateProblem } from "../../components/DateTextbox";

type End = "from" | "to";

/**
 * "Van" and "Tot en met" of a report that lives in the URL. What is typed stays in the field;
 * the report follows only a complete, valid date (`onChange`), so a half-typed date never
 * resets the field through the URL. A problem is said once the field is left, not at every
 * keystroke of a date still being typed.
 */
export function DateRangeFields({ from, to, onChange }: { from: string; to: string; onChange: (patch: Partial<Record<End, string>>) => void }) {
  const [typed, setTyped] = useState<Partial<Record<End, string>>>({});
  const [left, setLeft] = useState<Partial<Record<End, string>>>({});
  const problem = (end: End, label: string) => (left[end] === undefined ? undefined : dateProblem(left[end], { required: true, label }));

  const type = (end: End, value: string) => {
    setTyped((current) => ({ ...current, [end]: value }));
    if (isIsoDate(value)) {
      setLeft((current) => ({ ...current, [end]: undefined }));
      onChange({ [end]: value });
    }
  };
  const leave = (end: End) => setLeft((current) => ({ ...current, [end]: typed[end] }));

  return (
    <>
      <DateField id="finance-from" label="Van" value={from} error={problem("from", "de begindatum")} onChange={(v) => type("from", v)} onBlur={() => leave("from")} />
      <DateField id="finance-to" label="Tot en met" value={to} error={problem("to", "de einddatum")} onChange={(v) => type("to", v)} onBlur={() => leave("to")} />
    </>
  );
}
