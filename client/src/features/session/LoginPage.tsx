import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocation } from "wouter";
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
  const [, navigate] = useLocation();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  // Accounts with a second factor get the code field once the server asks for it.
  const [askTotp, setAskTotp] = useState(false);
  // TOTP_REQUIRED is a step, not a mistake: it is shown as information, the rest as an error.
  const [message, setMessage] = useState<{ type: "info" | "error"; text: string } | null>(null);
  const [totpInvalid, setTotpInvalid] = useState(false);
  const totpField = useRef<HTMLInputElement>(null);
  const error = message?.text ?? null;
  const goToTotp = askTotp && (message?.type === "info" || totpInvalid);

  // The code field appears, or its code was refused: that is where the user goes on.
  useEffect(() => {
    if (goToTotp) totpField.current?.focus();
  }, [goToTotp, message]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setMessage(null);
    setTotpInvalid(false);
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
      const text = errors.map((e) => e.message).join(" ") || "Inloggen is niet gelukt.";
      const onTotp = errors.some((e) => e.code === "TOTP_REQUIRED" || e.field === "totp" || e.field === "input.totp");
      if (onTotp) setAskTotp(true);
      // A wrong code is the code's fault; TOO_MANY_ATTEMPTS and a wrong password are not.
      setTotpInvalid(errors.some((e) => e.code === "INVALID_CREDENTIALS" && (e.field === "totp" || e.field === "input.totp")));
      const onlyAsksCode = errors.length > 0 && errors.every((e) => e.code === "TOTP_REQUIRED");
      setMessage({ type: onlyAsksCode ? "info" : "error", text });
    } catch (e) {
      setMessage({
        type: "error",
        text: isNetworkError(e)
          ? "De verbinding met de server is mislukt. Probeer het opnieuw."
          : "Inloggen is niet gelukt door een fout op de server. Probeer het later opnieuw.",
      });
    }
  }

  return (
    <Frame>
      <Heading1>Inloggen</Heading1>
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij het VIV-portaal.</Paragraph>
      {message && (
        <Alert type={message.type} id="login-error">
          {message.text}
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
          <Field
            id="login-totp"
            label="Code uit uw authenticator-app"
            description="De zes cijfers die de app nu toont. Heeft u uw telefoon niet bij de hand, vul dan een van uw herstelcodes in (zoals K7QM-3XPA)."
          >
            <Textbox
              id="login-totp"
              ref={totpField}
              name="totp"
              // Not numeric: a recovery code has letters.
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              className="viv-code-input"
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
              invalid={totpInvalid}
              aria-invalid={totpInvalid || undefined}
              aria-describedby={[describedBy("login-totp", { description: true }), error ? "login-error" : null].filter(Boolean).join(" ")}
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
