import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  PreHeading,
  StatusBadge,
} from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import type { ReactNode } from "react";
import { useSession } from "../../app/session";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { mayUse } from "../admin/access";
import { RevealBsn } from "../audit/RevealBsn";
import { STATUS_BADGES, STATUS_LABELS } from "./labels";

const DeploymentSummaryFragment = graphql(`
  fragment DeploymentSummary_deployment on Deployment {
    id
    startDate
    endDate
    status
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
  return (
    <>
      <PreHeading>Inzet</PreHeading>
      <Heading1>{d.voorziening.name}</Heading1>
      <DataList className="viv-summary">
        <Item label="BSN inwoner">
          {/* Keyed by the deployment: on to another deployment, the revealed BSN is gone. */}
          {mayUse(role, "revealBsn") ? <RevealBsn key={d.id} residentId={d.resident.id} bsnMasked={d.resident.bsnMasked} /> : d.resident.bsnMasked}
        </Item>
        <Item label="Status">
          <StatusBadge status={STATUS_BADGES[d.status]}>{STATUS_LABELS[d.status]}</StatusBadge>
        </Item>
        <Item label="Startdatum">{formatDutchDate(d.startDate)}</Item>
        <Item label="Einddatum">{d.endDate ? formatDutchDate(d.endDate) : "Geen einddatum"}</Item>
        {d.endReason && <Item label="Reden beëindiging">{d.endReason}</Item>}
        <Item label="Gemeente">{d.municipality.name}</Item>
        <Item label="Dienstverlener">{d.provider.name}</Item>
        {d.approvalStatus !== "NOT_REQUIRED" && (
          <Item label="Goedkeuring gemeente">
            {APPROVAL_LABELS[d.approvalStatus]}
            {d.approvalMotivation ? `: ${d.approvalMotivation}` : ""}
          </Item>
        )}
        {d.transportByProvider && <Item label="Vervoer">Georganiseerd door de dienstverlener</Item>}
        {d.motivation && <Item label="Motivatie">{d.motivation}</Item>}
      </DataList>
    </>
  );
}

/** What the municipality said about a deployment that needed its approval. */
const APPROVAL_LABELS: Record<string, string> = {
  PENDING: "Wacht op goedkeuring; uren kunnen pas daarna",
  APPROVED: "Goedgekeurd",
  DECLINED: "Afgewezen; er kunnen geen uren op",
};

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
