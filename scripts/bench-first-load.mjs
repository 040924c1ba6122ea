// What a provider's first load of the list costs in JavaScript, against a baseline built in the
// same run: the smallest app on the same React and Apollo Client (a client with a cache and an
// HTTP link, one query and one mutation, nothing else). The difference is what the portal itself
// adds: its screens, the NL Design System components, the router, the GraphQL documents.
// Run: npm run bench:first-load (builds the client first).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build, defaultClientConditions } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Every script index.html loads before anything else: the entry and its preloads. */
async function firstLoad(dist) {
  const html = await readFile(path.join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const code = await readFile(path.join(dist, file));
    sizes.raw += code.length;
    sizes.gzip += gzipSync(code, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sizes;
}

async function baseline() {
  // Inside the repository, so that its node_modules resolve; removed afterwards.
  const dir = await mkdtemp(path.join(root, "client", ".first-load-baseline-"));
  try {
    await writeFile(path.join(dir, "index.html"), `<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>`);
    await writeFile(
      path.join(dir, "main.tsx"),
      `import { ApolloClient, InMemoryCache } from "@apollo/client";
import { BaseHttpLink } from "@apollo/client/link/http";
import { ApolloProvider, useMutation, useQuery } from "@apollo/client/react";
import { createRoot } from "react-dom/client";
const client = new ApolloClient({ link: new BaseHttpLink({ uri: "/graphql" }), cache: new InMemoryCache() });
const query = { kind: "Document", definitions: [] } as never;
function App() {
  const { data } = useQuery(query);
  const [save] = useMutation(query);
  return <button onClick={() => void save()}>{JSON.stringify(data)}</button>;
}
createRoot(document.getElementById("root")!).render(<ApolloProvider client={client}><App /></ApolloProvider>);
`,
    );
    const out = await mkdtemp(path.join(tmpdir(), "viv-first-load-"));
    await build({
      root: dir,
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      // As client/vite.config.ts: rxjs's ES2015 build.
      resolve: { conditions: ["es2015", ...defaultClientConditions] },
      build: { outDir: out, emptyOutDir: true },
    });
    const sizes = await firstLoad(out);
    await rm(out, { recursive: true, force: true });
    return sizes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const portal = await firstLoad(path.join(root, "client", "dist"));
const floor = await baseline();
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const row = (name, s) => `| ${name} | ${s.files} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)} |`;
console.log(
  [
    "| first load | scripts | minified | gzip -9 | Brotli 11 |",
    "|---|---|---|---|---|",
    row("baseline: React 19 + Apollo Client 4, nothing else", floor),
    row("the portal: a provider's list", portal),
    `| the portal's own share | | ${kB(portal.raw - floor.raw)} | ${kB(portal.gzip - floor.gzip)} | ${kB(portal.brotli - floor.brotli)} |`,
    "",
    `Target ≤ 120 kB gzip: ${portal.gzip <= 120_000 ? "met" : "missed"} (${kB(portal.gzip)}, ${(portal.gzip / floor.gzip).toFixed(2)}× the baseline; the baseline alone leaves ${kB(120_000 - floor.gzip)} for the portal).`,
  ].join("\n"),
);
