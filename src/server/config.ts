import { defaultDatabaseUrl } from "../db/client.js";
import { flag, wholeNumber } from "../env.js";
import { defaultOperationLimits, type OperationLimits } from "./limits.js";
import { defaultRateLimits, type RateLimits } from "./rate-limit.js";
import { noEgressExceptions, parseEgressAllowList, type EgressAllowList } from "../domain/webhook-egress.js";

/** Every setting Colloquy reads, from the environment, with its default. */
export type CsrfPrevention = "all" | "posts" | "off";

/**
 * The CSRF rule. A header is required on GETs only where a browser would send
 * credentials with them: bearer tokens never go with a cross-site request on
 * their own, so without CORS credentials a header-less GET can read only what
 * any anonymous client may read, and stock clients (urql's GET, EventSource)
 * work unchanged. Form and text POSTs are always refused: yoga would run a
 * mutation from a cross-site form as an anonymous visitor of that site.
 */
function csrfPreventionOf(value: string | undefined, corsCredentials: boolean): CsrfPrevention {
  if (value === undefined || value === "") return corsCredentials ? "all" : "posts";
  if (value.toLowerCase() === "posts") return "posts";
  return flag(value, true) ? "all" : "off";
}

export interface Config {
  databaseUrl: string;
  port: number;
  /** Load the demo content into an empty database (`COLLOQUY_DEMO`, default on). */
  demo: boolean;
  /** Report `extensions.queryStats` on every response (`COLLOQUY_QUERY_STATS=1`). */
  queryStats: boolean;
  /** Hold anonymous comments for an editor's approval (`COLLOQUY_MODERATION`, default on). */
  moderation: boolean;
  /** How long an author may edit their own comment (`COLLOQUY_COMMENT_EDIT_MINUTES`, default 15). */
  commentEditMinutes: number;
  /** Where readers reach the blog, for links and ids in feeds (`COLLOQUY_PUBLIC_URL`). */
  publicUrl: string;
  /** Wait before a failed webhook delivery's second attempt; doubles each time (`COLLOQUY_WEBHOOK_RETRY_MS`, default 30000). */
  webhookRetryMs: number;
  /** Private addresses, ranges and hosts that webhooks may reach all the same (`COLLOQUY_WEBHOOK_ALLOW`, default none). */
  webhookAllow: EgressAllowList;
  /** How often each instance reads the outbox for other instances' events when Redis announces none (`COLLOQUY_OUTBOX_POLL_MS`, default 1000). */
  outboxPollMs: number;
  /** For the crash tests only, honoured with NODE_ENV=test: the fault point at which the process kills itself (`COLLOQUY_TEST_KILL_AT`). */
  testKillAt: string | null;
  /** The trusted-documents manifest (`COLLOQUY_TRUSTED_DOCUMENTS`, default the one codegen writes for the example client). */
  trustedDocumentsPath: string;
  /** Run trusted documents only, rejecting every other operation (`COLLOQUY_TRUSTED_DOCUMENTS_ONLY`, default off). */
  trustedDocumentsOnly: boolean;
  /** Answer repeated queries and feed requests from memory (`COLLOQUY_RESPONSE_CACHE`, default on). */
  responseCache: boolean;
  /** Longest a cached result lives if no change invalidates it, for writes made outside this process (`COLLOQUY_RESPONSE_CACHE_TTL`, seconds, default 300). */
  responseCacheTtlSeconds: number;
  /** Depth, alias, token, directive and cost limits per operation (`COLLOQUY_MAX_*`). */
  limits: OperationLimits;
  /** Operations per batched request (`COLLOQUY_MAX_BATCH`, default 10). */
  maxBatch: number;
  /** Largest request body accepted, in bytes (`COLLOQUY_MAX_BODY_BYTES`, default 1 MiB). */
  maxBodyBytes: number;
  /** Answer introspection, and serve GraphiQL (`COLLOQUY_INTROSPECTION`, default on). */
  introspection: boolean;
  /** Production mode (`NODE_ENV=production`): no field suggestions in errors. */
  production: boolean;
  /** Browser origins allowed to call the API (`COLLOQUY_CORS_ORIGINS`, comma-separated; default `*`, any). */
  corsOrigins: string[];
  /** Let browsers send cookies and other credentials (`COLLOQUY_CORS_CREDENTIALS`, default off; needs explicit origins). */
  corsCredentials: boolean;
  /**
   * Which GraphQL requests that a browser could send without a CORS preflight are refused
   * (`COLLOQUY_CSRF_PREVENTION`): "all" (`on`, and the default with `COLLOQUY_CORS_CREDENTIALS`),
   * "posts" (the default otherwise: form and text POSTs, which could write; a GET can only read
   * what any anonymous client may, so it needs no header) or "off".
   */
  csrfPrevention: CsrfPrevention;
  /** Per-client rate limits on comments, writes and expensive reads (`COLLOQUY_RATE_*`). */
  rateLimits: RateLimits;
  /** Serve /metrics on the main port to holders of this bearer token (`COLLOQUY_METRICS_TOKEN`, default unset: not served there). */
  metricsToken: string | null;
  /** Serve /metrics on a port of its own (`COLLOQUY_METRICS_PORT`, default unset: no such port). */
  metricsPort: number | null;
  /** The address that port binds to (`COLLOQUY_METRICS_HOST`, default 127.0.0.1). */
  metricsHost: string;
  /** Share subscriptions, the response cache and rate limits between instances through this Redis (`REDIS_URL`, default unset: each process keeps its own, in memory). */
  redisUrl: string | null;
  /** Put in front of every Redis key and channel, so deployments can share one Redis (`COLLOQUY_REDIS_PREFIX`, default `colloquy:`). */
  redisPrefix: string;
  /** With read replicas: how long a client who wrote reads from the primary (`COLLOQUY_READ_YOUR_WRITES_MS`, default 10,000). */
  readYourWritesMs: number;
  /** A replica further behind than this gets no reads until it catches up (`COLLOQUY_REPLICA_MAX_LAG_MS`, default 5,000). */
  replicaMaxLagMs: number;
  /** How often each replica's health and lag are checked (`COLLOQUY_REPLICA_CHECK_MS`, default 5,000). */
  replicaCheckMs: number;
  /** How long an event stream reserved with PUT at /graphql/stream waits to be opened before it is dropped (`COLLOQUY_STREAM_RESERVATION_MS`, default 20,000). */
  streamReservationMs: number;
}

