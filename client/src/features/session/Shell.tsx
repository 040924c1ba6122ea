import { useApolloClient, useMutation } from "@apollo/client/react";
import { Button, NavBar, NavList } from "@utrecht/component-library-react";
import { PROVIDER_ROLES, ROLE_LABELS } from "@shared/roles";
import type { ReactNode } from "react";
import { useLocation } from "wouter";
import { Frame } from "../../app/Frame";
import { NavItem, RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { mayUse } from "../admin/access";
import { NoticeCount } from "../notices/NoticeCount";

const ShellUserFragment = graphql(`
  fragment Shell_user on User {
    id
    email
    role
    organisation {
      id
      name
    }
  }
`);

const ShellLogoutMutation = graphql(`
  mutation Shell_Logout {
    logout {
      ok
    }
  }
`);

interface ShellProps {
  user: FragmentType<typeof ShellUserFragment>;
  /** Asks the server again who is logged in; after logout that shows the login page. */
  onLoggedOut: () => void;
  children: ReactNode;
}

/** The logged-in frame: who is logged in, the main navigation and logout. */
export function Shell({ user: userRef, onLoggedOut, children }: ShellProps) {
  const user = getFragmentData(ShellUserFragment, userRef);
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [logout, { loading }] = useMutation(ShellLogoutMutation);
  const isProvider = PROVIDER_ROLES.includes(user.role);

  async function handleLogout() {
    try {
      await logout();
    } catch {
      // If the server did not hear us, asking `me` below shows that the session is still on.
    }
    // Nothing of this user may stay in memory for whoever uses the browser next.
    await client.clearStore();
    navigate("/");
    onLoggedOut();
  }

  const headerEnd = (
    <div className="viv-header__user">
      <p>
        <span className="viv-header__organisation">{user.organisation?.name ?? user.email}</span>
        <span className="viv-header__role">{ROLE_LABELS[user.role]}</span>
      </p>
      <NoticeCount />
      {/* In the header rather than the menu: every role has an account, also finance, which has no menu. */}
      <RouterLink to="/account" className="viv-header__account">
        Mijn account
      </RouterLink>
      <Button appearance="secondary-action-button" onClick={handleLogout} busy={loading} disabled={loading}>
        Uitloggen
      </Button>
    </div>
  );

  // Finance never sees a resident, so no deployments: only its own screen.
  const nav =
    user.role === "FINANCE" ? (
      <NavBar aria-label="Hoofdmenu">
        <NavList>
          <NavItem to="/financien">Financiën</NavItem>
          <NavItem to="/gemeente/jaaroverzicht">Jaaroverzicht</NavItem>
        </NavList>
      </NavBar>
    ) : (
      <NavBar aria-label="Hoofdmenu">
        <NavList>
          {user.role !== "MUNICIPALITY_ADMIN" && <NavItem to="/">{isProvider ? "Mijn inzetten" : "Inzetten"}</NavItem>}
          {isProvider && <NavItem to="/uren">Urenweek</NavItem>}
          {isProvider && <NavItem to="/uren/importeren">Uren importeren</NavItem>}
          {isProvider && <NavItem to="/inzetten/nieuw">Nieuwe inzet</NavItem>}
          {user.role === "MUNICIPALITY_OFFICER" && <NavItem to="/financien">Financiën</NavItem>}
          {user.role === "MUNICIPALITY_OFFICER" && <NavItem to="/gemeente/beoordelingen">Beoordelingen</NavItem>}
          {user.role === "MUNICIPALITY_OFFICER" && <NavItem to="/gemeente/goedkeuringen">Goedkeuringen</NavItem>}
          {user.role === "MUNICIPALITY_OFFICER" && <NavItem to="/gemeente/jaaroverzicht">Jaaroverzicht</NavItem>}
          {user.role === "MUNICIPALITY_OFFICER" && <NavItem to="/gemeente/indicaties">Indicaties</NavItem>}
          {mayUse(user.role, "audit") && <NavItem to="/audit">Audittrail</NavItem>}
          {mayUse(user.role, "accounts") && <NavItem to="/beheer/accounts">Accounts</NavItem>}
          {mayUse(user.role, "apiTokens") && <NavItem to="/beheer/api-tokens">API-tokens</NavItem>}
          {mayUse(user.role, "providers") && <NavItem to="/beheer/dienstverleners">Dienstverleners</NavItem>}
          {mayUse(user.role, "catalogue") && <NavItem to="/beheer/catalogus">Catalogus</NavItem>}
          {mayUse(user.role, "financeSettings") && <NavItem to="/beheer/financien">Tarieven en perioden</NavItem>}
        </NavList>
      </NavBar>
    );

  return (
    <Frame headerEnd={headerEnd} nav={nav}>
      {children}
    </Frame>
  );
}
