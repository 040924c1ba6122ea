import { useMutation } from "@apollo/client/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { graphql } from "../../gql";
import { ENTRY_QUERIES_TO_REFRESH } from "./entryFields";
import { ReasonAndButtons } from "./ReasonAndButtons";

const DeleteHoursMutation = graphql(`
  mutation DeleteEntryForm_DeleteHours($input: DeleteHoursInput!) {
    deleteHours(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface DeleteEntryFormProps {
  entryId: string;
  /** What is being deleted, in words: "2:00 op 3 november 2026". */
  description: string;
  onDone: (deleted: boolean) => void;
}

/** Takes an entry out of every count, with the reason; it stays in the history. */
export function DeleteEntryForm({ entryId, description, onDone }: DeleteEntryFormProps) {
  const id = `${useId()}-reason`;
  const [remove, { loading }] = useMutation(DeleteHoursMutation, {
    refetchQueries: ENTRY_QUERIES_TO_REFRESH,
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    if (!reason.trim()) {
      setError("Geef een reden op: die blijft zichtbaar in de geschiedenis.");
      field.current?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await remove({ variables: { input: { entryId, reason: reason.trim() } } });
      const userErrors = data?.deleteHours.userErrors ?? [];
      if (data && userErrors.length === 0) return onDone(true);
      const onReason = userErrors.filter((e) => e.field?.replace(/^input\./, "") === "reason");
      if (onReason.length) setError(onReason.map((e) => e.message).join(" "));
      const rest = userErrors.filter((e) => !onReason.includes(e));
      if (rest.length || !onReason.length) setProblem(rest.map((e) => e.message).join(" ") || "De registratie is niet verwijderd.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="viv-form viv-entry-form" aria-label="Registratie verwijderen">
      {problem && <Alert type="error">{problem}</Alert>}
      <Paragraph>
        U verwijdert {description}. Deze tijd telt daarna niet meer mee voor het maximum; de registratie blijft met de
        reden zichtbaar in de geschiedenis.
      </Paragraph>
      <ReasonAndButtons
        id={id}
        reason={reason}
        onReason={setReason}
        error={error}
        reasonRef={field}
        submitLabel="Definitief verwijderen"
        loading={loading}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
