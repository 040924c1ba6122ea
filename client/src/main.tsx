import "@utrecht/design-tokens/dist/index.css";
import "@utrecht/component-library-css/dist/index.css";
import "./app/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createApolloClient } from "./app/apollo";
import { App } from "./app/App";

const client = createApolloClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      {/*
        Routing is wouter's default browser-location router: no provider needed. It navigates as
        an urgent update, not a transition: a link to a lazy screen (app/screens.tsx) shows
        "Het scherm wordt geladen…" at once, rather than leaving the previous screen in place,
        and usable, until the next one's chunk has arrived.
      */}
      <App />
    </ApolloProvider>
  </StrictMode>,
);
