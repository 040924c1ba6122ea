/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query App_Me {\n    me {\n      id\n      role\n      secondFactorRequired\n      ...Shell_user\n      ...SecondFactorRequiredPage_user\n    }\n  }\n": typeof types.App_MeDocument,
    "\n  query AccountPage_Me {\n    me {\n      id\n      email\n      role\n      secondFactor\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountPage_MeDocument,
    "\n  mutation ConfirmTotpForm_Confirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConfirmTotpForm_ConfirmDocument,
    "\n  mutation LogoutButton_Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere) {\n      ok\n    }\n  }\n": typeof types.LogoutButton_LogoutDocument,
    "\n  fragment SecondFactorRequiredPage_user on User {\n    id\n    email\n  }\n": typeof types.SecondFactorRequiredPage_UserFragmentDoc,
    "\n  mutation TotpEnrolment_Start {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.TotpEnrolment_StartDocument,
    "\n  fragment AccountRow_account on Account {\n    id\n    email\n    role\n    active\n    secondFactor\n  }\n": typeof types.AccountRow_AccountFragmentDoc,
    "\n  mutation AccountRow_Deactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccountRow_DeactivateDocument,
    "\n  query AccountsPage_Accounts {\n    accounts {\n      id\n      ...AccountRow_account\n    }\n  }\n": typeof types.AccountsPage_AccountsDocument,
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  mutation ApiTokenRow_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ApiTokenRow_RevokeDocument,
    "\n  query ApiTokensPage_ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n": typeof types.ApiTokensPage_ApiTokensDocument,
    "\n  mutation CreateApiTokenForm_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateApiTokenForm_CreateDocument,
    "\n  mutation CreateContractForm_Create($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contractId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateContractForm_CreateDocument,
    "\n  mutation CreateProviderForm_Create($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      providerId\n      admin {\n        id\n        email\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateProviderForm_CreateDocument,
    "\n  mutation CreateUserForm_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      account {\n        id\n        email\n        ...AccountRow_account\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateUserForm_CreateUserDocument,
    "\n  mutation ResetSecondFactor_Reset($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResetSecondFactor_ResetDocument,
    "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    occurredAt\n    actorEmail\n    actorRole\n    actorOrganisation\n    action\n    objectType\n    objectId\n    result\n    reason\n    origin\n  }\n": typeof types.AuditEventRow_EventFragmentDoc,
    "\n  query AuditPage_Events($filter: AuditFilterInput, $first: Int!, $before: ID) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      id\n      ...AuditEventRow_event\n    }\n  }\n": typeof types.AuditPage_EventsDocument,
    "\n  mutation RevealBsn_Reveal($residentId: ID!) {\n    revealResidentBsn(residentId: $residentId) {\n      bsn\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevealBsn_RevealDocument,
    "\n  query CataloguePage_Versions($municipalityCode: String!) {\n    catalogueVersions(municipalityCode: $municipalityCode) {\n      id\n      name\n      policySource\n      validFrom\n      validUntil\n      voorzieningen {\n        id\n        code\n        name\n        unit\n        capAmount\n        capWindow\n        maxDurationMonths\n        reviewCycleMonths\n        policyQuote\n        asksMotivation\n        asksTransport\n        eligibility\n        approval\n      }\n    }\n  }\n": typeof types.CataloguePage_VersionsDocument,
    "\n  mutation NewVersionForm_Create($input: CreateCatalogueVersionInput!) {\n    createCatalogueVersion(input: $input) {\n      version {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.NewVersionForm_CreateDocument,
    "\n  fragment CapMeter_capUsage on CapUsage {\n    capMinutes\n    usedMinutes\n    remainingMinutes\n    windowStart\n    windowEnd\n    capWindow\n    unit\n  }\n": typeof types.CapMeter_CapUsageFragmentDoc,
    "\n  query DeploymentFilters_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DeploymentFilters_MunicipalitiesDocument,
    "\n  query DeploymentFilters_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DeploymentFilters_CatalogueDocument,
    "\n  query DeploymentPage_Deployment($id: ID!) {\n    deployment(id: $id) {\n      id\n      voorziening {\n        id\n        name\n      }\n      capUsage {\n        ...CapMeter_capUsage\n      }\n      ...DeploymentSummary_deployment\n      ...EntriesList_deployment\n      ...WaakvlamReviews_deployment\n    }\n  }\n": typeof types.DeploymentPage_DeploymentDocument,
    "\n  fragment DeploymentRow_deployment on Deployment {\n    id\n    startDate\n    status\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    capUsage {\n      usedMinutes\n      capMinutes\n      unit\n    }\n  }\n": typeof types.DeploymentRow_DeploymentFragmentDoc,
    "\n  fragment DeploymentSummary_deployment on Deployment {\n    id\n    startDate\n    endDate\n    status\n    motivation\n    transportByProvider\n    approvalStatus\n    approvalMotivation\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n": typeof types.DeploymentSummary_DeploymentFragmentDoc,
    "\n  query DeploymentsPage_Deployments($first: Int!, $filter: DeploymentFilter) {\n    deployments(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          resident {\n            id\n            bsnMasked\n          }\n          ...DeploymentRow_deployment\n        }\n      }\n    }\n  }\n": typeof types.DeploymentsPage_DeploymentsDocument,
    "\n  mutation LogHoursForm_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n        # Everything the deployment page's list shows of an entry, so that the cache stays complete.\n        ...EntryRow_entry\n      }\n      capUsage {\n        windowStart\n        ...CapMeter_capUsage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LogHoursForm_LogHoursDocument,
    "\n  mutation CorrectEntryForm_CorrectHours($input: CorrectHoursInput!) {\n    correctHours(input: $input) {\n      entry {\n        id\n        ...EntryRow_entry\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CorrectEntryForm_CorrectHoursDocument,
    "\n  mutation DeleteEntryForm_DeleteHours($input: DeleteHoursInput!) {\n    deleteHours(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteEntryForm_DeleteHoursDocument,
    "\n  fragment EntriesList_deployment on Deployment {\n    id\n    voorziening {\n      id\n      unit\n    }\n    entries(includeDeleted: true) {\n      id\n      ...EntryRow_entry\n    }\n  }\n": typeof types.EntriesList_DeploymentFragmentDoc,
    "\n  fragment EntryHistory_revision on HourEntryRevision {\n    action\n    at\n    by\n    dateBefore\n    dateAfter\n    minutesBefore\n    minutesAfter\n    reason\n  }\n": typeof types.EntryHistory_RevisionFragmentDoc,
    "\n  fragment EntryRow_entry on HourEntry {\n    id\n    date\n    minutes\n    note\n    deleted\n    history {\n      ...EntryHistory_revision\n    }\n  }\n": typeof types.EntryRow_EntryFragmentDoc,
    "\n  query ClosedPeriods_List($municipalityCode: String!) {\n    closedPeriods(municipalityCode: $municipalityCode) {\n      month\n      closedAt\n      closedBy\n    }\n  }\n": typeof types.ClosedPeriods_ListDocument,
    "\n  mutation ClosedPeriods_Close($municipalityCode: String!, $month: String!) {\n    closePeriod(municipalityCode: $municipalityCode, month: $month) {\n      period {\n        month\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ClosedPeriods_CloseDocument,
    "\n  query Tariffs_List($municipalityCode: String!) {\n    tariffs(municipalityCode: $municipalityCode) {\n      id\n      providerId\n      providerName\n      voorzieningCode\n      unit\n      amountCents\n      validFrom\n      validTo\n    }\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": typeof types.Tariffs_ListDocument,
    "\n  mutation Tariffs_Set($input: SetTariffInput!) {\n    setTariff(input: $input) {\n      tariff {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.Tariffs_SetDocument,
    "\n  query FinancePage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FinancePage_MunicipalitiesDocument,
    "\n  query FinancePage_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.FinancePage_CatalogueDocument,
    "\n  query FinancePage_Report($municipalityCode: String!, $from: Date!, $to: Date!, $providerId: ID, $voorzieningCode: String) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to, providerId: $providerId, voorzieningCode: $voorzieningCode) {\n      municipalityName\n      closedMonths\n      providers {\n        id\n        name\n      }\n      rows {\n        month\n        monthLabel\n        providerId\n        providerName\n        voorzieningCode\n        voorzieningName\n        unit\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n        closed\n        ...HoursChart_row\n      }\n      totals {\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n      }\n    }\n  }\n": typeof types.FinancePage_ReportDocument,
    "\n  fragment HoursChart_row on UsageReportRow {\n    month\n    monthLabel\n    voorzieningCode\n    voorzieningName\n    unit\n    minutes\n  }\n": typeof types.HoursChart_RowFragmentDoc,
    "\n  fragment ApprovalRow_approval on PendingApproval {\n    reason\n    requestedOn\n    deployment {\n      id\n      startDate\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n": typeof types.ApprovalRow_ApprovalFragmentDoc,
    "\n  mutation ApprovalRow_Decide($input: DecideDeploymentApprovalInput!) {\n    decideDeploymentApproval(input: $input) {\n      deployment {\n        id\n        approvalStatus\n        approvalMotivation\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ApprovalRow_DecideDocument,
    "\n  query ApprovalsPage_Pending($municipalityCode: String!) {\n    pendingApprovals(municipalityCode: $municipalityCode) {\n      deployment {\n        id\n      }\n      ...ApprovalRow_approval\n    }\n  }\n": typeof types.ApprovalsPage_PendingDocument,
    "\n  mutation ImportIndicationsForm_Import($input: ImportMaatwerkIndicationsInput!) {\n    importMaatwerkIndications(input: $input) {\n      importedCount\n      rowErrors {\n        line\n        field\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportIndicationsForm_ImportDocument,
    "\n  query RecordIndicationForm_Providers($municipalityCode: String!, $from: Date!, $to: Date!) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      providers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordIndicationForm_ProvidersDocument,
    "\n  mutation RecordIndicationForm_Record($input: RecordMaatwerkIndicationInput!) {\n    recordMaatwerkIndication(input: $input) {\n      indication {\n        id\n        householdCode\n        startDate\n        endDate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RecordIndicationForm_RecordDocument,
    "\n  query ReviewQueuePage_Queue($municipalityCode: String!) {\n    waakvlamReviewQueue(municipalityCode: $municipalityCode) {\n      reviewYear\n      overdue\n      deployment {\n        id\n      }\n      ...ReviewQueueRow_review\n    }\n  }\n": typeof types.ReviewQueuePage_QueueDocument,
    "\n  fragment ReviewQueueRow_review on WaakvlamReviewDue {\n    reviewYear\n    overdue\n    advice\n    adviceMotivation\n    period {\n      start\n      end\n    }\n    minutesPerReviewYear {\n      reviewYear\n      minutes\n    }\n    deployment {\n      id\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n": typeof types.ReviewQueueRow_ReviewFragmentDoc,
    "\n  query UpcomingReviewsNotice_Upcoming {\n    upcomingWaakvlamReviews {\n      reviewYear\n      overdue\n      advice\n      period {\n        start\n        end\n      }\n      deployment {\n        id\n        voorziening {\n          id\n          name\n        }\n        resident {\n          id\n          bsnMasked\n        }\n      }\n    }\n  }\n": typeof types.UpcomingReviewsNotice_UpcomingDocument,
    "\n  query YearlyReviewPage_Review($municipalityCode: String!, $year: Int!) {\n    yearlyReview(municipalityCode: $municipalityCode, year: $year) {\n      year\n      from\n      to\n      municipality {\n        id\n        code\n        name\n      }\n      lines {\n        ...YearlyReviewPage_line\n      }\n      total {\n        ...YearlyReviewPage_line\n      }\n    }\n  }\n": typeof types.YearlyReviewPage_ReviewDocument,
    "\n  fragment YearlyReviewPage_line on YearlyReviewLine {\n    provider {\n      id\n      name\n    }\n    voorziening {\n      code\n      name\n      unit\n    }\n    figures {\n      residents\n      deploymentsStarted\n      deploymentsRunning\n      deploymentsEnded\n      deploymentsAtCap\n      minutes\n      reviewsContinued\n      reviewsStopped\n      reviewsOpen\n      halfYearsEnded\n      halfYearsEndedAtCap\n      halfYearsAtCapPercentage\n    }\n    changes {\n      figure\n      current\n      previous\n      difference\n      percentChange\n    }\n  }\n": typeof types.YearlyReviewPage_LineFragmentDoc,
    "\n  query Municipality_Me {\n    me {\n      id\n      organisation {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.Municipality_MeDocument,
    "\n  query NewDeploymentPage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": typeof types.NewDeploymentPage_MunicipalitiesDocument,
    "\n  query NewDeploymentPage_Catalogue($municipalityCode: String!, $date: Date) {\n    catalogue(municipalityCode: $municipalityCode, date: $date) {\n      id\n      code\n      name\n      asksMotivation\n      asksTransport\n      ...VoorzieningInfo_voorziening\n    }\n  }\n": typeof types.NewDeploymentPage_CatalogueDocument,
    "\n  mutation NewDeploymentPage_CreateDeployment($input: CreateDeploymentInput!) {\n    createDeployment(input: $input) {\n      deployment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.NewDeploymentPage_CreateDeploymentDocument,
    "\n  fragment VoorzieningInfo_voorziening on Voorziening {\n    id\n    unit\n    capAmount\n    capWindow\n    maxDurationMonths\n    policyQuote\n    policySource\n  }\n": typeof types.VoorzieningInfo_VoorzieningFragmentDoc,
    "\n  query NoticeCount_Unread {\n    unreadNoticeCount\n  }\n": typeof types.NoticeCount_UnreadDocument,
    "\n  query NoticesPage_Notices {\n    notices {\n      id\n      title\n      message\n      deploymentId\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NoticesPage_NoticesDocument,
    "\n  mutation NoticesPage_MarkRead($input: MarkNoticesReadInput!) {\n    markNoticesRead(input: $input) {\n      notices {\n        id\n        readAt\n      }\n      unreadCount\n    }\n  }\n": typeof types.NoticesPage_MarkReadDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginPage_LoginDocument,
    "\n  fragment Shell_user on User {\n    id\n    email\n    role\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.Shell_UserFragmentDoc,
    "\n  mutation Shell_Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.Shell_LogoutDocument,
    "\n  mutation ReviewForm_Advise($input: AdviseWaakvlamReviewInput!) {\n    adviseWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReviewForm_AdviseDocument,
    "\n  mutation ReviewForm_Decide($input: DecideWaakvlamReviewInput!) {\n    decideWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReviewForm_DecideDocument,
    "\n  fragment WaakvlamReviews_deployment on Deployment {\n    id\n    voorziening {\n      id\n      name\n      reviewCycleMonths\n    }\n    openReview {\n      reviewYear\n      period {\n        start\n        end\n      }\n    }\n    waakvlamReviews {\n      reviewYear\n      advice\n      adviceMotivation\n      decision\n      decisionMotivation\n      period {\n        start\n        end\n      }\n    }\n  }\n": typeof types.WaakvlamReviews_DeploymentFragmentDoc,
    "\n  fragment DayRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n": typeof types.DayRow_DeploymentFragmentDoc,
    "\n  query DayView_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...DayRow_deployment\n        }\n      }\n    }\n  }\n": typeof types.DayView_DeploymentsDocument,
    "\n  mutation WeekGrid_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n      }\n      capUsage {\n        windowStart\n        windowEnd\n        capWindow\n        capMinutes\n        usedMinutes\n        remainingMinutes\n        unit\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WeekGrid_LogHoursDocument,
    "\n  query WeekPage_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...WeekRow_deployment\n        }\n      }\n    }\n  }\n": typeof types.WeekPage_DeploymentsDocument,
    "\n  fragment WeekRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n": typeof types.WeekRow_DeploymentFragmentDoc,
};
const documents: Documents = {
    "\n  query App_Me {\n    me {\n      id\n      role\n      secondFactorRequired\n      ...Shell_user\n      ...SecondFactorRequiredPage_user\n    }\n  }\n": types.App_MeDocument,
    "\n  query AccountPage_Me {\n    me {\n      id\n      email\n      role\n      secondFactor\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AccountPage_MeDocument,
    "\n  mutation ConfirmTotpForm_Confirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ConfirmTotpForm_ConfirmDocument,
    "\n  mutation LogoutButton_Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere) {\n      ok\n    }\n  }\n": types.LogoutButton_LogoutDocument,
    "\n  fragment SecondFactorRequiredPage_user on User {\n    id\n    email\n  }\n": types.SecondFactorRequiredPage_UserFragmentDoc,
    "\n  mutation TotpEnrolment_Start {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.TotpEnrolment_StartDocument,
    "\n  fragment AccountRow_account on Account {\n    id\n    email\n    role\n    active\n    secondFactor\n  }\n": types.AccountRow_AccountFragmentDoc,
    "\n  mutation AccountRow_Deactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccountRow_DeactivateDocument,
    "\n  query AccountsPage_Accounts {\n    accounts {\n      id\n      ...AccountRow_account\n    }\n  }\n": types.AccountsPage_AccountsDocument,
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  mutation ApiTokenRow_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ApiTokenRow_RevokeDocument,
    "\n  query ApiTokensPage_ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n": types.ApiTokensPage_ApiTokensDocument,
    "\n  mutation CreateApiTokenForm_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateApiTokenForm_CreateDocument,
    "\n  mutation CreateContractForm_Create($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contractId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateContractForm_CreateDocument,
    "\n  mutation CreateProviderForm_Create($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      providerId\n      admin {\n        id\n        email\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateProviderForm_CreateDocument,
    "\n  mutation CreateUserForm_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      account {\n        id\n        email\n        ...AccountRow_account\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateUserForm_CreateUserDocument,
    "\n  mutation ResetSecondFactor_Reset($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResetSecondFactor_ResetDocument,
    "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    occurredAt\n    actorEmail\n    actorRole\n    actorOrganisation\n    action\n    objectType\n    objectId\n    result\n    reason\n    origin\n  }\n": types.AuditEventRow_EventFragmentDoc,
    "\n  query AuditPage_Events($filter: AuditFilterInput, $first: Int!, $before: ID) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      id\n      ...AuditEventRow_event\n    }\n  }\n": types.AuditPage_EventsDocument,
    "\n  mutation RevealBsn_Reveal($residentId: ID!) {\n    revealResidentBsn(residentId: $residentId) {\n      bsn\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevealBsn_RevealDocument,
    "\n  query CataloguePage_Versions($municipalityCode: String!) {\n    catalogueVersions(municipalityCode: $municipalityCode) {\n      id\n      name\n      policySource\n      validFrom\n      validUntil\n      voorzieningen {\n        id\n        code\n        name\n        unit\n        capAmount\n        capWindow\n        maxDurationMonths\n        reviewCycleMonths\n        policyQuote\n        asksMotivation\n        asksTransport\n        eligibility\n        approval\n      }\n    }\n  }\n": types.CataloguePage_VersionsDocument,
    "\n  mutation NewVersionForm_Create($input: CreateCatalogueVersionInput!) {\n    createCatalogueVersion(input: $input) {\n      version {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.NewVersionForm_CreateDocument,
    "\n  fragment CapMeter_capUsage on CapUsage {\n    capMinutes\n    usedMinutes\n    remainingMinutes\n    windowStart\n    windowEnd\n    capWindow\n    unit\n  }\n": types.CapMeter_CapUsageFragmentDoc,
    "\n  query DeploymentFilters_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": types.DeploymentFilters_MunicipalitiesDocument,
    "\n  query DeploymentFilters_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n": types.DeploymentFilters_CatalogueDocument,
    "\n  query DeploymentPage_Deployment($id: ID!) {\n    deployment(id: $id) {\n      id\n      voorziening {\n        id\n        name\n      }\n      capUsage {\n        ...CapMeter_capUsage\n      }\n      ...DeploymentSummary_deployment\n      ...EntriesList_deployment\n      ...WaakvlamReviews_deployment\n    }\n  }\n": types.DeploymentPage_DeploymentDocument,
    "\n  fragment DeploymentRow_deployment on Deployment {\n    id\n    startDate\n    status\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    capUsage {\n      usedMinutes\n      capMinutes\n      unit\n    }\n  }\n": types.DeploymentRow_DeploymentFragmentDoc,
    "\n  fragment DeploymentSummary_deployment on Deployment {\n    id\n    startDate\n    endDate\n    status\n    motivation\n    transportByProvider\n    approvalStatus\n    approvalMotivation\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n": types.DeploymentSummary_DeploymentFragmentDoc,
    "\n  query DeploymentsPage_Deployments($first: Int!, $filter: DeploymentFilter) {\n    deployments(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          resident {\n            id\n            bsnMasked\n          }\n          ...DeploymentRow_deployment\n        }\n      }\n    }\n  }\n": types.DeploymentsPage_DeploymentsDocument,
    "\n  mutation LogHoursForm_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n        # Everything the deployment page's list shows of an entry, so that the cache stays complete.\n        ...EntryRow_entry\n      }\n      capUsage {\n        windowStart\n        ...CapMeter_capUsage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LogHoursForm_LogHoursDocument,
    "\n  mutation CorrectEntryForm_CorrectHours($input: CorrectHoursInput!) {\n    correctHours(input: $input) {\n      entry {\n        id\n        ...EntryRow_entry\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CorrectEntryForm_CorrectHoursDocument,
    "\n  mutation DeleteEntryForm_DeleteHours($input: DeleteHoursInput!) {\n    deleteHours(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteEntryForm_DeleteHoursDocument,
    "\n  fragment EntriesList_deployment on Deployment {\n    id\n    voorziening {\n      id\n      unit\n    }\n    entries(includeDeleted: true) {\n      id\n      ...EntryRow_entry\n    }\n  }\n": types.EntriesList_DeploymentFragmentDoc,
    "\n  fragment EntryHistory_revision on HourEntryRevision {\n    action\n    at\n    by\n    dateBefore\n    dateAfter\n    minutesBefore\n    minutesAfter\n    reason\n  }\n": types.EntryHistory_RevisionFragmentDoc,
    "\n  fragment EntryRow_entry on HourEntry {\n    id\n    date\n    minutes\n    note\n    deleted\n    history {\n      ...EntryHistory_revision\n    }\n  }\n": types.EntryRow_EntryFragmentDoc,
    "\n  query ClosedPeriods_List($municipalityCode: String!) {\n    closedPeriods(municipalityCode: $municipalityCode) {\n      month\n      closedAt\n      closedBy\n    }\n  }\n": types.ClosedPeriods_ListDocument,
    "\n  mutation ClosedPeriods_Close($municipalityCode: String!, $month: String!) {\n    closePeriod(municipalityCode: $municipalityCode, month: $month) {\n      period {\n        month\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ClosedPeriods_CloseDocument,
    "\n  query Tariffs_List($municipalityCode: String!) {\n    tariffs(municipalityCode: $municipalityCode) {\n      id\n      providerId\n      providerName\n      voorzieningCode\n      unit\n      amountCents\n      validFrom\n      validTo\n    }\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": types.Tariffs_ListDocument,
    "\n  mutation Tariffs_Set($input: SetTariffInput!) {\n    setTariff(input: $input) {\n      tariff {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.Tariffs_SetDocument,
    "\n  query FinancePage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": types.FinancePage_MunicipalitiesDocument,
    "\n  query FinancePage_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n": types.FinancePage_CatalogueDocument,
    "\n  query FinancePage_Report($municipalityCode: String!, $from: Date!, $to: Date!, $providerId: ID, $voorzieningCode: String) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to, providerId: $providerId, voorzieningCode: $voorzieningCode) {\n      municipalityName\n      closedMonths\n      providers {\n        id\n        name\n      }\n      rows {\n        month\n        monthLabel\n        providerId\n        providerName\n        voorzieningCode\n        voorzieningName\n        unit\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n        closed\n        ...HoursChart_row\n      }\n      totals {\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n      }\n    }\n  }\n": types.FinancePage_ReportDocument,
    "\n  fragment HoursChart_row on UsageReportRow {\n    month\n    monthLabel\n    voorzieningCode\n    voorzieningName\n    unit\n    minutes\n  }\n": types.HoursChart_RowFragmentDoc,
    "\n  fragment ApprovalRow_approval on PendingApproval {\n    reason\n    requestedOn\n    deployment {\n      id\n      startDate\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n": types.ApprovalRow_ApprovalFragmentDoc,
    "\n  mutation ApprovalRow_Decide($input: DecideDeploymentApprovalInput!) {\n    decideDeploymentApproval(input: $input) {\n      deployment {\n        id\n        approvalStatus\n        approvalMotivation\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ApprovalRow_DecideDocument,
    "\n  query ApprovalsPage_Pending($municipalityCode: String!) {\n    pendingApprovals(municipalityCode: $municipalityCode) {\n      deployment {\n        id\n      }\n      ...ApprovalRow_approval\n    }\n  }\n": types.ApprovalsPage_PendingDocument,
    "\n  mutation ImportIndicationsForm_Import($input: ImportMaatwerkIndicationsInput!) {\n    importMaatwerkIndications(input: $input) {\n      importedCount\n      rowErrors {\n        line\n        field\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ImportIndicationsForm_ImportDocument,
    "\n  query RecordIndicationForm_Providers($municipalityCode: String!, $from: Date!, $to: Date!) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      providers {\n        id\n        name\n      }\n    }\n  }\n": types.RecordIndicationForm_ProvidersDocument,
    "\n  mutation RecordIndicationForm_Record($input: RecordMaatwerkIndicationInput!) {\n    recordMaatwerkIndication(input: $input) {\n      indication {\n        id\n        householdCode\n        startDate\n        endDate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RecordIndicationForm_RecordDocument,
    "\n  query ReviewQueuePage_Queue($municipalityCode: String!) {\n    waakvlamReviewQueue(municipalityCode: $municipalityCode) {\n      reviewYear\n      overdue\n      deployment {\n        id\n      }\n      ...ReviewQueueRow_review\n    }\n  }\n": types.ReviewQueuePage_QueueDocument,
    "\n  fragment ReviewQueueRow_review on WaakvlamReviewDue {\n    reviewYear\n    overdue\n    advice\n    adviceMotivation\n    period {\n      start\n      end\n    }\n    minutesPerReviewYear {\n      reviewYear\n      minutes\n    }\n    deployment {\n      id\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n": types.ReviewQueueRow_ReviewFragmentDoc,
    "\n  query UpcomingReviewsNotice_Upcoming {\n    upcomingWaakvlamReviews {\n      reviewYear\n      overdue\n      advice\n      period {\n        start\n        end\n      }\n      deployment {\n        id\n        voorziening {\n          id\n          name\n        }\n        resident {\n          id\n          bsnMasked\n        }\n      }\n    }\n  }\n": types.UpcomingReviewsNotice_UpcomingDocument,
    "\n  query YearlyReviewPage_Review($municipalityCode: String!, $year: Int!) {\n    yearlyReview(municipalityCode: $municipalityCode, year: $year) {\n      year\n      from\n      to\n      municipality {\n        id\n        code\n        name\n      }\n      lines {\n        ...YearlyReviewPage_line\n      }\n      total {\n        ...YearlyReviewPage_line\n      }\n    }\n  }\n": types.YearlyReviewPage_ReviewDocument,
    "\n  fragment YearlyReviewPage_line on YearlyReviewLine {\n    provider {\n      id\n      name\n    }\n    voorziening {\n      code\n      name\n      unit\n    }\n    figures {\n      residents\n      deploymentsStarted\n      deploymentsRunning\n      deploymentsEnded\n      deploymentsAtCap\n      minutes\n      reviewsContinued\n      reviewsStopped\n      reviewsOpen\n      halfYearsEnded\n      halfYearsEndedAtCap\n      halfYearsAtCapPercentage\n    }\n    changes {\n      figure\n      current\n      previous\n      difference\n      percentChange\n    }\n  }\n": types.YearlyReviewPage_LineFragmentDoc,
    "\n  query Municipality_Me {\n    me {\n      id\n      organisation {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.Municipality_MeDocument,
    "\n  query NewDeploymentPage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n": types.NewDeploymentPage_MunicipalitiesDocument,
    "\n  query NewDeploymentPage_Catalogue($municipalityCode: String!, $date: Date) {\n    catalogue(municipalityCode: $municipalityCode, date: $date) {\n      id\n      code\n      name\n      asksMotivation\n      asksTransport\n      ...VoorzieningInfo_voorziening\n    }\n  }\n": types.NewDeploymentPage_CatalogueDocument,
    "\n  mutation NewDeploymentPage_CreateDeployment($input: CreateDeploymentInput!) {\n    createDeployment(input: $input) {\n      deployment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.NewDeploymentPage_CreateDeploymentDocument,
    "\n  fragment VoorzieningInfo_voorziening on Voorziening {\n    id\n    unit\n    capAmount\n    capWindow\n    maxDurationMonths\n    policyQuote\n    policySource\n  }\n": types.VoorzieningInfo_VoorzieningFragmentDoc,
    "\n  query NoticeCount_Unread {\n    unreadNoticeCount\n  }\n": types.NoticeCount_UnreadDocument,
    "\n  query NoticesPage_Notices {\n    notices {\n      id\n      title\n      message\n      deploymentId\n      createdAt\n      readAt\n    }\n  }\n": types.NoticesPage_NoticesDocument,
    "\n  mutation NoticesPage_MarkRead($input: MarkNoticesReadInput!) {\n    markNoticesRead(input: $input) {\n      notices {\n        id\n        readAt\n      }\n      unreadCount\n    }\n  }\n": types.NoticesPage_MarkReadDocument,
    "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginPage_LoginDocument,
    "\n  fragment Shell_user on User {\n    id\n    email\n    role\n    organisation {\n      id\n      name\n    }\n  }\n": types.Shell_UserFragmentDoc,
    "\n  mutation Shell_Logout {\n    logout {\n      ok\n    }\n  }\n": types.Shell_LogoutDocument,
    "\n  mutation ReviewForm_Advise($input: AdviseWaakvlamReviewInput!) {\n    adviseWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReviewForm_AdviseDocument,
    "\n  mutation ReviewForm_Decide($input: DecideWaakvlamReviewInput!) {\n    decideWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReviewForm_DecideDocument,
    "\n  fragment WaakvlamReviews_deployment on Deployment {\n    id\n    voorziening {\n      id\n      name\n      reviewCycleMonths\n    }\n    openReview {\n      reviewYear\n      period {\n        start\n        end\n      }\n    }\n    waakvlamReviews {\n      reviewYear\n      advice\n      adviceMotivation\n      decision\n      decisionMotivation\n      period {\n        start\n        end\n      }\n    }\n  }\n": types.WaakvlamReviews_DeploymentFragmentDoc,
    "\n  fragment DayRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n": types.DayRow_DeploymentFragmentDoc,
    "\n  query DayView_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...DayRow_deployment\n        }\n      }\n    }\n  }\n": types.DayView_DeploymentsDocument,
    "\n  mutation WeekGrid_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n      }\n      capUsage {\n        windowStart\n        windowEnd\n        capWindow\n        capMinutes\n        usedMinutes\n        remainingMinutes\n        unit\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.WeekGrid_LogHoursDocument,
    "\n  query WeekPage_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...WeekRow_deployment\n        }\n      }\n    }\n  }\n": types.WeekPage_DeploymentsDocument,
    "\n  fragment WeekRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n": types.WeekRow_DeploymentFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query App_Me {\n    me {\n      id\n      role\n      secondFactorRequired\n      ...Shell_user\n      ...SecondFactorRequiredPage_user\n    }\n  }\n"): (typeof documents)["\n  query App_Me {\n    me {\n      id\n      role\n      secondFactorRequired\n      ...Shell_user\n      ...SecondFactorRequiredPage_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage_Me {\n    me {\n      id\n      email\n      role\n      secondFactor\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPage_Me {\n    me {\n      id\n      email\n      role\n      secondFactor\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpForm_Confirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpForm_Confirm($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutButton_Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LogoutButton_Logout($everywhere: Boolean!) {\n    logout(everywhere: $everywhere) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecondFactorRequiredPage_user on User {\n    id\n    email\n  }\n"): (typeof documents)["\n  fragment SecondFactorRequiredPage_user on User {\n    id\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TotpEnrolment_Start {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation TotpEnrolment_Start {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow_account on Account {\n    id\n    email\n    role\n    active\n    secondFactor\n  }\n"): (typeof documents)["\n  fragment AccountRow_account on Account {\n    id\n    email\n    role\n    active\n    secondFactor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRow_Deactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRow_Deactivate($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsPage_Accounts {\n    accounts {\n      id\n      ...AccountRow_account\n    }\n  }\n"): (typeof documents)["\n  query AccountsPage_Accounts {\n    accounts {\n      id\n      ...AccountRow_account\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenRow_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokenRow_Revoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensPage_ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensPage_ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiTokenForm_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiTokenForm_Create($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        ...ApiTokenRow_apiToken\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractForm_Create($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contractId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractForm_Create($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contractId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProviderForm_Create($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      providerId\n      admin {\n        id\n        email\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProviderForm_Create($input: CreateProviderInput!) {\n    createProvider(input: $input) {\n      providerId\n      admin {\n        id\n        email\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserForm_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      account {\n        id\n        email\n        ...AccountRow_account\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserForm_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      account {\n        id\n        email\n        ...AccountRow_account\n      }\n      initialPassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor_Reset($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor_Reset($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      account {\n        ...AccountRow_account\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    occurredAt\n    actorEmail\n    actorRole\n    actorOrganisation\n    action\n    objectType\n    objectId\n    result\n    reason\n    origin\n  }\n"): (typeof documents)["\n  fragment AuditEventRow_event on AuditEvent {\n    id\n    occurredAt\n    actorEmail\n    actorRole\n    actorOrganisation\n    action\n    objectType\n    objectId\n    result\n    reason\n    origin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage_Events($filter: AuditFilterInput, $first: Int!, $before: ID) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      id\n      ...AuditEventRow_event\n    }\n  }\n"): (typeof documents)["\n  query AuditPage_Events($filter: AuditFilterInput, $first: Int!, $before: ID) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      id\n      ...AuditEventRow_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealBsn_Reveal($residentId: ID!) {\n    revealResidentBsn(residentId: $residentId) {\n      bsn\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealBsn_Reveal($residentId: ID!) {\n    revealResidentBsn(residentId: $residentId) {\n      bsn\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage_Versions($municipalityCode: String!) {\n    catalogueVersions(municipalityCode: $municipalityCode) {\n      id\n      name\n      policySource\n      validFrom\n      validUntil\n      voorzieningen {\n        id\n        code\n        name\n        unit\n        capAmount\n        capWindow\n        maxDurationMonths\n        reviewCycleMonths\n        policyQuote\n        asksMotivation\n        asksTransport\n        eligibility\n        approval\n      }\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage_Versions($municipalityCode: String!) {\n    catalogueVersions(municipalityCode: $municipalityCode) {\n      id\n      name\n      policySource\n      validFrom\n      validUntil\n      voorzieningen {\n        id\n        code\n        name\n        unit\n        capAmount\n        capWindow\n        maxDurationMonths\n        reviewCycleMonths\n        policyQuote\n        asksMotivation\n        asksTransport\n        eligibility\n        approval\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewVersionForm_Create($input: CreateCatalogueVersionInput!) {\n    createCatalogueVersion(input: $input) {\n      version {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NewVersionForm_Create($input: CreateCatalogueVersionInput!) {\n    createCatalogueVersion(input: $input) {\n      version {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapMeter_capUsage on CapUsage {\n    capMinutes\n    usedMinutes\n    remainingMinutes\n    windowStart\n    windowEnd\n    capWindow\n    unit\n  }\n"): (typeof documents)["\n  fragment CapMeter_capUsage on CapUsage {\n    capMinutes\n    usedMinutes\n    remainingMinutes\n    windowStart\n    windowEnd\n    capWindow\n    unit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentFilters_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeploymentFilters_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentFilters_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeploymentFilters_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentPage_Deployment($id: ID!) {\n    deployment(id: $id) {\n      id\n      voorziening {\n        id\n        name\n      }\n      capUsage {\n        ...CapMeter_capUsage\n      }\n      ...DeploymentSummary_deployment\n      ...EntriesList_deployment\n      ...WaakvlamReviews_deployment\n    }\n  }\n"): (typeof documents)["\n  query DeploymentPage_Deployment($id: ID!) {\n    deployment(id: $id) {\n      id\n      voorziening {\n        id\n        name\n      }\n      capUsage {\n        ...CapMeter_capUsage\n      }\n      ...DeploymentSummary_deployment\n      ...EntriesList_deployment\n      ...WaakvlamReviews_deployment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeploymentRow_deployment on Deployment {\n    id\n    startDate\n    status\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    capUsage {\n      usedMinutes\n      capMinutes\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment DeploymentRow_deployment on Deployment {\n    id\n    startDate\n    status\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    capUsage {\n      usedMinutes\n      capMinutes\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeploymentSummary_deployment on Deployment {\n    id\n    startDate\n    endDate\n    status\n    motivation\n    transportByProvider\n    approvalStatus\n    approvalMotivation\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeploymentSummary_deployment on Deployment {\n    id\n    startDate\n    endDate\n    status\n    motivation\n    transportByProvider\n    approvalStatus\n    approvalMotivation\n    voorziening {\n      id\n      name\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    municipality {\n      id\n      name\n    }\n    provider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentsPage_Deployments($first: Int!, $filter: DeploymentFilter) {\n    deployments(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          resident {\n            id\n            bsnMasked\n          }\n          ...DeploymentRow_deployment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentsPage_Deployments($first: Int!, $filter: DeploymentFilter) {\n    deployments(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          resident {\n            id\n            bsnMasked\n          }\n          ...DeploymentRow_deployment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogHoursForm_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n        # Everything the deployment page's list shows of an entry, so that the cache stays complete.\n        ...EntryRow_entry\n      }\n      capUsage {\n        windowStart\n        ...CapMeter_capUsage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogHoursForm_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n        # Everything the deployment page's list shows of an entry, so that the cache stays complete.\n        ...EntryRow_entry\n      }\n      capUsage {\n        windowStart\n        ...CapMeter_capUsage\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectEntryForm_CorrectHours($input: CorrectHoursInput!) {\n    correctHours(input: $input) {\n      entry {\n        id\n        ...EntryRow_entry\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectEntryForm_CorrectHours($input: CorrectHoursInput!) {\n    correctHours(input: $input) {\n      entry {\n        id\n        ...EntryRow_entry\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEntryForm_DeleteHours($input: DeleteHoursInput!) {\n    deleteHours(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEntryForm_DeleteHours($input: DeleteHoursInput!) {\n    deleteHours(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntriesList_deployment on Deployment {\n    id\n    voorziening {\n      id\n      unit\n    }\n    entries(includeDeleted: true) {\n      id\n      ...EntryRow_entry\n    }\n  }\n"): (typeof documents)["\n  fragment EntriesList_deployment on Deployment {\n    id\n    voorziening {\n      id\n      unit\n    }\n    entries(includeDeleted: true) {\n      id\n      ...EntryRow_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryHistory_revision on HourEntryRevision {\n    action\n    at\n    by\n    dateBefore\n    dateAfter\n    minutesBefore\n    minutesAfter\n    reason\n  }\n"): (typeof documents)["\n  fragment EntryHistory_revision on HourEntryRevision {\n    action\n    at\n    by\n    dateBefore\n    dateAfter\n    minutesBefore\n    minutesAfter\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryRow_entry on HourEntry {\n    id\n    date\n    minutes\n    note\n    deleted\n    history {\n      ...EntryHistory_revision\n    }\n  }\n"): (typeof documents)["\n  fragment EntryRow_entry on HourEntry {\n    id\n    date\n    minutes\n    note\n    deleted\n    history {\n      ...EntryHistory_revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedPeriods_List($municipalityCode: String!) {\n    closedPeriods(municipalityCode: $municipalityCode) {\n      month\n      closedAt\n      closedBy\n    }\n  }\n"): (typeof documents)["\n  query ClosedPeriods_List($municipalityCode: String!) {\n    closedPeriods(municipalityCode: $municipalityCode) {\n      month\n      closedAt\n      closedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosedPeriods_Close($municipalityCode: String!, $month: String!) {\n    closePeriod(municipalityCode: $municipalityCode, month: $month) {\n      period {\n        month\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosedPeriods_Close($municipalityCode: String!, $month: String!) {\n    closePeriod(municipalityCode: $municipalityCode, month: $month) {\n      period {\n        month\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tariffs_List($municipalityCode: String!) {\n    tariffs(municipalityCode: $municipalityCode) {\n      id\n      providerId\n      providerName\n      voorzieningCode\n      unit\n      amountCents\n      validFrom\n      validTo\n    }\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query Tariffs_List($municipalityCode: String!) {\n    tariffs(municipalityCode: $municipalityCode) {\n      id\n      providerId\n      providerName\n      voorzieningCode\n      unit\n      amountCents\n      validFrom\n      validTo\n    }\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Tariffs_Set($input: SetTariffInput!) {\n    setTariff(input: $input) {\n      tariff {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Tariffs_Set($input: SetTariffInput!) {\n    setTariff(input: $input) {\n      tariff {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancePage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query FinancePage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancePage_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query FinancePage_Catalogue($municipalityCode: String!) {\n    catalogue(municipalityCode: $municipalityCode) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancePage_Report($municipalityCode: String!, $from: Date!, $to: Date!, $providerId: ID, $voorzieningCode: String) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to, providerId: $providerId, voorzieningCode: $voorzieningCode) {\n      municipalityName\n      closedMonths\n      providers {\n        id\n        name\n      }\n      rows {\n        month\n        monthLabel\n        providerId\n        providerName\n        voorzieningCode\n        voorzieningName\n        unit\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n        closed\n        ...HoursChart_row\n      }\n      totals {\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinancePage_Report($municipalityCode: String!, $from: Date!, $to: Date!, $providerId: ID, $voorzieningCode: String) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to, providerId: $providerId, voorzieningCode: $voorzieningCode) {\n      municipalityName\n      closedMonths\n      providers {\n        id\n        name\n      }\n      rows {\n        month\n        monthLabel\n        providerId\n        providerName\n        voorzieningCode\n        voorzieningName\n        unit\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n        closed\n        ...HoursChart_row\n      }\n      totals {\n        hours\n        dagdelen\n        etmalen\n        correctionLines\n        residents\n        amountCents\n        unpricedLines\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoursChart_row on UsageReportRow {\n    month\n    monthLabel\n    voorzieningCode\n    voorzieningName\n    unit\n    minutes\n  }\n"): (typeof documents)["\n  fragment HoursChart_row on UsageReportRow {\n    month\n    monthLabel\n    voorzieningCode\n    voorzieningName\n    unit\n    minutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRow_approval on PendingApproval {\n    reason\n    requestedOn\n    deployment {\n      id\n      startDate\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalRow_approval on PendingApproval {\n    reason\n    requestedOn\n    deployment {\n      id\n      startDate\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalRow_Decide($input: DecideDeploymentApprovalInput!) {\n    decideDeploymentApproval(input: $input) {\n      deployment {\n        id\n        approvalStatus\n        approvalMotivation\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalRow_Decide($input: DecideDeploymentApprovalInput!) {\n    decideDeploymentApproval(input: $input) {\n      deployment {\n        id\n        approvalStatus\n        approvalMotivation\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsPage_Pending($municipalityCode: String!) {\n    pendingApprovals(municipalityCode: $municipalityCode) {\n      deployment {\n        id\n      }\n      ...ApprovalRow_approval\n    }\n  }\n"): (typeof documents)["\n  query ApprovalsPage_Pending($municipalityCode: String!) {\n    pendingApprovals(municipalityCode: $municipalityCode) {\n      deployment {\n        id\n      }\n      ...ApprovalRow_approval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIndicationsForm_Import($input: ImportMaatwerkIndicationsInput!) {\n    importMaatwerkIndications(input: $input) {\n      importedCount\n      rowErrors {\n        line\n        field\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportIndicationsForm_Import($input: ImportMaatwerkIndicationsInput!) {\n    importMaatwerkIndications(input: $input) {\n      importedCount\n      rowErrors {\n        line\n        field\n        code\n        message\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordIndicationForm_Providers($municipalityCode: String!, $from: Date!, $to: Date!) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      providers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordIndicationForm_Providers($municipalityCode: String!, $from: Date!, $to: Date!) {\n    usageReport(municipalityCode: $municipalityCode, from: $from, to: $to) {\n      providers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndicationForm_Record($input: RecordMaatwerkIndicationInput!) {\n    recordMaatwerkIndication(input: $input) {\n      indication {\n        id\n        householdCode\n        startDate\n        endDate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIndicationForm_Record($input: RecordMaatwerkIndicationInput!) {\n    recordMaatwerkIndication(input: $input) {\n      indication {\n        id\n        householdCode\n        startDate\n        endDate\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueuePage_Queue($municipalityCode: String!) {\n    waakvlamReviewQueue(municipalityCode: $municipalityCode) {\n      reviewYear\n      overdue\n      deployment {\n        id\n      }\n      ...ReviewQueueRow_review\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueuePage_Queue($municipalityCode: String!) {\n    waakvlamReviewQueue(municipalityCode: $municipalityCode) {\n      reviewYear\n      overdue\n      deployment {\n        id\n      }\n      ...ReviewQueueRow_review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewQueueRow_review on WaakvlamReviewDue {\n    reviewYear\n    overdue\n    advice\n    adviceMotivation\n    period {\n      start\n      end\n    }\n    minutesPerReviewYear {\n      reviewYear\n      minutes\n    }\n    deployment {\n      id\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewQueueRow_review on WaakvlamReviewDue {\n    reviewYear\n    overdue\n    advice\n    adviceMotivation\n    period {\n      start\n      end\n    }\n    minutesPerReviewYear {\n      reviewYear\n      minutes\n    }\n    deployment {\n      id\n      provider {\n        id\n        name\n      }\n      voorziening {\n        id\n        name\n      }\n      resident {\n        id\n        bsnMasked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingReviewsNotice_Upcoming {\n    upcomingWaakvlamReviews {\n      reviewYear\n      overdue\n      advice\n      period {\n        start\n        end\n      }\n      deployment {\n        id\n        voorziening {\n          id\n          name\n        }\n        resident {\n          id\n          bsnMasked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingReviewsNotice_Upcoming {\n    upcomingWaakvlamReviews {\n      reviewYear\n      overdue\n      advice\n      period {\n        start\n        end\n      }\n      deployment {\n        id\n        voorziening {\n          id\n          name\n        }\n        resident {\n          id\n          bsnMasked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearlyReviewPage_Review($municipalityCode: String!, $year: Int!) {\n    yearlyReview(municipalityCode: $municipalityCode, year: $year) {\n      year\n      from\n      to\n      municipality {\n        id\n        code\n        name\n      }\n      lines {\n        ...YearlyReviewPage_line\n      }\n      total {\n        ...YearlyReviewPage_line\n      }\n    }\n  }\n"): (typeof documents)["\n  query YearlyReviewPage_Review($municipalityCode: String!, $year: Int!) {\n    yearlyReview(municipalityCode: $municipalityCode, year: $year) {\n      year\n      from\n      to\n      municipality {\n        id\n        code\n        name\n      }\n      lines {\n        ...YearlyReviewPage_line\n      }\n      total {\n        ...YearlyReviewPage_line\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearlyReviewPage_line on YearlyReviewLine {\n    provider {\n      id\n      name\n    }\n    voorziening {\n      code\n      name\n      unit\n    }\n    figures {\n      residents\n      deploymentsStarted\n      deploymentsRunning\n      deploymentsEnded\n      deploymentsAtCap\n      minutes\n      reviewsContinued\n      reviewsStopped\n      reviewsOpen\n      halfYearsEnded\n      halfYearsEndedAtCap\n      halfYearsAtCapPercentage\n    }\n    changes {\n      figure\n      current\n      previous\n      difference\n      percentChange\n    }\n  }\n"): (typeof documents)["\n  fragment YearlyReviewPage_line on YearlyReviewLine {\n    provider {\n      id\n      name\n    }\n    voorziening {\n      code\n      name\n      unit\n    }\n    figures {\n      residents\n      deploymentsStarted\n      deploymentsRunning\n      deploymentsEnded\n      deploymentsAtCap\n      minutes\n      reviewsContinued\n      reviewsStopped\n      reviewsOpen\n      halfYearsEnded\n      halfYearsEndedAtCap\n      halfYearsAtCapPercentage\n    }\n    changes {\n      figure\n      current\n      previous\n      difference\n      percentChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipality_Me {\n    me {\n      id\n      organisation {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Municipality_Me {\n    me {\n      id\n      organisation {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDeploymentPage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewDeploymentPage_Municipalities {\n    municipalities {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDeploymentPage_Catalogue($municipalityCode: String!, $date: Date) {\n    catalogue(municipalityCode: $municipalityCode, date: $date) {\n      id\n      code\n      name\n      asksMotivation\n      asksTransport\n      ...VoorzieningInfo_voorziening\n    }\n  }\n"): (typeof documents)["\n  query NewDeploymentPage_Catalogue($municipalityCode: String!, $date: Date) {\n    catalogue(municipalityCode: $municipalityCode, date: $date) {\n      id\n      code\n      name\n      asksMotivation\n      asksTransport\n      ...VoorzieningInfo_voorziening\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewDeploymentPage_CreateDeployment($input: CreateDeploymentInput!) {\n    createDeployment(input: $input) {\n      deployment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NewDeploymentPage_CreateDeployment($input: CreateDeploymentInput!) {\n    createDeployment(input: $input) {\n      deployment {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoorzieningInfo_voorziening on Voorziening {\n    id\n    unit\n    capAmount\n    capWindow\n    maxDurationMonths\n    policyQuote\n    policySource\n  }\n"): (typeof documents)["\n  fragment VoorzieningInfo_voorziening on Voorziening {\n    id\n    unit\n    capAmount\n    capWindow\n    maxDurationMonths\n    policyQuote\n    policySource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeCount_Unread {\n    unreadNoticeCount\n  }\n"): (typeof documents)["\n  query NoticeCount_Unread {\n    unreadNoticeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesPage_Notices {\n    notices {\n      id\n      title\n      message\n      deploymentId\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query NoticesPage_Notices {\n    notices {\n      id\n      title\n      message\n      deploymentId\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesPage_MarkRead($input: MarkNoticesReadInput!) {\n    markNoticesRead(input: $input) {\n      notices {\n        id\n        readAt\n      }\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesPage_MarkRead($input: MarkNoticesReadInput!) {\n    markNoticesRead(input: $input) {\n      notices {\n        id\n        readAt\n      }\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Shell_user on User {\n    id\n    email\n    role\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Shell_user on User {\n    id\n    email\n    role\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Shell_Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Shell_Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewForm_Advise($input: AdviseWaakvlamReviewInput!) {\n    adviseWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewForm_Advise($input: AdviseWaakvlamReviewInput!) {\n    adviseWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewForm_Decide($input: DecideWaakvlamReviewInput!) {\n    decideWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewForm_Decide($input: DecideWaakvlamReviewInput!) {\n    decideWaakvlamReview(input: $input) {\n      review {\n        reviewYear\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaakvlamReviews_deployment on Deployment {\n    id\n    voorziening {\n      id\n      name\n      reviewCycleMonths\n    }\n    openReview {\n      reviewYear\n      period {\n        start\n        end\n      }\n    }\n    waakvlamReviews {\n      reviewYear\n      advice\n      adviceMotivation\n      decision\n      decisionMotivation\n      period {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WaakvlamReviews_deployment on Deployment {\n    id\n    voorziening {\n      id\n      name\n      reviewCycleMonths\n    }\n    openReview {\n      reviewYear\n      period {\n        start\n        end\n      }\n    }\n    waakvlamReviews {\n      reviewYear\n      advice\n      adviceMotivation\n      decision\n      decisionMotivation\n      period {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DayRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n"): (typeof documents)["\n  fragment DayRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayView_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...DayRow_deployment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DayView_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...DayRow_deployment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeekGrid_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n      }\n      capUsage {\n        windowStart\n        windowEnd\n        capWindow\n        capMinutes\n        usedMinutes\n        remainingMinutes\n        unit\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WeekGrid_LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      entry {\n        id\n        date\n        minutes\n        note\n      }\n      capUsage {\n        windowStart\n        windowEnd\n        capWindow\n        capMinutes\n        usedMinutes\n        remainingMinutes\n        unit\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekPage_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...WeekRow_deployment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeekPage_Deployments($first: Int!, $from: Date!, $to: Date!) {\n    deployments(first: $first, filter: { status: ACTIVE }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          voorziening {\n            id\n            unit\n          }\n          ...WeekRow_deployment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n"): (typeof documents)["\n  fragment WeekRow_deployment on Deployment {\n    id\n    startDate\n    endDate\n    voorziening {\n      id\n      name\n      unit\n    }\n    resident {\n      id\n      bsnMasked\n    }\n    capUsage {\n      windowStart\n      capMinutes\n      usedMinutes\n      unit\n    }\n    entries(from: $from, to: $to) {\n      id\n      date\n      minutes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;