import type { MiddlewareFn } from "type-graphql";
import type { Context } from "../platform/context.js";
import { AppError, unauthenticated } from "../platform/errors.js";

const secondFactorFirst = () =>
  new AppError("FORBIDDEN", "Stel eerst de tweede factor (authenticator-app) in; daarna kunt u verder.");

/** The only root fields that answer without a logged-in user. */
const PUBLIC_ROOT_FIELDS = new Set(["login", "logout"]);

/** What an account that must first set up its second factor may do. */
const ENROLMENT_ROOT_FIELDS = new Set(["login", "logout", "me", "startTotpEnrolment", "confirmTotpEnrolment"]);

/**
 * Fail closed: every query and mutation needs a user unless listed above, so a resolver
 * added later cannot forget the check. Role checks happen in the services.
 */
export const requireUserOnRootFields: MiddlewareFn<Context> = ({ context, info }, next) => {
  const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  if (isRoot && !context.actor && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) throw unauthenticated();
  if (isRoot && context.actor?.enrolmentOnly && !ENROLMENT_ROOT_FIELDS.has(info.fieldName)) throw secondFactorFirst();
  return next();
};
