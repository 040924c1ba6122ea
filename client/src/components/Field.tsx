import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string;
  type?: "checkbox";
  children: ReactNode;
}

/**
 * Label, description, control and error message of one form field. The control itself
 * (children) takes `id`, `invalid` and `aria-describedby={describedBy(...)}`, so that a
 * screen reader reads the description and the error with it.
 */
export function Field({ id, label, description, error, type, children }: FieldProps) {
  return (
    <FormField
      type={type}
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} type={type}>
          {label}
        </FormLabel>
      }
      description={description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : undefined}
      input={children}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
    />
  );
}

export function describedBy(id: string, parts: { description?: unknown; error?: unknown }): string | undefined {
  const ids = [parts.description ? `${id}-description` : null, parts.error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
