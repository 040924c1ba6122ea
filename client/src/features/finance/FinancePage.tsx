import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { addDays, formatDutchMonth, isIsoDate, todayInNetherlands } from "@shared/dates";
import { useState } from "react";
import { useSearchParams } from "wouter";
import { isForbidden } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { DataTable, type Column } from "../../components/DataTable";
import { Field } from "../../components/Field";
import { ListStates } from "../../components/ListStates";
import { graphql } from "../../gql";
import { DateRangeFields } from "./DateRangeFields";
import { downloadExport, exportUrl } from "./download";
import "./finance.css";
import { HoursChart } from "./HoursChart";

const FinanceMunicipalitiesQuery = graphql(`
  query FinancePage_Municipalities {
    municipalities {
      id
      code
      name
    }
  }
`);

const FinanceCatalogueQuery = graphql(`
  query FinancePage_Catalogue($municipalityCode: String!) {
    catalogue(municipalityCode: $municipalityCode) {
      id
      code
      name
    }
  }
`);

const FinanceReportQuery = graphql(`
  query FinancePage_Report($municipalityCode: String!, $from: Date!, $to: Date!, $providerId: ID, $voorzieningCode: String) {
    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to, providerId: $providerId, voorzieningCode: $voorzieningCode) {
      municipalityName
      closedMonths
      providers {
        id
        name
      }
      rows {
        month
        monthLabel
        providerId
        providerName
        voorzieningCode
        voorzieningName
        unit
        hours
        dagdelen
        etmalen
        correctionLines
        residents
        amountCents
        unpricedLines
        closed
        ...HoursChart_row
      }
      totals {
        hours
        dagdelen
        etmalen
        correctionLines
        residents
        amountCents
        unpricedLines
      }
    }
  }
`);

const euros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const formatCents = (cents: number) => euros.format(cents / 100);

/** The last twelve months up to today, unless the URL says otherwise (?van=&tot=&dienstverlener=&voorziening=). */
function readFilters(params: URLSearchParams) {
  const today = todayInNetherlands();
  return {
    from: params.get("van") || `${addDays(today, -335).slice(0, 7)}-01`,
    to: params.get("tot") || today,
    providerId: params.get("dienstverlener") ?? "",
    voorzieningCode: params.get("voorziening") ?? "",
  };
}

type Filters = ReturnType<typeof readFilters>;

/**
 * Financiën: hours, dagdelen, residents counted and amounts per month, provider and voorziening,
 * with a chart and downloads. Never a resident: counts below five show as "< 5".
 */
