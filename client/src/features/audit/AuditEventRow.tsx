import { TableCell, TableRow } from "@utrecht/component-library-react";
import { ROLE_LABELS, ROLES, type Role } from "@shared/roles";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDutchDateTime } from "../admin/format";
import { OBJECT_TYPE_LABELS, actionLabel, resultLabel, shortId } from "./actions";

const AuditEventFragment = graphql(`
  fragment AuditEventRow_event on AuditEvent {
    id
    occurredAt
    actorEmail
    actorRole
    actorOrganisation
    action
    objectType
    objectId
    result
    reason
    origin
  }
`);

const isRole = (value: string | null | undefined): value is Role => (ROLES as readonly string[]).includes(value ?? "");

/** One row of the audit trail: when, who, what, on which object, with what result. */
export function AuditEventRow(props: { event: FragmentType<typeof AuditEventFragment> }) {
  const e = getFragmentData(AuditEventFragment, props.event);
  return (
    <TableRow>
      <TableCell className="viv-nowrap">{formatDutchDateTime(e.occurredAt)}</TableCell>
      <TableCell>{actionLabel(e.action)}</TableCell>
      <TableCell>
        {e.objectType ? (OBJECT_TYPE_LABELS[e.objectType] ?? e.objectType) : "–"}
        {e.objectId && <span className="viv-audit__code">{shortId(e.objectId)}</span>}
      </TableCell>
      <TableCell>
        {e.actorEmail ?? "Onbekend"}
        {(e.actorRole || e.actorOrganisation) && (
          <span className="viv-audit__detail">
            {[isRole(e.actorRole) ? ROLE_LABELS[e.actorRole] : e.actorRole, e.actorOrganisation].filter(Boolean).join(", ")}
          </span>
        )}
      </TableCell>
      <TableCell>
        {resultLabel(e.result)}
        {e.reason && <span className="viv-audit__detail">Reden: {e.reason}</span>}
      </TableCell>
      <TableCell>{e.origin ?? "–"}</TableCell>
    </TableRow>
  );
}
