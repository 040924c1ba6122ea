import "./account.css";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { writeFailureMessage } from "../../app/errors";
import { graphql } from "../../gql";
import { ConfirmTotpForm } from "./ConfirmTotpForm";
import { RecoveryCodes } from "./RecoveryCodes";

const StartMutation = graphql(`
  mutation TotpEnrolment_Start {
    startTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

type Step =
  | { name: "start" }
  | { name: "confirm"; secret: string; otpauthUri: string }
  | { name: "codes"; recoveryCodes: string[] };

interface TotpEnrolmentProps {
  startLabel: string;
  continueLabel: string;
  /** After the recovery codes were shown and the user goes on. */
  onDone: () => void;
}

/**
 * Setting up the second factor: a new secret (started by a click, not on opening the page, so
 * that a reload or a second tab never silently replaces the secret being typed in), a code from
 * the app to confirm it, then the recovery codes, once. Secret and codes live in this
 * component's state only, never in the Apollo cache.
 */
export function TotpEnrolment({ startLabel, continueLabel, onDone }: TotpEnrolmentProps) {
  const [start, { loading }] = useMutation(StartMutation, { fetchPolicy: "no-cache" });
  const [step, setStep] = useState<Step>({ name: "start" });
  const [problem, setProblem] = useState<string | null>(null);

  async function handleStart() {
    setProblem(null);
    try {
      const { data } = await start();
      if (data) setStep({ name: "confirm", ...data.startTotpEnrolment });
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  if (step.name === "codes") return <RecoveryCodes codes={step.recoveryCodes} continueLabel={continueLabel} onContinue={onDone} />;
  if (step.name === "confirm") {
    return (
      <ConfirmTotpForm
        secret={step.secret}
        otpauthUri={step.otpauthUri}
        onConfirmed={(recoveryCodes) => setStep({ name: "codes", recoveryCodes })}
      />
    );
  }
  return (
    <>
      {problem && <Alert type="error">{problem}</Alert>}
      <Paragraph>
        U heeft een authenticator-app op uw telefoon nodig. Het portaal maakt een sleutel die u in die app invoert; daarna
        toont de app elke 30 seconden een nieuwe code van zes cijfers.
      </Paragraph>
      <Button appearance="primary-action-button" onClick={handleStart} busy={loading} disabled={loading}>
        {startLabel}
      </Button>
    </>
  );
}
