import type { IncomingMessage } from "node:http";
import { GraphQLError, Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import ipaddr from "ipaddr.js";
import type { Result } from "ioredis";
import type { Viewer } from "../../auth/viewer.js";
import { ErrorCode } from "../../errors.js";
import type { OperationStart } from "./limits.js";
import { operationOf } from "./operation.js";
import { throttledWarning, type SharedRedis } from "../shared-state/redis.js";

// Rate limits per client: a token bucket per client and rule. A client is
// the author behind a token, or else the network address. Buckets live in
// this process's memory, or in Redis, where every instance draws on the
// same buckets.

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
  /** Subscriptions one client may hold open at once, on one instance (`COLLOQUY_MAX_SUBSCRIPTIONS_PER_CLIENT`, default 10). */
  subscriptionsPerClient: number;
  /** Subscriptions one instance holds open at once, from everyone (`COLLOQUY_MAX_SUBSCRIPTIONS`, default 5,000). */
  subscriptionsTotal: number;
}

export const defaultRateLimits: RateLimits = {
  commentsPerMinute: 5,
  writesPerMinute: 60,
  expensiveReadsPerMinute: 30,
  expensiveCost: 10_000,
  trustProxy: false,
  subscriptionsPerClient: 10,
  subscriptionsTotal: 5_000,
};

export const noRateLimits: RateLimits = { ...defaultRateLimits, commentsPerMinute: 0, writesPerMinute: 0, expensiveReadsPerMinute: 0 };

/** Where buckets are kept. `take` spends `count` tokens from each bucket, all or none, and says how long to wait if it cannot. */
export interface RateLimitStore {
  take(requests: { key: string; count: number; perMinute: number }[], now: number): Promise<RateLimitOutcome>;
}

export type RateLimitOutcome = { ok: true } | { ok: false; key: string; retryAfterMs: number };

