import { useQuery } from "@apollo/client/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { isForbidden } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { ListStates } from "../../components/ListStates";
import { graphql } from "../../gql";
import { ApprovalRow } from "./ApprovalRow";
import "./municipality.css";
import { useMunicipality } from "./useMunicipality";

const PendingApprovalsQuery = graphql(`
  query ApprovalsPage_Pending($municipalityCode: String!) {
    pendingApprovals(municipalityCode: $municipalityCode) {
      deployment {
        id
      }
      ...ApprovalRow_approval
    }
  }
`);

/** Goedkeuringen: deployments that wait for the municipality (APPROVAL_REQUIRED), oldest first. */
export function ApprovalsPage() {
  usePageTitle("Goedkeuringen");
  const municipality = useMunicipality();
  const municipalityCode = municipality.code ?? "";
  const { data, error, loading } = useQuery(PendingApprovalsQuery, {
    variables: { municipalityCode },
    skip: !municipalityCode,
    fetchPolicy: "cache-and-network",
  });
  const pending = data?.pendingApprovals;
  const [status, setStatus] = useState<{ message: string; n: number } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The decided row is gone; the focus goes to what happened instead of to the page's top.
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  return (
    <>
      <Heading1>Goedkeuringen</Heading1>
      <Paragraph>
        Een tweede kortdurende begeleiding voor dezelfde inwoner, of een inzet terwijl maatwerkbegeleiding loopt, wacht op de goedkeuring
        van de gemeente. Tot dan kan de dienstverlener er geen uren op schrijven.
      </Paragraph>
      <div aria-live="polite">
        {status && (
          <Alert type="ok">
            <p ref={statusRef} tabIndex={-1} className="viv-status">
              {status.message}
            </p>
          </Alert>
        )}
      </div>
      <ListStates
        error={error && (isForbidden(error) ? "U heeft geen toegang tot de goedkeuringen." : "De goedkeuringen konden niet worden geladen. Probeer het later opnieuw.")}
        loading={(loading || municipality.loading) && !pending && "De goedkeuringen worden geladen…"}
        empty={pending?.length === 0 && "Er wachten geen inzetten op goedkeuring."}
      />
      {pending && pending.length > 0 && (
        <DataTable
          className="viv-municipality-table"
          caption="Inzetten die wachten op goedkeuring"
          hiddenCaption
          columns={["Dienstverlener", "Voorziening", "BSN inwoner", "Startdatum", "Aangevraagd op", "Reden", "Besluit"]}
        >
          {pending.map((p) => (
            <ApprovalRow key={p.deployment.id} approval={p} onDecided={(message) => setStatus((s) => ({ message, n: (s?.n ?? 0) + 1 }))} />
          ))}
        </DataTable>
      )}
    </>
  );
}
