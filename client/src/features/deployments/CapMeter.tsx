import { Heading2, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import { useId } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { CAP_WINDOW_LABELS, capLevel, formatPeriod, formatUsageSentence, WARNING_SHARE } from "./labels";

const CapMeterFragment = graphql(`
  fragment CapMeter_capUsage on CapUsage {
    capMinutes
    usedMinutes
    remainingMinutes
    windowStart
    windowEnd
    capWindow
    unit
  }
`);

/** How much of the cap of the current window is used. */
export function CapMeter(props: { capUsage: FragmentType<typeof CapMeterFragment> }) {
  const usage = getFragmentData(CapMeterFragment, props.capUsage);
  const textId = useId();
  const cap = usage.capMinutes;
  const level = capLevel(usage.usedMinutes, cap);

  return (
    <section className={`viv-cap viv-cap--${level}`} aria-labelledby={`${textId}-heading`}>
      <Heading2 id={`${textId}-heading`}>Gebruik</Heading2>
      <Paragraph data-testid="cap-usage" id={textId}>
        {formatUsageSentence(usage.usedMinutes, cap, usage.remainingMinutes, usage.unit)}
      </Paragraph>
      {cap != null && cap > 0 && (
        <div className="viv-cap__bar">
          {/* low/high/optimum make the browser colour the meter: fine below 80%, then worse. */}
          <meter
            aria-labelledby={textId}
            min={0}
            max={cap}
            value={Math.min(usage.usedMinutes, cap)}
            low={Math.round(cap * WARNING_SHARE)}
            high={Math.max(cap - 1, Math.round(cap * WARNING_SHARE))}
            optimum={0}
          />
          {level === "warning" && <StatusBadge status="warning">Bijna op</StatusBadge>}
          {level === "full" && <StatusBadge status="danger">Maximum bereikt</StatusBadge>}
        </div>
      )}
      <Paragraph className="viv-cap__period">
        {cap != null && usage.capWindow ? `Maximum ${CAP_WINDOW_LABELS[usage.capWindow]}; ` : ""}
        {cap != null ? "deze periode loopt " : "Geteld "}
        {formatPeriod(usage.windowStart, usage.windowEnd)}.
      </Paragraph>
    </section>
  );
}
