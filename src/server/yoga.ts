import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { GraphQLError, type DocumentNode } from "graphql";
import { boundedMemo } from "../bounded-memo.js";
import { randomUUID } from "node:crypto";
import { authenticate, type Authentication } from "../auth/authenticate.js";
import type { Database } from "../db/client.js";
import { ErrorCode } from "../errors.js";
import { schema } from "../schema/schema.js";
import { defaultApiSettings, type ApiSettings } from "../config.js";
import type { ContentChange, Context } from "../schema/context.js";
import { createContext } from "./context.js";
import { startOutboxRelay } from "./shared-state/outbox.js";
import { loadTrustedDocuments, usePersistedQueries } from "./plugins/persisted-operations.js";
import { defaultWebhookPolicy, startWebhookDispatcher } from "../domain/webhooks.js";
import { faultPoint } from "../domain/faults.js";
import { useFeeds } from "./endpoints/feeds.js";
import { EVENT_STREAM_PATH, useEventStreams } from "./endpoints/event-streams.js";
import {
  maskedErrors,
  CSRF_HEADERS,
  useBodyLimit,
  useCsrfPrevention,
  useErrorHygiene,
  useRequestShape,
  useStreamedSubscriptionsOnly,
  useUnsupportedMediaType,
  type ErrorLogger,
} from "./plugins/hardening.js";
import { createLogger, useRequestLogging, yogaLogger } from "./plugins/logging.js";
import { useMetrics, useMetricsEndpoint } from "./plugins/metrics.js";
import type { Logger } from "pino";
import { useOperationLimits } from "./plugins/limits.js";
import { redisRateLimitStore, useRateLimits, useSubscriptionLimits } from "./plugins/rate-limit.js";
import { openSharedRedis, throttledWarning } from "./shared-state/redis.js";
import { createReadRouting, memoryRecentWrites, monitorReplicas, redisRecentWrites } from "./plugins/read-routing.js";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { createResponseCache } from "./plugins/response-cache/cache.js";
import { createFrontCache } from "./plugins/response-cache/front-cache.js";
import type { RequestListener } from "node:http";
import { exampleQuery } from "./graphiql-example.js";
import { useHealthEndpoint, useReadinessEndpoint } from "./endpoints/health.js"
import { useHttpCaching } from "./plugins/http-caching.js"
import { useQueryStats } from "./plugins/query-stats.js";
import { useCompiledExecution } from "./plugins/compiled-execution.js";

/** A parsed document holds its source, and nodes for its tokens: about three times the text, as measured on large documents. */
const estimatedDocumentSize = (document: DocumentNode) => 3 * (document.loc?.source.body.length ?? 10_000);
const PARSE_CACHE_BOUNDS = { maxEntries: 1_000, maxCharacters: 16 * 1024 * 1024, maxEntryCharacters: 256 * 1024 };

export type ColloquyYoga = YogaServerInstance<Record<string, never>, Context>;

type ServerHooks = { logError?: ErrorLogger; logger?: Logger };

/**
 * The configured yoga instance for one database. main.ts only listens; tests
 * call `yoga.fetch` on their own instance, each over its own database file.
 */
export function createColloquyYoga(db: Database, overrides: Partial<ApiSettings> = {}, hooks: ServerHooks = {}): ColloquyYoga {
  return createColloquyServer(db, overrides, hooks).yoga;
}

/**
 * The yoga instance, and the Node request listener to serve it with: the
 * listener answers from the front cache what it can (response-cache/front-cache.ts),
 * and hands everything else to yoga.
 */
