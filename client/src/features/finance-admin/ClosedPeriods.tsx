import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Heading2, Paragraph, Textbox, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { addMonths, todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
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

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

export function ClosedPeriods({ municipalityCode }: { municipalityCode: string }) {
  const { data } = useQuery(ClosedPeriodsQuery, { variables: { municipalityCode } });
  const [close, { loading }] = useMutation(ClosePeriodMutation, { refetchQueries: ["ClosedPeriods_List"], awaitRefetchQueries: true });
  const [month, setMonth] = useState(addMonths(todayInNetherlands(), -1).slice(0, 7));
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    try {
      const result = (await close({ variables: { municipalityCode, month } })).data?.closePeriod;
      const errors = result?.userErrors ?? [];
      setProblem(errors.length ? errors.map((e) => e.message).join(" ") : null);
      if (!errors.length) setDone(`${monthLabel(month)} is afgesloten.`);
    } catch (e) {
      setProblem(writeFailureMessage(e));
    }
  }

  const periods = data?.closedPeriods ?? [];
  return (
    <section aria-labelledby="closed-periods" className="viv-section">
      <Heading2 id="closed-periods">Afgesloten maanden</Heading2>
      {periods.length === 0 ? (
        <Paragraph>Er is nog geen maand afgesloten.</Paragraph>
      ) : (
        <UnorderedList>
          {periods.map((p) => (
            <UnorderedListItem key={p.month}>
              {monthLabel(p.month)}
              {p.closedBy ? `, afgesloten door ${p.closedBy}` : ""}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <form onSubmit={submit} noValidate className="viv-form" aria-label="Maand afsluiten">
        {problem && <Alert type="error">{problem}</Alert>}
        <div aria-live="polite">{done && <Alert type="ok">{done}</Alert>}</div>
        <Field id="close-month" label="Maand" description="Een maand die voorbij is, als JJJJ-MM.">
          <Textbox id="close-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} aria-describedby="close-month-description" />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={loading} aria-disabled={loading || undefined}>
          Maand afsluiten
        </Button>
      </form>
    </section>
  );
}
