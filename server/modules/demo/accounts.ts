import type { Role } from "../../../shared/roles.js";

/** Every demo account has this password and no second factor (README.md, "Demo accounts"). */
export const DEMO_PASSWORD = "demo";

export const HORIZON = "Zorggroep Horizon";
export const DE_LINDE = "Welzijn De Linde";
export const ZOETERMEER = { code: "GM0637", name: "Zoetermeer" };
export const BERG_EN_DAL = { code: "GM1945", name: "Berg en Dal" };

export interface DemoAccount {
  email: string;
  role: Role;
  /** Provider name or municipality code. */
  organisation: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "medewerker@horizon.demo", role: "PROVIDER_EMPLOYEE", organisation: HORIZON },
  { email: "beheer@horizon.demo", role: "PROVIDER_ADMIN", organisation: HORIZON },
  { email: "medewerker@delinde.demo", role: "PROVIDER_EMPLOYEE", organisation: DE_LINDE },
  { email: "consulent@zoetermeer.demo", role: "MUNICIPALITY_OFFICER", organisation: ZOETERMEER.code },
  { email: "financien@zoetermeer.demo", role: "FINANCE", organisation: ZOETERMEER.code },
  { email: "beheer@zoetermeer.demo", role: "MUNICIPALITY_ADMIN", organisation: ZOETERMEER.code },
  { email: "consulent@bergendal.demo", role: "MUNICIPALITY_OFFICER", organisation: BERG_EN_DAL.code },
];
