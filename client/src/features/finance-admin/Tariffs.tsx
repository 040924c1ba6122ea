import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";

const TariffsQuery = graphql(`
  query Tariffs_List($municipalityCode: String!) {
    tariffs(municipalityCode: $municipalityCode) {
      id
      providerId
      providerName
      voorzieningCode
      unit
      amountCents
      validFrom
      validTo
    }
    catalogue(municipalityCode: $municipalityCode) {
      id
      code
      name
      unit
    }
  }
`);

const SetTariffMutation = graphql(`
  mutation Tariffs_Set($input: SetTariffInput!) {
    setTariff(input: $input) {
      tariff {
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

const UNIT_OF: Record<string, "HOUR" | "DAGDEEL" | "ETMAAL"> = { MINUTES: "HOUR", DAGDELEN: "DAGDEEL", ETMALEN: "ETMAAL" };
const UNIT_LABEL: Record<string, string> = { HOUR: "per uur", DAGDEEL: "per dagdeel", ETMAAL: "per etmaal" };
const euros = (cents: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);

export function Tariffs({ municipalityCode }: { municipalityCode: string }) {
  const { data } = useQuery(TariffsQuery, { variables: { municipalityCode } });
  const [save, { loading }] = useMutation(SetTariffMutation, { refetchQueries: ["Tariffs_List"], awaitRefetchQueries: true });
  const tariffs = data?.tariffs ?? [];
  const providers = [...new Map(tariffs.map((t) => [t.providerId, t.providerName])).entries()];
  const voorzieningen = data?.catalogue ?? [];
  const [providerId, setProviderId] = useState("");
  const [code, setCode] = useState("");
  const [amount, setAmount] = useState("");
  const [validFrom, setValidFrom] = useState(todayInNetherlands());
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const voorziening = voorzieningen.find((v) => v.code === code);
    const cents = Math.round(Number(amount.replace(/\./g, "").replace(",", ".")) * 100);
    if (!providerId || !voorziening || !Number.isInteger(cents) || cents <= 0) {
      setProblem("Kies een dienstverlener en een voorziening en vul een bedrag in euro's in, bijvoorbeeld 65,00.");
      return;
    }
    const dateWrong = dateProblem(validFrom, { required: true, label: "de datum waarop het tarief ingaat" });
    if (dateWrong) {
      setProblem(dateWrong);
      return;
    }
    try {
      const input = { municipalityCode, providerId, voorzieningCode: code, unit: UNIT_OF[voorziening.unit], amountCents: cents, validFrom };
      const errors = (await save({ variables: { input } })).data?.setTariff.userErrors ?? [];
      setProblem(errors.length ? errors.map((e) => e.message).join(" ") : null);
      setDone(errors.length === 0);
      // Saved: the form is empty again for the next tariff; the list above shows this one.
      if (errors.length === 0) {
        setCode("");
        setAmount("");
      }
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <section aria-labelledby="tariffs" className="viv-section">
      <Heading2 id="tariffs">Tarieven</Heading2>
      {tariffs.length === 0 ? (
        <Paragraph>Er zijn nog geen tarieven.</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Dienstverlener</TableHeaderCell>
              <TableHeaderCell scope="col">Voorziening</TableHeaderCell>
              <TableHeaderCell scope="col">Tarief</TableHeaderCell>
              <TableHeaderCell scope="col">Geldig</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tariffs.map((t) => (
              <TableRow key={t.id}>
                <TableCell>{t.providerName}</TableCell>
                <TableCell>{voorzieningen.find((v) => v.code === t.voorzieningCode)?.name ?? t.voorzieningCode}</TableCell>
                <TableCell>
                  {euros(t.amountCents)} {UNIT_LABEL[t.unit]}
                </TableCell>
                <TableCell>
                  vanaf {formatDutchDate(t.validFrom)}
                  {t.validTo ? ` tot en met ${formatDutchDate(t.validTo)}` : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form onSubmit={submit} noValidate className="viv-form" aria-label="Tarief vastleggen">
        {problem && <Alert type="error">{problem}</Alert>}
        <div aria-live="polite">{done && <Alert type="ok">Het tarief is vastgelegd.</Alert>}</div>
        <Field id="tariff-provider" label="Dienstverlener">
          <Select id="tariff-provider" value={providerId} onChange={(e) => setProviderId(e.target.value)}>
            <SelectOption value="">Kies een dienstverlener</SelectOption>
            {providers.map(([id, name]) => (
              <SelectOption key={id} value={id}>
                {name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="tariff-voorziening" label="Voorziening">
          <Select id="tariff-voorziening" value={code} onChange={(e) => setCode(e.target.value)}>
            <SelectOption value="">Kies een voorziening</SelectOption>
            {voorzieningen.map((v) => (
              <SelectOption key={v.code} value={v.code}>
                {v.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="tariff-amount" label="Bedrag in euro's" description="Per uur, of per dagdeel of etmaal als de voorziening die telt.">
          <Textbox id="tariff-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-describedby="tariff-amount-description" />
        </Field>
        <DateField id="tariff-valid-from" label="Geldig vanaf" value={validFrom} onChange={setValidFrom} />
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Tarief vastleggen
        </Button>
      </form>
    </section>
  );
}
