import { useQuery } from "@apollo/client/react";
import { Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands } from "@shared/dates";
import { usePageTitle } from "../../app/usePageTitle";
import { graphql } from "../../gql";
import { useMunicipality } from "../municipality/useMunicipality";
import { CatalogueRules } from "./CatalogueRules";
import { NewVersionForm } from "./NewVersionForm";

export const CatalogueVersionsQuery = graphql(`
  query CataloguePage_Versions($municipalityCode: String!) {
    catalogueVersions(municipalityCode: $municipalityCode) {
      id
      name
      policySource
      validFrom
      validUntil
      voorzieningen {
        id
        code
        name
        unit
        capAmount
        capWindow
        maxDurationMonths
        reviewCycleMonths
        policyQuote
        asksMotivation
        asksTransport
        eligibility
        approval
      }
    }
  }
`);

/** Functioneel beheer: the catalogue's versions, and a new one from a date after today. */
export function CataloguePage() {
  usePageTitle("Catalogus");
  const { code } = useMunicipality();
  const { data, loading } = useQuery(CatalogueVersionsQuery, { variables: { municipalityCode: code ?? "" }, skip: !code });
  const versions = data?.catalogueVersions ?? [];
  const today = todayInNetherlands();
  // The version in force today; before the first one starts, the first one.
  const inForce = versions.find((v) => v.validFrom <= today && (v.validUntil == null || v.validUntil >= today)) ?? versions.at(-1);
  return (
    <>
      <Heading1>Catalogus</Heading1>
      <Paragraph>
        Elke versie geldt vanaf haar startdatum tot de volgende begint. Uren worden beoordeeld naar de versie die gold op hun
        datum; een versie die al is ingegaan kan niet meer veranderen.
      </Paragraph>
      {loading && <Paragraph aria-live="polite">De catalogus wordt geladen…</Paragraph>}
      {versions.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Versie</TableHeaderCell>
              <TableHeaderCell scope="col">Geldig vanaf</TableHeaderCell>
              <TableHeaderCell scope="col">Geldig tot en met</TableHeaderCell>
              <TableHeaderCell scope="col">Voorzieningen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.id}>
                <TableCell>{v.name}</TableCell>
                <TableCell>{formatDutchDate(v.validFrom)}</TableCell>
                <TableCell>{v.validUntil ? formatDutchDate(v.validUntil) : "—"}</TableCell>
                <TableCell>{v.voorzieningen.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {inForce && <CatalogueRules version={inForce} today={today} />}
      {code && versions[0] && (
        <section aria-labelledby="catalogue-new" className="viv-section">
          <Heading2 id="catalogue-new">Nieuwe versie</Heading2>
          <NewVersionForm municipalityCode={code} newest={versions[0]} />
        </section>
      )}
    </>
  );
}
