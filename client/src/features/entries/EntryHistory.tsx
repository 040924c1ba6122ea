import { formatDutchDate } from "@shared/dates";
import type { Unit } from "@shared/units";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatEntryAmount } from "../deployments/labels";

const EntryHistoryFragment = graphql(`
  fragment EntryHistory_revision on HourEntryRevision {
    action
    at
    by
    dateBefore
    dateAfter
    minutesBefore
    minutesAfter
    reason
  }
`);

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

interface EntryHistoryProps {
  revisions: FragmentType<typeof EntryHistoryFragment>[];
  unit: Unit;
}

/** Every change of one entry, oldest first: when, who, what it was and became, and why. */
export function EntryHistory(props: EntryHistoryProps) {
  const revisions = props.revisions.map((r) => getFragmentData(EntryHistoryFragment, r));
  const amount = (minutes: number | null | undefined, date: string | null | undefined) =>
    minutes != null && date ? `${formatEntryAmount(minutes, props.unit)} op ${formatDutchDate(date)}` : "";

  return (
    <details className="viv-history">
      <summary>Geschiedenis ({revisions.length})</summary>
      <ol className="viv-history__list">
        {revisions.map((r, i) => {
          const what =
            r.action === "CREATED"
              ? `Geregistreerd: ${amount(r.minutesAfter, r.dateAfter)}.`
              : r.action === "CORRECTED"
                ? `Gecorrigeerd van ${amount(r.minutesBefore, r.dateBefore)} naar ${amount(r.minutesAfter, r.dateAfter)}.`
                : `Verwijderd (was ${amount(r.minutesBefore, r.dateBefore)}).`;
          return (
            <li key={i}>
              <span className="viv-history__when">
                {moment.format(new Date(r.at))}, {r.by}
              </span>
              <br />
              {what}
              {r.reason && <> Reden: {r.reason}</>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
