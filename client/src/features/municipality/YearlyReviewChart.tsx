import { formatMinutes } from "@shared/units";

const WIDTH = 720;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 80;
const ROW = 30;
const BAR = 18;
const TOP = 8;

/**
 * Hours per provider in the year as horizontal bars, in plain SVG. The table above holds the
 * same figures for anyone who cannot see the chart; the chart is one image with a description.
 */
export function YearlyReviewChart({ year, providers }: { year: number; providers: Array<{ name: string; minutes: number }> }) {
  if (providers.length === 0) return null;
  const max = Math.max(60, ...providers.map((p) => p.minutes));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = TOP * 2 + providers.length * ROW;
  const label =
    `Staafdiagram: uren per dienstverlener in ${year}. ` +
    providers.map((p) => `${p.name}: ${formatMinutes(p.minutes)} uur`).join("; ") +
    ". De cijfers staan ook in de tabel hierboven.";
  return (
    <figure className="viv-yearly-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} width="100%">
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={TOP / 2} y2={height - TOP / 2} stroke="#595959" />
        {providers.map((p, i) => {
          const y = TOP + i * ROW;
          const width = Math.max(p.minutes > 0 ? 2 : 0, (p.minutes / max) * plot);
          return (
            <g key={p.name}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="13" fill="#222">
                {p.name.length > 28 ? `${p.name.slice(0, 27)}…` : p.name}
              </text>
              <rect x={LABEL_WIDTH} y={y + (ROW - BAR) / 2} width={width} height={BAR} fill="#1f5f99" />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 4} fontSize="13" fill="#222">
                {formatMinutes(p.minutes)} uur
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>Uren per dienstverlener in {year} (voorzieningen die in uren tellen).</figcaption>
    </figure>
  );
}
