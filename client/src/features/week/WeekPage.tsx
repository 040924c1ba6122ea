import { useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { addDays, formatDutchDate, formatDutchMonth, startOfIsoWeek, todayInNetherlands } from "@shared/dates";
import { canTakeHours } from "@shared/deployment-state";
import { DURATION_HINT } from "@shared/units";
import { useSearchParams } from "wouter";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import { useMediaQuery } from "../../app/useMediaQuery";
import { DayView } from "./DayView";
import { DeploymentStateBadge, stateOf } from "../deployments/deploymentState";
import { WeekGrid } from "./WeekGrid";
import { mondayFromParam, weekDays, weekTitle } from "./week";

const WeekPageQuery = graphql(`
  query WeekPage_Deployments($first: Int!, $from: Date!, $to: Date!) {
    deployments(first: $first, filter: { status: ACTIVE }) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          startDate
          endDate
          voorziening {
            id
            name
            unit
          }
          resident {
            id
            bsnMasked
          }
          municipality {
            id
            closedMonths
          }
          ...DeploymentState_deployment
          ...WeekRow_deployment
        }
      }
    }
  }
`);

/** Below this width the week's seven columns do not fit: the day view takes over. */
const NARROW = "(max-width: 699px)";

/** /uren: the week grid, or on a phone the day view ("Vandaag"). */
export function WeekPage() {
  return useMediaQuery(NARROW) ? <DayView /> : <WeekView />;
}

/** "Urenweek": a week of hours for every running deployment at once. */
function WeekView() {
  usePageTitle("Urenweek");
  const today = todayInNetherlands();
  const thisMonday = startOfIsoWeek(today);
  const [params, setParams] = useSearchParams();
  const asked = mondayFromParam(params.get("week"));
  // A week after this one has no day to fill in.
  const monday = asked && asked < thisMonday ? asked : thisMonday;
  const days = weekDays(monday);
  const isThisWeek = monday === thisMonday;
  // Fresh figures each time the page opens: hours may have been corrected or deleted elsewhere.
  // The server's page maximum: a person rarely has more running deployments than this.
  // Only the shown week's entries (WeekRow_deployment's `entries(from: $from, to: $to)`), not every deployment's history.
  const { data, error, loading } = useQuery(WeekPageQuery, { variables: { first: 100, from: monday, to: addDays(monday, 6) }, fetchPolicy: "cache-and-network" });
  const connection = data?.deployments;
  // Only deployments that take hours get a row; the others are named below it, with the reason.
  const all = (connection?.edges ?? []).map(({ node }) => ({ node, ...stateOf(node) }));
  const rows = all.filter((d) => canTakeHours(d.state));
  const others = all.filter((d) => !canTakeHours(d.state));
  const closedMonths = [...new Set(rows.flatMap((d) => d.node.municipality.closedMonths))].filter((m) => days.some((day) => day.date.startsWith(m)));

  // The week is in the URL (so a reload or a shared link keeps it); nothing about residents is.
  const showWeek = (next: string) => setParams(next === thisMonday ? {} : { week: next });

  return (
    <>
      <Heading1>Urenweek</Heading1>
      <Paragraph>
        Vul per lopende inzet de tijd per dag in. {DURATION_HINT} Druk op Enter in een cel of kies Week opslaan om alle
        ingevulde cellen in één keer op te slaan. Onder een cel staat wat er die dag al geregistreerd is. Dagen na
        vandaag, buiten de looptijd van een inzet en in een afgesloten maand zijn niet in te vullen.
      </Paragraph>

      <div className="viv-week__nav">
        <Button appearance="secondary-action-button" onClick={() => showWeek(addDays(monday, -7))}>
          Vorige week
        </Button>
        <Heading2 className="viv-week__title" aria-live="polite">
          {weekTitle(monday)}
        </Heading2>
        {/* aria-disabled rather than disabled: the button keeps focus when it reaches this week. */}
        <Button
          appearance="secondary-action-button"
          aria-disabled={isThisWeek || undefined}
          className={isThisWeek ? "utrecht-button--disabled" : undefined}
          onClick={() => !isThisWeek && showWeek(addDays(monday, 7))}
        >
          Volgende week
        </Button>
        <Button
          appearance="subtle-button"
          aria-disabled={isThisWeek || undefined}
          className={isThisWeek ? "utrecht-button--disabled" : undefined}
          onClick={() => !isThisWeek && showWeek(thisMonday)}
        >
          Deze week
        </Button>
      </div>

      {error && <Alert type="error">De inzetten konden niet worden geladen. Probeer het later opnieuw.</Alert>}
      {loading && !connection && <Paragraph aria-live="polite">De inzetten worden geladen…</Paragraph>}
      {connection && rows.length === 0 && (
        <Paragraph>
          Er zijn geen lopende inzetten waarop u uren kunt registreren. Registreer een inzet via{" "}
          <RouterLink to="/inzetten/nieuw">Nieuwe inzet</RouterLink>.
        </Paragraph>
      )}
      {closedMonths.length > 0 && (
        <Paragraph className="viv-week__closed">
          {closedMonths.map(formatDutchMonth).join(" en ")} {closedMonths.length === 1 ? "is" : "zijn"} afgesloten door de
          gemeente: op dagen in die maand kunnen geen uren meer worden geregistreerd.
        </Paragraph>
      )}
      {connection && rows.length > 0 && (
        <>
          {connection.pageInfo.hasNextPage && (
            <Alert type="warning">
              U ziet de eerste {connection.edges.length} van {connection.totalCount} lopende inzetten. Registreer uren
              voor de andere op de pagina van de inzet.
            </Alert>
          )}
          <WeekGrid
            deployments={rows.map(({ node }) => ({ ...node, closedMonths: node.municipality.closedMonths, row: node }))}
            days={days}
            today={today}
          />
        </>
      )}
      {others.length > 0 && (
        <section aria-labelledby="week-others" className="viv-week__others">
          <Heading2 id="week-others">Inzetten zonder uren in de Urenweek</Heading2>
          <ul>
            {others.map(({ node, state, why }) => (
              <li key={node.id}>
                <RouterLink to={`/inzetten/${encodeURIComponent(node.id)}`}>{node.voorziening.name}</RouterLink>{" "}
                {node.resident.bsnMasked}, vanaf {formatDutchDate(node.startDate)} <DeploymentStateBadge state={state} />{" "}
                {why}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
