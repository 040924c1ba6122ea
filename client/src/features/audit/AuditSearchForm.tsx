import { Button, ButtonGroup, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { useRef, useState, type FormEvent } from "react";
import { ErrorSummary, type FormMessage } from "../../components/ErrorSummary";
import { DateField, dateProblem } from "../../components/DateTextbox";
import { Field, describedBy } from "../../components/Field";
import type { AuditFilterInput } from "../../gql/graphql";
import { AUDIT_ACTION_LABELS } from "./actions";

type FieldName = "action" | "objectId" | "actorEmail" | "from" | "to";
const ID: Record<FieldName, string> = {
  action: "audit-action",
  objectId: "audit-object",
  actorEmail: "audit-email",
  from: "audit-from",
  to: "audit-to",
};
const EMPTY: Record<FieldName, string> = { action: "", objectId: "", actorEmail: "", from: "", to: "" };

/**
 * Eight or nine digits, perhaps with spaces, dots or dashes: what a BSN looks like, whether or
 * not it passes the elfproef. The whole value, not a part: an id (a UUID) may hold such a run.
 */
const looksLikeBsn = (value: string) => /^\d{8,9}$/.test(value.replace(/[\s.-]/g, ""));
const NO_BSN = "Zoek niet op een BSN: het audittrail bevat geen BSN's. Zoek op het id van de inwoner.";

/**
 * The search of the audit trail. The filter goes to the server in the body of a POST, never in
 * the URL; and a BSN is refused here, before it is sent anywhere.
 */
export function AuditSearchForm({ onSearch }: { onSearch: (filter: AuditFilterInput) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (looksLikeBsn(values.objectId)) found.objectId = NO_BSN;
    if (looksLikeBsn(values.actorEmail)) found.actorEmail = NO_BSN;
    found.from = dateProblem(values.from, { label: "de datum bij Van" });
    found.to = dateProblem(values.to, { label: "de datum bij Tot en met" });
    if (!found.from && !found.to && values.from && values.to && values.to < values.from) found.to = "De datum bij Tot en met ligt vóór de datum bij Van.";
    for (const f of Object.keys(found) as FieldName[]) if (!found[f]) delete found[f];
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length) return;
    const v = (s: string) => s.trim() || null;
    onSearch({ action: v(values.action), objectId: v(values.objectId), actorEmail: v(values.actorEmail), from: v(values.from), to: v(values.to) });
  }

  function clear() {
    setValues(EMPTY);
    setErrors({});
    onSearch({});
  }

  const messages: FormMessage[] = (Object.keys(ID) as FieldName[])
    .filter((f) => errors[f])
    .map((f) => ({ message: errors[f]!, target: ID[f] }));

  const textbox = (field: FieldName, type?: string) => (
    <Textbox
      id={ID[field]}
      type={type}
      autoComplete="off"
      spellCheck={false}
      value={values[field]}
      onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      invalid={Boolean(errors[field])}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={describedBy(ID[field], { description: field === "objectId", error: errors[field] })}
    />
  );

  const dateField = (field: "from" | "to", label: string) => (
    <DateField id={ID[field]} label={label} value={values[field]} error={errors[field]} onChange={(value) => setValues((current) => ({ ...current, [field]: value }))} />
  );

  return (
    <form ref={form} role="search" aria-label="Audittrail doorzoeken" onSubmit={handleSubmit} noValidate className="viv-audit-search">
      <ErrorSummary messages={messages} attempt={attempt} />
      <div className="viv-filters">
        <Field id={ID.action} label="Actie" error={errors.action}>
          <Select id={ID.action} value={values.action} onChange={(e) => setValues({ ...values, action: e.target.value })}>
            <SelectOption value="">Alle acties</SelectOption>
            {Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => (
              <SelectOption key={action} value={action}>
                {label}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id={ID.objectId} label="Object-id" description="Het id van bijvoorbeeld een inwoner, inzet of account, of de eerste tekens ervan zoals in de lijst. Geen BSN." error={errors.objectId}>
          {textbox("objectId")}
        </Field>
        <Field id={ID.actorEmail} label="E-mailadres van wie het deed" error={errors.actorEmail}>
          {textbox("actorEmail", "email")}
        </Field>
        {dateField("from", "Van")}
        {dateField("to", "Tot en met")}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
        <Button appearance="secondary-action-button" onClick={clear}>
          Alles wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
