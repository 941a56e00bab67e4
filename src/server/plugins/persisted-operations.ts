import { createHash } from "node:crypto";
import { ErrorCode } from "../../errors.js";
import { readFileSync } from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { boundedMemo } from "../../bounded-memo.js";

// Persisted operations, two ways:
// - Automatic persisted queries (APQ): any client may send a SHA-256 hash
//   instead of the query once the server has seen the query with that hash.
// - Trusted documents: the manifest codegen writes for the project's own
//   client operations. With trusted-only on (for production), nothing else runs,
//   and APQ registration is off too.
//
// An APQ document is stored only once it has passed every limit (its length,
// parsing, the token, depth and alias limits, validation, the cost limit and
// the rate limits): the registering plugin runs when the operation is about to
// execute, after all of them. The store is bounded in entries and in
// characters, so registering cannot be used to fill the server's memory.

export const APQ_BOUNDS = { maxEntries: 5_000, maxCharacters: 4 * 1024 * 1024, maxEntryCharacters: 64 * 1024 };

function persistedQueryOf(extensions: unknown): { sha256Hash: string } | null {
  const persisted = (extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === "string" ? { sha256Hash: persisted.sha256Hash } : null;
}

export function loadTrustedDocuments(path: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  // codegen names documents "sha256:<hex>"; APQ clients send the bare hex.
  return new Map(Object.entries(manifest).map(([key, document]) => [key.replace(/^sha256:/, ""), document]));
}

export interface PersistedQueries {
  /** Resolves hashes and document ids to documents; goes early, before the limits. */
  resolve: Plugin[];
  /** Stores a newly sent APQ document; goes after every limit, so only documents that passed them are kept. */
  register: Plugin;
  /**
   * For a document sent as text to an endpoint outside yoga's request
   * pipeline (the event streams): the error that refuses it, or null. With
   * trusted-only on, only the text of a trusted document may run.
   */
  refusal(query: string, extensions: unknown): GraphQLError | null;
}

const hashMismatch = () =>
  new GraphQLError("The persisted query hash does not match the query.", {
    extensions: { code: ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, http: { status: 400 } },
  });
const trustedOnlyError = { message: "Only trusted documents may run on this server.", extensions: { code: ErrorCode.PERSISTED_QUERY_ONLY, http: { status: 400 } } };

export function usePersistedQueries(options: { trusted: Map<string, string>; trustedOnly: boolean }): PersistedQueries {
  const registered = boundedMemo<string>({ name: "persisted queries", ...APQ_BOUNDS });
  const trustedTexts = new Set(options.trusted.values());

  const checkRegistration: Plugin = {
    onParams({ params }) {
      const persisted = persistedQueryOf(params.extensions);
      if (!persisted || !params.query || options.trustedOnly) return;
      if (typeof params.query !== "string") {
        throw new GraphQLError("The `query` of a persisted query must be a string.", {
          extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
        });
      }
      const hash = createHash("sha256").update(params.query).digest("hex");
      if (hash !== persisted.sha256Hash) throw hashMismatch();
    },
  };

  // The hash was checked against the query in onParams, before anything else read them.
  const store = (context: unknown) => {
    const params = (context as { params?: { query?: unknown; extensions?: unknown } }).params;
    const persisted = persistedQueryOf(params?.extensions);
    if (!persisted || typeof params?.query !== "string" || options.trustedOnly || options.trusted.has(persisted.sha256Hash) || registered.has(persisted.sha256Hash)) return;
    registered.set(persisted.sha256Hash, params.query);
  };
  const register: Plugin = {
    onExecute: ({ args }) => store(args.contextValue),
    onSubscribe: ({ args }) => store(args.contextValue),
  };

  return {
    resolve: [
      checkRegistration,
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
          notFound: { message: "PersistedQueryNotFound", extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } },
          persistedQueryOnly: trustedOnlyError,
          keyNotFound: { message: "Send a query, or a persisted query's hash.", extensions: { code: ErrorCode.BAD_USER_INPUT } },
        },
      }),
    ],
    register,
    refusal(query, extensions) {
      if (options.trustedOnly) return trustedTexts.has(query) ? null : new GraphQLError(trustedOnlyError.message, { extensions: trustedOnlyError.extensions });
      const persisted = persistedQueryOf(extensions);
      if (persisted && createHash("sha256").update(query).digest("hex") !== persisted.sha256Hash) return hashMismatch();
      return null;
    },
  };
}
