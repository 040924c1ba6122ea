import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { writeFailureMessage } from "../app/errors";

interface ConfirmedActionProps {
  /** The button that asks first, e.g. "Intrekken". */
  label: ReactNode;
  /** What the user is asked to confirm, in a sentence. */
  question: ReactNode;
  confirmLabel: string;
  /** Does the action; answers the server's refusal in words, or null when it is done. */
  onConfirm: () => Promise<string | null>;
}

/**
 * A destructive action behind a question: the button, then the question with "Ja, ..." and
 * "Annuleren". The focus goes to the question, and back to the button on cancel.
 */
export function ConfirmedAction({ label, question, confirmLabel, onConfirm }: ConfirmedActionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    // Back to where the user was; the button is rendered again on the next frame.
    requestAnimationFrame(() => trigger.current?.focus());
  }

  async function confirm() {
    setProblem(null);
    setBusy(true);
    try {
      setProblem(await onConfirm());
      setConfirming(false);
    } catch (e) {
      setProblem(writeFailureMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {problem && <Alert type="error">{problem}</Alert>}
      {confirming ? (
        <div className="viv-confirm">
          <Paragraph ref={questionRef} tabIndex={-1}>
            {question}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" onClick={confirm} busy={busy} aria-disabled={busy || undefined}>
              {confirmLabel}
            </Button>
            <Button appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button ref={trigger} appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
    </>
  );
}
