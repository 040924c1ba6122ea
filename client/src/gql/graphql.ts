/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdviseWaakvlamReviewInput = {
  advice: ReviewOutcome;
  deploymentId: string | number;
  motivation: string;
};

export type ApprovalDecision =
  | 'APPROVE'
  | 'DECLINE';

/** Why a deployment waits for the municipality: REPEAT (the resident had this voorziening before), DURING_MAATWERK (maatwerk begeleiding runs). */
export type ApprovalReason =
  | 'DURING_MAATWERK'
  | 'REPEAT';

/** NONE; REPEAT_OR_DURING_MAATWERK (a second deployment for a resident, or one while maatwerk begeleiding runs, waits for the municipality). */
export type ApprovalRule =
  | 'NONE'
  | 'REPEAT_OR_DURING_MAATWERK';

/** Whether the municipality must approve the deployment first, and its answer. */
export type ApprovalStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'NOT_REQUIRED'
  | 'PENDING';

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorEmail?: string | null | undefined;
  from?: string | null | undefined;
  objectId?: string | null | undefined;
  to?: string | null | undefined;
};

export type CapWindowKind =
  | 'CALENDAR_YEAR'
  | 'DEPLOYMENT'
  | 'HALF_YEAR'
  | 'REVIEW_YEAR'
  | 'WEEK';

export type CorrectHoursInput = {
  date: string;
  entryId: string | number;
  minutes: number;
  /** Why; stays visible in the entry's history. */
  reason: string;
};

export type CreateCatalogueVersionInput = {
  municipalityCode: string;
  name: string;
  /** The policy text the version rests on. */
  policySource: string;
  /** After today and after the newest version's start: the past cannot be changed. */
  validFrom: string;
  voorzieningen: Array<VoorzieningInput>;
};

