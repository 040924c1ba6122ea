import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2 } from "@utrecht/component-library-react";
import { formatDutchDate, isIsoDate, todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";
import { useTextFields } from "./useTextFields";
import { sortUserErrors } from "./userErrors";

const CreateContractMutation = graphql(`
  mutation CreateContractForm_Create($input: CreateContractInput!) {
    createContract(input: $input) {
      contractId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type FieldName = "providerId" | "validFrom" | "validTo";
const ID: Record<FieldName, string> = { providerId: "contract-provider", validFrom: "contract-from", validTo: "contract-to" };
const FIELDS = ["providerId", "validFrom", "validTo"] as const;

/** A contract between this municipality and a provider that already exists. */
export function CreateContractForm() {
  const [create, { loading }] = useMutation(CreateContractMutation);
  const { values, errors, show, textbox, form, reset } = useTextFields(ID, { providerId: "", validFrom: todayInNetherlands(), validTo: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    setDone(null);
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.providerId.trim()) found.providerId = "Vul het id van de dienstverlener in.";
    if (!isIsoDate(values.validFrom)) found.validFrom = "Vul een geldige startdatum in.";
    if (values.validTo && !isIsoDate(values.validTo)) found.validTo = "Vul een geldige einddatum in, of laat het veld leeg.";
    show(found);
    if (Object.keys(found).length) return;
    try {
      const input = { providerId: values.providerId.trim(), validFrom: values.validFrom, validTo: values.validTo || null };
      const { data } = await create({ variables: { input } });
      const payload = data?.createContract;
      if (payload?.contractId) {
        setDone(
          `Het contract is vastgelegd, vanaf ${formatDutchDate(input.validFrom)}${input.validTo ? ` tot en met ${formatDutchDate(input.validTo)}` : ", zonder einddatum"}.`,
        );
        reset();
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], FIELDS);
      show(byField);
      if (rest.length || Object.keys(byField).length === 0) setProblem(rest.join(" ") || "Het contract is niet vastgelegd.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="create-contract-title" className="viv-section">
      <Heading2 id="create-contract-title">Contract met een bestaande dienstverlener</Heading2>
      <div aria-live="polite">{done && <Alert type="ok">{done}</Alert>}</div>
      <form ref={form} onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-contract-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id={ID.providerId} label="Id van de dienstverlener" description="Het id dat het portaal gaf toen de dienstverlener werd aangemaakt." error={errors.providerId}>
          {textbox("providerId", { described: true })}
        </Field>
        <Field id={ID.validFrom} label="Geldig vanaf" error={errors.validFrom}>
          {textbox("validFrom", { type: "date" })}
        </Field>
        <Field id={ID.validTo} label="Geldig tot en met (niet verplicht)" error={errors.validTo}>
          {textbox("validTo", { type: "date" })}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Contract vastleggen
        </Button>
      </form>
    </section>
  );
}
