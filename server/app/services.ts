import type { DataSource } from "typeorm";
import type { IsoDate } from "../../shared/dates.js";
import type pg from "pg";
import { AccountsService } from "../modules/accounts/accounts.service.js";
import { AuditService } from "../modules/audit/audit.service.js";
import { AuthService } from "../modules/auth/auth.service.js";
import { EnrolmentService } from "../modules/auth/enrolment.service.js";
import { LoginLimiter } from "../modules/auth/login-limiter.js";
import { SecretBox } from "../platform/secret-box.js";
import { CatalogueService } from "../modules/catalogue/catalogue.service.js";
import { DeploymentService } from "../modules/deployment/deployment.service.js";
import { HoursService } from "../modules/hours/hours.service.js";
import { OrganisationService } from "../modules/organisation/organisation.service.js";
import { BsnVault } from "../modules/resident/bsn-vault.js";
import { IndicationService } from "../modules/indication/indication.service.js";
import { ResidentService } from "../modules/resident/resident.service.js";
import { WaakvlamService } from "../modules/waakvlam/waakvlam.service.js";
import { FinanceService } from "../modules/finance/finance.service.js";
import { ApprovalQueueService } from "../modules/approval/approval-queue.service.js";
import { CatalogueAdminService } from "../modules/catalogue-admin/catalogue-admin.service.js";
import { IndicationImportService } from "../modules/indication/indication-import.service.js";
import { ReviewQueueService } from "../modules/review/review-queue.service.js";
import { YearlyReviewService } from "../modules/yearly-review/yearly-review.service.js";
import { HoursBatchService } from "../modules/hours-batch/batch.service.js";
import { DeclarationService } from "../modules/declaration/declaration.service.js";
import { NoticesService } from "../modules/notices/notices.service.js";

/** The services of one running portal, wired once at start-up. They keep no state of their own, but for today's catalogue rules (CatalogueService.rulesUpTo, safe in every process). */
export function createServices(db: DataSource, masterKey: Buffer, today: () => IsoDate, options: { production: boolean } = { production: false }) {
  const organisations = new OrganisationService(db, today);
  const catalogue = new CatalogueService(db, organisations, today);
  const residents = new ResidentService(db, new BsnVault(masterKey));
  const indications = new IndicationService(db, residents);
  const secondFactors = new SecretBox(masterKey, "totp");
  const hours = new HoursService(db, catalogue, today);
  const reviewQueue = new ReviewQueueService(db, organisations, today);
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  return {
    db,
    auth: new AuthService(db, secondFactors, new LoginLimiter(pool), !options.production),
    enrolment: new EnrolmentService(db, secondFactors),
    accounts: new AccountsService(db, today),
    audit: new AuditService(db),
    organisations,
    catalogue,
    residents,
    deployments: new DeploymentService(db, catalogue, organisations, residents, today),
    hours,
    hoursBatch: new HoursBatchService(db, hours, organisations, residents),
    declarations: new DeclarationService(db, organisations, residents),
    indications,
    waakvlam: new WaakvlamService(db, catalogue, today),
    finance: new FinanceService(db, organisations, catalogue, today),
    reviewQueue,
    approvalQueue: new ApprovalQueueService(db, organisations),
    indicationImport: new IndicationImportService(db, indications),
    catalogueAdmin: new CatalogueAdminService(db, catalogue, organisations, today),
    yearlyReview: new YearlyReviewService(db, organisations, today),
    notices: new NoticesService(db, reviewQueue, catalogue),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module "../platform/context.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestServices extends Services {}
}
