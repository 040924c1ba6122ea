import { Foundation1763892000000 } from "./1763892000000-Foundation.js";
import { CapEngine1763906400000 } from "./1763906400000-CapEngine.js";
import { Access1763913600000 } from "./1763913600000-Access.js";
import { Finance1763935200000 } from "./1763935200000-Finance.js";
import { MunicipalityReview1763942400000 } from "./1763942400000-MunicipalityReview.js";
import { UsageSummaries1764300000000 } from "./1764300000000-UsageSummaries.js";

/** Every migration, oldest first. Listed explicitly so that no glob decides what runs. */
export const migrations = [Foundation1763892000000, CapEngine1763906400000, Access1763913600000, Finance1763935200000, MunicipalityReview1763942400000, UsageSummaries1764300000000];
