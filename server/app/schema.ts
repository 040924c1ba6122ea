import { buildSchema, type MiddlewareFn } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../platform/context.js";
import { AccountsResolver } from "../modules/accounts/accounts.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { CatalogueResolver } from "../modules/catalogue/catalogue.resolver.js";
import { DeploymentResolver } from "../modules/deployment/deployment.resolver.js";
import { HourEntryRevisionResolver, HoursResolver } from "../modules/hours/hours.resolver.js";
import { IndicationResolver } from "../modules/indication/indication.resolver.js";
import { WaakvlamResolver } from "../modules/waakvlam/waakvlam.resolver.js";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver.js";
import { ApprovalQueueResolver } from "../modules/approval/approval-queue.resolver.js";
import { CatalogueAdminResolver, VoorzieningRuleResolver } from "../modules/catalogue-admin/catalogue-admin.resolver.js";
import { IndicationImportResolver } from "../modules/indication/indication-import.resolver.js";
import { ReviewQueueResolver } from "../modules/review/review-queue.resolver.js";
import { YearlyReviewResolver } from "../modules/yearly-review/yearly-review.resolver.js";
import { guardFields } from "./field-guards.js";
import { requireUserOnRootFields } from "./require-user.js";
import { refuseUnstorableText } from "./input-guard.js";
import { FinanceResolver } from "../modules/finance/finance.resolver.js";
import { HoursBatchResolver } from "../modules/hours-batch/batch.resolver.js";
import { NoticesResolver } from "../modules/notices/notices.resolver.js";

/**
 * Checked before every root field and every field that takes arguments (field-guards.ts), not as
 * type-graphql's global middlewares: those run for every field of every object in an answer,
 * where neither has anything to check, and the all-years usage report is 17,000 such fields.
 */
const FIELD_GUARDS: MiddlewareFn<Context>[] = [requireUserOnRootFields, refuseUnstorableText];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      AccountsResolver,
      OrganisationResolver,
      CatalogueResolver,
      DeploymentResolver,
      HoursResolver,
      HourEntryRevisionResolver,
      HoursBatchResolver,
      IndicationResolver,
      WaakvlamResolver,
      FinanceResolver,
      ReviewQueueResolver,
      ApprovalQueueResolver,
      IndicationImportResolver,
      CatalogueAdminResolver,
      VoorzieningRuleResolver,
      YearlyReviewResolver,
      NoticesResolver,
    ],
    validate: false,
    emitSchemaFile: false,
  });
  guardFields(schema, FIELD_GUARDS);
  return schema;
}