export type CreateContractInput = {
  providerId: string | number;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type CreateDeploymentInput = {
  endDate?: string | null | undefined;
  motivation?: string | null | undefined;
  municipalityCode: string;
  residentBsn: string;
  startDate: string;
  transportByProvider?: boolean | null | undefined;
  voorzieningCode: string;
  /** Recreatieve dagbesteding with a work-like part: then a motivation is required. */
  workLikePart?: boolean | null | undefined;
};

export type CreateProviderInput = {
  /** The e-mail address of the organisation's first admin. */
  adminEmail: string;
  name: string;
};

export type CreateUserInput = {
  email: string;
  role: Role;
};

export type DecideDeploymentApprovalInput = {
  decision: ApprovalDecision;
  deploymentId: string | number;
  motivation: string;
};

export type DecideWaakvlamReviewInput = {
  decision: ReviewOutcome;
  deploymentId: string | number;
  motivation: string;
};

export type DeleteHoursInput = {
  entryId: string | number;
  /** Why; stays visible in the entry's history. */
  reason: string;
};

export type DeploymentFilter = {
  municipalityCode?: string | null | undefined;
  status?: DeploymentStatus | null | undefined;
  voorzieningCode?: string | null | undefined;
};

export type DeploymentStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED';

/** NONE; MAATWERK_BEGELEIDING_ACTIVE (zorgcoördinatie: beside running maatwerk begeleiding by the same provider); ENDED_INDIVIDUAL_BEGELEIDING (waakvlam: after ended begeleiding by the same provider). */
export type EligibilityRule =
  | 'ENDED_INDIVIDUAL_BEGELEIDING'
  | 'MAATWERK_BEGELEIDING_ACTIVE'
  | 'NONE';

export type ImportMaatwerkIndicationsInput = {
  /** The file's text: a header line `residentBsn;householdCode;providerId;product;startDate;endDate` (semicolons, any column order), then one indication per line; dates JJJJ-MM-DD, an empty endDate is open ended. */
  csv: string;
  municipalityCode: string;
};

export type LogHoursInput = {
  date: string;
  deploymentId: string | number;
  /** A retry with the same key returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  /** Whole minutes (or dagdelen/etmalen where the voorziening counts those). */
  minutes: number;
  note?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
  totp?: string | null | undefined;
};

export type RecordMaatwerkIndicationInput = {
  endDate?: string | null | undefined;
  householdCode: string;
  municipalityCode: string;
  /** BEGELEIDING_INDIVIDUEEL: individuele begeleiding as maatwerkvoorziening. */
  product: string;
  providerId: string | number;
  residentBsn: string;
  startDate: string;
};

export type RefusalCode =
  | 'APPROVAL_REQUIRED'
  | 'CAP_EXCEEDED'
  | 'FUTURE_DATE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'NOT_ELIGIBLE'
  | 'NOT_FOUND'
  | 'OUTSIDE_PERIOD'
  | 'REVIEW_REQUIRED'
  | 'TOO_MANY_ATTEMPTS'
  | 'TOTP_REQUIRED';

export type ReviewOutcome =
  | 'CONTINUE'
  | 'STOP';

export type RevisionAction =
  | 'CORRECTED'
  | 'CREATED'
  | 'DELETED';

export type Role =
  | 'FINANCE'
  | 'MUNICIPALITY_ADMIN'
  | 'MUNICIPALITY_OFFICER'
  | 'PROVIDER_ADMIN'
  | 'PROVIDER_EMPLOYEE';

export type SetTariffInput = {
  amountCents: number;
  municipalityCode: string;
  /** The provider; the tariff belongs to its contract with the municipality valid on validFrom. */
  providerId: string | number;
  /** Must match the voorziening's unit: HOUR for minutes, DAGDEEL, ETMAAL. */
  unit: TariffUnit;
  validFrom: string;
  voorzieningCode: string;
};

/** What a tariff prices: an hour, a dagdeel or an etmaal. */
export type TariffUnit =
  | 'DAGDEEL'
  | 'ETMAAL'
  | 'HOUR';

export type Unit =
  | 'DAGDELEN'
  | 'ETMALEN'
  | 'MINUTES';

/** A voorziening of a new catalogue version; amounts are in the unit (minutes for hours). */
export type VoorzieningInput = {
  approval?: ApprovalRule;
  /** Asks the provider's motivation (recreatieve dagbesteding with a work-like part). */
  asksMotivation?: boolean;
  /** Asks whether the provider organises transport (after a light check). */
  asksTransport?: boolean;
  /** The maximum per window; needs capWindow. */
  capAmount?: number | null | undefined;
  /** Where the amount is counted; without capAmount it only counts (dagdelen per week). */
  capWindow?: CapWindowKind | null | undefined;
  /** Capitals, digits and underscores, e.g. KORTDURENDE_BEGELEIDING; keep a code to continue a voorziening. */
  code: string;
  eligibility?: EligibilityRule;
  maxDurationMonths?: number | null | undefined;
  name: string;
  /** The policy sentence this voorziening's rules come from. */
  policyQuote: string;
  /** 12 for a yearly review by the municipality (waakvlamcontact); null for none. */
  reviewCycleMonths?: number | null | undefined;
  unit: Unit;
};

/** The main figures of the yearly review, compared with the previous year. */
export type YearlyFigure =
  | 'DEPLOYMENTS_AT_CAP'
  | 'DEPLOYMENTS_ENDED'
  | 'DEPLOYMENTS_RUNNING'
  | 'DEPLOYMENTS_STARTED'
  | 'MINUTES'
  | 'RESIDENTS';

export type App_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type App_MeQuery = { me: (
    { id: string, role: Role, secondFactorRequired: boolean }
    & { ' $fragmentRefs'?: { 'Shell_UserFragment': Shell_UserFragment;'SecondFactorRequiredPage_UserFragment': SecondFactorRequiredPage_UserFragment } }
  ) };

export type AccountPage_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPage_MeQuery = { me: { id: string, email: string, role: Role, secondFactor: boolean, organisation: { id: string, name: string } | null } };

export type ConfirmTotpForm_ConfirmMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpForm_ConfirmMutation = { confirmTotpEnrolment: { recoveryCodes: Array<string> | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type LogoutButton_LogoutMutationVariables = Exact<{
  everywhere: boolean;
}>;


export type LogoutButton_LogoutMutation = { logout: { ok: boolean } };

export type SecondFactorRequiredPage_UserFragment = { id: string, email: string } & { ' $fragmentName'?: 'SecondFactorRequiredPage_UserFragment' };

export type TotpEnrolment_StartMutationVariables = Exact<{ [key: string]: never; }>;


export type TotpEnrolment_StartMutation = { startTotpEnrolment: { secret: string, otpauthUri: string } };

export type AccountRow_AccountFragment = { id: string, email: string, role: Role, active: boolean, secondFactor: boolean } & { ' $fragmentName'?: 'AccountRow_AccountFragment' };

export type AccountRow_DeactivateMutationVariables = Exact<{
  userId: string | number;
}>;


export type AccountRow_DeactivateMutation = { deactivateUser: { account: { ' $fragmentRefs'?: { 'AccountRow_AccountFragment': AccountRow_AccountFragment } } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type AccountsPage_AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsPage_AccountsQuery = { accounts: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'AccountRow_AccountFragment': AccountRow_AccountFragment } }
  )> };

export type ApiTokenRow_ApiTokenFragment = { id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } & { ' $fragmentName'?: 'ApiTokenRow_ApiTokenFragment' };

export type ApiTokenRow_RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokenRow_RevokeMutation = { revokeApiToken: { apiToken: { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type ApiTokensPage_ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensPage_ApiTokensQuery = { apiTokens: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
  )> };

export type CreateApiTokenForm_CreateMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenForm_CreateMutation = { createApiToken: { token: string | null, apiToken: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ApiTokenRow_ApiTokenFragment': ApiTokenRow_ApiTokenFragment } }
    ) | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type CreateContractForm_CreateMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractForm_CreateMutation = { createContract: { contractId: string | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type CreateProviderForm_CreateMutationVariables = Exact<{
  input: CreateProviderInput;
}>;


export type CreateProviderForm_CreateMutation = { createProvider: { providerId: string | null, initialPassword: string | null, admin: { id: string, email: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type CreateUserForm_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserForm_CreateUserMutation = { createUser: { initialPassword: string | null, account: (
      { id: string, email: string }
      & { ' $fragmentRefs'?: { 'AccountRow_AccountFragment': AccountRow_AccountFragment } }
    ) | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type ProvidersPage_ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersPage_ProvidersQuery = { providers: Array<{ id: string, name: string, contracts: Array<{ id: string, validFrom: string, validTo: string | null }> }> };

export type AuditEventRow_EventFragment = { id: string, occurredAt: string, actorEmail: string | null, actorRole: string | null, actorOrganisation: string | null, action: string, objectType: string | null, objectId: string | null, result: string, origin: string | null } & { ' $fragmentName'?: 'AuditEventRow_EventFragment' };

export type AuditPage_EventsQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first: number;
  before?: string | number | null | undefined;
}>;


export type AuditPage_EventsQuery = { auditEvents: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'AuditEventRow_EventFragment': AuditEventRow_EventFragment } }
  )> };

export type RevealBsn_RevealMutationVariables = Exact<{
  residentId: string | number;
}>;


export type RevealBsn_RevealMutation = { revealResidentBsn: { bsn: string | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type CataloguePage_VersionsQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type CataloguePage_VersionsQuery = { catalogueVersions: Array<{ id: string, name: string, policySource: string, validFrom: string, validUntil: string | null, voorzieningen: Array<{ id: string, code: string, name: string, unit: Unit, capAmount: number | null, capWindow: CapWindowKind | null, maxDurationMonths: number | null, reviewCycleMonths: number | null, policyQuote: string, asksMotivation: boolean, asksTransport: boolean, eligibility: EligibilityRule, approval: ApprovalRule }> }> };

export type NewVersionForm_CreateMutationVariables = Exact<{
  input: CreateCatalogueVersionInput;
}>;


export type NewVersionForm_CreateMutation = { createCatalogueVersion: { version: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type CapMeter_CapUsageFragment = { capMinutes: number | null, usedMinutes: number, remainingMinutes: number | null, windowStart: string, windowEnd: string | null, capWindow: CapWindowKind, unit: Unit } & { ' $fragmentName'?: 'CapMeter_CapUsageFragment' };

export type DeploymentFilters_MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentFilters_MunicipalitiesQuery = { municipalities: Array<{ id: string, code: string, name: string }> };

export type DeploymentFilters_CatalogueQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type DeploymentFilters_CatalogueQuery = { catalogue: Array<{ id: string, code: string, name: string }> };

export type DeploymentPage_DeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeploymentPage_DeploymentQuery = { deployment: (
    { id: string, voorziening: { id: string, name: string }, capUsage: { ' $fragmentRefs'?: { 'CapMeter_CapUsageFragment': CapMeter_CapUsageFragment } } }
    & { ' $fragmentRefs'?: { 'DeploymentState_DeploymentFragment': DeploymentState_DeploymentFragment;'DeploymentSummary_DeploymentFragment': DeploymentSummary_DeploymentFragment;'EntriesList_DeploymentFragment': EntriesList_DeploymentFragment;'WaakvlamReviews_DeploymentFragment': WaakvlamReviews_DeploymentFragment } }
  ) | null };

export type DeploymentRow_DeploymentFragment = (
  { id: string, startDate: string, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string }, municipality: { id: string, name: string }, capUsage: { usedMinutes: number, capMinutes: number | null, unit: Unit } }
  & { ' $fragmentRefs'?: { 'DeploymentState_DeploymentFragment': DeploymentState_DeploymentFragment } }
) & { ' $fragmentName'?: 'DeploymentRow_DeploymentFragment' };

export type DeploymentSummary_DeploymentFragment = (
  { id: string, startDate: string, endDate: string | null, motivation: string | null, transportByProvider: boolean, approvalStatus: ApprovalStatus, approvalMotivation: string | null, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string }, municipality: { id: string, name: string }, provider: { id: string, name: string } }
  & { ' $fragmentRefs'?: { 'DeploymentState_DeploymentFragment': DeploymentState_DeploymentFragment } }
) & { ' $fragmentName'?: 'DeploymentSummary_DeploymentFragment' };

export type DeploymentsPage_DeploymentsQueryVariables = Exact<{
  first: number;
  filter?: DeploymentFilter | null | undefined;
}>;


export type DeploymentsPage_DeploymentsQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: (
        { id: string, resident: { id: string, bsnMasked: string } }
        & { ' $fragmentRefs'?: { 'DeploymentRow_DeploymentFragment': DeploymentRow_DeploymentFragment } }
      ) }> } };

export type LogHoursForm_LogHoursMutationVariables = Exact<{
  input: LogHoursInput;
}>;


export type LogHoursForm_LogHoursMutation = { logHours: { entry: (
      { id: string, date: string, minutes: number, note: string | null }
      & { ' $fragmentRefs'?: { 'EntryRow_EntryFragment': EntryRow_EntryFragment } }
    ) | null, capUsage: (
      { windowStart: string }
      & { ' $fragmentRefs'?: { 'CapMeter_CapUsageFragment': CapMeter_CapUsageFragment } }
    ) | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type DeploymentState_DeploymentFragment = { startDate: string, endDate: string | null, approvalStatus: ApprovalStatus, capUsage: { capMinutes: number | null, remainingMinutes: number | null } } & { ' $fragmentName'?: 'DeploymentState_DeploymentFragment' };

export type CorrectEntryForm_CorrectHoursMutationVariables = Exact<{
  input: CorrectHoursInput;
}>;


export type CorrectEntryForm_CorrectHoursMutation = { correctHours: { entry: (
      { id: string }
      & { ' $fragmentRefs'?: { 'EntryRow_EntryFragment': EntryRow_EntryFragment } }
    ) | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type DeleteEntryForm_DeleteHoursMutationVariables = Exact<{
  input: DeleteHoursInput;
}>;


export type DeleteEntryForm_DeleteHoursMutation = { deleteHours: { userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type EntriesList_DeploymentFragment = { id: string, voorziening: { id: string, unit: Unit }, entries: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'EntryRow_EntryFragment': EntryRow_EntryFragment } }
  )> } & { ' $fragmentName'?: 'EntriesList_DeploymentFragment' };

export type EntryHistory_RevisionFragment = { action: RevisionAction, at: string, by: string, dateBefore: string | null, dateAfter: string | null, minutesBefore: number | null, minutesAfter: number | null, reason: string | null } & { ' $fragmentName'?: 'EntryHistory_RevisionFragment' };

export type EntryRow_EntryFragment = { id: string, date: string, minutes: number, note: string | null, deleted: boolean, history: Array<{ ' $fragmentRefs'?: { 'EntryHistory_RevisionFragment': EntryHistory_RevisionFragment } }> } & { ' $fragmentName'?: 'EntryRow_EntryFragment' };

export type ClosedPeriods_ListQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type ClosedPeriods_ListQuery = { closedPeriods: Array<{ month: string, closedAt: string, closedBy: string | null }> };

export type ClosedPeriods_CloseMutationVariables = Exact<{
  municipalityCode: string;
  month: string;
}>;


export type ClosedPeriods_CloseMutation = { closePeriod: { period: { month: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type Tariffs_ListQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type Tariffs_ListQuery = { tariffs: Array<{ id: string, providerId: string, providerName: string, voorzieningCode: string, unit: TariffUnit, amountCents: number, validFrom: string, validTo: string | null }>, catalogue: Array<{ id: string, code: string, name: string, unit: Unit }> };

export type Tariffs_SetMutationVariables = Exact<{
  input: SetTariffInput;
}>;


export type Tariffs_SetMutation = { setTariff: { tariff: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type FinancePage_MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancePage_MunicipalitiesQuery = { municipalities: Array<{ id: string, code: string, name: string }> };

export type FinancePage_CatalogueQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type FinancePage_CatalogueQuery = { catalogue: Array<{ id: string, code: string, name: string }> };

export type FinancePage_ReportQueryVariables = Exact<{
  municipalityCode: string;
  from: string;
  to: string;
  providerId?: string | number | null | undefined;
  voorzieningCode?: string | null | undefined;
}>;


export type FinancePage_ReportQuery = { usageReport: { municipalityName: string, closedMonths: Array<string>, providers: Array<{ id: string, name: string }>, rows: Array<(
      { month: string, monthLabel: string, providerId: string, providerName: string, voorzieningCode: string, voorzieningName: string, unit: Unit, hours: string, dagdelen: number, etmalen: number, correctionLines: number, residents: string, amountCents: number, unpricedLines: number, closed: boolean }
      & { ' $fragmentRefs'?: { 'HoursChart_RowFragment': HoursChart_RowFragment } }
    )>, totals: { hours: string, dagdelen: number, etmalen: number, correctionLines: number, residents: string, amountCents: number, unpricedLines: number } } | null };

export type HoursChart_RowFragment = { month: string, monthLabel: string, voorzieningCode: string, voorzieningName: string, unit: Unit, minutes: number } & { ' $fragmentName'?: 'HoursChart_RowFragment' };

export type ApprovalRow_ApprovalFragment = { reason: ApprovalReason, requestedOn: string, deployment: { id: string, startDate: string, provider: { id: string, name: string }, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string } } } & { ' $fragmentName'?: 'ApprovalRow_ApprovalFragment' };

export type ApprovalRow_DecideMutationVariables = Exact<{
  input: DecideDeploymentApprovalInput;
}>;


export type ApprovalRow_DecideMutation = { decideDeploymentApproval: { deployment: { id: string, approvalStatus: ApprovalStatus, approvalMotivation: string | null } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type ApprovalsPage_PendingQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type ApprovalsPage_PendingQuery = { pendingApprovals: Array<(
    { deployment: { id: string } }
    & { ' $fragmentRefs'?: { 'ApprovalRow_ApprovalFragment': ApprovalRow_ApprovalFragment } }
  )> };

export type ImportIndicationsForm_ImportMutationVariables = Exact<{
  input: ImportMaatwerkIndicationsInput;
}>;


export type ImportIndicationsForm_ImportMutation = { importMaatwerkIndications: { importedCount: number, rowErrors: Array<{ line: number, field: string | null, code: RefusalCode, message: string }>, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type RecordIndicationForm_ProvidersQueryVariables = Exact<{
  municipalityCode: string;
  from: string;
  to: string;
}>;


export type RecordIndicationForm_ProvidersQuery = { usageReport: { providers: Array<{ id: string, name: string }> } | null };

export type RecordIndicationForm_RecordMutationVariables = Exact<{
  input: RecordMaatwerkIndicationInput;
}>;


export type RecordIndicationForm_RecordMutation = { recordMaatwerkIndication: { indication: { id: string, householdCode: string, startDate: string, endDate: string | null } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type ReviewQueuePage_QueueQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type ReviewQueuePage_QueueQuery = { catalogue: Array<{ id: string, name: string, reviewCycleMonths: number | null }>, waakvlamReviewQueue: Array<(
    { reviewYear: number, overdue: boolean, deployment: { id: string } }
    & { ' $fragmentRefs'?: { 'ReviewQueueRow_ReviewFragment': ReviewQueueRow_ReviewFragment } }
  )> };

export type ReviewQueueRow_ReviewFragment = { reviewYear: number, overdue: boolean, advice: ReviewOutcome | null, adviceMotivation: string | null, period: { start: string, end: string }, minutesPerReviewYear: Array<{ reviewYear: number, minutes: number }>, deployment: { id: string, provider: { id: string, name: string }, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string } } } & { ' $fragmentName'?: 'ReviewQueueRow_ReviewFragment' };

export type UpcomingReviewsNotice_UpcomingQueryVariables = Exact<{ [key: string]: never; }>;


export type UpcomingReviewsNotice_UpcomingQuery = { upcomingWaakvlamReviews: Array<{ reviewYear: number, overdue: boolean, advice: ReviewOutcome | null, period: { start: string, end: string }, deployment: { id: string, voorziening: { id: string, name: string }, resident: { id: string, bsnMasked: string } } }> };

export type YearlyReviewPage_ReviewQueryVariables = Exact<{
  municipalityCode: string;
  year: number;
}>;


export type YearlyReviewPage_ReviewQuery = { yearlyReview: { year: number, from: string | null, to: string | null, municipality: { id: string, code: string, name: string }, lines: Array<{ ' $fragmentRefs'?: { 'YearlyReviewPage_LineFragment': YearlyReviewPage_LineFragment } }>, total: { ' $fragmentRefs'?: { 'YearlyReviewPage_LineFragment': YearlyReviewPage_LineFragment } } } | null };

export type YearlyReviewPage_LineFragment = { provider: { id: string, name: string } | null, voorziening: { code: string, name: string, unit: Unit } | null, figures: { residents: number, deploymentsStarted: number, deploymentsRunning: number, deploymentsEnded: number, deploymentsAtCap: number, minutes: number, reviewsContinued: number, reviewsStopped: number, reviewsOpen: number, halfYearsEnded: number, halfYearsEndedAtCap: number, halfYearsAtCapPercentage: number | null }, changes: Array<{ figure: YearlyFigure, current: number, previous: number, difference: number, percentChange: number | null }> } & { ' $fragmentName'?: 'YearlyReviewPage_LineFragment' };

export type Municipality_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Municipality_MeQuery = { me: { id: string, organisation: { id: string, code: string | null, name: string } | null } };

export type NewDeploymentPage_MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewDeploymentPage_MunicipalitiesQuery = { municipalities: Array<{ id: string, code: string, name: string }> };

export type NewDeploymentPage_CatalogueQueryVariables = Exact<{
  municipalityCode: string;
  date?: string | null | undefined;
}>;


export type NewDeploymentPage_CatalogueQuery = { catalogue: Array<(
    { id: string, code: string, name: string, asksMotivation: boolean, asksTransport: boolean }
    & { ' $fragmentRefs'?: { 'VoorzieningInfo_VoorzieningFragment': VoorzieningInfo_VoorzieningFragment } }
  )> };

export type NewDeploymentPage_CreateDeploymentMutationVariables = Exact<{
  input: CreateDeploymentInput;
}>;


export type NewDeploymentPage_CreateDeploymentMutation = { createDeployment: { deployment: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type VoorzieningInfo_VoorzieningFragment = { id: string, unit: Unit, capAmount: number | null, capWindow: CapWindowKind | null, maxDurationMonths: number | null, policyQuote: string, policySource: string } & { ' $fragmentName'?: 'VoorzieningInfo_VoorzieningFragment' };

export type LoginPage_LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutation = { login: { user: { id: string } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type Shell_UserFragment = { id: string, email: string, role: Role, organisation: { id: string, name: string } | null } & { ' $fragmentName'?: 'Shell_UserFragment' };

export type Shell_LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type Shell_LogoutMutation = { logout: { ok: boolean } };

export type ReviewForm_AdviseMutationVariables = Exact<{
  input: AdviseWaakvlamReviewInput;
}>;


export type ReviewForm_AdviseMutation = { adviseWaakvlamReview: { review: { reviewYear: number } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type ReviewForm_DecideMutationVariables = Exact<{
  input: DecideWaakvlamReviewInput;
}>;


export type ReviewForm_DecideMutation = { decideWaakvlamReview: { review: { reviewYear: number } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type WaakvlamReviews_DeploymentFragment = { id: string, voorziening: { id: string, name: string, reviewCycleMonths: number | null }, openReview: { reviewYear: number, period: { start: string, end: string } } | null, waakvlamReviews: Array<{ reviewYear: number, advice: ReviewOutcome | null, adviceMotivation: string | null, decision: ReviewOutcome | null, decisionMotivation: string | null, period: { start: string, end: string } }> } & { ' $fragmentName'?: 'WaakvlamReviews_DeploymentFragment' };

export type WeekGrid_LogHoursMutationVariables = Exact<{
  input: LogHoursInput;
}>;


export type WeekGrid_LogHoursMutation = { logHours: { entry: { id: string, date: string, minutes: number, note: string | null } | null, capUsage: { windowStart: string, windowEnd: string | null, capWindow: CapWindowKind, capMinutes: number | null, usedMinutes: number, remainingMinutes: number | null, unit: Unit } | null, userErrors: Array<{ code: RefusalCode, field: string | null, message: string }> } };

export type WeekPage_DeploymentsQueryVariables = Exact<{
  first: number;
}>;


export type WeekPage_DeploymentsQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: (
        { id: string, startDate: string, endDate: string | null, voorziening: { id: string, name: string, unit: Unit }, resident: { id: string, bsnMasked: string }, municipality: { id: string, closedMonths: Array<string> } }
        & { ' $fragmentRefs'?: { 'DeploymentState_DeploymentFragment': DeploymentState_DeploymentFragment;'WeekRow_DeploymentFragment': WeekRow_DeploymentFragment } }
      ) }> } };

export type WeekRow_DeploymentFragment = { id: string, startDate: string, endDate: string | null, voorziening: { id: string, name: string, unit: Unit }, resident: { id: string, bsnMasked: string }, municipality: { id: string, closedMonths: Array<string> }, capUsage: { windowStart: string, capMinutes: number | null, usedMinutes: number, unit: Unit }, entries: Array<{ id: string, date: string, minutes: number }> } & { ' $fragmentName'?: 'WeekRow_DeploymentFragment' };

export const SecondFactorRequiredPage_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorRequiredPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<SecondFactorRequiredPage_UserFragment, unknown>;
export const AccountRow_AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"}}]}}]} as unknown as DocumentNode<AccountRow_AccountFragment, unknown>;
export const ApiTokenRow_ApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRow_ApiTokenFragment, unknown>;
export const AuditEventRow_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]} as unknown as DocumentNode<AuditEventRow_EventFragment, unknown>;
export const CapMeter_CapUsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<CapMeter_CapUsageFragment, unknown>;
export const DeploymentState_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}}]} as unknown as DocumentNode<DeploymentState_DeploymentFragment, unknown>;
export const DeploymentRow_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}}]} as unknown as DocumentNode<DeploymentRow_DeploymentFragment, unknown>;
export const DeploymentSummary_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentSummary_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"transportByProvider"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approvalMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}}]} as unknown as DocumentNode<DeploymentSummary_DeploymentFragment, unknown>;
export const EntryHistory_RevisionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EntryHistory_RevisionFragment, unknown>;
export const EntryRow_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHistory_revision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EntryRow_EntryFragment, unknown>;
export const EntriesList_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntriesList_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeleted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryRow_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHistory_revision"}}]}}]}}]} as unknown as DocumentNode<EntriesList_DeploymentFragment, unknown>;
export const HoursChart_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoursChart_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"monthLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningCode"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]} as unknown as DocumentNode<HoursChart_RowFragment, unknown>;
export const ApprovalRow_ApprovalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRow_approval"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PendingApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalRow_ApprovalFragment, unknown>;
export const ReviewQueueRow_ReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueRow_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaakvlamReviewDue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"adviceMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutesPerReviewYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueRow_ReviewFragment, unknown>;
export const YearlyReviewPage_LineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearlyReviewPage_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearlyReviewLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsRunning"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsContinued"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsEndedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsAtCapPercentage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}}]}}]}}]} as unknown as DocumentNode<YearlyReviewPage_LineFragment, unknown>;
export const VoorzieningInfo_VoorzieningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voorziening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"policyQuote"}},{"kind":"Field","name":{"kind":"Name","value":"policySource"}}]}}]} as unknown as DocumentNode<VoorzieningInfo_VoorzieningFragment, unknown>;
export const Shell_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shell_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Shell_UserFragment, unknown>;
export const WaakvlamReviews_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaakvlamReviews_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waakvlamReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"adviceMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<WaakvlamReviews_DeploymentFragment, unknown>;
export const WeekRow_DeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<WeekRow_DeploymentFragment, unknown>;
export const App_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"App_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorRequired"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Shell_user"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondFactorRequiredPage_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Shell_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorRequiredPage_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<App_MeQuery, App_MeQueryVariables>;
export const AccountPage_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPage_MeQuery, AccountPage_MeQueryVariables>;
export const ConfirmTotpForm_ConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpForm_Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmTotpForm_ConfirmMutation, ConfirmTotpForm_ConfirmMutationVariables>;
export const LogoutButton_LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutButton_Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"everywhere"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"everywhere"},"value":{"kind":"Variable","name":{"kind":"Name","value":"everywhere"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutButton_LogoutMutation, LogoutButton_LogoutMutationVariables>;
export const TotpEnrolment_StartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TotpEnrolment_Start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<TotpEnrolment_StartMutation, TotpEnrolment_StartMutationVariables>;
export const AccountRow_DeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRow_Deactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow_account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"}}]}}]} as unknown as DocumentNode<AccountRow_DeactivateMutation, AccountRow_DeactivateMutationVariables>;
export const AccountsPage_AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage_Accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow_account"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"}}]}}]} as unknown as DocumentNode<AccountsPage_AccountsQuery, AccountsPage_AccountsQueryVariables>;
export const ApiTokenRow_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenRow_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRow_RevokeMutation, ApiTokenRow_RevokeMutationVariables>;
export const ApiTokensPage_ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokensPage_ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokensPage_ApiTokensQuery, ApiTokensPage_ApiTokensQueryVariables>;
export const CreateApiTokenForm_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiTokenForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow_apiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow_apiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenForm_CreateMutation, CreateApiTokenForm_CreateMutationVariables>;
export const CreateContractForm_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContractForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateContractForm_CreateMutation, CreateContractForm_CreateMutationVariables>;
export const CreateProviderForm_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProviderForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProviderForm_CreateMutation, CreateProviderForm_CreateMutationVariables>;
export const CreateUserForm_CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserForm_CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow_account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialPassword"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow_account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"}}]}}]} as unknown as DocumentNode<CreateUserForm_CreateUserMutation, CreateUserForm_CreateUserMutationVariables>;
export const ProvidersPage_ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersPage_Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersPage_ProvidersQuery, ProvidersPage_ProvidersQueryVariables>;
export const AuditPage_EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage_Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow_event"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]} as unknown as DocumentNode<AuditPage_EventsQuery, AuditPage_EventsQueryVariables>;
export const RevealBsn_RevealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealBsn_Reveal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealResidentBsn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevealBsn_RevealMutation, RevealBsn_RevealMutationVariables>;
export const CataloguePage_VersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CataloguePage_Versions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogueVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policySource"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"policyQuote"}},{"kind":"Field","name":{"kind":"Name","value":"asksMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"asksTransport"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}}]}}]}}]} as unknown as DocumentNode<CataloguePage_VersionsQuery, CataloguePage_VersionsQueryVariables>;
export const NewVersionForm_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewVersionForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCatalogueVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCatalogueVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewVersionForm_CreateMutation, NewVersionForm_CreateMutationVariables>;
export const DeploymentFilters_MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentFilters_Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeploymentFilters_MunicipalitiesQuery, DeploymentFilters_MunicipalitiesQueryVariables>;
export const DeploymentFilters_CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentFilters_Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeploymentFilters_CatalogueQuery, DeploymentFilters_CatalogueQueryVariables>;
export const DeploymentPage_DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentPage_Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapMeter_capUsage"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentSummary_deployment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntriesList_deployment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaakvlamReviews_deployment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHistory_revision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentSummary_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"transportByProvider"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approvalMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntriesList_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeleted"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryRow_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaakvlamReviews_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waakvlamReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"adviceMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentPage_DeploymentQuery, DeploymentPage_DeploymentQueryVariables>;
export const DeploymentsPage_DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentsPage_Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentRow_deployment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DeploymentsPage_DeploymentsQuery, DeploymentsPage_DeploymentsQueryVariables>;
export const LogHoursForm_LogHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogHoursForm_LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryRow_entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapMeter_capUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHistory_revision"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapMeter_capUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<LogHoursForm_LogHoursMutation, LogHoursForm_LogHoursMutationVariables>;
export const CorrectEntryForm_CorrectHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectEntryForm_CorrectHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryRow_entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryHistory_revision"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntryRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"dateBefore"}},{"kind":"Field","name":{"kind":"Name","value":"dateAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"minutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntryRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HourEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntryHistory_revision"}}]}}]}}]} as unknown as DocumentNode<CorrectEntryForm_CorrectHoursMutation, CorrectEntryForm_CorrectHoursMutationVariables>;
export const DeleteEntryForm_DeleteHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEntryForm_DeleteHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteEntryForm_DeleteHoursMutation, DeleteEntryForm_DeleteHoursMutationVariables>;
export const ClosedPeriods_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosedPeriods_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}}]}}]}}]} as unknown as DocumentNode<ClosedPeriods_ListQuery, ClosedPeriods_ListQueryVariables>;
export const ClosedPeriods_CloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosedPeriods_Close"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ClosedPeriods_CloseMutation, ClosedPeriods_CloseMutationVariables>;
export const Tariffs_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<Tariffs_ListQuery, Tariffs_ListQueryVariables>;
export const Tariffs_SetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Tariffs_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Tariffs_SetMutation, Tariffs_SetMutationVariables>;
export const FinancePage_MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancePage_Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinancePage_MunicipalitiesQuery, FinancePage_MunicipalitiesQueryVariables>;
export const FinancePage_CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancePage_Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinancePage_CatalogueQuery, FinancePage_CatalogueQueryVariables>;
export const FinancePage_ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancePage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voorzieningCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"voorzieningCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voorzieningCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"closedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"monthLabel"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningCode"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"dagdelen"}},{"kind":"Field","name":{"kind":"Name","value":"etmalen"}},{"kind":"Field","name":{"kind":"Name","value":"correctionLines"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedLines"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HoursChart_row"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"dagdelen"}},{"kind":"Field","name":{"kind":"Name","value":"etmalen"}},{"kind":"Field","name":{"kind":"Name","value":"correctionLines"}},{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedLines"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HoursChart_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"monthLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningCode"}},{"kind":"Field","name":{"kind":"Name","value":"voorzieningName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]} as unknown as DocumentNode<FinancePage_ReportQuery, FinancePage_ReportQueryVariables>;
export const ApprovalRow_DecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalRow_Decide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDeploymentApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeploymentApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approvalMotivation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalRow_DecideMutation, ApprovalRow_DecideMutationVariables>;
export const ApprovalsPage_PendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalsPage_Pending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalRow_approval"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalRow_approval"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PendingApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalsPage_PendingQuery, ApprovalsPage_PendingQueryVariables>;
export const ImportIndicationsForm_ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportIndicationsForm_Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMaatwerkIndicationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMaatwerkIndications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportIndicationsForm_ImportMutation, ImportIndicationsForm_ImportMutationVariables>;
export const RecordIndicationForm_ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordIndicationForm_Providers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIndicationForm_ProvidersQuery, RecordIndicationForm_ProvidersQueryVariables>;
export const RecordIndicationForm_RecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIndicationForm_Record"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMaatwerkIndicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMaatwerkIndication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdCode"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIndicationForm_RecordMutation, RecordIndicationForm_RecordMutationVariables>;
export const ReviewQueuePage_QueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueuePage_Queue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycleMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waakvlamReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewQueueRow_review"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueRow_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaakvlamReviewDue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"adviceMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutesPerReviewYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueuePage_QueueQuery, ReviewQueuePage_QueueQueryVariables>;
export const UpcomingReviewsNotice_UpcomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingReviewsNotice_Upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingWaakvlamReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingReviewsNotice_UpcomingQuery, UpcomingReviewsNotice_UpcomingQueryVariables>;
export const YearlyReviewPage_ReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearlyReviewPage_Review"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearlyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearlyReviewPage_line"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearlyReviewPage_line"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearlyReviewPage_line"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearlyReviewLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsRunning"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsContinued"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsStopped"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsEndedAtCap"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearsAtCapPercentage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}}]}}]}}]} as unknown as DocumentNode<YearlyReviewPage_ReviewQuery, YearlyReviewPage_ReviewQueryVariables>;
export const Municipality_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipality_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Municipality_MeQuery, Municipality_MeQueryVariables>;
export const NewDeploymentPage_MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewDeploymentPage_Municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewDeploymentPage_MunicipalitiesQuery, NewDeploymentPage_MunicipalitiesQueryVariables>;
export const NewDeploymentPage_CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewDeploymentPage_Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asksMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"asksTransport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoorzieningInfo_voorziening"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Voorziening"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"policyQuote"}},{"kind":"Field","name":{"kind":"Name","value":"policySource"}}]}}]} as unknown as DocumentNode<NewDeploymentPage_CatalogueQuery, NewDeploymentPage_CatalogueQueryVariables>;
export const NewDeploymentPage_CreateDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewDeploymentPage_CreateDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewDeploymentPage_CreateDeploymentMutation, NewDeploymentPage_CreateDeploymentMutationVariables>;
export const LoginPage_LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const Shell_LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Shell_Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<Shell_LogoutMutation, Shell_LogoutMutationVariables>;
export const ReviewForm_AdviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewForm_Advise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdviseWaakvlamReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviseWaakvlamReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewForm_AdviseMutation, ReviewForm_AdviseMutationVariables>;
export const ReviewForm_DecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewForm_Decide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideWaakvlamReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideWaakvlamReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewForm_DecideMutation, ReviewForm_DecideMutationVariables>;
export const WeekGrid_LogHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeekGrid_LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"capWindow"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WeekGrid_LogHoursMutation, WeekGrid_LogHoursMutationVariables>;
export const WeekPage_DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekPage_Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedMonths"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentState_deployment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekRow_deployment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentState_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekRow_deployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"voorziening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bsnMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"capMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"usedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]} as unknown as DocumentNode<WeekPage_DeploymentsQuery, WeekPage_DeploymentsQueryVariables>;