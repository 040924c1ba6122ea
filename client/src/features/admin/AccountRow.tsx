import "./admin.css";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, ButtonGroup, Paragraph, StatusBadge, TableCell, TableRow } from "@utrecht/component-library-react";
import { ROLE_LABELS } from "@shared/roles";
import { useEffect, useRef, useState } from "react";
import { writeFailureMessage } from "../../app/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

const AccountFragment = graphql(`
  fragment AccountRow_account on Account {
    id
    email
    role
    active
    secondFactor
  }
`);

const DeactivateMutation = graphql(`
  mutation AccountRow_Deactivate($userId: ID!) {
    deactivateUser(userId: $userId) {
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

/** One account, and switching it off after a confirmation (the server also ends its sessions). */
export function AccountRow(props: { account: FragmentType<typeof AccountFragment> }) {
  const account = getFragmentData(AccountFragment, props.account);
  // The answer's account has the same id: the cache updates this row by itself.
  const [deactivate, { loading }] = useMutation(DeactivateMutation);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    // Back to where the user was; the button is rendered again on the next frame.
    requestAnimationFrame(() => trigger.current?.focus());
  }

  async function confirm() {
    setProblem(null);
    try {
      const { data } = await deactivate({ variables: { userId: account.id } });
      const errors = data?.deactivateUser.userErrors ?? [];
      if (errors.length) setProblem(errors.map((e) => e.message).join(" "));
      setConfirming(false);
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <TableRow>
      <TableCell>{account.email}</TableCell>
      <TableCell>{ROLE_LABELS[account.role]}</TableCell>
      <TableCell>
        <StatusBadge status={account.active ? "active" : "inactive"}>{account.active ? "Actief" : "Uitgeschakeld"}</StatusBadge>
      </TableCell>
      <TableCell>{account.secondFactor ? "Ingesteld" : "Niet ingesteld"}</TableCell>
      <TableCell>
        {problem && <Alert type="error">{problem}</Alert>}
        {account.active && !confirming && (
          <Button ref={trigger} appearance="secondary-action-button" onClick={() => setConfirming(true)}>
            Uitschakelen<span className="viv-visually-hidden"> {account.email}</span>
          </Button>
        )}
        {account.active && confirming && (
          <div className="viv-confirm">
            <Paragraph ref={question} tabIndex={-1}>
              Weet u zeker dat u het account van {account.email} wilt uitschakelen? Deze persoon wordt direct overal
              uitgelogd en kan daarna niet meer inloggen.
            </Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" hint="danger" onClick={confirm} busy={loading} aria-disabled={loading || undefined}>
                Ja, uitschakelen
              </Button>
              <Button appearance="secondary-action-button" onClick={cancel}>
                Annuleren
              </Button>
            </ButtonGroup>
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
