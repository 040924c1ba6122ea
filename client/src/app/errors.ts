import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { ERROR_CODES } from "@shared/refusal-codes";

/**
 * Sorts what Apollo reports into the three cases the screens treat differently: the session
 * is gone (show the login page), the server refused for a reason that is not a business
 * refusal (a GraphQL error code), or the request never got a GraphQL answer (network).
 */
export function graphQLErrorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => codeOf(e.extensions?.code));
  }
  // A server may answer a GraphQL error with a 4xx status and plain `application/json`;
  // Apollo then reports a ServerError and leaves the body unread.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
      const codes = (body.errors ?? []).map((e) => codeOf(e.extensions?.code));
      if (codes.length > 0) return codes;
    } catch {
      // Not JSON: fall through to the status code.
    }
    if (error.statusCode === 401) return [ERROR_CODES.unauthenticated];
  }
  return [];
}

export function isUnauthenticated(error: unknown): boolean {
  return graphQLErrorCodes(error).includes(ERROR_CODES.unauthenticated);
}

export function isForbidden(error: unknown): boolean {
  return graphQLErrorCodes(error).includes(ERROR_CODES.forbidden);
}

/** True when the request did not get a GraphQL answer at all: offline, proxy down, 5xx. */
export function isNetworkError(error: unknown): boolean {
  return error != null && graphQLErrorCodes(error).length === 0;
}

export const NETWORK_ERROR_MESSAGE =
  "De verbinding met de server is mislukt. Uw invoer is bewaard; probeer het opnieuw.";

/** The sentence a form shows when a write failed without a userError. */
export function writeFailureMessage(error: unknown): string {
  if (isForbidden(error)) return "U heeft geen toestemming om dit te doen.";
  if (isNetworkError(error)) return NETWORK_ERROR_MESSAGE;
  return "Er ging iets mis op de server. Uw invoer is bewaard; probeer het later opnieuw.";
}

/** An error code is a string; anything else is no code. */
const codeOf = (code: unknown): string => (typeof code === "string" ? code : "");
