import { Checkbox, Select, SelectOption, Textarea, Textbox } from "@utrecht/component-library-react";
import { DATE_FORMAT_HINT, DateTextbox } from "../../components/DateTextbox";
import { Field, describedBy } from "../../components/Field";
import type {
  NewDeploymentPage_CatalogueQuery,
  NewDeploymentPage_MunicipalitiesQuery,
} from "../../gql/graphql";
import { fieldId, type NewDeploymentField, type NewDeploymentValues } from "./validate";
import { VoorzieningInfo } from "./VoorzieningInfo";

type Voorziening = NewDeploymentPage_CatalogueQuery["catalogue"][number];

interface Props {
  values: NewDeploymentValues;
  errors: Partial<Record<NewDeploymentField, string>>;
  onChange: (patch: Partial<NewDeploymentValues>) => void;
  municipalities: NewDeploymentPage_MunicipalitiesQuery["municipalities"];
  catalogue: Voorziening[];
  catalogueLoading: boolean;
  voorziening: Voorziening | null;
}

/** The controls of the new-deployment form; NewDeploymentPage owns the state and the submit. */
export function NewDeploymentFields({ values, errors, onChange, municipalities, catalogue, catalogueLoading, voorziening }: Props) {
  // Props every control shares: its id, invalid state and what describes it.
  const control = (field: NewDeploymentField, description = false) => ({
    id: fieldId(field),
    invalid: Boolean(errors[field]),
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(fieldId(field), { description, error: errors[field] }),
  });

  return (
    <>
      <Field id={fieldId("municipalityCode")} label="Gemeente" error={errors.municipalityCode}>
        <Select
          {...control("municipalityCode")}
          value={values.municipalityCode}
          onChange={(e) => onChange({ municipalityCode: e.target.value, voorzieningCode: "" })}
          required
        >
          <SelectOption value="">Kies een gemeente</SelectOption>
          {municipalities.map((m) => (
            <SelectOption key={m.id} value={m.code}>
              {m.name}
            </SelectOption>
          ))}
        </Select>
      </Field>

      <Field id={fieldId("voorzieningCode")} label="Voorziening" error={errors.voorzieningCode}>
        <Select
          {...control("voorzieningCode")}
          value={voorziening?.code ?? ""}
          onChange={(e) => onChange({ voorzieningCode: e.target.value })}
          disabled={!values.municipalityCode}
          busy={catalogueLoading}
          required
        >
          <SelectOption value="">
            {values.municipalityCode ? "Kies een voorziening" : "Kies eerst een gemeente"}
          </SelectOption>
          {catalogue.map((v) => (
            <SelectOption key={v.id} value={v.code}>
              {v.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {voorziening && <VoorzieningInfo voorziening={voorziening} />}

      <Field
        id={fieldId("residentBsn")}
        label="BSN van de inwoner"
        description="9 cijfers. Het BSN wordt alleen gebruikt om de inwoner te herkennen."
        error={errors.residentBsn}
      >
        <Textbox
          {...control("residentBsn", true)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={values.residentBsn}
          onChange={(e) => onChange({ residentBsn: e.target.value })}
          required
        />
      </Field>

      <Field id={fieldId("startDate")} label="Startdatum" description={DATE_FORMAT_HINT} error={errors.startDate}>
        <DateTextbox {...control("startDate", true)} value={values.startDate} onChange={(startDate) => onChange({ startDate })} required />
      </Field>

      <Field id={fieldId("endDate")} label="Einddatum (optioneel)" description={DATE_FORMAT_HINT} error={errors.endDate}>
        <DateTextbox {...control("endDate", true)} value={values.endDate} onChange={(endDate) => onChange({ endDate })} />
      </Field>

      {voorziening?.asksMotivation && (
        <Field
          id={fieldId("workLikePart")}
          type="checkbox"
          label="De inwoner doet ook arbeidsmatige activiteiten"
          description="Dan telt de dagbesteding als arbeidsmatig en is een indicatie nodig, tenzij u hieronder motiveert dat de nadruk op recreatie ligt."
          error={errors.workLikePart}
        >
          <Checkbox
            {...control("workLikePart", true)}
            checked={values.workLikePart}
            onChange={(e) => onChange({ workLikePart: e.target.checked })}
          />
        </Field>
      )}

      {voorziening?.asksMotivation && (
        <Field
          id={fieldId("motivation")}
          label="Motivatie"
          description="Leg uit waarom deze voorziening past. Doet de inwoner ook arbeidsmatige activiteiten, licht dan toe dat de nadruk op recreatie ligt."
          error={errors.motivation}
        >
          <Textarea
            {...control("motivation", true)}
            rows={4}
            value={values.motivation}
            onChange={(e) => onChange({ motivation: e.target.value })}
          />
        </Field>
      )}

      {voorziening?.asksTransport && (
        <Field
          id={fieldId("transportByProvider")}
          type="checkbox"
          label="Wij organiseren het vervoer"
          description="Alleen als de inwoner en het netwerk het vervoer niet zelf kunnen regelen (lichte toets)."
          error={errors.transportByProvider}
        >
          <Checkbox
            {...control("transportByProvider", true)}
            checked={values.transportByProvider}
            onChange={(e) => onChange({ transportByProvider: e.target.checked })}
          />
        </Field>
      )}
    </>
  );
}
