import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { ErrorSummary, type FormMessage } from "../../components/ErrorSummary";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field, describedBy } from "../../components/Field";
import { ProviderSelect } from "../../components/ProviderSelect";
import { graphql } from "../../gql";

// The providers with a contract with the municipality: the usage report lists them for its filter.
const ProvidersQuery = graphql(`
  query RecordIndicationForm_Providers($municipalityCode: String!, $from: Date!, $to: Date!) {
    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {
      providers {
        id
        name
      }
    }
  }
`);

const RecordIndicationMutation = graphql(`
  mutation RecordIndicationForm_Record($input: RecordMaatwerkIndicationInput!) {
    recordMaatwerkIndication(input: $input) {
      indication {
        id
        householdCode
        startDate
        endDate
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The products a maatwerk indication may name; eligibility only looks at individuele begeleiding. */
const PRODUCTS = [{ code: "BEGELEIDING_INDIVIDUEEL", name: "Individuele begeleiding" }];

const FIELDS = ["residentBsn", "householdCode", "providerId", "product", "startDate", "endDate"] as const;
type FieldName = (typeof FIELDS)[number];
const EMPTY: Record<FieldName, string> = { residentBsn: "", householdCode: "", providerId: "", product: PRODUCTS[0].code, startDate: "", endDate: "" };
const LABELS: Record<FieldName, string> = {
  residentBsn: "BSN inwoner",
  householdCode: "Huishoudcode",
  providerId: "Dienstverlener",
  product: "Product",
  startDate: "Startdatum",
  endDate: "Einddatum",
};
const fieldId = (name: FieldName) => `indication-${name}`;

/** One maatwerk indication, entered by hand: the data eligibility for vrij inzetbare voorzieningen is judged on. */
export function RecordIndicationForm({ municipalityCode }: { municipalityCode: string }) {
  const today = todayInNetherlands();
  const providers = useQuery(ProvidersQuery, { variables: { municipalityCode, from: today, to: today } }).data?.usageReport?.providers ?? [];
  const [record, { loading }] = useMutation(RecordIndicationMutation);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const set = (name: FieldName) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    setAttempt((n) => n + 1);
    const found: Partial<Record<FieldName, string>> = {};
    if (!/^\d{9}$/.test(values.residentBsn.trim())) found.residentBsn = "Vul een BSN van negen cijfers in.";
    if (!values.householdCode.trim()) found.householdCode = "Vul de huishoudcode in.";
    if (!values.providerId.trim()) found.providerId = "Kies de dienstverlener.";
    found.startDate = dateProblem(values.startDate, { required: true, label: "de startdatum" });
    found.endDate = dateProblem(values.endDate, { label: "de einddatum" });
    if (!found.startDate && !found.endDate && values.endDate && values.endDate < values.startDate) found.endDate = "De einddatum mag niet voor de startdatum liggen.";
    for (const f of FIELDS) if (!found[f]) delete found[f];
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await record({
        variables: {
          input: {
            municipalityCode,
            residentBsn: values.residentBsn.trim(),
            householdCode: values.householdCode.trim(),
            providerId: values.providerId.trim(),
            product: values.product,
            startDate: values.startDate,
            endDate: values.endDate || null,
          },
        },
      });
      const payload = result.data?.recordMaatwerkIndication;
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0) {
        const byField: Partial<Record<FieldName, string>> = {};
        const rest: string[] = [];
        for (const e of userErrors) {
          if (e.field && (FIELDS as readonly string[]).includes(e.field)) byField[e.field as FieldName] = e.message;
          else rest.push(e.message);
        }
        setErrors(byField);
        setGeneral(rest.length > 0 ? rest.join(" ") : null);
        return;
      }
      setSaved(`De indicatie voor huishouden ${payload?.indication?.householdCode ?? values.householdCode.trim()} is vastgelegd.`);
      setValues(EMPTY);
    } catch (e) {
      setGeneral(writeFailureMessage(e));
    }
  }

  const messages: FormMessage[] = FIELDS.filter((f) => errors[f]).map((f) => ({ message: errors[f]!, target: fieldId(f) }));
  if (general) messages.push({ message: general });

  const control = (name: FieldName, extra: Record<string, unknown> = {}) => (
    <Textbox
      id={fieldId(name)}
      value={values[name]}
      invalid={Boolean(errors[name])}
      aria-describedby={describedBy(fieldId(name), { error: errors[name] })}
      onChange={set(name)}
      {...extra}
    />
  );

  return (
    <form method="post" noValidate className="viv-form" aria-labelledby="indication-record-heading" onSubmit={submit}>
      <ErrorSummary messages={messages} attempt={attempt} />
      {saved && (
        <Alert type="ok" role="status">
          {saved}
        </Alert>
      )}
      <Field id={fieldId("residentBsn")} label={LABELS.residentBsn} error={errors.residentBsn}>
        {control("residentBsn", { inputMode: "numeric", autoComplete: "off", maxLength: 9 })}
      </Field>
      <Field id={fieldId("householdCode")} label={LABELS.householdCode} error={errors.householdCode}>
        {control("householdCode", { autoComplete: "off" })}
      </Field>
      <Field id={fieldId("providerId")} label={LABELS.providerId} error={errors.providerId}>
        <ProviderSelect
          id={fieldId("providerId")}
          value={values.providerId}
          providers={providers}
          error={errors.providerId}
          onChange={(providerId) => setValues((v) => ({ ...v, providerId }))}
        />
      </Field>
      <Field id={fieldId("product")} label={LABELS.product} error={errors.product}>
        <Select id={fieldId("product")} value={values.product} onChange={set("product")}>
          {PRODUCTS.map((p) => (
            <SelectOption key={p.code} value={p.code}>
              {p.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <DateField
        id={fieldId("startDate")}
        label={LABELS.startDate}
        value={values.startDate}
        error={errors.startDate}
        onChange={(value) => setValues((v) => ({ ...v, startDate: value }))}
      />
      <DateField
        id={fieldId("endDate")}
        label={`${LABELS.endDate} (niet verplicht)`}
        description="Leeg voor een indicatie zonder einddatum."
        value={values.endDate}
        error={errors.endDate}
        onChange={(value) => setValues((v) => ({ ...v, endDate: value }))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={loading} busy={loading}>
        Indicatie vastleggen
      </Button>
    </form>
  );
}
