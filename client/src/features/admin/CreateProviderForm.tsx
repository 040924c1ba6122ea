import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { ShownOnce } from "./ShownOnce";
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
  const [create, { loading }] = useMutation(CreateProviderMutation, { fetchPolicy: "no-cache", refetchQueries: ["ProvidersPage_Providers"] });
  const [values, setValues] = useState<Record<FieldName, string>>({ name: "", adminEmail: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const form = useRef<HTMLFormElement>(null);

  function show(found: Partial<Record<FieldName, string>>) {
    setErrors(found);
    const first = (["name", "adminEmail"] as const).find((f) => found[f]);
    if (first) form.current?.querySelector<HTMLInputElement>(`#${ID[first]}`)?.focus();
  }

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
        setValues({ name: "", adminEmail: "" });
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], ["name", "adminEmail", "email"] as const);
      show({ name: byField.name, adminEmail: byField.adminEmail ?? byField.email });
      if (rest.length || Object.keys(byField).length === 0) setProblem(rest.join(" ") || "De dienstverlener is niet aangemaakt.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  const textbox = (field: FieldName, type?: string) => (
    <Textbox
      id={ID[field]}
      type={type}
      autoComplete="off"
      value={values[field]}
      onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      invalid={Boolean(errors[field])}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy(ID[field], { error: errors[field] })}
    />
  );

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
        </ShownOnce>
      )}
      <form ref={form} onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-provider-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id={ID.name} label="Naam van de dienstverlener" error={errors.name}>
          {textbox("name")}
        </Field>
        <Field id={ID.adminEmail} label="E-mailadres van de eerste beheerder" error={errors.adminEmail}>
          {textbox("adminEmail", "email")}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Dienstverlener aanmaken
        </Button>
      </form>
    </section>
  );
}
