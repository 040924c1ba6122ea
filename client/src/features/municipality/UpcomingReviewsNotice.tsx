import { useQuery } from "@apollo/client/react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { PROVIDER_ROLES } from "@shared/roles";
import type { ReactNode } from "react";
import { ScreenLoading } from "../../app/screens";
import { useSession } from "../../app/session";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import type { UpcomingReviewsNotice_UpcomingQuery } from "../../gql/graphql";
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
 * On a provider's start page, above the page it is given: the waakvlam deployments whose yearly
 * review asks for its advice (the review year ends within eight weeks, or has begun without a
 * decision); nothing when none. The page mounts at once, so that both queries run side by side,
 * but stays hidden until the notice is known: a notice arriving after the list would push the
 * list down while the user reads it (layout shift).
 */
export function UpcomingReviewsNotice({ children }: { children: ReactNode }) {
  const { role } = useSession();
  const isProvider = PROVIDER_ROLES.includes(role);
  const { data, error } = useQuery(UpcomingReviewsQuery, { skip: !isProvider, fetchPolicy: "cache-and-network" });
  const known = !isProvider || Boolean(data) || Boolean(error);
  const due = data?.upcomingWaakvlamReviews ?? [];
  return (
    <>
      {!known && <ScreenLoading />}
      {due.length > 0 && <Notice due={due} />}
      <div hidden={!known}>{children}</div>
    </>
  );
}

function Notice({ due }: { due: UpcomingReviewsNotice_UpcomingQuery["upcomingWaakvlamReviews"] }) {
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