/** Buckets in this process's memory, at most `maxBuckets` of them (the least recently used go first). */
export function memoryRateLimitStore(maxBuckets = 100_000): RateLimitStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (key: string, perMinute: number, now: number) => {
    const bucket = buckets.get(key);
    if (!bucket) return perMinute;
    return Math.min(perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
  };
  return {
    async take(requests, now) {
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

// The same buckets in Redis, as a hash per bucket: `tokens` left (a
// fraction) and `at`, the Redis clock in milliseconds when they were counted.
// The script checks every bucket before it spends from any, so a refused
// operation costs nothing, and Redis runs it whole, so two instances can never
// both spend the last token. It reads Redis's own clock rather than each
// instance's, which may disagree. A bucket expires once it would be full
// again: an absent bucket is a full one.
const TAKE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local levels = {}
for i, key in ipairs(KEYS) do
  local count = tonumber(ARGV[2 * i - 1])
  local perMinute = tonumber(ARGV[2 * i])
  local bucket = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = perMinute
  if bucket[1] and bucket[2] then
    tokens = math.min(perMinute, tonumber(bucket[1]) + math.max(0, now - tonumber(bucket[2])) / 60000 * perMinute)
  end
  if tokens < count then
    return {i, math.ceil((count - tokens) / perMinute * 60000)}
  end
  levels[i] = tokens
end
for i, key in ipairs(KEYS) do
  local perMinute = tonumber(ARGV[2 * i])
  local left = levels[i] - tonumber(ARGV[2 * i - 1])
  redis.call('HSET', key, 'tokens', string.format('%.17g', left), 'at', string.format('%d', now))
  redis.call('PEXPIRE', key, math.max(1, math.ceil((perMinute - left) / perMinute * 60000)))
end
return {0, 0}
`;

declare module "ioredis" {
  interface RedisCommander<Context> {
    /** Arguments: the number of buckets, their keys, then count and perMinute for each. Answers [0, 0], or the refused bucket's 1-based index and the wait in ms. */
    colloquyTakeTokens(bucketCount: number, ...keysAndArgs: (string | number)[]): Result<[number, number], Context>;
  }
}

/**
 * Buckets in Redis, shared by every instance: two comments on one instance
 * and a third on another count against the same limit. `now` is not used;
 * Redis's clock is.
 *
 * When Redis cannot be reached, the operation is allowed (fail open) and a
 * warning is logged. Refusing every write while Redis is down would turn an
 * outage of a supporting service into an outage of the blog; the limits
 * protect against abuse, not against an attacker who can also take Redis down.
 */
export function redisRateLimitStore(shared: SharedRedis): RateLimitStore {
  shared.commands.defineCommand("colloquyTakeTokens", { lua: TAKE_SCRIPT });
  const warn = throttledWarning(shared.logger, shared.description);
  return {
    async take(requests) {
      const keys = requests.map((r) => `${shared.prefix}rate:${r.key}`);
      const args = requests.flatMap((r) => [r.count, r.perMinute]);
      let refused: number, retryAfterMs: number;
      try {
        [refused, retryAfterMs] = await shared.run((redis) => redis.colloquyTakeTokens(keys.length, ...keys, ...args));
      } catch (error) {
        warn(error, "rate limits unavailable: allowing operations unchecked");
        return { ok: true };
      }
      if (refused === 0) return { ok: true };
      return { ok: false, key: requests[refused - 1]!.key, retryAfterMs };
    },
  };
}

/**
 * The network address a client is counted under. IPv6 hands a whole /64 to
 * one subscriber, so one client can use any of 2^64 addresses: every address
 * of a /64 counts as one client. An IPv4 address written as IPv6
 * (::ffff:192.0.2.1) counts as itself.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(":")}::/64`;
}

/** Who is asking, for rate limiting: the author behind the token, or the network address (its /64, for IPv6). */
export function clientKey(viewer: Viewer, request: Request, socketRequest: IncomingMessage | undefined, trustProxy: boolean): string {
  if (viewer.kind === "author") return `author:${viewer.authorId}`;
  // The last address is the one the trusted proxy appended: the peer it saw.
  // Addresses before it were sent by the client, which could write anything there.
  const forwarded = trustProxy ? request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() : undefined;
  const address = forwarded || socketRequest?.socket?.remoteAddress;
  return `address:${address ? addressKey(address) : "unknown"}`;
}

/** How many times each root field runs in the operation, aliases included. */
function rootFieldCounts(document: DocumentNode, operation: OperationDefinitionNode): Map<string, number> {
  const counts = new Map<string, number>();
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
 * expensive-read token for a query, or a subscription, whose cost reaches
 * `expensiveCost`. An operation over any limit does not run at all, and gets
 * RATE_LIMITED with the wait in `retryAfterSeconds` and a `Retry-After` header.
 */
export function useRateLimits(limits: RateLimits, store: RateLimitStore = memoryRateLimitStore()): Plugin {
  const check = async ({ args, setResultAndStopExecution }: OperationStart) => {
    const { definition: operation } = operationOf(args);
    if (!operation) return;
    const context = args.contextValue as { viewer: Viewer; request: Request; req?: IncomingMessage };
    const client = clientKey(context.viewer, context.request, context.req, limits.trustProxy);
    const requests: { key: string; count: number; perMinute: number; message: string }[] = [];
    if (operation.operation === OperationTypeNode.MUTATION) {
      const counts = rootFieldCounts(args.document, operation);
      const writes = [...counts.values()].reduce((sum, n) => sum + n, 0);
      const comments = counts.get("addComment") ?? 0;
      if (limits.writesPerMinute > 0 && writes > 0) {
        requests.push({ key: `writes:${client}`, count: writes, perMinute: limits.writesPerMinute, message: "Too many changes from this client." });
      }
      if (limits.commentsPerMinute > 0 && comments > 0) {
        requests.push({ key: `comments:${client}`, count: comments, perMinute: limits.commentsPerMinute, message: "Too many comments from this client." });
      }
    } else if (limits.expensiveReadsPerMinute > 0) {
      if (operationOf(args).cost >= limits.expensiveCost) {
        requests.push({ key: `expensive:${client}`, count: 1, perMinute: limits.expensiveReadsPerMinute, message: "Too many expensive queries from this client." });
      }
    }
    if (requests.length === 0) return;
    const outcome = await store.take(requests, Date.now());
    if (outcome.ok) return;
    const refused = requests.find((r) => r.key === outcome.key)!;
    setResultAndStopExecution({ errors: [rateLimited(refused.message, outcome.retryAfterMs)] });
  };
  return { onExecute: check, onSubscribe: check };
}

/**
 * Bounds the subscriptions held open: per client (the author, or the address's
 * /64) and in all, on this instance. Each open subscription costs a stream and
 * a read per event; a client over its bound, or a server full, is refused with
 * SUBSCRIPTION_LIMIT_EXCEEDED (HTTP 429) before the subscription starts.
 */
export function useSubscriptionLimits(limits: Pick<RateLimits, "subscriptionsPerClient" | "subscriptionsTotal" | "trustProxy">): Plugin {
  const open = new Map<string, number>();
  let total = 0;
  const release = (client: string) => {
    total -= 1;
    const left = (open.get(client) ?? 1) - 1;
    if (left > 0) open.set(client, left);
    else open.delete(client);
  };
  const refuse = (message: string, maximum: number) =>
    new GraphQLError(message, {
      extensions: { code: ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED, maximum, http: { status: 429, headers: { "Retry-After": "30" } } },
    });
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as { viewer: Viewer; request: Request; req?: IncomingMessage };
      const client = clientKey(context.viewer, context.request, context.req, limits.trustProxy);
      const mine = open.get(client) ?? 0;
      if (mine >= limits.subscriptionsPerClient) {
        setResultAndStopExecution({
          errors: [refuse(`This client already holds ${mine} subscriptions, the most one client may hold. Close one first.`, limits.subscriptionsPerClient)],
        });
        return;
      }
      if (total >= limits.subscriptionsTotal) {
        setResultAndStopExecution({ errors: [refuse("The server holds as many subscriptions as it may. Try again later.", limits.subscriptionsTotal)] });
        return;
      }
      open.set(client, mine + 1);
      total += 1;
      let released = false;
      const once = () => {
        if (!released) release(client);
        released = true;
      };
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            once();
            return;
          }
          return { onEnd: once };
        },
      };
    },
  };
}
