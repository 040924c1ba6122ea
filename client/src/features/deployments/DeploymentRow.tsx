import { TableCell, TableRow } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { RouterLink } from "../../components/RouterLink";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { DeploymentStateBadge, stateOf } from "./deploymentState";
import { formatUsage } from "./labels";

const DeploymentRowFragment = graphql(`
  fragment DeploymentRow_deployment on Deployment {
    id
    startDate
    ...DeploymentState_deployment
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
    capUsage {
      usedMinutes
      capMinutes
      unit
    }
  }
`);

export function DeploymentRow(props: { deployment: FragmentType<typeof DeploymentRowFragment> }) {
  const deployment = getFragmentData(DeploymentRowFragment, props.deployment);
  const { capUsage } = deployment;
  const { state } = stateOf(deployment);
  return (
    <TableRow>
      <TableCell>
        <RouterLink to={`/inzetten/${encodeURIComponent(deployment.id)}`}>{deployment.voorziening.name}</RouterLink>
      </TableCell>
      <TableCell>{deployment.resident.bsnMasked}</TableCell>
      <TableCell>{deployment.municipality.name}</TableCell>
      <TableCell>{formatDutchDate(deployment.startDate)}</TableCell>
      <TableCell>
        <DeploymentStateBadge state={state} />
      </TableCell>
      <TableCell>{formatUsage(capUsage.usedMinutes, capUsage.capMinutes, capUsage.unit)}</TableCell>
    </TableRow>
  );
}
