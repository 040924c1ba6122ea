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
import { useState } from "react";
import { useSearchParams } from "wouter";
import { isForbidden } from "../../app/errors";
import { useSession } from "../../app/session";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import type { DeploymentStatus } from "../../gql/graphql";
import { DeploymentFilters, matchesBsnSearch, type DeploymentFilterValues } from "./DeploymentFilters";
import { DeploymentRow } from "./DeploymentRow";
import { STATUS_LABELS } from "./labels";

const PAGE_SIZE = 100;

const DeploymentsQuery = graphql(`
  query DeploymentsPage_Deployments($first: Int!, $filter: DeploymentFilter) {
    deployments(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          resident {
            id
            bsnMasked
          }
          ...DeploymentRow_deployment
        }
      }
    }
  }
`);

/** The filters that may be in the URL (?gemeente=&voorziening=&status=); never a BSN. */
function readFilters(params: URLSearchParams): DeploymentFilterValues {
  const status = params.get("status") ?? "";
  return {
    municipalityCode: params.get("gemeente") ?? "",
    voorzieningCode: params.get("voorziening") ?? "",
    status: status in STATUS_LABELS ? (status as DeploymentStatus) : "",
  };
}

function writeFilters(values: DeploymentFilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  if (values.municipalityCode) params.gemeente = values.municipalityCode;
  if (values.voorzieningCode) params.voorziening = values.voorzieningCode;
  if (values.status) params.status = values.status;
  return params;
}

export function DeploymentsPage() {
  const { role } = useSession();
  const isProvider = PROVIDER_ROLES.includes(role);
  const title = isProvider ? "Mijn inzetten" : "Inzetten";
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [bsnSearch, setBsnSearch] = useState("");
  const filter = {
    municipalityCode: filters.municipalityCode || null,
    voorzieningCode: filters.voorzieningCode || null,
    status: filters.status || null,
  };
  const { data, previousData, error, loading } = useQuery(DeploymentsQuery, { variables: { first: PAGE_SIZE, filter } });
  // While a new filter loads, keep the old list on screen rather than an empty page.
  const connection = (data ?? previousData)?.deployments;
  const filtered = Boolean(filter.municipalityCode || filter.voorzieningCode || filter.status || bsnSearch.trim());
  const shown = connection?.edges.filter(({ node }) => matchesBsnSearch(node.resident.bsnMasked, bsnSearch)) ?? [];

  return (
    <>
      <Heading1>{title}</Heading1>
      <DeploymentFilters
        values={filters}
        onChange={(patch) => setParams(writeFilters({ ...filters, ...patch }), { replace: true })}
        bsnSearch={bsnSearch}
        onBsnSearch={setBsnSearch}
      />
      {error && (
        <Alert type="error">
          {isForbidden(error)
            ? "U heeft geen toegang tot de inzetten."
            : "De inzetten konden niet worden geladen. Probeer het later opnieuw."}
        </Alert>
      )}
      {loading && !connection && <Paragraph aria-live="polite">De inzetten worden geladen…</Paragraph>}
      <div aria-live="polite" className="viv-result-count">
        {connection && !loading && (
          <Paragraph>{countSentence(shown.length, connection.totalCount, connection.pageInfo.hasNextPage, filtered, bsnSearch)}</Paragraph>
        )}
      </div>
      {connection && connection.totalCount === 0 && !filtered && isProvider && (
        <Paragraph>
          Registreer een inzet via <RouterLink to="/inzetten/nieuw">Nieuwe inzet</RouterLink>.
        </Paragraph>
      )}
      {shown.length > 0 && (
        <div className="viv-table-scroll">
          <Table aria-busy={loading || undefined}>
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
              {shown.map(({ node }) => (
                <DeploymentRow key={node.id} deployment={node} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

function countSentence(shown: number, total: number, partial: boolean, filtered: boolean, bsnSearch: string): string {
  if (total === 0) return filtered ? "Geen inzetten gevonden die bij de filters passen." : "Er zijn nog geen inzetten.";
  if (shown === 0) return "Geen inzetten gevonden met deze laatste cijfers van het BSN.";
  const noun = shown === 1 ? "inzet" : "inzetten";
  if (!partial) return bsnSearch.trim() ? `${shown} ${noun} gevonden.` : `${total} ${shown === 1 ? "inzet" : "inzetten"}.`;
  // The BSN search runs in the browser, so it only sees the deployments loaded.
  return bsnSearch.trim()
    ? `${shown} ${noun} gevonden in de eerste ${PAGE_SIZE} van ${total}. Gebruik de filters om verder te zoeken.`
    : `U ziet de eerste ${PAGE_SIZE} van ${total} inzetten. Gebruik de filters om de lijst kleiner te maken.`;
}
