import { createHash } from "node:crypto";
import { ErrorCode } from "../schema/errors.js";
import { readFileSync } from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

// Persisted operations, two ways:
// - Automatic persisted queries (APQ): any client may send a SHA-256 hash
//   instead of the query once the server has seen the query with that hash.
// - Trusted documents: the manifest codegen writes for the project's own
//   client operations. With trusted-only on (for production), nothing else runs,
//   and APQ registration is off too.

const MAX_APQ_ENTRIES = 5_000;

function persistedQueryOf(extensions: unknown): { sha256Hash: string } | null {
  const persisted = (extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string" ? { sha256Hash: persisted.sha256Hash } : null;
}

export function loadTrustedDocuments(path: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  // codegen names documents "sha256:<hex>"; APQ clients send the bare hex.
  return new Map(Object.entries(manifest).map(([key, document]) => [key.replace(/^sha256:/, ""), document]));
}

export function usePersistedQueries(options: { trusted: Map<string, string>; trustedOnly: boolean }): Plugin[] {
  const registered = new Map<string, string>();

  const registerAutomaticPersistedQueries: Plugin = {
    onParams({ params }) {
      const persisted = persistedQueryOf(params.extensions);
      if (!persisted || !params.query || options.trustedOnly) return;
      if (typeof params.query !== "string") {
        throw new GraphQLError("The `query` of a persisted query must be a string.", {
          extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
        });
      }
      const hash = createHash("sha256").update(params.query).digest("hex");
      if (hash !== persisted.sha256Hash) {
        throw new GraphQLError("The persisted query hash does not match the query.", {
          extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH", http: { status: 400 } },
        });
      }
      if (registered.size >= MAX_APQ_ENTRIES) registered.delete(registered.keys().next().value!);
      registered.set(hash, params.query);
    },
  };

  return [
    registerAutomaticPersistedQueries,
    usePersistedOperations({
      allowArbitraryOperations: !options.trustedOnly,
      getPersistedOperation: (key) => {
        const id = key.replace(/^sha256:/, "");
        return options.trusted.get(id) ?? (options.trustedOnly ? null : (registered.get(id) ?? null));
      },
      extractPersistedOperationId: (params) =>
        persistedQueryOf(params.extensions)?.sha256Hash ??
        (typeof (params as { documentId?: unknown }).documentId === "string" ? (params as { documentId: string }).documentId : null),
      customErrors: {
        notFound: { message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } },
        persistedQueryOnly: {
          message: "Only trusted documents may run on this server.",
          extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } },
        },
        keyNotFound: { message: "Send a query, or a persisted query's hash.", extensions: { code: "BAD_USER_INPUT" } },
      },
    }),
  ];
}
