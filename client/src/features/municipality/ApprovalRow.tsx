import { useMutation } from "@apollo/client/react";
import { Button, FormFieldErrorMessage, FormLabel, TableCell, TableRow, Textarea } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { useId, useState } from "react";
import { writeFailureMessage } from "../../app/errors";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ApprovalDecision } from "../../gql/graphql";
import { APPROVAL_REASON_LABELS } from "./labels";

const ApprovalRowFragment = graphql(`
  fragment ApprovalRow_approval on PendingApproval {
    reason
    requestedOn
    earlierStop {
      decidedOn
      motivation
    }
    deployment {
      id
      startDate
      provider {
        id
        name
      }
      voorziening {
        id
        name
      }
      resident {
        id
        bsnMasked
      }
    }
  }
`);

const DecideApprovalMutation = graphql(`
  mutation ApprovalRow_Decide($input: DecideDeploymentApprovalInput!) {
    decideDeploymentApproval(input: $input) {
      deployment {
        id
        approvalStatus
        approvalMotivation
        # The server's state after the decision, for a deployment page already in the cache.
        ...DeploymentState_deployment
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

interface ApprovalRowProps {
  approval: FragmentType<typeof ApprovalRowFragment>;
  /** Called with a sentence for the page's status once the decision is stored. */
  onDecided: (message: string) => void;
}

/** One deployment waiting for the municipality, with the motivation and the two decisions. */
export function ApprovalRow({ approval, onDecided }: ApprovalRowProps) {
  const a = getFragmentData(ApprovalRowFragment, approval);
  const d = a.deployment;
  const id = useId();
  const [motivation, setMotivation] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DecideApprovalMutation, {
    refetchQueries: ["ApprovalsPage_Pending"],
    awaitRefetchQueries: true,
  });
  const who = `${d.voorziening.name} voor inwoner ${d.resident.bsnMasked}`;

  async function submit(decision: ApprovalDecision) {
    if (!motivation.trim()) {
      setError("Geef een motivering bij het besluit.");
      document.getElementById(`${id}-motivation`)?.focus();
      return;
    }
    setError(null);
    try {
      const result = await decide({ variables: { input: { deploymentId: d.id, decision, motivation: motivation.trim() } } });
      const userErrors = result.data?.decideDeploymentApproval.userErrors ?? [];
      if (userErrors.length > 0) setError(userErrors.map((e) => e.message).join(" "));
      else onDecided(`U heeft de inzet ${who} van ${d.provider.name} ${decision === "APPROVE" ? "goedgekeurd" : "afgewezen"}.`);
    } catch (e) {
      setError(writeFailureMessage(e));
    }
  }

  const motivationId = `${id}-motivation`;
  return (
    <TableRow>
      <TableCell>{d.provider.name}</TableCell>
      <TableCell>
        <RouterLink to={`/inzetten/${d.id}`}>
          {d.voorziening.name}
          <span className="viv-visually-hidden"> voor inwoner {d.resident.bsnMasked}</span>
        </RouterLink>
      </TableCell>
      <TableCell>{d.resident.bsnMasked}</TableCell>
      <TableCell>{formatDutchDate(d.startDate)}</TableCell>
      <TableCell>{formatDutchDate(a.requestedOn)}</TableCell>
      <TableCell>
        {APPROVAL_REASON_LABELS[a.reason]}
        {a.earlierStop && (
          <>
            {" "}(gestopt op {formatDutchDate(a.earlierStop.decidedOn)}: {a.earlierStop.motivation})
          </>
        )}
      </TableCell>
      <TableCell>
        <form
          className="viv-approval-decision"
          method="post"
          aria-label={`Besluit over ${who}`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit("APPROVE");
          }}
        >
          <FormLabel htmlFor={motivationId}>
            Motivering<span className="viv-visually-hidden"> bij {who}</span>
          </FormLabel>
          {error && <FormFieldErrorMessage id={`${motivationId}-error`}>{error}</FormFieldErrorMessage>}
          <Textarea
            id={motivationId}
            rows={2}
            value={motivation}
            invalid={Boolean(error)}
            aria-describedby={error ? `${motivationId}-error` : undefined}
            onChange={(e) => setMotivation(e.target.value)}
          />
          <div className="viv-approval-decision__buttons">
            <Button type="submit" appearance="primary-action-button" disabled={loading}>
              Goedkeuren<span className="viv-visually-hidden"> {who}</span>
            </Button>
            <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => void submit("DECLINE")}>
              Afwijzen<span className="viv-visually-hidden"> {who}</span>
            </Button>
          </div>
        </form>
      </TableCell>
    </TableRow>
  );
}
