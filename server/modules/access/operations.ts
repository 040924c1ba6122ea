import type { Action } from "./permissions.js";

/**
 * What every root field of the API needs: an action of the permission table, "self" (any
 * logged-in account, about itself) or "public". The access matrix test is generated from this
 * and PERMISSIONS, and fails for a root field missing here; the services enforce the actions.
 */
export const OPERATION_ACTIONS: Record<string, Action | "self" | "public"> = {
  // Query
  me: "self",
  municipalities: "municipality.list",
  catalogue: "catalogue.read",
  deployment: "deployment.read",
  deployments: "deployment.read",
  accounts: "account.manage",
  apiTokens: "apiToken.manage",
  auditEvents: "audit.read",
  usageReport: "finance.report",
  tariffs: "tariff.read",
  closedPeriods: "period.read",
  waakvlamReviewQueue: "waakvlam.queue",
  upcomingWaakvlamReviews: "waakvlam.upcoming",
  pendingApprovals: "approval.queue",
  catalogueVersions: "catalogue.read",
  yearlyReview: "yearlyReview.read",
  providers: "organisation.manage",
  // Mutation
  login: "public",
  logout: "public",
  startTotpEnrolment: "account.secondFactor",
  confirmTotpEnrolment: "account.secondFactor",
  createDeployment: "deployment.create",
  decideDeploymentApproval: "deployment.approve",
  logHours: "hours.log",
  correctHours: "hours.correct",
  deleteHours: "hours.correct",
  recordMaatwerkIndication: "indication.record",
  adviseWaakvlamReview: "waakvlam.advise",
  decideWaakvlamReview: "waakvlam.decide",
  revealResidentBsn: "resident.reveal",
  createUser: "account.manage",
  deactivateUser: "account.manage",
  createProvider: "organisation.manage",
  createContract: "organisation.manage",
  createApiToken: "apiToken.manage",
  revokeApiToken: "apiToken.manage",
  setTariff: "tariff.manage",
  closePeriod: "period.close",
  importMaatwerkIndications: "indication.import",
  createCatalogueVersion: "catalogue.manage",
};
