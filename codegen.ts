import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from schema.graphql:
// - tests/graphql: for the operations written in the tests, with graphql(`...`);
// - examples/client/graphql: the client preset for app developers, from
//   examples/client/operations/*.graphql (copy the setup into your own app).
// `npm run codegen` rewrites both; CI fails when either is stale.

// Every custom scalar as the TypeScript type it travels as, so that no field
// comes out `any` or `unknown`. The same mapping for Relay, Apollo and urql
// setups is in the README ("Using Colloquy from Relay, Apollo and urql").
const scalars = {
  DateTime: { input: "string", output: "string" },
  URL: { input: "string", output: "string" },
  NonEmptyString: { input: "string", output: "string" },
  PositiveInt: { input: "number", output: "number" },
  NonNegativeInt: { input: "number", output: "number" },
  JSONObject: { input: "Record<string, unknown>", output: "Record<string, unknown>" },
};

/** For apps: a DateTime the server sends is always an ISO 8601 instant in UTC, such as 2025-03-04T09:30:00.000Z. */
const clientScalars = { ...scalars, DateTime: { input: "string", output: "`${string}-${string}-${string}T${string}Z`" } };

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
      config: { scalars: clientScalars, useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
