import { ApolloArmor } from "@escape.tech/graphql-armor";
import helmet from "helmet";
import type { Config } from "./config.js";

/**
 * Limits on what one GraphQL document may ask: depth, cost, aliases (so one request cannot
 * hide a hundred login attempts) and directives; no "did you mean" hints in production.
 */
export function armor(config: Config) {
  const protection = new ApolloArmor({
    maxDepth: DEPTH_LIMIT,
    // Armor multiplies list costs only by a literal `first`; pages stop at 100 (MAX_PAGE), so a
    // literal first: 100 list with its fields must pass.
    costLimit: { maxCost: 20000 },
    maxAliases: { n: 10 },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql-js's own parser (parseOptions in http.ts), which answers
    // 400; armor's limit throws from a plugin hook, which Apollo turns into a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  return protection.protect();
}

/**
 * How deeply a document may nest fields. Fragment spreads are not a level (flattenFragments):
 * the portal's screens compose colocated fragments, and counting each spread made the
 * deployment page's query 10 deep for 6 levels of data. A test keeps every client document
 * at least two levels below the limit.
 */
export const DEPTH_LIMIT = { n: 10, flattenFragments: true };

/** The most tokens one GraphQL document may have. */
export const MAX_TOKENS = 2000;

/**
 * Security headers with a strict content security policy for the portal: scripts and styles
 * only from the portal itself, no frames, no plugins, no inline script.
 */
export function securityHeaders(config: Config) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.production,
    crossOriginEmbedderPolicy: false,
  });
}
