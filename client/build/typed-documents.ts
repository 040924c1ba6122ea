import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/**
 * `graphql(\`query X ...\`)` looks its document up at run time in the map codegen writes to
 * gql/gql.ts, which holds every document of every screen: all of them would be in the first
 * load, lazy screens or not. At build time this replaces each call with the document itself
 * (as codegen wrote it in gql/graphql.ts, fragments included), so that every chunk holds only
 * its own documents and neither generated module is bundled. The same lookup the run-time
 * function does, done early; the job of the client preset's Babel optimizer, which this
 * Babel-free build cannot run (and which imports from one shared module, so every chunk would
 * still load all documents).
 */
export function inlineTypedDocuments(gqlDir: string): Plugin {
  let documents: Map<string, string>;
  return {
    name: "viv:inline-typed-documents",
    apply: "build",
    enforce: "pre",
    buildStart() {
      // gql.ts: "<source as a JSON string>": types.<Name>,  graphql.ts: export const <Name> = <JSON> as unknown as DocumentNode<...>;
      const map = readFileSync(`${gqlDir}/gql.ts`, "utf8");
      const generated = readFileSync(`${gqlDir}/graphql.ts`, "utf8");
      const json = new Map([...generated.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map(([, name, ast]) => [name, ast]));
      documents = new Map(
        [...map.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].map(([, source, name]) => {
          const ast = json.get(name);
          if (!ast) this.error(`viv:inline-typed-documents: ${name} is not in gql/graphql.ts`);
          return [JSON.parse(source) as string, ast];
        }),
      );
      if (documents.size === 0) this.error("viv:inline-typed-documents: no documents found in gql/gql.ts");
    },
    transform: {
      filter: { id: /\/client\/src\/(?!gql\/).*\.tsx$/ },
      handler(code, id) {
        let found = false;
        const replaced = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, source: string) => {
          const ast = documents.get(source);
          if (!ast) this.error(`${id}: this graphql() document is not in gql/gql.ts; run npm run codegen`);
          found = true;
          return `(${ast})`;
        });
        return found ? { code: replaced, map: null } : null;
      },
    },
  };
}
