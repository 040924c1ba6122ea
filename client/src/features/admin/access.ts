import type { Role } from "@shared/roles";

/**
 * Which roles see which screen or button. A mirror of the server's permission table
 * (server/modules/access/permissions.ts) for showing and hiding only: the server decides, and
 * answers FORBIDDEN to anyone else whatever the client shows.
 */
const SCREEN_ROLES = {
  /** account.manage: the admins of a provider or a municipality, for their own organisation. */
  accounts: ["PROVIDER_ADMIN", "MUNICIPALITY_ADMIN"],
  /** apiToken.manage */
  apiTokens: ["PROVIDER_ADMIN"],
  /** organisation.manage: new providers and contracts with them. */
  providers: ["MUNICIPALITY_ADMIN"],
  /** tariff.manage and period.close: the figures finance works with. */
  financeSettings: ["MUNICIPALITY_ADMIN"],
  /** catalogue.manage: new catalogue versions. */
  catalogue: ["MUNICIPALITY_ADMIN"],
  /** audit.read */
  audit: ["MUNICIPALITY_OFFICER", "MUNICIPALITY_ADMIN"],
  /** resident.reveal: whoever works with the resident's deployment. */
  revealBsn: ["PROVIDER_EMPLOYEE", "PROVIDER_ADMIN", "MUNICIPALITY_OFFICER"],
} as const satisfies Record<string, readonly Role[]>;

export type Screen = keyof typeof SCREEN_ROLES;

export function mayUse(role: Role, screen: Screen): boolean {
  return (SCREEN_ROLES[screen] as readonly Role[]).includes(role);
}
