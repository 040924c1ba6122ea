/**
 * The actions the server records (recordAudit calls in server/modules), in Dutch. An action
 * missing here is still listed in the results under its own name.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "Inloggen",
  "resident.reveal": "BSN getoond",
  "deployment.view": "Inzet bekeken",
  "deployment.create": "Inzet geregistreerd",
  "deployment.approval": "Inzet beoordeeld",
  "indication.record": "Maatwerkindicatie vastgelegd",
  "indication.import": "Maatwerkindicaties ingelezen",
  "hours.created": "Uren geregistreerd",
  "hours.corrected": "Uren gecorrigeerd",
  "hours.deleted": "Uren verwijderd",
  "waakvlam.advise": "Advies over waakvlam gegeven",
  "waakvlam.decide": "Besluit over waakvlam genomen",
  "finance.export.csv": "Financieel overzicht gedownload (CSV)",
  "finance.export.xlsx": "Financieel overzicht gedownload (Excel)",
  "account.create": "Account aangemaakt",
  "account.deactivate": "Account uitgeschakeld",
  "account.secondFactor": "Tweede factor ingesteld",
  "account.secondFactorReset": "Tweede factor verwijderd door beheerder",
  "organisation.create": "Dienstverlener aangemaakt",
  "contract.create": "Contract vastgelegd",
  "apiToken.create": "API-token aangemaakt",
  "apiToken.revoke": "API-token ingetrokken",
  "catalogue.version.create": "Catalogusversie vastgelegd",
  "tariff.set": "Tarief vastgesteld",
  "period.close": "Maand afgesloten",
};

/** Results: "OK" or "REFUSED", or what was decided (an approval, a waakvlam advice or decision). */
const RESULT_LABELS: Record<string, string> = {
  OK: "Gelukt",
  REFUSED: "Geweigerd",
  PENDING_APPROVAL: "Wacht op goedkeuring",
  APPROVED: "Goedgekeurd",
  DECLINED: "Afgewezen",
  CONTINUE: "Voortzetten",
  STOP: "Stoppen",
};

/** "OK (12)" (an import of twelve rows) reads "Gelukt (12)". */
export function resultLabel(result: string): string {
  const m = /^([A-Z_]+)(.*)$/.exec(result);
  return m && RESULT_LABELS[m[1]] ? `${RESULT_LABELS[m[1]]}${m[2]}` : result;
}

/** A UUID is shortened to its first eight characters; the search finds the object by them. */
export function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? id.slice(0, 8) : id;
}

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: "Account",
  resident: "Inwoner",
  deployment: "Inzet",
  provider: "Dienstverlener",
  contract: "Contract",
  api_token: "API-token",
  hour_entry: "Urenregistratie",
  maatwerk_indication: "Maatwerkindicatie",
  catalogue_version: "Catalogusversie",
  tariff: "Tarief",
  closed_period: "Afgesloten periode",
  usage_report: "Gebruiksrapportage",
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
