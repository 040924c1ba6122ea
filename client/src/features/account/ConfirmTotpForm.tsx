import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";

const ConfirmMutation = graphql(`
  mutation ConfirmTotpForm_Confirm($code: String!) {
    confirmTotpEnrolment(code: $code) {
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface ConfirmTotpFormProps {
  secret: string;
  otpauthUri: string;
  onConfirmed: (recoveryCodes: string[]) => void;
}

/** "JBSW Y3DP EHPK 3PXP": groups of four are easier to type over without a mistake. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The new secret to type into the app, and the first code from it to prove that it works. */
export function ConfirmTotpForm({ secret, otpauthUri, onConfirmed }: ConfirmTotpFormProps) {
  // The recovery codes in the answer must not stay in the cache.
  const [confirm, { loading }] = useMutation(ConfirmMutation, { fetchPolicy: "no-cache" });
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    const digits = code.replace(/\s/g, "");
    if (!/^\d{6}$/.test(digits)) {
      setError("Vul de zes cijfers in die uw app nu toont.");
      field.current?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await confirm({ variables: { code: digits } });
      const payload = data?.confirmTotpEnrolment;
      if (payload?.recoveryCodes && payload.userErrors.length === 0) return onConfirmed(payload.recoveryCodes);
      const onCode = payload?.userErrors.filter((e) => e.field === "code") ?? [];
      if (onCode.length) {
        setError(onCode.map((e) => e.message).join(" "));
        field.current?.focus();
      }
      const rest = payload?.userErrors.filter((e) => !onCode.includes(e)) ?? [];
      if (rest.length || !onCode.length) setProblem(rest.map((e) => e.message).join(" ") || "De tweede factor is niet ingesteld.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="totp-secret-title" className="viv-enrolment">
      <Heading2 id="totp-secret-title" ref={heading} tabIndex={-1}>
        Stap 1: voeg het portaal toe aan uw app
      </Heading2>
      <Paragraph>
        Open uw authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP), kies voor een
        nieuw account met een sleutel en voer deze sleutel in uw app in:
      </Paragraph>
      <Paragraph className="viv-totp-secret">
        <code className="viv-secret" data-testid="totp-secret">
          {groupSecret(secret)}
        </code>
      </Paragraph>
      <Paragraph>
        Kies als type „op tijd gebaseerd” als uw app daarom vraagt. Sommige apps en wachtwoordkluizen nemen in plaats van
        de sleutel dit adres over:
      </Paragraph>
      <Paragraph className="viv-otpauth-uri">
        <code data-testid="totp-uri">{otpauthUri}</code>
      </Paragraph>
      <Heading2>Stap 2: bevestig met een code</Heading2>
      <form onSubmit={handleSubmit} noValidate className="viv-form" aria-label="Tweede factor bevestigen">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id="enrol-code" label="Code uit uw authenticator-app" description="De zes cijfers die de app nu toont voor het VIV-portaal." error={error ?? undefined}>
          <Textbox
            id="enrol-code"
            ref={field}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            className="viv-code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            invalid={Boolean(error)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("enrol-code", { description: true, error })}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Bevestigen
        </Button>
      </form>
    </section>
  );
}
