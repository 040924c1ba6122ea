import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { ErrorLink } from "@apollo/client/link/error";
import { isUnauthenticated } from "./errors";

/** The operation that decides whether the login page or the portal is shown (App.tsx). */
export const SESSION_QUERY_NAME = "App_Me";

export function createApolloClient(): ApolloClient {
  // When a session expires while the portal is open, any operation may come back
  // UNAUTHENTICATED; refetching `me` then fails too, and App shows the login page.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== SESSION_QUERY_NAME && isUnauthenticated(error)) {
      client.refetchQueries({ include: [SESSION_QUERY_NAME] }).catch(() => undefined);
    }
  });

  const client: ApolloClient = new ApolloClient({
    // BaseHttpLink is HttpLink without the client-awareness headers, which the portal does not use.
    link: ApolloLink.from([sessionLink, new BaseHttpLink({ uri: "/graphql", credentials: "same-origin" })]),
    cache: new InMemoryCache({
      typePolicies: {
        // CapUsage has no id: it lives inside its Deployment. The list and the deployment
        // page select different fields of it, so merge rather than replace.
        CapUsage: { merge: true },
      },
    }),
  });
  return client;
}
