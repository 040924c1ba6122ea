import { Foundation1763892000000 } from "./1763892000000-Foundation.js";
import { CapEngine1763906400000 } from "./1763906400000-CapEngine.js";
import { Access1763913600000 } from "./1763913600000-Access.js";
import { Finance1763935200000 } from "./1763935200000-Finance.js";
import { MunicipalityReview1763942400000 } from "./1763942400000-MunicipalityReview.js";
import { DistributionReady1764000000000 } from "./1764000000000-DistributionReady.js";
import { ResidentCaps1764100000000 } from "./1764100000000-ResidentCaps.js";
import { LoginSecurity1764200000000 } from "./1764200000000-LoginSecurity.js";
import { Notices1764600000000 } from "./1764600000000-Notices.js";
import { AuditReason1764600000001 } from "./1764600000001-AuditReason.js";
import { UsageSummaries1764300000000 } from "./1764300000000-UsageSummaries.js";
import { RegisterOnce1764700000000 } from "./1764700000000-RegisterOnce.js";
import { GrantFirst1764800000000 } from "./1764800000000-GrantFirst.js";

/** Every migration, oldest first. Listed explicitly so that no glob decides what runs. */
export const migrations = [
  Foundation1763892000000,
  CapEngine1763906400000,
  Access1763913600000,
  Finance1763935200000,
  MunicipalityReview1763942400000,
  DistributionReady1764000000000,
  ResidentCaps1764100000000,
  LoginSecurity1764200000000,
  UsageSummaries1764300000000,
  Notices1764600000000,
  AuditReason1764600000001,
  RegisterOnce1764700000000,
  GrantFirst1764800000000,
];
