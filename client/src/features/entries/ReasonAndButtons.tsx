import { Button, ButtonGroup, Textarea } from "@utrecht/component-library-react";
import type { Ref } from "react";
import { Field, describedBy } from "../../components/Field";

interface ReasonAndButtonsProps {
  id: string;
  reason: string;
  onReason: (reason: string) => void;
  error?: string | null;
  reasonRef?: Ref<HTMLTextAreaElement>;
  /** What the primary button says: "Correctie opslaan", "Definitief verwijderen". */
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
}

/** The end of the correction and deletion forms: the required reason, then submit or cancel. */
export function ReasonAndButtons({ id, reason, onReason, error, reasonRef, submitLabel, loading, onCancel }: ReasonAndButtonsProps) {
  return (
    <>
      <Field id={id} label="Reden" description="Verplicht. Blijft zichtbaar in de geschiedenis." error={error ?? undefined}>
        <Textarea
          id={id}
          ref={reasonRef}
          rows={2}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description: true, error })}
          required
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          {submitLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </>
  );
}
