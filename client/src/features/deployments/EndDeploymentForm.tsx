import { useMutation } from "@apollo/client/react";
import { Alert, Heading2, Paragraph, Textarea } from "@utrecht/component-library-react";
import { formatDutchDate, todayInNetherlands } from "@shared/dates";
import { useState } from "react";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field } from "../../components/Field";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

const EndDeploymentFormFragment = graphql(`
  fragment EndDeploymentForm_deployment on Deployment {
    id
    status
    approvalStatus
  }
`);

const EndDeploymentMutation = graphql(`
  mutation EndDeploymentForm_EndDeployment($input: EndDeploymentInput!) {
    endDeployment(input: $input) {
      # The summary above reads these from the cache, so the page changes without a reload.
      deployment {
        id
        endDate
        endReason
        status
        # The server's state and reason after the end (ENDED once the end date has passed).
        ...DeploymentState_deployment
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * "Inzet beëindigen": the provider (or the municipality officer) ends a deployment when the work
 * is done, with an end date and a reason, after confirming. The server refuses a date before the
 * last hours or in a closed month, and says why.
 */
export function EndDeploymentForm(props: { deployment: FragmentType<typeof EndDeploymentFormFragment> }) {
  const d = getFragmentData(EndDeploymentFormFragment, props.deployment);
  const [endDeployment] = useMutation(EndDeploymentMutation);
  const [endDate, setEndDate] = useState(() => todayInNetherlands());
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);

  if (d.status === "ENDED" || d.approvalStatus === "DECLINED") return done ? <Alert type="ok">{done}</Alert> : null;

  async function confirm(): Promise<string | null> {
    const problem = dateProblem(endDate, { required: true, label: "de einddatum" });
    if (problem) return problem;
    if (!reason.trim()) return "Geef een reden op waarom de inzet eindigt.";
    const { data } = await endDeployment({ variables: { input: { deploymentId: d.id, endDate, reason } } });
    const payload = data?.endDeployment;
    if (!payload?.deployment) return payload?.userErrors.map((e) => e.message).join(" ") || "De inzet is niet beëindigd.";
    setDone(`De inzet is beëindigd per ${formatDutchDate(payload.deployment.endDate ?? endDate)}.`);
    return null;
  }

  return (
    <section aria-labelledby="end-deployment-heading" className="viv-end-deployment">
      <Heading2 id="end-deployment-heading">Inzet beëindigen</Heading2>
      {done && <Alert type="ok">{done}</Alert>}
      <Paragraph>Beëindig de inzet als het werk klaar is. Na de einddatum kunnen er geen uren meer op worden geschreven.</Paragraph>
      <DateField id="end-date" label="Einddatum" value={endDate} onChange={setEndDate} required />
      <Field id="end-reason" label="Reden" description="Bijvoorbeeld: doelen bereikt. Zet hier geen namen of BSN's in.">
        <Textarea id="end-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} aria-describedby="end-reason-description" required />
      </Field>
      <ConfirmedAction
        label="Inzet beëindigen"
        question={`Weet u zeker dat u deze inzet beëindigt per ${dateProblem(endDate) === undefined && endDate ? formatDutchDate(endDate) : "de gekozen datum"}?`}
        confirmLabel="Ja, inzet beëindigen"
        onConfirm={confirm}
      />
    </section>
  );
}
