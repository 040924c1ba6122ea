import { useQuery } from "@apollo/client/react";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { PROVIDER_ROLES } from "@shared/roles";
import { useParams } from "wouter";
import { useSession } from "../../app/session";
import { usePageTitle } from "../../app/usePageTitle";
import { RouterLink } from "../../components/RouterLink";
import { graphql } from "../../gql";
import { takesLateHours } from "@shared/deployment-state";
import { CapMeter } from "./CapMeter";
import { stateOf } from "./deploymentState";
import { DeploymentSummary } from "./DeploymentSummary";
import { EndDeploymentForm } from "./EndDeploymentForm";
import { EntriesList } from "../entries/EntriesList";
import { LogHoursForm } from "./LogHoursForm";
import { WaakvlamReviews } from "../waakvlam/WaakvlamReviews";

const DeploymentQuery = graphql(`
  query DeploymentPage_Deployment($id: ID!) {
    deployment(id: $id) {
      id
      endDate
      voorziening {
        id
        name
      }
      capUsage {
        ...CapMeter_capUsage
      }
      ...DeploymentState_deployment
      ...DeploymentSummary_deployment
      ...EntriesList_deployment
      ...WaakvlamReviews_deployment
      ...EndDeploymentForm_deployment
    }
  }
`);

export function DeploymentPage() {
  const { id = "" } = useParams();
  const { role } = useSession();
  const isProvider = PROVIDER_ROLES.includes(role);
  const { data, error, loading } = useQuery(DeploymentQuery, { variables: { id } });
  const deployment = data?.deployment;
  usePageTitle(deployment ? deployment.voorziening.name : "Inzet");

  if (error) {
    return (
      <>
        <Heading1>Inzet</Heading1>
        <Alert type="error">De inzet kon niet worden geladen. Probeer het later opnieuw.</Alert>
      </>
    );
  }
  if (loading && !deployment) return <Paragraph aria-live="polite">De inzet wordt geladen…</Paragraph>;
  if (!deployment) {
    // NOT_FOUND never says whether the deployment exists for someone else.
    return (
      <>
        <Heading1>Inzet niet gevonden</Heading1>
        <Paragraph>
          Deze inzet bestaat niet of u heeft er geen toegang toe. Ga terug naar{" "}
          <RouterLink to="/">het overzicht van inzetten</RouterLink>.
        </Paragraph>
      </>
    );
  }

  const { state, why } = stateOf(deployment);
  return (
    <>
      <DeploymentSummary deployment={deployment} />
      <CapMeter capUsage={deployment.capUsage} />
      {/* Instead of a form the server would refuse, or above one that is limited: why. */}
      {isProvider && why && (
        <Alert type={state === "DECLINED" ? "error" : "info"} className="viv-no-hours">
          <Paragraph>{why}</Paragraph>
        </Alert>
      )}
      {isProvider && takesLateHours(state) && <LogHoursForm key={deployment.id} deploymentId={deployment.id} endDate={deployment.endDate} />}
      <WaakvlamReviews deployment={deployment} />
      <EntriesList deployment={deployment} canEdit={isProvider} />
      <EndDeploymentForm deployment={deployment} />
    </>
  );
}
