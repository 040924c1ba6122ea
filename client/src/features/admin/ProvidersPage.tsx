import { useQuery } from "@apollo/client/react";
import { Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { todayInNetherlands } from "@shared/dates";
import { usePageTitle } from "../../app/usePageTitle";
import { graphql } from "../../gql";
import { formatPeriod } from "../deployments/labels";
import { CreateContractForm } from "./CreateContractForm";
import { CreateProviderForm } from "./CreateProviderForm";

const ProvidersQuery = graphql(`
  query ProvidersPage_Providers {
    providers {
      id
      name
      contracts {
        id
        validFrom
        validTo
      }
    }
  }
`);

/** The municipality's providers and their contracts; a new provider with its first admin, or a contract with one that exists. */
export function ProvidersPage() {
  usePageTitle("Dienstverleners");
  const { data, loading } = useQuery(ProvidersQuery, { fetchPolicy: "cache-and-network" });
  const providers = data?.providers ?? [];
  const today = todayInNetherlands();
  const contracted = providers.filter((p) => p.contracts.length > 0);
  return (
    <>
      <Heading1>Dienstverleners</Heading1>
      <Paragraph>Dienstverleners met een contract met uw gemeente kunnen vrij inzetbare voorzieningen registreren.</Paragraph>
      <section aria-labelledby="providers-contracted" className="viv-section">
        <Heading2 id="providers-contracted">Dienstverleners met een contract</Heading2>
        {loading && !data && <Paragraph aria-live="polite">De dienstverleners worden geladen…</Paragraph>}
        {data && contracted.length === 0 && <Paragraph>Er is nog geen dienstverlener met een contract met uw gemeente.</Paragraph>}
        {contracted.length > 0 && (
          <Table className="viv-providers">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Dienstverlener</TableHeaderCell>
                <TableHeaderCell scope="col">Contracten</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {contracted.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>
                    {p.contracts.map((c) => (
                      <span key={c.id} className="viv-providers__contract">
                        {capitalise(formatPeriod(c.validFrom, c.validTo))}
                        {c.validTo != null && c.validTo < today ? " (afgelopen)" : c.validFrom > today ? " (nog niet ingegaan)" : ""}.
                      </span>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <CreateProviderForm />
      <CreateContractForm providers={providers} />
    </>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
