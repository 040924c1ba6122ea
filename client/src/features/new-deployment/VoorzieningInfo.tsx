import { Blockquote, Paragraph } from "@utrecht/component-library-react";
import { formatAmount } from "@shared/units";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { CAP_WINDOW_LABELS } from "../deployments/labels";

const VoorzieningInfoFragment = graphql(`
  fragment VoorzieningInfo_voorziening on Voorziening {
    id
    unit
    capAmount
    capWindow
    maxDurationMonths
    policyQuote
    policySource
  }
`);

/** What the municipality's policy says about the chosen voorziening, and its cap. */
export function VoorzieningInfo(props: { voorziening: FragmentType<typeof VoorzieningInfoFragment> }) {
  const v = getFragmentData(VoorzieningInfoFragment, props.voorziening);
  const cap =
    v.capAmount == null
      ? "Geen maximum."
      : `Maximaal ${formatAmount(v.capAmount, v.unit)}${v.capWindow ? ` ${CAP_WINDOW_LABELS[v.capWindow]}` : ""}.`;
  const duration =
    v.maxDurationMonths == null
      ? ""
      : ` De inzet duurt ten hoogste ${v.maxDurationMonths} ${v.maxDurationMonths === 1 ? "maand" : "maanden"}.`;
  return (
    <div className="viv-voorziening-info" id="voorziening-info">
      <Paragraph>
        {cap}
        {duration}
      </Paragraph>
      <Blockquote caption={v.policySource}>
        <Paragraph>{v.policyQuote}</Paragraph>
      </Blockquote>
    </div>
  );
}