export function createColloquyServer(
  db: Database,
  overrides: Partial<ApiSettings> = {},
  hooks: ServerHooks = {},
): { yoga: ColloquyYoga; listener: RequestListener } {
  // Without a logger of the caller's, nothing is logged: main.ts passes the configured one.
  const logger = hooks.logger ?? createLogger("silent");
  const logError: ErrorLogger = hooks.logError ?? ((entry) => logger.error(entry, "unexpected error"));
  const settings: ApiSettings = { ...defaultApiSettings, ...overrides };
  // With a Redis, instances share subscription events, cached answers and
  // rate-limit buckets; the connections close with the instance (onDispose below).
  const shared = settings.redisUrl ? openSharedRedis(settings.redisUrl, settings.redisPrefix, logger) : null;
  const routingWarning = throttledWarning(logger, shared?.description ?? "memory");
  const replicaMonitor = db.replicas.length
    ? monitorReplicas(db.replicas, {
        intervalMs: settings.replicaCheckMs,
        maxLagMs: settings.replicaMaxLagMs,
        timeoutMs: 2_000,
        onChange: (index, healthy, reason) =>
          healthy
            ? logger.info({ replica: index + 1, reason }, "read replica back in rotation")
            : logger.error({ replica: index + 1, reason }, "read replica out of rotation: its reads go to the other replicas or the primary"),
      })
    : null;
  const dispatcher = startWebhookDispatcher(db.prisma, { ...defaultWebhookPolicy, retryBaseMs: settings.webhookRetryMs, allow: settings.webhookAllow });
  // Events are in the outbox once their write commits; the relay feeds this
  // process's subscribers from it, and wakes the dispatcher for any deliveries.
  const relay = startOutboxRelay(db.prisma, { pollMs: settings.outboxPollMs, shared, logger, onEvents: () => dispatcher.wake() });
  const eventsCommitted = () => {
    // A crash here, after the commit and before anything was sent, loses nothing: the test kills the process at this point.
    faultPoint("events.afterCommit");
    relay.committed();
    dispatcher.wake();
  };
  // One token check per request, shared by the response cache (whose key
  // includes the viewer, and which answers before any context is built) and
  // the context.
  const authentications = new WeakMap<Request, Promise<Authentication>>();
  const authenticateRequest = (request: Request) => {
    let authentication = authentications.get(request);
    if (!authentication) {
      authentication = authenticate(db.prisma, request.headers.get("authorization"));
      authentications.set(request, authentication);
    }
    return authentication;
  };
  const responseCache = settings.responseCache
    ? createResponseCache(schema, {
        ttlMs: settings.responseCacheTtlSeconds * 1000,
        maxEntries: 5000,
        // About 128 MB of serialized answers at most; one answer may take an eighth of it.
        maxCharacters: 64 * 1024 * 1024,
        reportHits: settings.queryStats,
        shared,
        bypass: (request) => new URL(request.url).pathname === EVENT_STREAM_PATH,
        async session(request) {
          if (!request.headers.get("authorization")?.trim()) return null;
          const authentication = await authenticateRequest(request);
          // A refused token gets a key of its own, misses, and is refused with 401 when the context is built.
          if (!authentication.ok || authentication.viewer.kind !== "author") return `refused:${randomUUID()}`;
          const { authorId, tokenId, role } = authentication.viewer;
          return `author:${authorId}:token:${tokenId}:${role}`;
        },
      })
    : null;
  // Answers with extensions that differ per request (query statistics) cannot be kept whole.
  const frontCache =
    responseCache && !settings.queryStats
      ? createFrontCache({
          responseCache,
          endpoint: "/graphql",
          maxBodyBytes: Math.min(64 * 1024, settings.maxBodyBytes),
          maxEntries: 5000,
          maxCharacters: 64 * 1024 * 1024,
          logger,
        })
      : null;
  const readRouting = createReadRouting({
    replicas: db.replicas,
    monitor: replicaMonitor ?? undefined,
    windowMs: settings.readYourWritesMs,
    recentWrites: shared ? redisRecentWrites(shared) : memoryRecentWrites(),
    trustProxy: settings.rateLimits.trustProxy,
    responseCache: settings.responseCache,
    onStoreError: (error) => routingWarning(error, "read routing: the store of recent writers failed; reading from the primary"),
  });
  const persistedQueries = usePersistedQueries({
    trusted: loadTrustedDocuments(settings.trustedDocumentsPath),
    trustedOnly: settings.trustedDocumentsOnly,
  });
  const errorMasking = maskedErrors(logError);
  // With browser credentials on, every request a page could send without a preflight needs the header, whatever was asked.
  const csrfRule = settings.csrfPrevention === "off" ? "off" : settings.corsCredentials ? "all" : settings.csrfPrevention;
  const contentChanged = (change: ContentChange) => {
    readRouting.committed();
    return responseCache?.invalidate(change);
  };
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    // The body limit is useBodyLimit's (COLLOQUY_MAX_BODY_BYTES, with its own
    // code): yoga's own 25 MB guard would pipe every POST body through a
    // TransformStream as well, the largest single cost of a cached read
    // (docs/benchmarks.md).
    maxRequestBodySize: false,
    // yoga keeps parsed documents, and parse errors, by their text. Both are
    // bounded in characters as well as entries, so that large documents
    // cannot fill the memory a few thousand small ones were allowed.
    parserAndValidationCache: {
      documentCache: boundedMemo<DocumentNode>({ name: "parsed documents", ...PARSE_CACHE_BOUNDS }, (document) =>
        estimatedDocumentSize(document),
      ),
      errorCache: boundedMemo<object>({ name: "parse errors", ...PARSE_CACHE_BOUNDS }, () => 1_000),
    },
    context: async ({ request }) => {
      const authentication = await authenticateRequest(request);
      if (!authentication.ok) {
        throw new GraphQLError(authentication.reason, {
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
        });
      }
      return createContext(db.prisma, authentication.viewer, settings, relay.pubsub, eventsCommitted, contentChanged);
    },
    graphqlEndpoint: "/graphql",
    maskedErrors: errorMasking,
    // Any origin may read the public API, but no browser credentials (cookies)
    // go with it unless the origins are listed and credentials turned on.
    cors: {
      origin: settings.corsOrigins,
      credentials: settings.corsCredentials,
      // PUT and DELETE, and the token header, for graphql-sse's single-connection mode at /graphql/stream.
      methods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
      allowedHeaders: ["content-type", ...CSRF_HEADERS, "x-graphql-event-stream-token"],
      exposedHeaders: ["etag", "retry-after"],
      maxAge: 600,
    },
    batching: settings.maxBatch > 0 ? { limit: settings.maxBatch } : false,
    // yoga's own liveness probe moves aside for /health, which also checks the database.
    healthCheckEndpoint: "/live",
    landingPage: false,
    // GraphiQL needs introspection: it goes off with it.
    graphiql: settings.introspection ? { title: "Colloquy", defaultQuery: exampleQuery } : false,
    renderGraphiQL,
    logging: yogaLogger(logger),
    plugins: [
      useRequestLogging(logger),
      useMetrics(),
      ...(settings.metricsToken ? [useMetricsEndpoint(settings.metricsToken)] : []),
      useHealthEndpoint(db.prisma),
      useReadinessEndpoint(db.prisma, db.provider),
      useFeeds(db.prisma, settings, responseCache ?? undefined, logError),
      // Server-Sent Events in graphql-sse's single-connection mode; it does the checks below that it needs itself.
      useEventStreams({
        csrfPrevention: csrfRule,
        maxBodyBytes: settings.maxBodyBytes,
        maxDocumentLength: settings.limits.maxDocumentLength,
        reservationMs: settings.streamReservationMs,
        limits: settings.rateLimits,
        persisted: persistedQueries,
        authenticate: authenticateRequest,
        maskError: errorMasking.maskError,
      }),
      useBodyLimit(settings.maxBodyBytes),
      useRequestShape(),
      ...(csrfRule === "off" ? [] : [useCsrfPrevention(csrfRule)]),
      useUnsupportedMediaType(),
      ...useOperationLimits(settings.limits, { blockSuggestions: settings.production }),
      useRateLimits(settings.rateLimits, shared ? redisRateLimitStore(shared) : undefined),
      useSubscriptionLimits(settings.rateLimits),
      // Last of the checks an operation must pass: only then is a new APQ document kept.
      persistedQueries.register,
      readRouting.plugin,
      ...(settings.introspection ? [] : [useDisableIntrospection()]),
      ...persistedQueries.resolve,
      // The executor, which the plugins after it wrap (the response cache, query statistics).
      useCompiledExecution({ hotAfter: settings.compileAfter }),
      // After the persisted operations: the cache keys on the full document they resolve.
      ...(responseCache ? [responseCache.plugin] : []),
      useHttpCaching(),
      useErrorHygiene(),
      useStreamedSubscriptionsOnly(),
      ...(settings.queryStats ? [useQueryStats()] : []),
      { onDispose: () => Promise.all([dispatcher.stop(), relay.stop()]).then(() => undefined) },
      ...(replicaMonitor ? [{ onDispose: () => replicaMonitor.stop() }] : []),
      ...(shared ? [{ onDispose: () => shared.close() }] : []),
      // Last: it keeps answers in the form every plugin before it left them.
      ...(frontCache ? [frontCache.capture] : []),
    ],
  });
  return { yoga, listener: frontCache ? frontCache.listener(yoga) : yoga };
}
