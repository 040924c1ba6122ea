import { Alert, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { formatMinutes } from "@shared/units";
import { graphql } from "../../gql";

export const ImportResultsFragment = graphql(`
  fragment ImportResults_payload on LogHoursBatchPayload {
    acceptedCount
    refusedCount
    results {
      line
      alreadyRecorded
      entry {
        id
        date
        minutes
      }
      userErrors {
        code
        field
        message
      }
    }
    userErrors {
      code
      message
    }
  }
`);

export interface ImportLine {
  line?: number | null;
  alreadyRecorded: boolean;
  entry?: { date: string; minutes: number } | null;
  userErrors: Array<{ message: string }>;
}

function outcome(line: ImportLine, written: boolean): string {
  if (line.userErrors.length > 0) return line.userErrors[0].message;
  if (line.alreadyRecorded) return "Deze regel was al eerder geïmporteerd; hij is niet nog eens geregistreerd.";
  return written ? `Geregistreerd: ${formatMinutes(line.entry!.minutes)} uur.` : "Deze regel kan worden geïmporteerd.";
}

/** The outcome of every line of a file: a summary, then a table with each line's outcome in words. */
export function ImportResults({ lines, written }: { lines: ImportLine[]; written: boolean }) {
  const refused = lines.filter((l) => l.userErrors.length > 0).length;
  const earlier = lines.filter((l) => l.alreadyRecorded).length;
  const fresh = lines.length - refused - earlier;
  const summary = [
    `${fresh} ${fresh === 1 ? "regel" : "regels"} ${written ? (fresh === 1 ? "is geregistreerd" : "zijn geregistreerd") : fresh === 1 ? "kan worden geïmporteerd" : "kunnen worden geïmporteerd"}`,
    `${refused} ${refused === 1 ? "regel wordt" : "regels worden"} geweigerd`,
    ...(earlier > 0 ? [`${earlier} ${earlier === 1 ? "regel was" : "regels waren"} al eerder geïmporteerd`] : []),
  ].join("; ");
  return (
    <>
      <Alert type={refused > 0 ? "warning" : "ok"}>
        <Paragraph>{summary}.</Paragraph>
      </Alert>
      <Table className="viv-municipality-table">
        <TableCaption className="viv-visually-hidden">Uitkomst per regel van het bestand</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Regel</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line, i) => (
            <TableRow key={i} className={line.userErrors.length > 0 ? "viv-import-refused" : undefined}>
              <TableCell>Regel {line.line}</TableCell>
              <TableCell>{outcome(line, written)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
