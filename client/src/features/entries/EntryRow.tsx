import { Button, ButtonGroup, StatusBadge, TableCell, TableRow } from "@utrecht/component-library-react";
import { formatDutchDate } from "@shared/dates";
import type { Unit } from "@shared/units";
import { useRef, useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatEntryAmount } from "../deployments/labels";
import { CorrectEntryForm } from "./CorrectEntryForm";
import { DeleteEntryForm } from "./DeleteEntryForm";
import { EntryHistory } from "./EntryHistory";

const EntryRowFragment = graphql(`
  fragment EntryRow_entry on HourEntry {
    id
    date
    minutes
    note
    deleted
    history {
      ...EntryHistory_revision
    }
  }
`);

export type EntryRowEntry = FragmentType<typeof EntryRowFragment>;

interface EntryRowProps {
  entry: EntryRowEntry;
  unit: Unit;
  /** Providers correct and delete; a municipality only reads. */
  canEdit: boolean;
  columns: number;
  /** Says what happened; `moveFocus` when the row has no control left to return to. */
  onChanged: (message: string, moveFocus: boolean) => void;
}

/** One entry of the list, its history, and (for a provider) the forms to correct or delete it. */
export function EntryRow({ entry: ref, unit, canEdit, columns, onChanged }: EntryRowProps) {
  const entry = getFragmentData(EntryRowFragment, ref);
  const [mode, setMode] = useState<"correct" | "delete" | null>(null);
  const correctButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const what = `${formatEntryAmount(entry.minutes, unit)} op ${formatDutchDate(entry.date)}`;

  // Closing a form puts the focus back on the button that opened it.
  const close = (button: HTMLButtonElement | null) => {
    setMode(null);
    requestAnimationFrame(() => button?.focus());
  };

  return (
    <>
      <TableRow className={entry.deleted ? "viv-entry--deleted" : undefined}>
        <TableCell>
          {entry.deleted ? <del>{formatDutchDate(entry.date)}</del> : formatDutchDate(entry.date)}
          {entry.deleted && (
            <>
              {" "}
              <StatusBadge status="inactive">Verwijderd</StatusBadge>
            </>
          )}
        </TableCell>
        <TableCell>{entry.deleted ? <del>{formatEntryAmount(entry.minutes, unit)}</del> : formatEntryAmount(entry.minutes, unit)}</TableCell>
        <TableCell>{entry.note}</TableCell>
        <TableCell>
          <EntryHistory revisions={entry.history} unit={unit} />
        </TableCell>
        {canEdit && (
          <TableCell>
            {!entry.deleted && (
              <ButtonGroup>
                <Button
                  ref={correctButton}
                  appearance="secondary-action-button"
                  aria-expanded={mode === "correct"}
                  onClick={() => setMode(mode === "correct" ? null : "correct")}
                >
                  Corrigeren<span className="viv-visually-hidden"> {what}</span>
                </Button>
                <Button
                  ref={deleteButton}
                  appearance="secondary-action-button"
                  aria-expanded={mode === "delete"}
                  onClick={() => setMode(mode === "delete" ? null : "delete")}
                >
                  Verwijderen<span className="viv-visually-hidden"> {what}</span>
                </Button>
              </ButtonGroup>
            )}
          </TableCell>
        )}
      </TableRow>
      {mode && (
        <TableRow className="viv-entry__form-row">
          <TableCell colSpan={columns}>
            {mode === "correct" ? (
              <CorrectEntryForm
                entry={entry}
                unit={unit}
                onDone={(saved) => {
                  close(correctButton.current);
                  if (saved) onChanged("De correctie is opgeslagen.", false);
                }}
              />
            ) : (
              <DeleteEntryForm
                entryId={entry.id}
                description={what}
                onDone={(deleted) => {
                  if (!deleted) return close(deleteButton.current);
                  setMode(null);
                  onChanged(`${what[0].toUpperCase()}${what.slice(1)} is verwijderd.`, true);
                }}
              />
            )}
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
