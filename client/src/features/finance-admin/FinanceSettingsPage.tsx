import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { useMunicipality } from "../municipality/useMunicipality";
import { ClosedPeriods } from "./ClosedPeriods";
import { Tariffs } from "./Tariffs";

/** Functioneel beheer: closing months for finance, and the tariffs the usage report prices with. */
export function FinanceSettingsPage() {
  usePageTitle("Tarieven en perioden");
  const { code } = useMunicipality();
  return (
    <>
      <Heading1>Tarieven en perioden</Heading1>
      <Paragraph>
        Een afgesloten maand verandert niet meer: correcties van uren in die maand komen als correctieregel in de eerste open
        maand. Tarieven gelden per contract, voorziening en periode.
      </Paragraph>
      {code && <ClosedPeriods municipalityCode={code} />}
      {code && <Tariffs municipalityCode={code} />}
    </>
  );
}
