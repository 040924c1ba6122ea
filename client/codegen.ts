import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

// Paths are resolved from this file so `graphql-codegen --config client/codegen.ts` works from
// any working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: CodegenConfig = {
  schema: here("../schema.graphql"),
  documents: [here("src/**/*.tsx")],
  ignoreNoDocuments: true,
  generates: {
    [here("src/gql/")]: {
      preset: "client",
      presetConfig: {
        gqlTagName: "graphql",
        // `useFragment` is not a hook; the name Apollo's own hook has would only confuse.
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        // BigInt (money in cents) arrives as a JSON number while it is a safe integer: any realistic total.
        scalars: { Date: "string", BigInt: "number" },
        enumType: "string-literal",
        useTypeImports: true,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
