import { TableCell, TableRow } from "@utrecht/component-library-react";
import { formatMinutes } from "@shared/units";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ADVICE_LABELS, formatSpan } from "./labels";

const ReviewQueueRowFragment = graphql(`
  fragment ReviewQueueRow_review on WaakvlamReviewDue {
    reviewYear
    overdue
    advice
    adviceMotivation
    period {
      start
      end
    }
    minutesPerReviewYear {
      reviewYear
      minutes
    }
    deployment {
      id
      provider {
        id
        name
      }
      voorziening {
        id
        name
      }
      resident {
        id
        bsnMasked
      }
    }
  }
`);

/** One waakvlam review to decide; the decision itself is taken on the deployment's page. */
export function ReviewQueueRow(props: { review: FragmentType<typeof ReviewQueueRowFragment> }) {
  const r = getFragmentData(ReviewQueueRowFragment, props.review);
  const d = r.deployment;
  return (
    <TableRow>
      <TableCell>{d.provider.name}</TableCell>
      <TableCell>{d.voorziening.name}</TableCell>
      <TableCell>{d.resident.bsnMasked}</TableCell>
      <TableCell>
        {formatSpan(r.period)}
        {r.overdue && (
          <span className="viv-overdue" title="Het beoordelingsjaar is begonnen zonder besluit; uren erin worden geweigerd.">
            te laat
          </span>
        )}
      </TableCell>
      <TableCell>{r.advice ? `${ADVICE_LABELS[r.advice]}: ${r.adviceMotivation ?? ""}` : "Nog geen advies"}</TableCell>
      <TableCell>
        <ul className="viv-plain-list">
          {r.minutesPerReviewYear.map((y) => (
            <li key={y.reviewYear}>
              Jaar {y.reviewYear + 1}: {formatMinutes(y.minutes)} uur
            </li>
          ))}
        </ul>
      </TableCell>
      <TableCell>
        <RouterLink to={`/inzetten/${d.id}`}>
          Beoordelen<span className="viv-visually-hidden"> inzet van inwoner {d.resident.bsnMasked}</span>
        </RouterLink>
      </TableCell>
    </TableRow>
  );
}
