import { useMutation } from "@apollo/client/react";
import { Alert, Button, Fieldset, FieldsetLegend, Paragraph, RadioButton, Textarea } from "@utrecht/component-library-react";
import { useId, useState, type FormEvent } from "react";
import { writeFailureMessage } from "../../app/errors";
import { Field, describedBy } from "../../components/Field";
import { graphql } from "../../gql";

const AdviseMutation = graphql(`
  mutation ReviewForm_Advise($input: AdviseWaakvlamReviewInput!) {
    adviseWaakvlamReview(input: $input) {
      review {
        reviewYear
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DecideMutation = graphql(`
  mutation ReviewForm_Decide($input: DecideWaakvlamReviewInput!) {
    decideWaakvlamReview(input: $input) {
      review {
        reviewYear
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type Outcome = "CONTINUE" | "STOP";

/** What was recorded, in a sentence: the form itself may be gone once the review year is decided. */
function recordedSentence(kind: "advice" | "decision", outcome: Outcome): string {
  const what = outcome === "CONTINUE" ? "om voort te zetten" : "om te stoppen";
  return kind === "advice"
    ? `Uw advies ${what} is vastgelegd. De gemeente neemt nu een besluit.`
    : `Het besluit ${what} is vastgelegd.${outcome === "STOP" ? " De inzet eindigt aan het einde van dit beoordelingsjaar." : ""}`;
}

/**
 * The provider's advice or the municipality's decision on the open review year. The page says
 * what was recorded (`onRecorded`), outside this form, which a decision may remove.
 */
export function ReviewForm({ kind, deploymentId, onRecorded }: { kind: "advice" | "decision"; deploymentId: string; onRecorded: (sentence: string) => void }) {
  const base = useId();
  const refetchQueries = ["DeploymentPage_Deployment"];
  const [advise, advising] = useMutation(AdviseMutation, { refetchQueries, awaitRefetchQueries: true });
  const [decide, deciding] = useMutation(DecideMutation, { refetchQueries, awaitRefetchQueries: true });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [motivation, setMotivation] = useState("");
  const [error, setError] = useState<string | null>(null);
  const busy = advising.loading || deciding.loading;
  const noun = kind === "advice" ? "advies" : "besluit";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!outcome || !motivation.trim()) {
      setError(`Kies voortzetten of stoppen en geef een motivering bij het ${noun}.`);
      return;
    }
    setError(null);
    try {
      const input = { deploymentId, motivation: motivation.trim() };
      const userErrors =
        kind === "advice"
          ? ((await advise({ variables: { input: { ...input, advice: outcome } } })).data?.adviseWaakvlamReview.userErrors ?? [])
          : ((await decide({ variables: { input: { ...input, decision: outcome } } })).data?.decideWaakvlamReview.userErrors ?? []);
      if (userErrors.length) setError(userErrors.map((e) => e.message).join(" "));
      else {
        setMotivation("");
        setOutcome(null);
        onRecorded(recordedSentence(kind, outcome));
      }
    } catch (e) {
      setError(writeFailureMessage(e));
    }
  }

  const motivationId = `${base}-motivation`;
  return (
    <form onSubmit={submit} noValidate className="viv-form" aria-label={kind === "advice" ? "Advies geven" : "Besluit nemen"}>
      {error && <Alert type="error">{error}</Alert>}
      <Fieldset>
        <FieldsetLegend>{kind === "advice" ? "Uw advies voor het volgende beoordelingsjaar" : "Besluit van de gemeente"}</FieldsetLegend>
        {(["CONTINUE", "STOP"] as const).map((value) => (
          <Paragraph key={value}>
            <RadioButton id={`${base}-${value}`} name={`${base}-outcome`} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />{" "}
            <label htmlFor={`${base}-${value}`}>{value === "CONTINUE" ? "Voortzetten" : "Stoppen aan het einde van dit beoordelingsjaar"}</label>
          </Paragraph>
        ))}
      </Fieldset>
      <Field id={motivationId} label="Motivering" error={undefined}>
        <Textarea id={motivationId} rows={3} value={motivation} onChange={(e) => setMotivation(e.target.value)} aria-describedby={describedBy(motivationId, {})} />
      </Field>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {kind === "advice" ? "Advies geven" : "Besluit vastleggen"}
      </Button>
    </form>
  );
}
