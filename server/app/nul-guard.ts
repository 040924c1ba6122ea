import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../platform/context.js";

/**
 * PostgreSQL cannot store the character U+0000 in text, and would fail the whole write with an
 * internal error. Refuse such input up front, in one place for every operation, as bad input.
 */
export const refuseNulCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const query = request.query ?? "";
        if (holdsNul(request.variables) || query.includes("\\u0000") || query.includes("\u0000")) {
          throw new GraphQLError("De invoer bevat een ongeldig teken (U+0000). Verwijder het en probeer het opnieuw.", {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        }
      },
    };
  },
};

function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === "object") return Object.values(value).some(holdsNul);
  return false;
}
