import { formatMinutes } from "@shared/units";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { hourTicks } from "./ticks";

const HoursChartRowFragment = graphql(`
  fragment HoursChart_row on UsageReportRow {
    month
    monthLabel
    voorzieningCode
    voorzieningName
    unit
    minutes
  }
`);

/** Colours with at least 3:1 against white (WCAG 1.4.11), told apart by the legend's order too. */
const COLOURS = ["#1f5f99", "#a3511b", "#3c6e1e", "#6b3fa0", "#8a1c4a", "#00667a", "#5c5c00", "#444444"];

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 56 };

/**
 * Hours per month per voorziening as grouped bars, in plain SVG. The table above holds the same
 * figures for anyone who cannot see the chart; the chart is described as one image.
 */
export function HoursChart({ rows: rowRefs }: { rows: FragmentType<typeof HoursChartRowFragment>[] }) {
  const rows = rowRefs.map((r) => getFragmentData(HoursChartRowFragment, r)).filter((r) => r.unit === "MINUTES");
  const months = [...new Map(rows.map((r) => [r.month, r.monthLabel])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const voorzieningen = [...new Map(rows.map((r) => [r.voorzieningCode, r.voorzieningName])).entries()];
  if (months.length === 0 || voorzieningen.length === 0) return null;

  const minutes = new Map<string, number>();
  for (const r of rows) minutes.set(`${r.month}|${r.voorzieningCode}`, (minutes.get(`${r.month}|${r.voorzieningCode}`) ?? 0) + r.minutes);
  const { top, ticks } = hourTicks(Math.max(60, ...minutes.values()));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupWidth = plotWidth / months.length;
  const barWidth = Math.max(2, (groupWidth * 0.8) / voorzieningen.length);
  const y = (value: number) => MARGIN.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const label = `Staafdiagram: uren per maand per voorziening, ${months[0][1]} tot en met ${months[months.length - 1][1]}. De cijfers staan in de tabel hierboven.`;

  return (
    <figure className="viv-finance-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} width="100%">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#c4c4c4" />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#333">
              {formatMinutes(t)}
            </text>
          </g>
        ))}
        {months.map(([month, monthLabel], i) => (
          <g key={month}>
            {voorzieningen.map(([code], j) => {
              const value = minutes.get(`${month}|${code}`) ?? 0;
              const x = MARGIN.left + i * groupWidth + groupWidth * 0.1 + j * barWidth;
              return <rect key={code} x={x} y={y(value)} width={barWidth} height={MARGIN.top + plotHeight - y(value)} fill={COLOURS[j % COLOURS.length]} />;
            })}
            <text x={MARGIN.left + i * groupWidth + groupWidth / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize="11" fill="#333">
              {monthLabel.replace(/ (\d{2})(\d{2})$/, " '$2")}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="viv-finance-chart__legend">
          {voorzieningen.map(([code, name], j) => (
            <li key={code}>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={COLOURS[j % COLOURS.length]} />
              </svg>{" "}
              {name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
