import { useApolloClient, useMutation } from "@apollo/client/react";
import { Button, NavBar, NavList } from "@utrecht/component-library-react";
import { PROVIDER_ROLES, ROLE_LABELS } from "@shared/roles";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { Frame } from "../../app/Frame";
import { NavItem } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

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
  const navigate = useNavigate();
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
      <Button appearance="secondary-action-button" onClick={handleLogout} busy={loading} disabled={loading}>
        Uitloggen
      </Button>
    </div>
  );

  // Finance has no screens with deployments (it never sees a resident), so no menu yet.
  const nav =
    user.role === "FINANCE" ? undefined : (
      <NavBar aria-label="Hoofdmenu">
        <NavList>
          <NavItem to="/">{isProvider ? "Mijn inzetten" : "Inzetten"}</NavItem>
          {isProvider && <NavItem to="/uren">Urenweek</NavItem>}
          {isProvider && <NavItem to="/inzetten/nieuw">Nieuwe inzet</NavItem>}
        </NavList>
      </NavBar>
    );

  return (
    <Frame headerEnd={headerEnd} nav={nav}>
      {children}
    </Frame>
  );
}
