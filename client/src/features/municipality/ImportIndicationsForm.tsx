import { useMutation } from "@apollo/client/react";
import {
  Alert,
  Button,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";

const ImportIndicationsMutation = graphql(`
  mutation ImportIndicationsForm_Import($input: ImportMaatwerkIndicationsInput!) {
    importMaatwerkIndications(input: $input) {
      importedCount
      rowErrors {
        line
        field
        code
        message
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The Dutch header (server/modules/indication/indication-csv.ts); the older English one with provider ids still works. */
const CSV_HEADER = "bsn;huishoudcode;dienstverlener;product;startdatum;einddatum";

/** The server names a row's field as in its API; the person reads the column of the Dutch header. */
const COLUMN_NAMES: Record<string, string> = {
  residentBsn: "bsn",
  householdCode: "huishoudcode",
  providerId: "dienstverlener",
  product: "product",
  startDate: "startdatum",
  endDate: "einddatum",
};

type Outcome =
  | { kind: "imported"; count: number }
  | { kind: "refused"; rows: Array<{ line: number; field?: string | null; message: string }>; general: string[] };

/** A CSV file of maatwerk indications: read in the browser, sent as text; one bad line and nothing is written. */
export function ImportIndicationsForm({ municipalityCode }: { municipalityCode: string }) {
  const [importCsv, { loading }] = useMutation(ImportIndicationsMutation);
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setOutcome(null);
    setProblem(null);
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      // readAsText gives a string.
      setCsv(typeof reader.result === "string" ? reader.result : "");
      setFileName(file.name);
    };
    reader.onerror = () => setProblem("Het bestand kon niet worden gelezen.");
    reader.readAsText(file, "utf-8");
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    if (!csv.trim()) {
      setProblem("Kies een CSV-bestand of plak de regels in het tekstvak.");
      return;
    }
    setProblem(null);
    try {
      const result = await importCsv({ variables: { input: { municipalityCode, csv } } });
      const payload = result.data?.importMaatwerkIndications;
      if (!payload) throw new Error("no payload");
      if (payload.rowErrors.length === 0 && payload.userErrors.length === 0) {
        setOutcome({ kind: "imported", count: payload.importedCount });
        setCsv("");
        setFileName(null);
        if (fileRef.current) fileRef.current.value = "";
      } else {
        setOutcome({ kind: "refused", rows: payload.rowErrors, general: payload.userErrors.map((e) => e.message) });
      }
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  return (
    <form method="post" noValidate className="viv-form" aria-labelledby="indication-import-heading" onSubmit={submit}>
      <Paragraph>
        De eerste regel noemt de kolommen, gescheiden door puntkomma&rsquo;s: <code className="viv-csv-example">{CSV_HEADER}</code>. In de
        kolom dienstverlener staat de naam van de dienstverlener, zoals onder Dienstverleners. Schrijf datums als dd-mm-jjjj; een lege
        einddatum betekent zonder einde. Is één regel fout, dan wordt niets geïmporteerd.
      </Paragraph>
      <Field id="indication-file" label="CSV-bestand">
        <input ref={fileRef} id="indication-file" type="file" accept=".csv,text/csv,text/plain" onChange={readFile} className="utrecht-form-control" />
      </Field>
      <Field
        id="indication-csv"
        label="Inhoud van het bestand"
        description={fileName ? `Gelezen uit ${fileName}. U kunt de regels hier nog aanpassen.` : "Of plak de regels hier."}
      >
        <Textarea
          id="indication-csv"
          rows={6}
          className="viv-csv-textarea"
          value={csv}
          spellCheck={false}
          aria-describedby={describedBy("indication-csv", { description: true })}
          onChange={(e) => setCsv(e.target.value)}
        />
      </Field>
      {problem && <Alert type="error">{problem}</Alert>}
      <Button type="submit" appearance="primary-action-button" disabled={loading} busy={loading}>
        Importeren
      </Button>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="viv-status">
        {outcome?.kind === "imported" && (
          <Alert type="ok">
            <Paragraph>{outcome.count === 1 ? "1 indicatie geïmporteerd." : `${outcome.count} indicaties geïmporteerd.`}</Paragraph>
          </Alert>
        )}
        {outcome?.kind === "refused" && (
          <Alert type="error">
            <Heading3>Niets geïmporteerd</Heading3>
            {outcome.general.map((m, i) => (
              <Paragraph key={i}>{m}</Paragraph>
            ))}
            {outcome.rows.length > 0 && (
              <>
                {outcome.general.length === 0 && (
                  <Paragraph>
                    {outcome.rows.length === 1 ? "Eén fout" : `${outcome.rows.length} fouten`} in het bestand; verbeter het en importeer het opnieuw.
                  </Paragraph>
                )}
                <Table className="viv-municipality-table">
                  <TableCaption className="viv-visually-hidden">Fouten in het bestand</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Regel</TableHeaderCell>
                      <TableHeaderCell scope="col">Kolom</TableHeaderCell>
                      <TableHeaderCell scope="col">Reden</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {outcome.rows.map((r, i) => (
                      <TableRow key={i}>
                        <TableCell>Regel {r.line}</TableCell>
                        <TableCell>{r.field ? (COLUMN_NAMES[r.field] ?? r.field) : "hele regel"}</TableCell>
                        <TableCell>{r.message}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </Alert>
        )}
      </div>
    </form>
  );
}
