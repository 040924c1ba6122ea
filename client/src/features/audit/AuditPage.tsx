import "./audit.css";
import { useApolloClient } from "@apollo/client/react";
import {
  Alert,
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { isForbidden } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { graphql } from "../../gql";
import type { AuditFilterInput, AuditPage_EventsQuery } from "../../gql/graphql";
import { AuditEventRow } from "./AuditEventRow";
import { AuditSearchForm } from "./AuditSearchForm";

const PAGE_SIZE = 50;

const AuditEventsQuery = graphql(`
  query AuditPage_Events($filter: AuditFilterInput, $first: Int!, $before: ID) {
    auditEvents(filter: $filter, first: $first, before: $before) {
      id
      ...AuditEventRow_event
    }
  }
`);

type Event = AuditPage_EventsQuery["auditEvents"][number];
type Status = { name: "loading" } | { name: "done" } | { name: "error"; message: string };

/**
 * The municipality's audit trail, newest first, 50 at a time. The rows are held here, not in
 * the Apollo cache (no-cache): a trail of who looked at whom has no business in memory longer
 * than this page is open.
 */
export function AuditPage() {
  usePageTitle("Audittrail");
  const client = useApolloClient();
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const [events, setEvents] = useState<Event[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [status, setStatus] = useState<Status>({ name: "loading" });
  // Only the answer to the latest request may land on screen.
  const latest = useRef(0);

  const load = useCallback(
    async (searchFilter: AuditFilterInput, before: string | null) => {
      const request = ++latest.current;
      setStatus({ name: "loading" });
      try {
        const { data } = await client.query({
          query: AuditEventsQuery,
          variables: { filter: searchFilter, first: PAGE_SIZE, before },
          fetchPolicy: "no-cache",
        });
        if (request !== latest.current) return;
        const page = data?.auditEvents ?? [];
        setEvents((shown) => (before ? [...shown, ...page] : page));
        setHasMore(page.length === PAGE_SIZE);
        setStatus({ name: "done" });
      } catch (e) {
        if (request !== latest.current) return;
        setStatus({
          name: "error",
          message: isForbidden(e) ? "U heeft geen toegang tot het audittrail." : "Het audittrail kon niet worden geladen. Probeer het opnieuw.",
        });
      }
    },
    [client],
  );

  useEffect(() => {
    void load({}, null);
  }, [load]);

  function search(next: AuditFilterInput) {
    setFilter(next);
    setEvents([]);
    void load(next, null);
  }

  const loading = status.name === "loading";
  return (
    <>
      <Heading1>Audittrail</Heading1>
      <Paragraph>
        Wie wat deed in het portaal voor uw gemeente: inloggen, inzetten bekijken, een BSN tonen, accounts beheren. De
        nieuwste gebeurtenis staat bovenaan. Het audittrail kan niet worden gewijzigd.
      </Paragraph>
      <AuditSearchForm onSearch={search} />
      {status.name === "error" && <Alert type="error">{status.message}</Alert>}
      <div aria-live="polite" className="viv-result-count">
        <Paragraph>{countSentence(status, events.length, hasMore)}</Paragraph>
      </div>
      {events.length > 0 && (
        <div className="viv-table-scroll">
          <Table className="viv-audit" aria-busy={loading || undefined} aria-label="Gebeurtenissen in het audittrail">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
                <TableHeaderCell scope="col">Actie</TableHeaderCell>
                <TableHeaderCell scope="col">Object</TableHeaderCell>
                <TableHeaderCell scope="col">Wie</TableHeaderCell>
                <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
                <TableHeaderCell scope="col">Herkomst (IP-adres)</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.map((event) => (
                <AuditEventRow key={event.id} event={event} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {hasMore && (
        <Button
          appearance="secondary-action-button"
          className="viv-more"
          busy={loading}
          aria-disabled={loading || undefined}
          onClick={() => !loading && void load(filter, events[events.length - 1]?.id ?? null)}
        >
          Meer laden
        </Button>
      )}
    </>
  );
}

function countSentence(status: Status, shown: number, hasMore: boolean): string {
  if (status.name === "loading") return shown === 0 ? "Het audittrail wordt geladen…" : "Meer gebeurtenissen worden geladen…";
  if (status.name === "error") return "";
  if (shown === 0) return "Geen gebeurtenissen gevonden.";
  const noun = shown === 1 ? "gebeurtenis" : "gebeurtenissen";
  return hasMore ? `U ziet de nieuwste ${shown} ${noun}. Kies Meer laden voor oudere.` : `${shown} ${noun} gevonden.`;
}
