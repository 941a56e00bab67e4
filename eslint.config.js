import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".dist-*/", "src/generated/", "tests/graphql/", "examples/client/graphql/", "data/", "tmp/", "tests/clients/node_modules/", "tests/clients/relay/src/__generated__/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The client suite's plain ES modules run on Node with its web globals.
    files: ["tests/clients/**/*.mjs", "tests/clients/**/*.js"],
    languageOptions: { globals: { fetch: "readonly", setTimeout: "readonly", clearTimeout: "readonly", TextDecoder: "readonly" } },
  },
);
