import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { normaliseBsn } from "@shared/bsn";
import { isIsoDate, todayInNetherlands } from "@shared/dates";
import { useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import { writeFailureMessage } from "../../app/errors";
import { usePageTitle } from "../../app/usePageTitle";
import { ErrorSummary, type FormMessage } from "../../components/ErrorSummary";
import { graphql } from "../../gql";
import { NewDeploymentFields } from "./NewDeploymentFields";
import { FIELD_ORDER, fieldId, fieldOf, validate, type NewDeploymentField, type NewDeploymentValues } from "./validate";

const MunicipalitiesQuery = graphql(`
  query NewDeploymentPage_Municipalities {
    municipalities {
      id
      code
      name
    }
  }
`);

const CatalogueQuery = graphql(`
  query NewDeploymentPage_Catalogue($municipalityCode: String!, $date: Date) {
    catalogue(municipalityCode: $municipalityCode, date: $date) {
      id
      code
      name
      asksMotivation
      asksTransport
      ...VoorzieningInfo_voorziening
    }
  }
`);

const CreateDeploymentMutation = graphql(`
  mutation NewDeploymentPage_CreateDeployment($input: CreateDeploymentInput!) {
    createDeployment(input: $input) {
      deployment {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type Errors = Partial<Record<NewDeploymentField, string>>;

export function NewDeploymentPage() {
  usePageTitle("Nieuwe inzet");
  const [, navigate] = useLocation();
  const [values, setValues] = useState<NewDeploymentValues>(() => ({
    municipalityCode: "",
    voorzieningCode: "",
    residentBsn: "",
    startDate: todayInNetherlands(),
    endDate: "",
    motivation: "",
    workLikePart: false,
    transportByProvider: false,
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const municipalitiesResult = useQuery(MunicipalitiesQuery);
  const municipalities = municipalitiesResult.data?.municipalities ?? [];
  // A provider with a contract in one municipality does not have to choose it.
  const municipalityCode = values.municipalityCode || (municipalities.length === 1 ? municipalities[0].code : "");
  // The catalogue that holds on the start date: a cap may change from one year to the next.
  const catalogueDate = isIsoDate(values.startDate) ? values.startDate : null;
  const catalogueResult = useQuery(
    CatalogueQuery,
    municipalityCode ? { variables: { municipalityCode, date: catalogueDate } } : skipToken,
  );
  // While a new start date reloads the catalogue, keep showing the last one: the choice made
  // stays valid (a change of municipality clears the chosen voorziening anyway).
  const catalogueData = catalogueResult.data ?? catalogueResult.previousData;
  const catalogue = municipalityCode ? (catalogueData?.catalogue ?? []) : [];
  const voorziening = catalogue.find((v) => v.code === values.voorzieningCode) ?? null;

  const [createDeployment, { loading }] = useMutation(CreateDeploymentMutation);

  function change(patch: Partial<NewDeploymentValues>) {
    setValues((current) => ({ ...current, ...patch }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setOtherErrors([]);
    const checked = { ...values, municipalityCode, voorzieningCode: voorziening?.code ?? "" };
    const clientErrors = validate(checked);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0 || !voorziening) {
      setAttempt((n) => n + 1);
      return;
    }

    try {
      const { data } = await createDeployment({
        variables: {
          input: {
            municipalityCode,
            voorzieningCode: voorziening.code,
            residentBsn: normaliseBsn(values.residentBsn),
            startDate: values.startDate,
            endDate: values.endDate || null,
            motivation: voorziening.asksMotivation ? values.motivation.trim() || null : null,
            workLikePart: voorziening.asksMotivation ? values.workLikePart : false,
            transportByProvider: voorziening.asksTransport ? values.transportByProvider : false,
          },
        },
        update(cache, result) {
          // The list of deployments is stale now; let it load again when it is next shown.
          if (result.data?.createDeployment.deployment) {
            cache.evict({ id: "ROOT_QUERY", fieldName: "deployments" });
            cache.gc();
          }
        },
      });
      const payload = data?.createDeployment;
      if (payload?.deployment) {
        // Stored (also when it waits for the municipality's approval: its page says so).
        // The deployment's opaque id goes in the URL, never the BSN.
        navigate(`/inzetten/${encodeURIComponent(payload.deployment.id)}`);
        return;
      }
      const serverErrors: Errors = {};
      const unplaced: string[] = [];
      for (const e of payload?.userErrors ?? []) {
        const field = fieldOf(e.field);
        if (field) serverErrors[field] = serverErrors[field] ? `${serverErrors[field]} ${e.message}` : e.message;
        else unplaced.push(e.message);
      }
      setErrors(serverErrors);
      setAttempt((n) => n + 1);
      setOtherErrors(unplaced.length > 0 || Object.keys(serverErrors).length > 0 ? unplaced : ["De inzet is niet gestart."]);
    } catch (error) {
      setFailure(writeFailureMessage(error));
    }
  }

  const summary: FormMessage[] = [
    ...FIELD_ORDER.flatMap((f) => (errors[f] ? [{ message: errors[f], target: fieldId(f) }] : [])),
    ...otherErrors.map((message) => ({ message })),
  ];

  return (
    <>
      <Heading1>Nieuwe inzet</Heading1>
      <Paragraph>
        Registreer hier een vrij inzetbare voorziening voor een inwoner. Daarna kunt u op de pagina van de inzet de
        uren bijhouden.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      <ErrorSummary messages={summary} attempt={attempt} />
      {municipalitiesResult.error && (
        <Alert type="error">De gemeenten konden niet worden geladen. Probeer het later opnieuw.</Alert>
      )}
      {/* method="post": should the form ever submit natively, the BSN still stays out of the URL. */}
      <form method="post" onSubmit={handleSubmit} noValidate className="viv-form">
        <NewDeploymentFields
          values={{ ...values, municipalityCode }}
          errors={errors}
          onChange={change}
          municipalities={municipalities}
          catalogue={catalogue}
          catalogueLoading={catalogueResult.loading}
          voorziening={voorziening}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          Inzet starten
        </Button>
      </form>
    </>
  );
}
