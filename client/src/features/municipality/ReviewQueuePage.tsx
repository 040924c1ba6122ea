import { useQuery } from "@apollo/client/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { isForbidden } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { ListStates } from "../../components/ListStates";
import { graphql } from "../../gql";
import "./municipality.css";
import { ReviewQueueRow } from "./ReviewQueueRow";
import { useMunicipality } from "./useMunicipality";

const ReviewQueueQuery = graphql(`
  query ReviewQueuePage_Queue($municipalityCode: String!) {
    catalogue(municipalityCode: $municipalityCode) {
      id
      name
      reviewCycleMonths
    }
    waakvlamReviewQueue(municipalityCode: $municipalityCode) {
      reviewYear
      overdue
      deployment {
        id
      }
      ...ReviewQueueRow_review
    }
  }
`);

/** Beoordelingen: the waakvlam reviews the municipality has to decide, overdue ones first. */
export function ReviewQueuePage() {
  usePageTitle("Beoordelingen");
  const municipality = useMunicipality();
  const municipalityCode = municipality.code ?? "";
  const { data, error, loading } = useQuery(ReviewQueueQuery, {
    variables: { municipalityCode },
    skip: !municipalityCode,
    fetchPolicy: "cache-and-network",
  });
  const queue = data?.waakvlamReviewQueue;
  const overdue = queue?.filter((r) => r.overdue).length ?? 0;
  // The products' own names in this municipality's catalogue: those the municipality reviews yearly.
  const reviewed = data?.catalogue.filter((v) => v.reviewCycleMonths != null).map((v) => v.name.toLowerCase());
  const product = reviewed?.length ? reviewed.join(" en ") : null;

  return (
    <>
      <Heading1>{product ? `Beoordelingen ${product}` : "Beoordelingen"}</Heading1>
      {reviewed && !product && (
        <Paragraph>
          In de catalogus van {municipality.name || "de gemeente"} heeft geen voorziening een jaarlijkse beoordeling. Er staan hier dus geen
          beoordelingen.
        </Paragraph>
      )}
      {product && (
      <Paragraph>
        Per jaar beoordeelt de gemeente in overleg met de dienstverlener of een inzet van {product} nog nodig is. Hieronder staan de inzetten
        waarvan het beoordelingsjaar binnen acht weken eindigt, of al zonder besluit is begonnen (&ldquo;te laat&rdquo;: uren in dat jaar
        worden geweigerd tot er een besluit is). U neemt het besluit op de pagina van de inzet.
      </Paragraph>
      )}
      <ListStates
        error={error && (isForbidden(error) ? "U heeft geen toegang tot de beoordelingen." : "De beoordelingen konden niet worden geladen. Probeer het later opnieuw.")}
        loading={(loading || municipality.loading) && !queue && "De beoordelingen worden geladen…"}
        empty={queue?.length === 0 && product && "Er staan geen beoordelingen open."}
      />
      {queue && queue.length > 0 && (
        <>
          <Paragraph>
            {queue.length === 1 ? "1 beoordeling" : `${queue.length} beoordelingen`}
            {overdue > 0 ? `, waarvan ${overdue} te laat.` : "."}
          </Paragraph>
          <DataTable
            className="viv-municipality-table"
            caption={`Open beoordelingen ${product ?? ""}`}
            hiddenCaption
            columns={["Dienstverlener", "Voorziening", "BSN inwoner", "Beoordelingsjaar", "Advies dienstverlener", "Uren per beoordelingsjaar", "Besluit"]}
          >
            {queue.map((r) => (
              <ReviewQueueRow key={`${r.deployment.id}-${r.reviewYear}`} review={r} />
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
