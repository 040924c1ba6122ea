import { GraphQLError } from "graphql";
import { ERROR_CODES } from "../../shared/refusal-codes.js";

/**
 * The one error type for failures that are not business refusals (those are data in
 * `userErrors`, see rules/types.ts). Each carries a GraphQL error code and a Dutch message.
 */
export class AppError extends GraphQLError {
  constructor(code: string, message: string) {
    super(message, { extensions: { code } });
  }
}

export const unauthenticated = () => new AppError(ERROR_CODES.unauthenticated, "U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.");
export const forbidden = () => new AppError(ERROR_CODES.forbidden, "Uw rol mag dit niet doen.");
