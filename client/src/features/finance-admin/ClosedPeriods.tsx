import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Heading2, Heading3, Paragraph, Select, SelectOption, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { addMonths, formatDutchMonth, todayInNetherlands } from "@shared/dates";
import { useState } from "react";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { Field } from "../../components/Field";
import { graphql } from "../../gql";

const ClosedPeriodsQuery = graphql(`
  query ClosedPeriods_List($municipalityCode: String!) {
    closedPeriods(municipalityCode: $municipalityCode) {
      month
      closedAt
      closedBy
    }
  }
`);

const ClosePeriodMutation = graphql(`
  mutation ClosedPeriods_Close($municipalityCode: String!, $month: String!) {
    closePeriod(municipalityCode: $municipalityCode, month: $month) {
      period {
        month
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The months that have ended, newest first, as far back as a municipality would still close one. */
function endedMonths(today: string, count = 24): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, -(i + 1)).slice(0, 7));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Closing a month cannot be undone: no month is chosen for the user, and the close asks first,
 * in words, what it will do (components/ConfirmedAction.tsx).
 */
export function ClosedPeriods({ municipalityCode }: { municipalityCode: string }) {
  const { data } = useQuery(ClosedPeriodsQuery, { variables: { municipalityCode } });
  const [close] = useMutation(ClosePeriodMutation, { refetchQueries: ["ClosedPeriods_List"], awaitRefetchQueries: true });
  const [month, setMonth] = useState("");
  const [done, setDone] = useState<string | null>(null);

  const periods = data?.closedPeriods ?? [];
  const closed = new Set(periods.map((p) => p.month));
  const open = endedMonths(todayInNetherlands()).filter((m) => !closed.has(m));

  async function confirm(): Promise<string | null> {
    const result = (await close({ variables: { municipalityCode, month } })).data?.closePeriod;
    const errors = result?.userErrors ?? [];
    if (errors.length) return errors.map((e) => e.message).join(" ");
    setDone(`${capitalised(formatDutchMonth(month))} is afgesloten.`);
    setMonth("");
    return null;
  }

  const monthName = month ? formatDutchMonth(month) : "";
  return (
    <section aria-labelledby="closed-periods" className="viv-section">
      <Heading2 id="closed-periods">Afgesloten maanden</Heading2>
      {periods.length === 0 ? (
        <Paragraph>Er is nog geen maand afgesloten.</Paragraph>
      ) : (
        <UnorderedList>
          {periods.map((p) => (
            <UnorderedListItem key={p.month}>
              {formatDutchMonth(p.month)}
              {p.closedBy ? `, afgesloten door ${p.closedBy}` : ""}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="viv-form" role="group" aria-labelledby="close-month-heading">
        <Heading3 id="close-month-heading">Maand afsluiten</Heading3>
        <div aria-live="polite">{done && <Alert type="ok">{done}</Alert>}</div>
        <Field id="close-month" label="Maand" description="Alleen een maand die voorbij is. Na het afsluiten verandert het overzicht van die maand niet meer.">
          <Select
            id="close-month"
            value={month}
            onChange={(e) => {
              setDone(null);
              setMonth(e.target.value);
            }}
            aria-describedby="close-month-description"
          >
            <SelectOption value="">Kies een maand</SelectOption>
            {open.map((m) => (
              <SelectOption key={m} value={m}>
                {formatDutchMonth(m)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {month && (
          <ConfirmedAction
            key={month}
            label={`${capitalised(monthName)} afsluiten`}
            question={`${capitalised(monthName)} afsluiten: daarna verandert het overzicht van ${monthName.split(" ")[0]} niet meer. Correcties op ${monthName} worden geboekt in de eerste open maand. Dit kan niet ongedaan worden gemaakt.`}
            confirmLabel={`Ja, ${monthName} afsluiten`}
            onConfirm={confirm}
          />
        )}
      </div>
    </section>
  );
}
