import "./audit.css";
import { useMutation } from "@apollo/client/react";
import { Button } from "@utrecht/component-library-react";
import { useId, useState } from "react";
import { writeFailureMessage } from "../../app/errors";
import { graphql } from "../../gql";

const RevealMutation = graphql(`
  mutation RevealBsn_Reveal($residentId: ID!) {
    revealResidentBsn(residentId: $residentId) {
      bsn
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface RevealBsnProps {
  residentId: string;
  bsnMasked: string;
}

/**
 * The masked BSN, and a button that shows the full one. Each reveal is a request the server
 * records in the audit trail (resident.reveal). The full BSN lives in this component's state
 * only: not in the Apollo cache (no-cache), not in the URL, gone when the page is left.
 */
export function RevealBsn({ residentId, bsnMasked }: RevealBsnProps) {
  const noteId = useId();
  const [reveal, { loading }] = useMutation(RevealMutation, { fetchPolicy: "no-cache" });
  const [bsn, setBsn] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function toggle() {
    setProblem(null);
    if (bsn) return setBsn(null);
    try {
      const { data } = await reveal({ variables: { residentId } });
      const payload = data?.revealResidentBsn;
      if (payload?.bsn) setBsn(payload.bsn);
      else setProblem(payload?.userErrors.map((e) => e.message).join(" ") || "Het BSN kon niet worden getoond.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <span className="viv-reveal">
      <span className="viv-reveal__value" data-testid="resident-bsn" aria-live="polite">
        {bsn ?? bsnMasked}
      </span>
      {/* One button that changes its words, so that the focus stays where it is. */}
      <Button appearance="secondary-action-button" onClick={toggle} busy={loading} aria-disabled={loading || undefined} aria-describedby={noteId}>
        {bsn ? "BSN verbergen" : "BSN tonen"}
      </Button>
      <span id={noteId} className="viv-reveal__note">
        Het tonen van het BSN wordt vastgelegd.
      </span>
      {problem && (
        <span role="alert" className="viv-reveal__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
