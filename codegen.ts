import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from schema.graphql:
// - tests/graphql: for the operations written in the tests, with graphql(`...`);
// - examples/client/graphql: the client preset for app developers, from
//   examples/client/operations/*.graphql (copy the setup into your own app).
// `npm run codegen` rewrites both; CI fails when either is stale.

const scalars = {
  DateTime: { input: "string", output: "string" },
  URL: { input: "string", output: "string" },
  NonEmptyString: { input: "string", output: "string" },
  PositiveInt: { input: "number", output: "number" },
  NonNegativeInt: { input: "number", output: "number" },
};

const config: CodegenConfig = {
  schema: "schema.graphql",
  importExtension: ".js",
  ignoreNoDocuments: false,
  generates: {
    "tests/graphql/": {
      preset: "client",
      documents: ["tests/**/*.test.ts"],
      presetConfig: { fragmentMasking: false },
      config: { scalars, useTypeImports: true, enumsAsTypes: true, skipTypename: true },
    },
    "examples/client/graphql/": {
      preset: "client",
      documents: ["examples/client/operations/*.graphql"],
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { scalars, useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