/** The settings the API itself needs, with their defaults. */
export type ApiSettings = Pick<
  Config,
  | "queryStats"
  | "moderation"
  | "commentEditMinutes"
  | "publicUrl"
  | "webhookRetryMs"
  | "webhookAllow"
  | "outboxPollMs"
  | "trustedDocumentsPath"
  | "trustedDocumentsOnly"
  | "responseCache"
  | "responseCacheTtlSeconds"
  | "limits"
  | "maxBatch"
  | "maxBodyBytes"
  | "introspection"
  | "production"
  | "corsOrigins"
  | "corsCredentials"
  | "csrfPrevention"
  | "rateLimits"
  | "metricsToken"
  | "redisUrl"
  | "redisPrefix"
  | "readYourWritesMs"
  | "replicaMaxLagMs"
  | "replicaCheckMs"
  | "streamReservationMs"
>;

const exampleManifest = new URL("../../examples/client/graphql/persisted-documents.json", import.meta.url).pathname;
export const defaultApiSettings: ApiSettings = {
  queryStats: false,
  moderation: true,
  commentEditMinutes: 15,
  publicUrl: "http://localhost:4000",
  webhookRetryMs: 30_000,
  webhookAllow: noEgressExceptions,
  outboxPollMs: 1_000,
  trustedDocumentsPath: exampleManifest,
  trustedDocumentsOnly: false,
  responseCache: true,
  responseCacheTtlSeconds: 300,
  limits: defaultOperationLimits,
  maxBatch: 10,
  maxBodyBytes: 1024 * 1024,
  introspection: true,
  production: false,
  corsOrigins: ["*"],
  corsCredentials: false,
  csrfPrevention: "posts",
  rateLimits: defaultRateLimits,
  metricsToken: null,
  redisUrl: null,
  redisPrefix: "colloquy:",
  readYourWritesMs: 10_000,
  replicaMaxLagMs: 5_000,
  replicaCheckMs: 5_000,
  streamReservationMs: 20_000,
};

