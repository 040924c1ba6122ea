import type { MiddlewareFn } from "type-graphql";
import type { Context } from "./context.js";
import { unauthenticated } from "./errors.js";

/** The only root fields that answer without a logged-in user. */
const PUBLIC_ROOT_FIELDS = new Set(["login", "logout"]);

/**
 * Fail closed: every query and mutation needs a user unless listed above, so a resolver
 * added later cannot forget the check. Role checks happen in the services.
 */
export const requireUserOnRootFields: MiddlewareFn<Context> = ({ context, info }, next) => {
  const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  if (isRoot && !context.actor && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) throw unauthenticated();
  return next();
};
