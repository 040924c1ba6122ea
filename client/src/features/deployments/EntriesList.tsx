import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatEntryAmount } from "./labels";

const EntriesListFragment = graphql(`
  fragment EntriesList_deployment on Deployment {
    id
    voorziening {
      id
      unit
    }
    entries {
      id
      date
      minutes
      note
    }
  }
`);

/** The hours logged on a deployment, newest first. */
export function EntriesList(props: { deployment: FragmentType<typeof EntriesListFragment> }) {
  const { entries, voorziening } = getFragmentData(EntriesListFragment, props.deployment);
  return (
    <section aria-labelledby="entries-heading">
      <Heading2 id="entries-heading">Geregistreerde uren</Heading2>
      {entries.length === 0 ? (
        <Paragraph>Er zijn nog geen uren geregistreerd.</Paragraph>
      ) : (
        <div className="viv-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Tijd</TableHeaderCell>
                <TableHeaderCell scope="col">Notitie</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell>{formatDutchDate(entry.date)}</TableCell>
                  <TableCell>{formatEntryAmount(entry.minutes, voorziening.unit)}</TableCell>
                  <TableCell>{entry.note}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