function metricsToken(value: string | undefined): string | null {
  if (!value) return null;
  if (value.length < 16) throw new Error("COLLOQUY_METRICS_TOKEN must be at least 16 characters long.");
  return value;
}

function redisUrl(value: string | undefined): string | null {
  if (!value) return null;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error("REDIS_URL must be a URL such as redis://host:6379 or rediss://host:6380.");
  }
  if (protocol !== "redis:" && protocol !== "rediss:") throw new Error(`REDIS_URL must start with redis:// or rediss://; got "${protocol}//".`);
  return value;
}

function publicUrl(value: string | undefined, port: number): string {
  const url = value || `http://localhost:${port}`;
  try {
    return new URL(url).toString().replace(/\/+$/, "");
  } catch {
    throw new Error(`COLLOQUY_PUBLIC_URL must be an absolute URL; got "${value}".`);
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}".`);
  const commentEditMinutes = Number(env.COLLOQUY_COMMENT_EDIT_MINUTES ?? defaultApiSettings.commentEditMinutes);
  if (!Number.isFinite(commentEditMinutes) || commentEditMinutes < 0) {
    throw new Error(`COLLOQUY_COMMENT_EDIT_MINUTES must be a number of minutes; got "${env.COLLOQUY_COMMENT_EDIT_MINUTES}".`);
  }
  const ttl = Number(env.COLLOQUY_RESPONSE_CACHE_TTL ?? defaultApiSettings.responseCacheTtlSeconds);
  if (!Number.isFinite(ttl) || ttl <= 0) {
    throw new Error(`COLLOQUY_RESPONSE_CACHE_TTL must be a positive number of seconds; got "${env.COLLOQUY_RESPONSE_CACHE_TTL}".`);
  }
  const corsOrigins = (env.COLLOQUY_CORS_ORIGINS ?? "*")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  const corsCredentials = flag(env.COLLOQUY_CORS_CREDENTIALS, false);
  if (corsCredentials && (corsOrigins.length === 0 || corsOrigins.includes("*"))) {
    throw new Error("COLLOQUY_CORS_CREDENTIALS needs COLLOQUY_CORS_ORIGINS to list the allowed origins; it cannot be used with any origin (*).");
  }
  return {
    databaseUrl: env.DATABASE_URL || defaultDatabaseUrl,
    port,
    demo: flag(env.COLLOQUY_DEMO, true),
    queryStats: flag(env.COLLOQUY_QUERY_STATS, false),
    moderation: flag(env.COLLOQUY_MODERATION, true),
    commentEditMinutes,
    publicUrl: publicUrl(env.COLLOQUY_PUBLIC_URL, port),
    webhookRetryMs: wholeNumber(env, "COLLOQUY_WEBHOOK_RETRY_MS", defaultApiSettings.webhookRetryMs),
    webhookAllow: parseEgressAllowList(env.COLLOQUY_WEBHOOK_ALLOW),
    outboxPollMs: wholeNumber(env, "COLLOQUY_OUTBOX_POLL_MS", defaultApiSettings.outboxPollMs, 10),
    testKillAt: env.NODE_ENV === "test" ? env.COLLOQUY_TEST_KILL_AT || null : null,
    trustedDocumentsPath: env.COLLOQUY_TRUSTED_DOCUMENTS || exampleManifest,
    trustedDocumentsOnly: flag(env.COLLOQUY_TRUSTED_DOCUMENTS_ONLY, false),
    responseCache: flag(env.COLLOQUY_RESPONSE_CACHE, true),
    responseCacheTtlSeconds: ttl,
    limits: {
      maxDepth: wholeNumber(env, "COLLOQUY_MAX_DEPTH", defaultOperationLimits.maxDepth),
      maxAliases: wholeNumber(env, "COLLOQUY_MAX_ALIASES", defaultOperationLimits.maxAliases, 0),
      maxTokens: wholeNumber(env, "COLLOQUY_MAX_TOKENS", defaultOperationLimits.maxTokens),
      maxDirectives: wholeNumber(env, "COLLOQUY_MAX_DIRECTIVES", defaultOperationLimits.maxDirectives, 0),
      maxCost: wholeNumber(env, "COLLOQUY_MAX_COST", defaultOperationLimits.maxCost),
      maxDocumentLength: wholeNumber(env, "COLLOQUY_MAX_DOCUMENT_LENGTH", defaultOperationLimits.maxDocumentLength, 1024),
    },
    maxBatch: wholeNumber(env, "COLLOQUY_MAX_BATCH", defaultApiSettings.maxBatch, 0),
    maxBodyBytes: wholeNumber(env, "COLLOQUY_MAX_BODY_BYTES", defaultApiSettings.maxBodyBytes, 1024),
    introspection: flag(env.COLLOQUY_INTROSPECTION, true),
    production: env.NODE_ENV === "production",
    corsOrigins: corsOrigins.length ? corsOrigins : ["*"],
    corsCredentials,
    csrfPrevention: csrfPreventionOf(env.COLLOQUY_CSRF_PREVENTION, corsCredentials),
    rateLimits: {
      commentsPerMinute: wholeNumber(env, "COLLOQUY_RATE_COMMENTS", defaultRateLimits.commentsPerMinute, 0),
      writesPerMinute: wholeNumber(env, "COLLOQUY_RATE_WRITES", defaultRateLimits.writesPerMinute, 0),
      expensiveReadsPerMinute: wholeNumber(env, "COLLOQUY_RATE_EXPENSIVE_READS", defaultRateLimits.expensiveReadsPerMinute, 0),
      expensiveCost: wholeNumber(env, "COLLOQUY_EXPENSIVE_COST", defaultRateLimits.expensiveCost),
      trustProxy: flag(env.COLLOQUY_TRUST_PROXY, false),
      subscriptionsPerClient: wholeNumber(env, "COLLOQUY_MAX_SUBSCRIPTIONS_PER_CLIENT", defaultRateLimits.subscriptionsPerClient),
      subscriptionsTotal: wholeNumber(env, "COLLOQUY_MAX_SUBSCRIPTIONS", defaultRateLimits.subscriptionsTotal),
    },
    metricsToken: metricsToken(env.COLLOQUY_METRICS_TOKEN),
    metricsPort: env.COLLOQUY_METRICS_PORT ? wholeNumber(env, "COLLOQUY_METRICS_PORT", 0, 0) : null,
    metricsHost: env.COLLOQUY_METRICS_HOST || "127.0.0.1",
    redisUrl: redisUrl(env.REDIS_URL),
    redisPrefix: env.COLLOQUY_REDIS_PREFIX || defaultApiSettings.redisPrefix,
    readYourWritesMs: wholeNumber(env, "COLLOQUY_READ_YOUR_WRITES_MS", defaultApiSettings.readYourWritesMs, 0),
    replicaMaxLagMs: wholeNumber(env, "COLLOQUY_REPLICA_MAX_LAG_MS", defaultApiSettings.replicaMaxLagMs, 0),
    replicaCheckMs: wholeNumber(env, "COLLOQUY_REPLICA_CHECK_MS", defaultApiSettings.replicaCheckMs, 100),
    streamReservationMs: wholeNumber(env, "COLLOQUY_STREAM_RESERVATION_MS", defaultApiSettings.streamReservationMs, 100),
  };
}
