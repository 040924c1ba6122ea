import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { PROVIDER_ROLES } from "@shared/roles";
import { isForbidden } from "../../app/errors";
import { useSession } from "../../app/session";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import { DeploymentRow } from "./DeploymentRow";

const DeploymentsQuery = graphql(`
  query DeploymentsPage_Deployments {
    deployments(first: 50) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...DeploymentRow_deployment
        }
      }
    }
  }
`);

export function DeploymentsPage() {
  const { role } = useSession();
  const isProvider = PROVIDER_ROLES.includes(role);
  const title = isProvider ? "Mijn inzetten" : "Inzetten";
  usePageTitle(title);
  const { data, error, loading } = useQuery(DeploymentsQuery);
  const connection = data?.deployments;

  return (
    <>
      <Heading1>{title}</Heading1>
      {error && (
        <Alert type="error">
          {isForbidden(error)
            ? "U heeft geen toegang tot de inzetten."
            : "De inzetten konden niet worden geladen. Probeer het later opnieuw."}
        </Alert>
      )}
      {loading && !connection && <Paragraph aria-live="polite">De inzetten worden geladen…</Paragraph>}
      {connection && connection.edges.length === 0 && (
        <Paragraph>
          Er zijn nog geen inzetten.
          {isProvider && (
            <>
              {" "}
              Registreer een inzet via <RouterLink to="/inzetten/nieuw">Nieuwe inzet</RouterLink>.
            </>
          )}
        </Paragraph>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          {connection.pageInfo.hasNextPage && (
            <Paragraph>
              U ziet {connection.edges.length} van de {connection.totalCount} inzetten.
            </Paragraph>
          )}
          <div className="viv-table-scroll">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Voorziening</TableHeaderCell>
                  <TableHeaderCell scope="col">BSN inwoner</TableHeaderCell>
                  <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                  <TableHeaderCell scope="col">Startdatum</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Gebruik</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {connection.edges.map(({ node }) => (
                  <DeploymentRow key={node.id} deployment={node} />
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </>
  );
}
