import { useMutation } from "@apollo/client/react";
import { Alert, Button, ButtonGroup, Paragraph, StatusBadge, TableCell, TableRow } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { writeFailureMessage } from "../../app/errors";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDutchDateTime } from "./format";

const ApiTokenFragment = graphql(`
  fragment ApiTokenRow_apiToken on ApiToken {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
`);

const RevokeMutation = graphql(`
  mutation ApiTokenRow_Revoke($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken {
        ...ApiTokenRow_apiToken
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** One token of a provider system, and revoking it after a confirmation. */
export function ApiTokenRow(props: { apiToken: FragmentType<typeof ApiTokenFragment> }) {
  const token = getFragmentData(ApiTokenFragment, props.apiToken);
  const [revoke, { loading }] = useMutation(RevokeMutation);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  async function confirm() {
    setProblem(null);
    try {
      const { data } = await revoke({ variables: { id: token.id } });
      const errors = data?.revokeApiToken.userErrors ?? [];
      if (errors.length) setProblem(errors.map((e) => e.message).join(" "));
      setConfirming(false);
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <TableRow>
      <TableCell>{token.name}</TableCell>
      <TableCell>{formatDutchDateTime(token.createdAt)}</TableCell>
      <TableCell>{token.lastUsedAt ? formatDutchDateTime(token.lastUsedAt) : "Nog niet gebruikt"}</TableCell>
      <TableCell>
        {token.revokedAt ? (
          <>
            <StatusBadge status="inactive">Ingetrokken</StatusBadge> op {formatDutchDateTime(token.revokedAt)}
          </>
        ) : (
          <StatusBadge status="active">Actief</StatusBadge>
        )}
      </TableCell>
      <TableCell>
        {problem && <Alert type="error">{problem}</Alert>}
        {!token.revokedAt && !confirming && (
          <Button ref={trigger} appearance="secondary-action-button" onClick={() => setConfirming(true)}>
            Intrekken<span className="viv-visually-hidden"> {token.name}</span>
          </Button>
        )}
        {!token.revokedAt && confirming && (
          <div className="viv-confirm">
            <Paragraph ref={question} tabIndex={-1}>
              Weet u zeker dat u het token „{token.name}” wilt intrekken? Het systeem dat het gebruikt, krijgt daarna
              geen toegang meer. Dit kan niet ongedaan worden gemaakt.
            </Paragraph>
            <ButtonGroup>
              <Button appearance="primary-action-button" hint="danger" onClick={confirm} busy={loading} aria-disabled={loading || undefined}>
                Ja, intrekken
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => trigger.current?.focus());
                }}
              >
                Annuleren
              </Button>
            </ButtonGroup>
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}
