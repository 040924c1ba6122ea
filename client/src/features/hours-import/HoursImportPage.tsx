import { useMutation } from "@apollo/client/react";
import { Alert, Button, ButtonGroup, Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { Field } from "../../components/Field";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ImportResults, ImportResultsFragment } from "./ImportResults";

const PreviewMutation = graphql(`
  mutation HoursImportPage_Preview($input: HoursImportInput!) {
    previewHoursImport(input: $input) {
      ...ImportResults_payload
    }
  }
`);

const ImportMutation = graphql(`
  mutation HoursImportPage_Import($input: HoursImportInput!) {
    importHours(input: $input) {
      ...ImportResults_payload
    }
  }
`);

export const HOURS_CSV_HEADER = "bsn;gemeente;voorziening;datum;minuten;notitie;referentie";

type Stage = { kind: "preview" | "imported"; fileName: string; payload: FragmentType<typeof ImportResultsFragment> };

/**
 * "Uren importeren": a file of hours from the provider's own system. First every line is
 * checked against the same rules as the Urenweek (nothing written), then the accepted lines
 * are written; a line sent before (same referentie) is never written twice.
 */
export function HoursImportPage() {
  usePageTitle("Uren importeren");
  const [preview, previewState] = useMutation(PreviewMutation);
  const [importHours, importState] = useMutation(ImportMutation);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (stage) resultRef.current?.focus();
  }, [stage]);

  function readFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setStage(null);
    setProblem(null);
    if (!chosen) return setFile(null);
    const reader = new FileReader();
    reader.onload = () => setFile({ name: chosen.name, csv: typeof reader.result === "string" ? reader.result : "" });
    reader.onerror = () => setProblem("Het bestand kon niet worden gelezen. Kies het opnieuw.");
    reader.readAsText(chosen, "utf-8");
  }

  async function check() {
    if (!file) return setProblem("Kies eerst een CSV-bestand met uren.");
    setProblem(null);
    try {
      const result = await preview({ variables: { input: { csv: file.csv } } });
      setStage({ kind: "preview", fileName: file.name, payload: result.data!.previewHoursImport });
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  async function write() {
    if (!file) return;
    try {
      const result = await importHours({ variables: { input: { csv: file.csv } } });
      setStage({ kind: "imported", fileName: file.name, payload: result.data!.importHours });
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  const outcome = stage && getFragmentData(ImportResultsFragment, stage.payload);
  const acceptable = stage?.kind === "preview" ? outcome!.results.filter((l) => l.userErrors.length === 0 && !l.alreadyRecorded).length : 0;

  return (
    <>
      <Heading1>Uren importeren</Heading1>
      <Paragraph>
        Lever de uren uit uw eigen systeem aan als CSV-bestand, met puntkomma&rsquo;s en deze eerste regel:{" "}
        <code className="viv-csv-example">{HOURS_CSV_HEADER}</code>. De datum schrijft u als dd-mm-jjjj, de tijd als minuten (90) of als
        uren en minuten (1:30). De referentie is het nummer van de regel in uw eigen systeem: een regel die al eerder is geïmporteerd, wordt
        niet nog eens geschreven.
      </Paragraph>
      <Paragraph>
        <Link href="/exports/hours-template.csv" download>
          Voorbeeldbestand downloaden
        </Link>
      </Paragraph>
      <Field id="hours-file" label="CSV-bestand met uren" description="Eerst controleert het portaal elke regel; er wordt dan nog niets geregistreerd.">
        <input ref={fileRef} id="hours-file" type="file" accept=".csv,text/csv,text/plain" onChange={readFile} className="utrecht-form-control" aria-describedby="hours-file-description" />
      </Field>
      {problem && <Alert type="error">{problem}</Alert>}
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={check} disabled={previewState.loading} busy={previewState.loading}>
          Bestand controleren
        </Button>
        {stage?.kind === "preview" && acceptable > 0 && (
          <Button type="button" appearance="primary-action-button" onClick={write} disabled={importState.loading} busy={importState.loading}>
            {acceptable === 1 ? "1 regel importeren" : `${acceptable} regels importeren`}
          </Button>
        )}
      </ButtonGroup>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="viv-status">
        {stage && outcome && (
          <>
            <Heading2>{stage.kind === "preview" ? `Controle van ${stage.fileName}` : `Geïmporteerd uit ${stage.fileName}`}</Heading2>
            {outcome.userErrors.map((error, i) => (
              <Alert key={i} type="error">
                {error.message}
              </Alert>
            ))}
            {outcome.results.length > 0 && <ImportResults lines={outcome.results} written={stage.kind === "imported"} />}
          </>
        )}
      </div>
    </>
  );
}
