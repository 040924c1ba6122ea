import type { Role } from "../../shared/roles.js";

/** The logged-in user a request acts for. Built from the session, never from client input. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** Set for provider roles: the organisation whose work the user sees. */
  providerId: string | null;
  /** Set for municipality roles: the tenant whose work the user sees. */
  municipalityId: string | null;
  organisationName: string;
  /**
   * The account must enrol a second factor before it may do anything else (a role that needs
   * one, outside the demo, without one yet).
   */
  enrolmentOnly: boolean;
  /** Set when the request came with a provider system's API token (a narrower set of actions). */
  viaApiToken?: boolean;
}

/** What a request knows about where it came from, for the audit trail. */
export interface Origin {
  ip: string | null;
}
