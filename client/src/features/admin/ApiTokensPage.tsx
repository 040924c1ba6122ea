import { useQuery } from "@apollo/client/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { ListStates } from "../../components/ListStates";
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
        <ListStates
          error={error && "De tokens konden niet worden geladen. Probeer het later opnieuw."}
          loading={loading && !tokens && "De tokens worden geladen…"}
          empty={tokens?.length === 0 && "Uw organisatie heeft nog geen tokens."}
        />
        {tokens && tokens.length > 0 && (
          <DataTable aria-labelledby="tokens-title" columns={["Naam", "Aangemaakt", "Laatst gebruikt", "Status", { label: "Acties", hidden: true }]}>
            {tokens.map((token) => (
              <ApiTokenRow key={token.id} apiToken={token} />
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
