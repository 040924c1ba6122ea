import "./admin.css";
import { useMutation } from "@apollo/client/react";
import { StatusBadge, TableCell, TableRow } from "@utrecht/component-library-react";
import { ROLE_LABELS } from "@shared/roles";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ResetSecondFactor } from "./ResetSecondFactor";

const AccountFragment = graphql(`
  fragment AccountRow_account on Account {
    id
    email
    role
    active
    secondFactor
  }
`);

const DeactivateMutation = graphql(`
  mutation AccountRow_Deactivate($userId: ID!) {
    deactivateUser(userId: $userId) {
      account {
        ...AccountRow_account
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** One account, and switching it off after a confirmation (the server also ends its sessions). */
export function AccountRow(props: { account: FragmentType<typeof AccountFragment> }) {
  const account = getFragmentData(AccountFragment, props.account);
  // The answer's account has the same id: the cache updates this row by itself.
  const [deactivate] = useMutation(DeactivateMutation);
  const switchOff = async () => {
    const errors = (await deactivate({ variables: { userId: account.id } })).data?.deactivateUser.userErrors ?? [];
    return errors.length ? errors.map((e) => e.message).join(" ") : null;
  };

  return (
    <TableRow>
      <TableCell>{account.email}</TableCell>
      <TableCell>{ROLE_LABELS[account.role]}</TableCell>
      <TableCell>
        <StatusBadge status={account.active ? "active" : "inactive"}>{account.active ? "Actief" : "Uitgeschakeld"}</StatusBadge>
      </TableCell>
      <TableCell>
        {account.secondFactor ? "Ingesteld" : "Niet ingesteld"}
        {account.secondFactor && account.active && <ResetSecondFactor userId={account.id} email={account.email} />}
      </TableCell>
      <TableCell>
        {account.active && (
          <ConfirmedAction
            label={
              <>
                Uitschakelen<span className="viv-visually-hidden"> {account.email}</span>
              </>
            }
            question={`Weet u zeker dat u het account van ${account.email} wilt uitschakelen? Deze persoon wordt direct overal uitgelogd en kan daarna niet meer inloggen.`}
            confirmLabel="Ja, uitschakelen"
            onConfirm={switchOff}
          />
        )}
      </TableCell>
    </TableRow>
  );
}
