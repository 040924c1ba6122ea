import { useMutation } from "@apollo/client/react";
import { Alert, Button, ButtonGroup, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { sortUserErrors } from "./userErrors";

const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor_Reset($input: ResetSecondFactorInput!) {
    resetSecondFactor(input: $input) {
      account {
        ...AccountRow_account
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
 * A lost authenticator: the admin removes the account's second factor, with a reason for the
 * audit trail. The row's "Ingesteld" changes through the cache (the answer's account has the same id).
 */
export function ResetSecondFactor({ userId, email }: { userId: string; email: string }) {
  const [reset, { loading }] = useMutation(ResetSecondFactorMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = `reset-reason-${userId}`;
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  function cancel() {
    setOpen(false);
    setError(undefined);
    requestAnimationFrame(() => trigger.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    if (!reason.trim()) {
      setError("Geef een reden op: die komt in de audittrail.");
      field.current?.focus();
      return;
    }
    try {
      const { data } = await reset({ variables: { input: { userId, reason: reason.trim() } } });
      const { byField, rest } = sortUserErrors(data?.resetSecondFactor.userErrors ?? [], ["reason"] as const);
      setError(byField.reason);
      if (rest.length) setProblem(rest.join(" "));
      if (data?.resetSecondFactor.account) setOpen(false);
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  if (!open) {
    return (
      <>
        {problem && <Alert type="error">{problem}</Alert>}
        <Button ref={trigger} appearance="secondary-action-button" onClick={() => setOpen(true)}>
          Opnieuw laten instellen<span className="viv-visually-hidden"> voor {email}</span>
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={handleSubmit} noValidate className="viv-confirm">
      {problem && <Alert type="error">{problem}</Alert>}
      <Paragraph>
        De tweede factor en de herstelcodes van {email} worden verwijderd en de persoon wordt overal uitgelogd. Bij de volgende keer inloggen stelt
        de persoon een nieuwe tweede factor in.
      </Paragraph>
      <Field id={id} label="Reden" description="Bijvoorbeeld: telefoon kwijt, gemeld op 3 december." error={error}>
        <Textbox
          id={id}
          ref={field}
          value={reason}
          autoComplete="off"
          onChange={(e) => setReason(e.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description: true, error })}
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" hint="danger" busy={loading} aria-disabled={loading || undefined}>
          Tweede factor verwijderen
        </Button>
        <Button appearance="secondary-action-button" onClick={cancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
