import { Alert, Button, Heading2, OrderedList, OrderedListItem, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";

interface RecoveryCodesProps {
  codes: readonly string[];
  continueLabel: string;
  onContinue: () => void;
}

/** The ten one-time recovery codes, shown this once: the server keeps only their hashes. */
export function RecoveryCodes({ codes, continueLabel, onContinue }: RecoveryCodesProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="recovery-codes-title" className="viv-enrolment">
      <Alert type="ok">
        <Paragraph>De tweede factor is ingesteld. Voortaan vraagt het portaal bij het inloggen om een code uit uw app.</Paragraph>
      </Alert>
      <Heading2 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        Uw herstelcodes
      </Heading2>
      <Alert type="warning">
        <Paragraph>
          Bewaar deze {codes.length} herstelcodes nu op een veilige plek, bijvoorbeeld in een wachtwoordkluis of op papier
          in een afgesloten la. U ziet ze maar één keer.
        </Paragraph>
        <Paragraph>
          Heeft u uw telefoon niet bij de hand, dan logt u in met een herstelcode in plaats van de code uit de app. Elke
          herstelcode werkt één keer.
        </Paragraph>
      </Alert>
      <OrderedList className="viv-recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <OrderedListItem key={code}>
            <code className="viv-secret">{code}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <Button appearance="primary-action-button" onClick={onContinue}>
        {continueLabel}
      </Button>
    </section>
  );
}
