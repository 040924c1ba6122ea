import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";
import { ShownOnce } from "./ShownOnce";
import { useTextFields } from "./useTextFields";
import { sortUserErrors } from "./userErrors";

const CreateProviderMutation = graphql(`
  mutation CreateProviderForm_Create($input: CreateProviderInput!) {
    createProvider(input: $input) {
      providerId
      admin {
        id
        email
      }
      initialPassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type FieldName = "name" | "adminEmail";
const ID: Record<FieldName, string> = { name: "provider-name", adminEmail: "provider-admin-email" };

interface Created {
  name: string;
  providerId: string;
  adminEmail: string;
  password: string;
}

/** A new provider with a contract with this municipality from today, and its first admin. */
export function CreateProviderForm() {
  const [create, { loading }] = useMutation(CreateProviderMutation, { fetchPolicy: "no-cache" });
  const { values, errors, show, textbox, form, reset } = useTextFields(ID, { name: "", adminEmail: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    setCreated(null);
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.name.trim()) found.name = "Vul de naam van de dienstverlener in.";
    if (!values.adminEmail.trim()) found.adminEmail = "Vul het e-mailadres van de eerste beheerder in.";
    show(found);
    if (Object.keys(found).length) return;
    try {
      const input = { name: values.name.trim(), adminEmail: values.adminEmail.trim() };
      const { data } = await create({ variables: { input } });
      const payload = data?.createProvider;
      if (payload?.providerId && payload.admin && payload.initialPassword) {
        setCreated({ name: input.name, providerId: payload.providerId, adminEmail: payload.admin.email, password: payload.initialPassword });
        reset();
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], ["name", "adminEmail", "email"] as const);
      show({ name: byField.name, adminEmail: byField.adminEmail ?? byField.email });
      if (rest.length || Object.keys(byField).length === 0) setProblem(rest.join(" ") || "De dienstverlener is niet aangemaakt.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="create-provider-title" className="viv-section">
      <Heading2 id="create-provider-title">Dienstverlener toevoegen</Heading2>
      <Paragraph>De nieuwe dienstverlener krijgt direct een contract met uw gemeente, vanaf vandaag.</Paragraph>
      {created && (
        <ShownOnce
          title="Dienstverlener aangemaakt"
          label={`Het eerste wachtwoord van ${created.adminEmail}, beheerder van ${created.name}, is`}
          value={created.password}
          testId="initial-password"
        >
          <Paragraph>
            Geef dit wachtwoord veilig door; u ziet het maar één keer. De beheerder stelt bij de eerste keer inloggen een
            tweede factor in.
          </Paragraph>
          <Paragraph>
            Het id van de dienstverlener, voor een volgend contract: <code data-testid="provider-id">{created.providerId}</code>
          </Paragraph>
        </ShownOnce>
      )}
      <form ref={form} onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-provider-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id={ID.name} label="Naam van de dienstverlener" error={errors.name}>
          {textbox("name")}
        </Field>
        <Field id={ID.adminEmail} label="E-mailadres van de eerste beheerder" error={errors.adminEmail}>
          {textbox("adminEmail", { type: "email" })}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Dienstverlener aanmaken
        </Button>
      </form>
    </section>
  );
}
