import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { EntryRow } from "./EntryRow";

const EntriesListFragment = graphql(`
  fragment EntriesList_deployment on Deployment {
    id
    voorziening {
      id
      unit
    }
    entries(includeDeleted: true) {
      id
      ...EntryRow_entry
    }
  }
`);

interface EntriesListProps {
  deployment: FragmentType<typeof EntriesListFragment>;
  canEdit: boolean;
}

/** The hours logged on a deployment, newest first, deleted ones included with their history. */
export function EntriesList({ deployment, canEdit }: EntriesListProps) {
  const { entries, voorziening } = getFragmentData(EntriesListFragment, deployment);
  const [status, setStatus] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const columns = canEdit ? 5 : 4;

  const changed = (message: string, moveFocus: boolean) => {
    setStatus(message);
    if (moveFocus) requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <section aria-labelledby="entries-heading">
      <Heading2 id="entries-heading">Geregistreerde uren</Heading2>
      <div aria-live="polite">
        {status && (
          <Paragraph ref={statusRef} tabIndex={-1} className="viv-entries__status">
            {status}
          </Paragraph>
        )}
      </div>
      {entries.length === 0 ? (
        <Paragraph>Er zijn nog geen uren geregistreerd.</Paragraph>
      ) : (
        <div className="viv-table-scroll">
          <Table className="viv-entries">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Tijd</TableHeaderCell>
                <TableHeaderCell scope="col">Notitie</TableHeaderCell>
                <TableHeaderCell scope="col">Geschiedenis</TableHeaderCell>
                {canEdit && <TableHeaderCell scope="col">Wijzigen</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} unit={voorziening.unit} canEdit={canEdit} columns={columns} onChanged={changed} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
