import type { IncomingMessage } from "node:http";
import { getOperationAST, GraphQLError, Kind, OperationTypeNode, type DocumentNode, type SelectionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../auth/viewer.js";
import { ErrorCode } from "../schema/errors.js";
import { executionCost } from "./limits.js";

// Rate limits per client: a token bucket per client and rule. A client is
// the author behind a token, or else the network address. Buckets live in
// memory here, behind a small interface a shared store can implement.

export interface RateLimits {
  /** Comments a client may add per minute (`COLLOQUY_RATE_COMMENTS`, default 5; 0 turns it off). */
  commentsPerMinute: number;
  /** Mutations of any kind a client may run per minute (`COLLOQUY_RATE_WRITES`, default 60; 0 turns it off). */
  writesPerMinute: number;
  /** Expensive reads a client may run per minute (`COLLOQUY_RATE_EXPENSIVE_READS`, default 30; 0 turns it off). */
  expensiveReadsPerMinute: number;
  /** The cost from which a read counts as expensive (`COLLOQUY_EXPENSIVE_COST`, default 10,000). */
  expensiveCost: number;
  /** Take the client address from X-Forwarded-For, set by a proxy you run (`COLLOQUY_TRUST_PROXY`, default off). */
  trustProxy: boolean;
}

export const defaultRateLimits: RateLimits = {
  commentsPerMinute: 5,
  writesPerMinute: 60,
  expensiveReadsPerMinute: 30,
  expensiveCost: 10_000,
  trustProxy: false,
};

export const noRateLimits: RateLimits = { ...defaultRateLimits, commentsPerMinute: 0, writesPerMinute: 0, expensiveReadsPerMinute: 0 };

/** Where buckets are kept. `take` spends `count` tokens from each bucket, all or none, and says how long to wait if it cannot. */
export interface RateLimitStore {
  take(requests: { key: string; count: number; perMinute: number }[], now: number): { ok: true } | { ok: false; key: string; retryAfterMs: number };
}

/** Buckets in this process's memory, at most `maxBuckets` of them (the least recently used go first). */
export function memoryRateLimitStore(maxBuckets = 100_000): RateLimitStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (key: string, perMinute: number, now: number) => {
    const bucket = buckets.get(key);
    if (!bucket) return perMinute;
    return Math.min(perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
  };
  return {
    take(requests, now) {
      for (const { key, count, perMinute } of requests) {
        const tokens = level(key, perMinute, now);
        if (tokens < count) return { ok: false, key, retryAfterMs: Math.ceil(((count - tokens) / perMinute) * 60_000) };
      }
      for (const { key, count, perMinute } of requests) {
        const tokens = level(key, perMinute, now) - count;
        buckets.delete(key);
        buckets.set(key, { tokens, at: now });
        if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value!);
      }
      return { ok: true };
    },
  };
}

/** Who is asking, for rate limiting: the author behind the token, or the network address. */
export function clientKey(viewer: Viewer, request: Request, socketRequest: IncomingMessage | undefined, trustProxy: boolean): string {
  if (viewer.kind === "author") return `author:${viewer.authorId}`;
  const forwarded = trustProxy ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  return `address:${forwarded || socketRequest?.socket?.remoteAddress || "unknown"}`;
}

/** How many times each root field runs in the operation, aliases included. */
function rootFieldCounts(document: DocumentNode, operationName: string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  const operation = getOperationAST(document, operationName);
  if (!operation) return counts;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const visit = (selections: readonly SelectionNode[], seen: string[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections, seen);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.includes(fragment.name.value)) visit(fragment.selectionSet.selections, [...seen, fragment.name.value]);
      }
    }
  };
  visit(operation.selectionSet.selections, []);
  return counts;
}

function rateLimited(message: string, retryAfterMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(`${message} Try again in ${seconds} s.`, {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: seconds, http: { status: 429, headers: { "Retry-After": String(seconds) } } },
  });
}

/**
 * Spends the client's tokens before an operation runs: one comment token per
 * `addComment` (aliases count), one write token per mutation field, one
 * expensive-read token for a query whose cost reaches `expensiveCost`. An
 * operation over any limit does not run at all, and gets RATE_LIMITED with
 * the wait in `retryAfterSeconds` and a `Retry-After` header.
 */
export function useRateLimits(limits: RateLimits, store: RateLimitStore = memoryRateLimitStore()): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const context = args.contextValue as unknown as { viewer: Viewer; request: Request; req?: IncomingMessage };
      const client = clientKey(context.viewer, context.request, context.req, limits.trustProxy);
      const requests: { key: string; count: number; perMinute: number; message: string }[] = [];
      if (operation.operation === OperationTypeNode.MUTATION) {
        const counts = rootFieldCounts(args.document, args.operationName);
        const writes = [...counts.values()].reduce((sum, n) => sum + n, 0);
        const comments = counts.get("addComment") ?? 0;
        if (limits.writesPerMinute > 0 && writes > 0) {
          requests.push({ key: `writes:${client}`, count: writes, perMinute: limits.writesPerMinute, message: "Too many changes from this client." });
        }
        if (limits.commentsPerMinute > 0 && comments > 0) {
          requests.push({ key: `comments:${client}`, count: comments, perMinute: limits.commentsPerMinute, message: "Too many comments from this client." });
        }
      } else if (operation.operation === OperationTypeNode.QUERY && limits.expensiveReadsPerMinute > 0) {
        const cost = executionCost(args);
        if (cost >= limits.expensiveCost) {
          requests.push({ key: `expensive:${client}`, count: 1, perMinute: limits.expensiveReadsPerMinute, message: "Too many expensive queries from this client." });
        }
      }
      if (requests.length === 0) return;
      const outcome = store.take(requests, Date.now());
      if (outcome.ok) return;
      const refused = requests.find((r) => r.key === outcome.key)!;
      setResultAndStopExecution({ errors: [rateLimited(refused.message, outcome.retryAfterMs)] });
    },
  };
}
