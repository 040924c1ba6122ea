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
        {error && <Alert type="error">De accounts konden niet worden geladen. Probeer het later opnieuw.</Alert>}
        {loading && !accounts && <Paragraph aria-live="polite">De accounts worden geladen…</Paragraph>}
        {accounts && (
          <div className="viv-table-scroll">
            <Table aria-labelledby="accounts-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
                  <TableHeaderCell scope="col">Rol</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Tweede factor</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="viv-visually-hidden">Acties</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {accounts.map((account) => (
                  <AccountRow key={account.id} account={account} />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
