import { useQuery } from "@apollo/client/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { PROVIDER_ROLES } from "@shared/roles";
import { useSession } from "../../app/session";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import "./municipality.css";

const UpcomingReviewsQuery = graphql(`
  query UpcomingReviewsNotice_Upcoming {
    upcomingWaakvlamReviews {
      reviewYear
      overdue
      advice
      period {
        start
        end
      }
      deployment {
        id
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
  }
`);

/**
 * On a provider's start page: the waakvlam deployments whose yearly review asks for its advice
 * (the review year ends within eight weeks, or has begun without a decision). Nothing when none.
 */
export function UpcomingReviewsNotice() {
  const { role } = useSession();
  const isProvider = PROVIDER_ROLES.includes(role);
  const { data } = useQuery(UpcomingReviewsQuery, { skip: !isProvider, fetchPolicy: "cache-and-network" });
  const due = data?.upcomingWaakvlamReviews ?? [];
  if (!isProvider || due.length === 0) return null;
  return (
    <Alert type="warning" className="viv-upcoming-reviews">
      <Paragraph>
        <strong>
          {due.length === 1 ? "De gemeente beoordeelt binnenkort een inzet" : `De gemeente beoordeelt binnenkort ${due.length} inzetten`}
        </strong>
        . Geef uw advies op de pagina van de inzet.
      </Paragraph>
      <ul>
        {due.map((r) => (
          <li key={`${r.deployment.id}-${r.reviewYear}`}>
            <RouterLink to={`/inzetten/${r.deployment.id}`}>
              Beoordeling {r.deployment.voorziening.name.toLowerCase()}: advies gevraagd vóór {formatDutchDate(r.period.start)}
            </RouterLink>{" "}
            ({r.deployment.voorziening.name}, inwoner {r.deployment.resident.bsnMasked}
            {r.overdue ? "; te laat: uren na deze datum worden geweigerd tot de gemeente besluit" : ""}
            {r.advice ? "; uw advies is gegeven" : ""})
          </li>
        ))}
      </ul>
    </Alert>
  );
}
