import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { ShownOnce } from "./ShownOnce";
import { sortUserErrors } from "./userErrors";

const CreateApiTokenMutation = graphql(`
  mutation CreateApiTokenForm_Create($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        ...ApiTokenRow_apiToken
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A new token for a provider system; the token itself is in this component's state only. */
export function CreateApiTokenForm() {
  // no-cache: the token must not stay in the cache; the list is asked again instead.
  const [create, { loading }] = useMutation(CreateApiTokenMutation, {
    fetchPolicy: "no-cache",
    refetchQueries: ["ApiTokensPage_ApiTokens"],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    setCreated(null);
    if (!name.trim()) {
      setError("Geef het token een naam, bijvoorbeeld de naam van het systeem dat het gebruikt.");
      field.current?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await create({ variables: { name: name.trim() } });
      const payload = data?.createApiToken;
      if (payload?.token) {
        setCreated({ name: name.trim(), token: payload.token });
        setName("");
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], ["name"] as const);
      if (byField.name) {
        setError(byField.name);
        field.current?.focus();
      }
      if (rest.length || !byField.name) setProblem(rest.join(" ") || "Het token is niet aangemaakt.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="create-token-title" className="viv-section">
      <Heading2 id="create-token-title">Token aanmaken</Heading2>
      {created && (
        <ShownOnce title="Token aangemaakt" label={`Het token „${created.name}” is`} value={created.token} testId="api-token">
          <Paragraph>
            Kopieer het token nu (selecteer het en kies Kopiëren, of Ctrl+C) en zet het in de instellingen van het systeem
            dat het gebruikt. U ziet het maar één keer: het portaal bewaart alleen een vingerafdruk. Het systeem stuurt het
            mee als <code>Authorization: Bearer</code> gevolgd door het token.
          </Paragraph>
        </ShownOnce>
      )}
      <form onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-token-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id="token-name" label="Naam" description="Waar het token voor is, bijvoorbeeld de naam van uw planningssysteem." error={error ?? undefined}>
          <Textbox
            id="token-name"
            ref={field}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            invalid={Boolean(error)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("token-name", { description: true, error })}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Token aanmaken
        </Button>
      </form>
    </section>
  );
}
