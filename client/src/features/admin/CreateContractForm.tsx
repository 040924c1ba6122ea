import { useMutation } from "@apollo/client/react";
import { Alert, Button, Heading2 } from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands } from "@shared/dates";
import { useRef, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field } from "../../components/Field";
import { ProviderSelect } from "../../components/ProviderSelect";
import { graphql } from "../../gql";
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

/** A contract between this municipality and a provider that already exists, chosen by its name. */
export function CreateContractForm({ providers }: { providers: Array<{ id: string; name: string }> }) {
  const [create, { loading }] = useMutation(CreateContractMutation, { refetchQueries: ["ProvidersPage_Providers"], awaitRefetchQueries: true });
  const [values, setValues] = useState<Record<FieldName, string>>({ providerId: "", validFrom: todayInNetherlands(), validTo: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  function show(found: Partial<Record<FieldName, string>>) {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) form.current?.querySelector<HTMLInputElement>(`#${ID[first]}`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    setDone(null);
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.providerId) found.providerId = "Kies de dienstverlener.";
    found.validFrom = dateProblem(values.validFrom, { required: true, label: "de startdatum" });
    found.validTo = dateProblem(values.validTo, { label: "de einddatum" });
    for (const f of FIELDS) if (!found[f]) delete found[f];
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
        setValues({ providerId: "", validFrom: todayInNetherlands(), validTo: "" });
        return;
      }
      const { byField, rest } = sortUserErrors(payload?.userErrors ?? [], FIELDS);
      show(byField);
      if (rest.length || Object.keys(byField).length === 0) setProblem(rest.join(" ") || "Het contract is niet vastgelegd.");
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  const dateField = (field: "validFrom" | "validTo", label: string) => (
    <DateField id={ID[field]} label={label} value={values[field]} error={errors[field]} onChange={(value) => setValues((current) => ({ ...current, [field]: value }))} />
  );

  return (
    <section aria-labelledby="create-contract-title" className="viv-section">
      <Heading2 id="create-contract-title">Contract met een bestaande dienstverlener</Heading2>
      <div aria-live="polite">{done && <Alert type="ok">{done}</Alert>}</div>
      <form ref={form} onSubmit={handleSubmit} noValidate className="viv-form" aria-labelledby="create-contract-title">
        {problem && <Alert type="error">{problem}</Alert>}
        <Field id={ID.providerId} label="Dienstverlener" error={errors.providerId}>
          <ProviderSelect
            id={ID.providerId}
            value={values.providerId}
            providers={providers}
            error={errors.providerId}
            onChange={(providerId) => setValues((current) => ({ ...current, providerId }))}
          />
        </Field>
        {dateField("validFrom", "Geldig vanaf")}
        {dateField("validTo", "Geldig tot en met (niet verplicht)")}
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Contract vastleggen
        </Button>
      </form>
    </section>
  );
}
