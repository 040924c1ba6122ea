import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { ImportIndicationsForm } from "./ImportIndicationsForm";
import "./municipality.css";
import { RecordIndicationForm } from "./RecordIndicationForm";
import { useMunicipality } from "./useMunicipality";

/** Indicaties: the municipality's maatwerk indications, one by hand or many from a CSV file. */
export function IndicationsPage() {
  usePageTitle("Indicaties");
  const municipality = useMunicipality();
  const code = municipality.code;
  return (
    <>
      <Heading1>Maatwerkindicaties</Heading1>
      <Paragraph>
        Of een inwoner een vrij inzetbare voorziening mag krijgen, hangt af van lopende maatwerkbegeleiding. Leg hier de indicaties vast:
        één met het formulier, of veel tegelijk uit een CSV-bestand.
      </Paragraph>
      {municipality.loading && <Paragraph aria-live="polite">Het formulier wordt geladen…</Paragraph>}
      {!municipality.loading && !code && <Alert type="error">Uw account hoort niet bij een gemeente.</Alert>}
      {code && (
        <div className="viv-indications-grid">
          <section aria-labelledby="indication-record-heading">
            <Heading2 id="indication-record-heading">Eén indicatie vastleggen</Heading2>
            <RecordIndicationForm municipalityCode={code} />
          </section>
          <section aria-labelledby="indication-import-heading">
            <Heading2 id="indication-import-heading">Indicaties importeren uit CSV</Heading2>
            <ImportIndicationsForm municipalityCode={code} />
          </section>
        </div>
      )}
    </>
  );
}
