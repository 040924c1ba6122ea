import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { inlineTypedDocuments } from "./build/typed-documents";
import { dropUnusedCss } from "./build/unused-css";

// Run from the repository root (`vite --config client/vite.config.ts`), so every path here is
// resolved from this file rather than from the working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const api = "http://127.0.0.1:4000";

/**
 * The NL Design System React bundle ships every component in one module and ends each with
 * `Component.displayName = "..."`. Those top-level writes count as side effects, so the
 * bundler keeps all ~120 components (about 165 kB of the 660 kB bundle). displayName only
 * serves React DevTools; dropping it lets unused components be tree-shaken.
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: "viv:drop-utrecht-display-names",
    apply: "build",
    transform: {
      filter: { id: /node_modules\/@utrecht\/[^/]+-react\/dist\/.*\.mjs$/ },
      handler(code) {
        const withoutNames = code.replace(/^[\w$]+\.displayName = '[^']*';$/gm, "");
        // Each component carries its own inlined copy of Babel's object-spread helper
        // (`ownKeys$N`, `_objectSpread$N`); one shared copy from @babel/runtime does the same.
        const inlined = /^function (?:ownKeys|_objectSpread)(?:\$\w+)?\(.*\}$/gm;
        if (!inlined.test(withoutNames)) return { code: withoutNames, map: null };
        const shared = withoutNames.replace(inlined, "").replace(/\b_objectSpread(?:\$\w+)?\(/g, "_objectSpread2(");
        return { code: `import _objectSpread2 from "@babel/runtime/helpers/objectSpread2";\n${shared}`, map: null };
      },
    },
  };
}

export default defineConfig({
  root: here("."),
  plugins: [
    react(),
    inlineTypedDocuments(here("src/gql")),
    dropUtrechtDisplayNames(),
    dropUnusedCss(),
    // Every text asset also as .br and .gz, compressed once at the highest level here rather
    // than on each request; server/app/static.ts picks the one the browser accepts.
    compression({ algorithms: [defineAlgorithm("brotliCompress"), defineAlgorithm("gzip", { level: 9 })], logLevel: "silent" }),
  ],
  resolve: {
    alias: {
      "@shared": here("../shared"),
      "use-sync-external-store/shim/index.js": here("build/use-sync-external-store.ts"),
    },
    // rxjs (under Apollo Client) ships an ES5 build by default, with tslib's class helpers; its
    // ES2015 build is smaller and every browser the portal supports runs it.
    conditions: ["es2015", ...defaultClientConditions],
  },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one file: one request, and gzip sees it whole
        // (split over shared chunks it came to 1.7 kB more). Lazy screens keep their own chunks.
        codeSplitting: { groups: [{ name: "first-load", tags: ["$initial"] }] },
      },
    },
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/exports": api,
    },
  },
});
