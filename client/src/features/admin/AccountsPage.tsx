import { useQuery } from "@apollo/client/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { ListStates } from "../../components/ListStates";
import { graphql } from "../../gql";
import { AccountRow } from "./AccountRow";
import { CreateUserForm } from "./CreateUserForm";

const AccountsQuery = graphql(`
  query AccountsPage_Accounts {
    accounts {
      id
      ...AccountRow_account
    }
  }
`);

/** The accounts of the admin's own organisation. */
export function AccountsPage() {
  usePageTitle("Accounts");
  const { data, error, loading } = useQuery(AccountsQuery);
  const accounts = data?.accounts;

  return (
    <>
      <Heading1>Accounts</Heading1>
      <Paragraph>De mensen van uw organisatie die het portaal gebruiken.</Paragraph>
      <CreateUserForm />
      <section aria-labelledby="accounts-title" className="viv-section">
        <Heading2 id="accounts-title">Alle accounts</Heading2>
        <ListStates
          error={error && "De accounts konden niet worden geladen. Probeer het later opnieuw."}
          loading={loading && !accounts && "De accounts worden geladen…"}
        />
        {accounts && (
          <DataTable aria-labelledby="accounts-title" columns={["E-mailadres", "Rol", "Status", "Tweede factor", { label: "Acties", hidden: true }]}>
            {accounts.map((account) => (
              <AccountRow key={account.id} account={account} />
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
