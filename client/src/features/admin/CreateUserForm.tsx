import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { MUNICIPALITY_ROLES, PROVIDER_ROLES, ROLE_LABELS, type Role } from "@shared/roles";
import { useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { useSession } from "../../app/session";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";
import { ShownOnce } from "./ShownOnce";
import { sortUserErrors } from "./userErrors";

const CreateUserMutation = graphql(`
  mutation CreateUserForm_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      account {
        id
        email
        ...AccountRow_account
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

type FieldName = "email" | "role";

/** A new account in the admin's own organisation, with a role that organisation has. */
export function CreateUserForm() {
  const { role: myRole } = useSession();
  const roles: readonly Role[] = myRole === "PROVIDER_ADMIN" ? PROVIDER_ROLES : MUNICIPALITY_ROLES;
  const [createUser, { loading }] = useMutation(CreateUserMutation, {
    refetchQueries: ["AccountsPage_Accounts"],
    awaitRefetchQueries: true,
  });
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const emailField = useRef<HTMLInputElement>(null);
  const roleField = useRef<HTMLSelectElement>(null);

  function show(found: Partial<Record<FieldName, string>>) {
    setErrors(found);
    if (found.email) emailField.current?.focus();
    else if (found.role) roleField.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    setCreated(null);
    const found: Partial<Record<FieldName, string>> = {};
    if (!email.trim()) found.email = "Vul het e-mailadres in.";
    if (!role) found.role = "Kies een rol.";
    show(found);
    if (found.email || found.role || !role) return;
    try {
      const { data } = await createUser({ variables: { input: { email: email.trim(), role } } });
      const payload = data?.createUser;
      if (payload?.account && payload.initialPassword) {
        setCreated({ email: payload.account.email, password: payload.initialPassword });
        setEmail("");
        setRole("");
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], ["email", "role"] as const);
      show(byField);
      if (rest.length || (!byField.email && !byField.role)) setProblem(rest.join(" ") || "Het account is niet aangemaakt.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="create-user-title" className="viv-section">
      <Heading2 id="create-user-title">Account toevoegen</Heading2>
      {created && (
        <ShownOnce title="Account aangemaakt" label={`Het eerste wachtwoord van ${created.email} is`} value={created.password} testId="initial-password">
          <Paragraph>
            Geef dit wachtwoord veilig door, bijvoorbeeld telefonisch, en niet in dezelfde e-mail als het e-mailadres. U
            ziet het maar één keer. Bij de eerste keer inloggen stelt de nieuwe gebruiker zo nodig een tweede factor in.
          </Paragraph>
        </ShownOnce>
      )}
      <form onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-user-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id="new-user-email" label="E-mailadres" error={errors.email}>
          <Textbox
            id="new-user-email"
            ref={emailField}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={Boolean(errors.email)}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("new-user-email", { error: errors.email })}
          />
        </Field>
        <Field id="new-user-role" label="Rol" error={errors.role}>
          <Select
            id="new-user-role"
            ref={roleField}
            value={role}
            onChange={(e) => setRole(e.target.value as Role | "")}
            invalid={Boolean(errors.role)}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy("new-user-role", { error: errors.role })}
          >
            <SelectOption value="">Kies een rol</SelectOption>
            {roles.map((r) => (
              <SelectOption key={r} value={r}>
                {ROLE_LABELS[r]}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Account aanmaken
        </Button>
      </form>
    </section>
  );
}
