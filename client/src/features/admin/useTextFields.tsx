import { Textbox } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { describedBy } from "../../components/Field";

/**
 * The text fields of an admin form: their values and errors, the focus on the first wrong field
 * (in the order of `ids`), and a Textbox wired to its label, description and error
 * (components/Field). `empty` is what the fields hold at first and after `reset()`.
 */
export function useTextFields<F extends string>(ids: Record<F, string>, empty: Record<F, string>) {
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const form = useRef<HTMLFormElement>(null);

  /** Shows these errors (none clears them) and puts the focus on the first wrong field. */
  function show(found: Partial<Record<F, string>>) {
    setErrors(found);
    const first = (Object.keys(ids) as F[]).find((f) => found[f]);
    if (first) form.current?.querySelector<HTMLInputElement>(`#${ids[first]}`)?.focus();
  }

  const textbox = (field: F, options: { type?: string; described?: boolean } = {}) => (
    <Textbox
      id={ids[field]}
      type={options.type}
      autoComplete="off"
      value={values[field]}
      onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      invalid={Boolean(errors[field])}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy(ids[field], { description: options.described, error: errors[field] })}
    />
  );

  return { values, errors, show, textbox, form, reset: () => setValues(empty) };
}