export function FinancePage() {
  usePageTitle("Financiën");
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const municipality = useQuery(FinanceMunicipalitiesQuery).data?.municipalities[0];
  const municipalityCode = municipality?.code ?? "";
  const catalogue = useQuery(FinanceCatalogueQuery, { variables: { municipalityCode }, skip: !municipalityCode }).data?.catalogue ?? [];
  const validRange = isIsoDate(filters.from) && isIsoDate(filters.to) && filters.from <= filters.to;
  const { data, previousData, error, loading } = useQuery(FinanceReportQuery, {
    variables: {
      municipalityCode,
      from: filters.from,
      to: filters.to,
      providerId: filters.providerId || null,
      voorzieningCode: filters.voorzieningCode || null,
    },
    skip: !municipalityCode || !validRange,
  });
  const report = (data ?? previousData)?.usageReport;

  const change = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const out: Record<string, string> = { van: next.from, tot: next.to };
    if (next.providerId) out.dienstverlener = next.providerId;
    if (next.voorzieningCode) out.voorziening = next.voorzieningCode;
    setParams(out, { replace: true });
  };

  return (
    <>
      <Heading1>Financiën</Heading1>
      <Paragraph>
        Gebruik van de vrij inzetbare voorzieningen{municipality ? ` in ${municipality.name}` : ""}: uren, dagdelen, aantallen inwoners en
        bedragen per maand, dienstverlener en voorziening. Inwoners worden alleen geteld; minder dan vijf staat er als &ldquo;&lt; 5&rdquo;.
      </Paragraph>

      <form role="search" aria-label="Overzicht filteren" method="post" className="viv-finance-filters" onSubmit={(e) => e.preventDefault()}>
        <DateRangeFields from={filters.from} to={filters.to} onChange={change} />
        <Field id="finance-provider" label="Dienstverlener">
          <Select id="finance-provider" value={filters.providerId} onChange={(e) => change({ providerId: e.target.value })}>
            <SelectOption value="">Alle dienstverleners</SelectOption>
            {(report?.providers ?? []).map((p) => (
              <SelectOption key={p.id} value={p.id}>
                {p.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="finance-voorziening" label="Voorziening">
          <Select id="finance-voorziening" value={filters.voorzieningCode} onChange={(e) => change({ voorzieningCode: e.target.value })}>
            <SelectOption value="">Alle voorzieningen</SelectOption>
            {catalogue.map((v) => (
              <SelectOption key={v.id} value={v.code}>
                {v.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
      </form>
      {!validRange && <Alert type="error">Vul twee geldige datums in; de eerste mag niet na de tweede liggen.</Alert>}

      {municipalityCode && validRange && <Downloads filters={{ ...filters, municipalityCode }} />}

      <ListStates
        error={error && (isForbidden(error) ? "U heeft geen toegang tot de financiële overzichten." : "Het overzicht kon niet worden geladen. Probeer het later opnieuw.")}
        loading={loading && !report && "Het overzicht wordt geladen…"}
      />
      {report && report.closedMonths.length > 0 && (
        <Paragraph>
          Afgesloten maanden in deze periode: {report.closedMonths.map(formatDutchMonth).join(", ")}. Correcties op die maanden staan in de eerste open maand.
        </Paragraph>
      )}
      {report && report.rows.length === 0 && <Paragraph>Geen gebruik gevonden in deze periode.</Paragraph>}
      {report && report.rows.length > 0 && (
        <>
          <DataTable
            className="viv-finance-table"
            aria-busy={loading || undefined}
            caption="Gebruik per maand, dienstverlener en voorziening"
            columns={COLUMNS}
            footer={
              <TableRow>
                <TableHeaderCell scope="row" colSpan={3}>
                  Totaal
                </TableHeaderCell>
                <TableCell className="viv-number" data-testid="total-hours">
                  {report.totals.hours}
                </TableCell>
                <TableCell className="viv-number">{report.totals.dagdelen}</TableCell>
                <TableCell className="viv-number">{report.totals.residents}</TableCell>
                <TableCell className="viv-number" data-testid="total-amount">
                  {formatCents(report.totals.amountCents)}
                </TableCell>
                <TableCell>{report.totals.unpricedLines > 0 ? `${report.totals.unpricedLines} regels zonder tarief` : ""}</TableCell>
              </TableRow>
            }
          >
            {report.rows.map((r) => (
              <TableRow key={`${r.month}|${r.providerId}|${r.voorzieningCode}`}>
                <TableCell>{r.monthLabel}</TableCell>
                <TableCell>{r.providerName}</TableCell>
                <TableCell>{r.voorzieningName}</TableCell>
                <TableCell className="viv-number">{r.unit === "MINUTES" ? r.hours : ""}</TableCell>
                <TableCell className="viv-number">{r.unit === "DAGDELEN" ? r.dagdelen : r.unit === "ETMALEN" ? `${r.etmalen} etm.` : ""}</TableCell>
                <TableCell className="viv-number">{r.residents}</TableCell>
                <TableCell className="viv-number">{formatCents(r.amountCents)}</TableCell>
                <TableCell>{remark(r)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
          <Heading2>Uren per maand per voorziening</Heading2>
          <HoursChart rows={report.rows} />
        </>
      )}
    </>
  );
}

const COLUMNS: Column[] = [
  "Maand",
  "Dienstverlener",
  "Voorziening",
  { label: "Uren", numeric: true },
  { label: "Dagdelen", numeric: true },
  { label: "Inwoners", numeric: true },
  { label: "Bedrag", numeric: true },
  "Opmerking",
];

function remark(r: { closed: boolean; correctionLines: number; unpricedLines: number }): string {
  const parts: string[] = [];
  if (r.closed) parts.push("afgesloten");
  if (r.correctionLines > 0) parts.push(`${r.correctionLines} correctieregel${r.correctionLines === 1 ? "" : "s"}`);
  if (r.unpricedLines > 0) parts.push(`${r.unpricedLines} zonder tarief`);
  return parts.join("; ");
}

/** CSV and Excel downloads of what the table shows; a long export says it is busy and how far. */
function Downloads({ filters }: { filters: Filters & { municipalityCode: string } }) {
  const [busy, setBusy] = useState<null | { format: string; bytes: number }>(null);
  const [status, setStatus] = useState<string>("");
  const [problem, setProblem] = useState<string | null>(null);

  async function start(format: "csv" | "xlsx") {
    if (busy) return;
    setProblem(null);
    setStatus("");
    setBusy({ format, bytes: 0 });
    try {
      const name = await downloadExport(exportUrl(format, filters), (bytes) => setBusy({ format, bytes }));
      setStatus(`${name} is gedownload.`);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : "Het exporteren is mislukt.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="viv-finance-downloads">
      <Button appearance="secondary-action-button" onClick={() => start("csv")} busy={busy?.format === "csv"} disabled={busy !== null}>
        Download CSV
      </Button>
      <Button appearance="secondary-action-button" onClick={() => start("xlsx")} busy={busy?.format === "xlsx"} disabled={busy !== null}>
        Download Excel
      </Button>
      <p aria-live="polite" className="viv-finance-downloads__status">
        {busy ? `Bezig met exporteren… ${busy.bytes > 0 ? `${Math.ceil(busy.bytes / 1024)} kB ontvangen` : ""}` : status}
      </p>
      {problem && <Alert type="error">{problem}</Alert>}
    </div>
  );
}
