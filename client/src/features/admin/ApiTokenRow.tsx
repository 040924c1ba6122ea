import { useMutation } from "@apollo/client/react";
import { StatusBadge, TableCell, TableRow } from "@utrecht/component-library-react";
import { ConfirmedAction } from "../../components/ConfirmedAction";
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
  const [revoke] = useMutation(RevokeMutation);
  const revokeToken = async () => {
    const errors = (await revoke({ variables: { id: token.id } })).data?.revokeApiToken.userErrors ?? [];
    return errors.length ? errors.map((e) => e.message).join(" ") : null;
  };

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
        {!token.revokedAt && (
          <ConfirmedAction
            label={
              <>
                Intrekken<span className="viv-visually-hidden"> {token.name}</span>
              </>
            }
            question={`Weet u zeker dat u het token „${token.name}” wilt intrekken? Het systeem dat het gebruikt, krijgt daarna geen toegang meer. Dit kan niet ongedaan worden gemaakt.`}
            confirmLabel="Ja, intrekken"
            onConfirm={revokeToken}
          />
        )}
      </TableCell>
    </TableRow>
  );
}
