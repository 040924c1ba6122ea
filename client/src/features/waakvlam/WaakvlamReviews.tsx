import { Alert, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { PROVIDER_ROLES } from "@shared/roles";
import { useEffect, useRef, useState } from "react";
import { useSession } from "../../app/session";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ReviewForm } from "./ReviewForm";

const WaakvlamReviewsFragment = graphql(`
  fragment WaakvlamReviews_deployment on Deployment {
    id
    voorziening {
      id
      name
      reviewCycleMonths
    }
    openReview {
      reviewYear
      period {
        start
        end
      }
    }
    waakvlamReviews {
      reviewYear
      advice
      adviceMotivation
      decision
      decisionMotivation
      period {
        start
        end
      }
    }
  }
`);

export const OUTCOME_LABELS: Record<string, string> = { CONTINUE: "Voortzetten", STOP: "Stoppen" };

const span = (p: { start: string; end: string }) => `${formatDutchDate(p.start)} tot en met ${formatDutchDate(p.end)}`;

/**
 * The yearly review of a waakvlamcontact ("Per jaar beoordeelt de gemeente in overleg met de
 * dienstverlener of het waakvlamcontact nog nodig is"): past reviews, and for the open review
 * year the provider's advice form or the municipality's decision form.
 */
export function WaakvlamReviews(props: { deployment: FragmentType<typeof WaakvlamReviewsFragment> }) {
  const d = getFragmentData(WaakvlamReviewsFragment, props.deployment);
  const { role } = useSession();
  const [recorded, setRecorded] = useState<string | null>(null);
  const recordedRef = useRef<HTMLParagraphElement>(null);
  // The focus goes to what was recorded: the button that had it may be gone with the form.
  useEffect(() => {
    if (recorded) recordedRef.current?.focus();
  }, [recorded]);
  if (d.voorziening.reviewCycleMonths == null) return null;
  const open = d.openReview;
  const openRow = open && d.waakvlamReviews.find((r) => r.reviewYear === open.reviewYear);
  const isProvider = PROVIDER_ROLES.includes(role);
  const isOfficer = role === "MUNICIPALITY_OFFICER";

  return (
    <section aria-labelledby="viv-review-heading" className="viv-section">
      <Heading2 id="viv-review-heading">Jaarlijkse beoordeling</Heading2>
      {open ? (
        <Paragraph>
          Het beoordelingsjaar {span(open.period)} staat open voor beoordeling. In dat jaar kunnen pas uren worden
          geregistreerd als de gemeente heeft besloten dat de inzet wordt voortgezet.
        </Paragraph>
      ) : (
        <Paragraph>Er staat nu geen beoordeling open.</Paragraph>
      )}
      {d.waakvlamReviews.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Beoordelingsjaar</TableHeaderCell>
              <TableHeaderCell scope="col">Advies dienstverlener</TableHeaderCell>
              <TableHeaderCell scope="col">Besluit gemeente</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {d.waakvlamReviews.map((r) => (
              <TableRow key={r.reviewYear}>
                <TableCell>{span(r.period)}</TableCell>
                <TableCell>{r.advice ? `${OUTCOME_LABELS[r.advice]}: ${r.adviceMotivation}` : "Nog geen advies"}</TableCell>
                <TableCell>{r.decision ? `${OUTCOME_LABELS[r.decision]}: ${r.decisionMotivation}` : "Nog geen besluit"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div aria-live="polite">
        {recorded && (
          <Alert type="ok">
            <Paragraph ref={recordedRef} tabIndex={-1} className="viv-recorded">
              {recorded}
            </Paragraph>
          </Alert>
        )}
      </div>
      {open && isProvider && !openRow?.decision && <ReviewForm kind="advice" deploymentId={d.id} onRecorded={setRecorded} />}
      {open && isOfficer && <ReviewForm kind="decision" deploymentId={d.id} onRecorded={setRecorded} />}
    </section>
  );
}
