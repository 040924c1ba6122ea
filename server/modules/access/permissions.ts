import { ROLES, type Role } from "../../../shared/roles.js";
import { forbidden, unauthenticated } from "../../platform/errors.js";
import type { Actor } from "../../platform/actor.js";

const ALL: readonly Role[] = ROLES;
const PROVIDER: readonly Role[] = ["PROVIDER_EMPLOYEE", "PROVIDER_ADMIN"];
const MUNICIPALITY_CASEWORK: readonly Role[] = ["MUNICIPALITY_OFFICER"];
const ADMINS: readonly Role[] = ["PROVIDER_ADMIN", "MUNICIPALITY_ADMIN"];

/**
 * The one permission table: which roles may perform which action. Every service method
 * starts with `assertCan` for its action; tenant scoping (own organisation or municipality)
 * is applied by the service's queries on top of this.
 */
export const PERMISSIONS = {
  "account.secondFactor": ALL,
  // Meldingen: everyone reads and marks only the notices addressed to them.
  "notice.read": ALL,
  "account.manage": ADMINS,
  "organisation.manage": ["MUNICIPALITY_ADMIN"],
  "apiToken.manage": ["PROVIDER_ADMIN"],
  "audit.read": ["MUNICIPALITY_OFFICER", "MUNICIPALITY_ADMIN"],
  "catalogue.read": ALL,
  "municipality.list": ALL,
  "resident.reveal": [...PROVIDER, ...MUNICIPALITY_CASEWORK],
  "deployment.read": [...PROVIDER, ...MUNICIPALITY_CASEWORK],
  "deployment.create": PROVIDER,
  "deployment.approve": MUNICIPALITY_CASEWORK,
  // The provider ends its work; the officer can end one too (e.g. when a provider stops trading).
  "deployment.end": [...PROVIDER, ...MUNICIPALITY_CASEWORK],
  "hours.log": PROVIDER,
  "hours.correct": PROVIDER,
  "indication.record": MUNICIPALITY_CASEWORK,
  "waakvlam.advise": PROVIDER,
  "waakvlam.decide": MUNICIPALITY_CASEWORK,
  // Finance (server/modules/finance): figures without residents for finance and the officers;
  // tariffs and closing a month are functioneel beheer's (shared/domain.md: finance only reads).
  "finance.report": ["FINANCE", "MUNICIPALITY_OFFICER"],
  "declaration.read": [...PROVIDER, "FINANCE"],
  "tariff.read": ["FINANCE", "MUNICIPALITY_ADMIN"],
  "tariff.manage": ["MUNICIPALITY_ADMIN"],
  "period.read": ["FINANCE", "MUNICIPALITY_OFFICER", "MUNICIPALITY_ADMIN"],
  "period.close": ["MUNICIPALITY_ADMIN"],
  "waakvlam.queue": MUNICIPALITY_CASEWORK,
  "waakvlam.upcoming": PROVIDER,
  "approval.queue": MUNICIPALITY_CASEWORK,
  "indication.import": MUNICIPALITY_CASEWORK,
  "catalogue.manage": ["MUNICIPALITY_ADMIN"],
  // Aggregates only (never a BSN or a name), so finance may read them too.
  "yearlyReview.read": ["MUNICIPALITY_OFFICER", "FINANCE"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/**
 * A provider system's API token acts as a provider employee, narrowed: registering work yes,
 * a full BSN or anything about accounts no. A token is a long-lived secret in another system;
 * what it leaks should be no more than that system already holds.
 */
const API_TOKEN_DENIED: ReadonlySet<Action> = new Set<Action>(["resident.reveal", "account.secondFactor", "account.manage", "apiToken.manage"]);

export function can(actor: Actor, action: Action): boolean {
  if (actor.viaApiToken && API_TOKEN_DENIED.has(action)) return false;
  return (PERMISSIONS[action] as readonly Role[]).includes(actor.role);
}

/** Throws UNAUTHENTICATED without a user and FORBIDDEN for a role the table does not list. */
export function assertCan(actor: Actor | null, action: Action): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, action)) throw forbidden();
  return actor;
}
