import { useQuery } from "@apollo/client/react";
import { Alert, Button, ButtonLink, Heading1, Heading2, Paragraph, Select, SelectOption, TableCell, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands, yearOf } from "@shared/dates";
import { formatAmount, formatMinutes, type Unit } from "@shared/units";
import { useSearchParams } from "wouter";
import { isForbidden } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable } from "../../components/DataTable";
import { Field } from "../../components/Field";
import { ListStates } from "../../components/ListStates";
import { getFragmentData, graphql } from "../../gql";
import type { YearlyFigure, YearlyReviewPage_LineFragment } from "../../gql/graphql";
import "./municipality.css";
import { useMunicipality } from "./useMunicipality";
import { YearlyReviewChart } from "./YearlyReviewChart";

const YearlyReviewQuery = graphql(`
  query YearlyReviewPage_Review($municipalityCode: String!, $year: Int!) {
    yearlyReview(municipalityCode: $municipalityCode, year: $year) {
      year
      from
      to
      municipality {
        id
        code
        name
      }
      lines {
        ...YearlyReviewPage_line
      }
      total {
        ...YearlyReviewPage_line
      }
    }
  }
`);

const YearlyReviewLineFragment = graphql(`
  fragment YearlyReviewPage_line on YearlyReviewLine {
    provider {
      id
      name
    }
    voorziening {
      code
      name
      unit
    }
    figures {
      residents
      residentsShown
      deploymentsStarted
      deploymentsRunning
      deploymentsEnded
      deploymentsAtCap
      minutes
      reviewsContinued
      reviewsStopped
      reviewsOpen
      halfYearsEnded
      halfYearsEndedAtCap
      halfYearsAtCapPercentage
    }
    changes {
      figure
      current
      previous
      difference
      percentChange
    }
  }
`);

type Line = YearlyReviewPage_LineFragment;

/** The figure columns, in the order of the table. */
const COLUMNS: Array<{ figure: YearlyFigure; label: string }> = [
  { figure: "RESIDENTS", label: "Inwoners" },
  { figure: "DEPLOYMENTS_STARTED", label: "Gestart" },
  { figure: "DEPLOYMENTS_RUNNING", label: "Lopend" },
  { figure: "DEPLOYMENTS_ENDED", label: "Beëindigd" },
  { figure: "DEPLOYMENTS_AT_CAP", label: "Op het maximum" },
  { figure: "MINUTES", label: "Gebruik" },
];

const FIGURE_FIELDS: Record<YearlyFigure, keyof Line["figures"]> = {
  RESIDENTS: "residents",
  DEPLOYMENTS_STARTED: "deploymentsStarted",
  DEPLOYMENTS_RUNNING: "deploymentsRunning",
  DEPLOYMENTS_ENDED: "deploymentsEnded",
  DEPLOYMENTS_AT_CAP: "deploymentsAtCap",
  MINUTES: "minutes",
};

const percent = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: "exceptZero" });
const signed = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : "0");

/** A figure as the table shows it: minutes as hours, dagdelen as a number. */
function formatFigure(figure: YearlyFigure, value: number, unit: Unit): string {
  if (figure !== "MINUTES") return String(value);
  return formatAmount(value, unit);
}

function formatDifference(figure: YearlyFigure, difference: number, unit: Unit): string {
  if (figure === "MINUTES" && unit === "MINUTES") return signed(difference, formatMinutes);
  return signed(difference, String);
}

const lastYear = () => yearOf(todayInNetherlands()) - 1;

