export const ROLES = [
  "PROVIDER_EMPLOYEE",
  "PROVIDER_ADMIN",
  "MUNICIPALITY_OFFICER",
  "FINANCE",
  "MUNICIPALITY_ADMIN",
] as const;

export type Role = (typeof ROLES)[number];

export const PROVIDER_ROLES: readonly Role[] = ["PROVIDER_EMPLOYEE", "PROVIDER_ADMIN"];
export const MUNICIPALITY_ROLES: readonly Role[] = ["MUNICIPALITY_OFFICER", "FINANCE", "MUNICIPALITY_ADMIN"];

/** Dutch names of the roles, as the portal shows them (../shared/domain.md, "Who uses it"). */
export const ROLE_LABELS: Record<Role, string> = {
  PROVIDER_EMPLOYEE: "Medewerker dienstverlener",
  PROVIDER_ADMIN: "Beheerder dienstverlener",
  MUNICIPALITY_OFFICER: "Consulent gemeente",
  FINANCE: "Financiën",
  MUNICIPALITY_ADMIN: "Functioneel beheer",
};
