import { useApolloClient, useMutation } from "@apollo/client/react";
import { Button } from "@utrecht/component-library-react";
import { useLocation } from "wouter";
import { SESSION_QUERY_NAME } from "../../app/apollo";
import { graphql } from "../../gql";

const LogoutMutation = graphql(`
  mutation LogoutButton_Logout($everywhere: Boolean!) {
    logout(everywhere: $everywhere) {
      ok
    }
  }
`);

interface LogoutButtonProps {
  /** End every session of the account (other browsers, a lost laptop), not only this one. */
  everywhere?: boolean;
  children: string;
  appearance?: "primary-action-button" | "secondary-action-button";
  "aria-describedby"?: string;
}

/** Logs out, forgets everything cached, and lets App ask `me` again: that shows the login page. */
export function LogoutButton({ everywhere = false, children, appearance = "secondary-action-button", ...rest }: LogoutButtonProps) {
  const client = useApolloClient();
  const [, navigate] = useLocation();
  const [logout, { loading }] = useMutation(LogoutMutation);

  async function handleClick() {
    try {
      await logout({ variables: { everywhere } });
    } catch {
      // If the server did not hear us, asking `me` below shows that the session is still on.
    }
    // Nothing of this user may stay in memory for whoever uses the browser next.
    await client.clearStore();
    navigate("/");
    await client.refetchQueries({ include: [SESSION_QUERY_NAME] }).catch(() => undefined);
  }

  return (
    <Button appearance={appearance} onClick={handleClick} busy={loading} disabled={loading} aria-describedby={rest["aria-describedby"]}>
      {children}
    </Button>
  );
}