/** Jaaroverzicht: the municipality's year per provider and voorziening, against the year before. */
export function YearlyReviewPage() {
  usePageTitle("Jaaroverzicht");
  const [params, setParams] = useSearchParams();
  const thisYear = yearOf(todayInNetherlands());
  const asked = Number(params.get("jaar"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : lastYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const municipality = useMunicipality();
  const municipalityCode = municipality.code ?? "";
  const { data, previousData, error, loading } = useQuery(YearlyReviewQuery, {
    variables: { municipalityCode, year },
    skip: !municipalityCode,
  });
  const review = (data ?? previousData)?.yearlyReview;
  const lines = review ? getFragmentData(YearlyReviewLineFragment, review.lines) : [];
  const total = review ? getFragmentData(YearlyReviewLineFragment, review.total) : undefined;
  const csvHref = `/exports/yearly-review.csv?${new URLSearchParams({ municipalityCode, year: String(year) })}`;

  const minutesPerProvider = new Map<string, number>();
  for (const line of lines) {
    if (line.voorziening?.unit !== "MINUTES" || !line.provider) continue;
    minutesPerProvider.set(line.provider.name, (minutesPerProvider.get(line.provider.name) ?? 0) + line.figures.minutes);
  }

  return (
    <div className="viv-yearly-review">
      <Heading1>Jaaroverzicht {year}</Heading1>
      <Paragraph>
        Per dienstverlener en voorziening de belangrijkste cijfers van het jaar{municipality.name ? ` in ${municipality.name}` : ""}, met
        onder elk cijfer het verschil met {year - 1}. Alleen aantallen: geen gegevens van inwoners.
      </Paragraph>

      <div className="viv-yearly-actions">
        <form method="post" aria-label="Jaar kiezen" className="viv-no-print" onSubmit={(e) => e.preventDefault()}>
          <Field id="yearly-year" label="Jaar">
            <Select id="yearly-year" value={String(year)} onChange={(e) => setParams({ jaar: e.target.value }, { replace: true })}>
              {years.map((y) => (
                <SelectOption key={y} value={String(y)}>
                  {y}
                </SelectOption>
              ))}
            </Select>
          </Field>
        </form>
        <Button appearance="secondary-action-button" className="viv-no-print" onClick={() => window.print()}>
          Afdrukken
        </Button>
        {municipalityCode && (
          <ButtonLink appearance="secondary-action-button" className="viv-no-print" href={csvHref} download>
            Download CSV
          </ButtonLink>
        )}
      </div>

      <ListStates
        error={error && (isForbidden(error) ? "U heeft geen toegang tot het jaaroverzicht." : "Het jaaroverzicht kon niet worden geladen. Probeer het later opnieuw.")}
        loading={(loading || municipality.loading) && !review && "Het jaaroverzicht wordt geladen…"}
      />
      {data && !data.yearlyReview && <Alert type="error">Er is geen jaaroverzicht voor deze gemeente.</Alert>}
      {review && (
        <>
          <Paragraph>
            {review.from && review.to
              ? `Geteld van ${formatDutchDate(review.from)} tot en met ${formatDutchDate(review.to)}.`
              : `Het jaar ${review.year} is nog niet begonnen.`}
          </Paragraph>
          {lines.length === 0 ? (
            <Paragraph>Geen inzetten in {review.year}.</Paragraph>
          ) : (
            <DataTable
              className="viv-municipality-table viv-yearly-table"
              aria-busy={loading || undefined}
              caption={`Jaaroverzicht ${review.year} per dienstverlener en voorziening, met het verschil met ${review.year - 1}`}
              columns={["Dienstverlener", "Voorziening", ...COLUMNS.map((c) => ({ label: c.label, numeric: true }))]}
              footer={
                total && (
                  <TableRow>
                    <TableHeaderCell scope="row" colSpan={2}>
                      Totaal
                    </TableHeaderCell>
                    <FigureCells line={total} year={review.year} />
                  </TableRow>
                )
              }
            >
              {lines.map((line) => (
                <TableRow key={`${line.provider?.id}|${line.voorziening?.code}`}>
                  <TableCell>{line.provider?.name}</TableCell>
                  <TableCell>{line.voorziening?.name}</TableCell>
                  <FigureCells line={line} year={review.year} />
                </TableRow>
              ))}
            </DataTable>
          )}
          {total && <Summary total={total} year={review.year} />}
          {minutesPerProvider.size > 0 && (
            <>
              <Heading2>Uren per dienstverlener</Heading2>
              <YearlyReviewChart year={review.year} providers={[...minutesPerProvider].map(([name, minutes]) => ({ name, minutes }))} />
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The figure cells of one line: this year's figure, and under it the change from the year before. */
function FigureCells({ line, year }: { line: Line; year: number }) {
  // The total line counts minutes only, whatever its voorzieningen count.
  const unit: Unit = line.voorziening?.unit ?? "MINUTES";
  return (
    <>
      {COLUMNS.map(({ figure }) => {
        const value = line.figures[FIGURE_FIELDS[figure]] as number;
        const change = line.changes.find((c) => c.figure === figure);
        return (
          <TableCell key={figure} className="viv-number" data-figure={figure}>
            <span className="viv-figure">{figure === "RESIDENTS" ? line.figures.residentsShown : formatFigure(figure, value, unit)}</span>
            {change && (
              <span className="viv-change">
                {formatDifference(figure, change.difference, unit)}
                {change.percentChange != null && change.difference !== 0 ? ` (${percent.format(change.percentChange)} %)` : ""}
                <span className="viv-visually-hidden"> ten opzichte van {year - 1}</span>
              </span>
            )}
          </TableCell>
        );
      })}
    </>
  );
}

/** What the table has no columns for: the waakvlam reviews and the half years of zorgcoördinatie. */
function Summary({ total, year }: { total: Line; year: number }) {
  const f = total.figures;
  const reviews = f.reviewsContinued + f.reviewsStopped + f.reviewsOpen;
  return (
    <>
      {reviews > 0 && (
        <Paragraph>
          Beoordelingen waakvlamcontact in {year}: {f.reviewsContinued} voortgezet, {f.reviewsStopped} gestopt, {f.reviewsOpen} nog zonder
          besluit.
        </Paragraph>
      )}
      {f.halfYearsEnded > 0 && (
        <Paragraph>
          Halve jaren zorgcoördinatie geëindigd in {year}: {f.halfYearsEnded}, waarvan {f.halfYearsEndedAtCap} op het maximum
          {f.halfYearsAtCapPercentage != null ? ` (${String(f.halfYearsAtCapPercentage).replace(".", ",")} %)` : ""}.
        </Paragraph>
      )}
    </>
  );
}
