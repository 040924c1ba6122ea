import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { graphql } from "../../gql";
import { ApiTokenRow } from "./ApiTokenRow";
import { CreateApiTokenForm } from "./CreateApiTokenForm";

const ApiTokensQuery = graphql(`
  query ApiTokensPage_ApiTokens {
    apiTokens {
      id
      ...ApiTokenRow_apiToken
    }
  }
`);

/** Tokens with which the provider's own systems use the API instead of a person's login. */
export function ApiTokensPage() {
  usePageTitle("API-tokens");
  const { data, error, loading } = useQuery(ApiTokensQuery);
  const tokens = data?.apiTokens;

  return (
    <>
      <Heading1>API-tokens</Heading1>
      <Paragraph>
        Met een API-token registreert een systeem van uw organisatie, zoals een planningssysteem, inzetten en uren via de
        API. Alles wat een systeem met een token doet, wordt vastgelegd zoals bij een medewerker.
      </Paragraph>
      <CreateApiTokenForm />
      <section aria-labelledby="tokens-title" className="viv-section">
        <Heading2 id="tokens-title">Tokens van uw organisatie</Heading2>
        {error && <Alert type="error">De tokens konden niet worden geladen. Probeer het later opnieuw.</Alert>}
        {loading && !tokens && <Paragraph aria-live="polite">De tokens worden geladen…</Paragraph>}
        {tokens && tokens.length === 0 && <Paragraph>Uw organisatie heeft nog geen tokens.</Paragraph>}
        {tokens && tokens.length > 0 && (
          <div className="viv-table-scroll">
            <Table aria-labelledby="tokens-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatst gebruikt</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="viv-visually-hidden">Acties</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tokens.map((token) => (
                  <ApiTokenRow key={token.id} apiToken={token} />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
