import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isNetworkError } from "../../app/errors";
import { Frame } from "../../app/Frame";
import { usePageTitle } from "../../app/usePageTitle";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";

const LoginMutation = graphql(`
  mutation LoginPage_Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Shown instead of the portal whenever the server says there is no session. */
export function LoginPage() {
  usePageTitle("Inloggen");
  const client = useApolloClient();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  // Accounts with a second factor get the code field once the server asks for it.
  const [askTotp, setAskTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({
        variables: { input: { email: email.trim(), password, totp: askTotp ? totp.trim() : null } },
      });
      const payload = data?.login;
      if (payload?.user) {
        navigate("/", { replace: true });
        // Forget anything cached before and ask `me` again: App then shows the portal.
        await client.resetStore();
        return;
      }
      const errors = payload?.userErrors ?? [];
      if (errors.some((e) => e.field === "totp" || e.field === "input.totp")) setAskTotp(true);
      setError(errors.map((e) => e.message).join(" ") || "Inloggen is niet gelukt.");
    } catch (e) {
      setError(
        isNetworkError(e)
          ? "De verbinding met de server is mislukt. Probeer het opnieuw."
          : "Inloggen is niet gelukt door een fout op de server. Probeer het later opnieuw.",
      );
    }
  }

  return (
    <Frame>
      <Heading1>Inloggen</Heading1>
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij het VIV-portaal.</Paragraph>
      {error && (
        <Alert type="error" id="login-error">
          {error}
        </Alert>
      )}
      <form onSubmit={handleSubmit} noValidate className="viv-form">
        <Field id="login-email" label="E-mailadres">
          <Textbox
            id="login-email"
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={error ? "login-error" : undefined}
            required
          />
        </Field>
        <Field id="login-password" label="Wachtwoord">
          <Textbox
            id="login-password"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </Field>
        {askTotp && (
          <Field id="login-totp" label="Code uit uw authenticator-app" description="De zes cijfers die de app nu toont.">
            <Textbox
              id="login-totp"
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
              aria-describedby={describedBy("login-totp", { description: true })}
            />
          </Field>
        )}
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          Inloggen
        </Button>
      </form>
    </Frame>
  );
}
