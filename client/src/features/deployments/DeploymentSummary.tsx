import { DataList, Heading1, PreHeading } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { useSession } from "../../app/session";
import { Fact } from "../../components/Fact";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { mayUse } from "../admin/access";
import { RevealBsn } from "../audit/RevealBsn";
import { DeploymentStateBadge, stateOf } from "./deploymentState";

const DeploymentSummaryFragment = graphql(`
  fragment DeploymentSummary_deployment on Deployment {
    id
    startDate
    endDate
    ...DeploymentState_deployment
    motivation
    transportByProvider
    approvalStatus
    approvalMotivation
    endReason
    voorziening {
      id
      name
    }
    resident {
      id
      bsnMasked
    }
    municipality {
      id
      name
    }
    provider {
      id
      name
    }
  }
`);

/** The heading of a deployment's page and the facts a provider checks before logging hours. */
export function DeploymentSummary(props: { deployment: FragmentType<typeof DeploymentSummaryFragment> }) {
  const d = getFragmentData(DeploymentSummaryFragment, props.deployment);
  const { role } = useSession();
  const { state } = stateOf(d);
  return (
    <>
      <PreHeading>Inzet</PreHeading>
      <Heading1>{d.voorziening.name}</Heading1>
      <DataList className="viv-summary">
        <Fact label="BSN inwoner">
          {/* Keyed by the deployment: on to another deployment, the revealed BSN is gone. */}
          {mayUse(role, "revealBsn") ? <RevealBsn key={d.id} residentId={d.resident.id} bsnMasked={d.resident.bsnMasked} /> : d.resident.bsnMasked}
        </Fact>
        <Fact label="Status">
          <DeploymentStateBadge state={state} />
        </Fact>
        <Fact label="Startdatum">{formatDutchDate(d.startDate)}</Fact>
        <Fact label="Einddatum">{d.endDate ? formatDutchDate(d.endDate) : "Geen einddatum"}</Fact>
        {d.endReason && <Fact label="Reden beëindiging">{d.endReason}</Fact>}
        <Fact label="Gemeente">{d.municipality.name}</Fact>
        <Fact label="Dienstverlener">{d.provider.name}</Fact>
        {d.approvalStatus !== "NOT_REQUIRED" && (
          <Fact label="Goedkeuring gemeente">
            {APPROVAL_LABELS[d.approvalStatus]}
            {d.approvalMotivation && <> Motivering van de gemeente: {d.approvalMotivation}</>}
          </Fact>
        )}
        {d.transportByProvider && <Fact label="Vervoer">Georganiseerd door de dienstverlener</Fact>}
        {d.motivation && <Fact label="Motivatie">{d.motivation}</Fact>}
      </DataList>
    </>
  );
}

/** What the municipality said about a deployment that needed its approval, in a sentence. */
const APPROVAL_LABELS: Record<string, string> = {
  PENDING: "De gemeente heeft nog niet besloten.",
  APPROVED: "De gemeente heeft de inzet goedgekeurd.",
  DECLINED: "De gemeente heeft de inzet afgewezen.",
};
