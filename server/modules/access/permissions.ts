import { ROLES, type Role } from "../../../shared/roles.js";
import { forbidden, unauthenticated } from "../../app/errors.js";
import type { Actor } from "./actor.js";

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
  "hours.log": PROVIDER,
  "hours.correct": PROVIDER,
  "indication.record": MUNICIPALITY_CASEWORK,
  "waakvlam.advise": PROVIDER,
  "waakvlam.decide": MUNICIPALITY_CASEWORK,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(actor: Actor, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(actor.role);
}

/** Throws UNAUTHENTICATED without a user and FORBIDDEN for a role the table does not list. */
export function assertCan(actor: Actor | null, action: Action): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, action)) throw forbidden();
  return actor;
}
