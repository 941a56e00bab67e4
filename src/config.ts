import { fileURLToPath } from "node:url";
import { databaseConfig, defaultDatabaseUrl, defaultPoolSettings, type DatabaseConfig } from "./db/client.js";
import { noEgressExceptions, parseEgressAllowList, type EgressAllowList } from "./domain/webhook-egress.js";
import { defaultOperationLimits, type OperationLimits } from "./server/plugins/limits.js";
import { defaultRateLimits, type RateLimits } from "./server/plugins/rate-limit.js";

// Every setting Colloquy reads, and the only module that reads the
// environment: the server and every command-line tool call readConfig(), and
// pass on what each part needs. SETTINGS is the one table of them, with each
// variable's name, parser, default and description; the README's table of
// settings is made from it (`npm run docs:settings`), and a test holds the two
// together.

export type CsrfPrevention = "all" | "posts" | "off";

/** One setting: the variable, what it holds when unset, how its text is read, and what it does (for the README). */
interface Setting<T> {
  name: string;
  /** The default as the README shows it. */
  shown: string;
  description: string;
  /** The value for the variable's text; `undefined` when it is unset or empty. */
  read(raw: string | undefined): T;
}

/** A whole number, at least `min`. */
function whole(name: string, fallback: number, min: number, description: string): Setting<number> {
  return {
    name,
    shown: `\`${fallback}\``,
    description,
    read(raw) {
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}; got "${raw}".`);
      return value;
    },
  };
}

/** On unless 0, off, false or no (any case). */
function onOff(name: string, fallback: boolean, description: string): Setting<boolean> {
  return { name, shown: fallback ? "on" : "off", description, read: (raw) => (raw === undefined ? fallback : isOn(raw)) };
}

const isOn = (raw: string) => !["0", "off", "false", "no"].includes(raw.toLowerCase());

/** Text, checked and shaped by `parse`. */
function text<T>(name: string, shown: string, description: string, parse: (raw: string | undefined) => T): Setting<T> {
  return { name, shown, description, read: parse };
}

const commaList = (raw: string | undefined) =>
  (raw ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

function redisUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new Error("REDIS_URL must be a URL such as redis://host:6379 or rediss://host:6380.");
  }
  if (protocol !== "redis:" && protocol !== "rediss:") throw new Error(`REDIS_URL must start with redis:// or rediss://; got "${protocol}//".`);
  return raw;
}

const exampleManifest = fileURLToPath(new URL("../examples/client/graphql/persisted-documents.json", import.meta.url));

/**
 * The settings, in the README's order. Each key names the value readConfig
 * reads into; readConfig then shapes them into a Config and checks the rules
 * that join two settings (credentials need listed origins, say).
 */
export const SETTINGS = {
  databaseUrl: text(
    "DATABASE_URL",
    `\`${defaultDatabaseUrl}\``,
    "The database: a SQLite file (`file:...`), created and migrated on start, or PostgreSQL (`postgresql://user:password@host:5432/db`), migrated on start.",
    (raw) => raw ?? defaultDatabaseUrl,
  ),
  replicaUrls: text(
    "DATABASE_REPLICA_URLS",
    "unset",
    "PostgreSQL read replicas, comma-separated. Queries go to them; writes, and a client's reads right after its own write, go to the primary (see [`docs/deploy.md`](docs/deploy.md)).",
    commaList,
  ),
  readYourWritesMs: whole("COLLOQUY_READ_YOUR_WRITES_MS", 10_000, 0, "With replicas: how long a client who wrote reads from the primary."),
  replicaMaxLagMs: whole(
    "COLLOQUY_REPLICA_MAX_LAG_MS",
    5_000,
    0,
    "A replica further behind than this, or one that does not answer, gets no reads until it passes a check again.",
  ),
  replicaCheckMs: whole("COLLOQUY_REPLICA_CHECK_MS", 5_000, 100, "How often each replica is checked."),
  poolSize: whole("DATABASE_POOL_SIZE", defaultPoolSettings.size, 1, "PostgreSQL connections per pool, per instance (one pool for the primary, one per replica)."),
  poolTimeoutMs: whole("DATABASE_POOL_TIMEOUT_MS", defaultPoolSettings.acquireTimeoutMs, 1, "How long a query waits for a free connection."),
  idleTimeoutMs: whole("DATABASE_IDLE_TIMEOUT_MS", defaultPoolSettings.idleTimeoutMs, 1, "When an idle connection is closed."),
  statementTimeoutMs: whole(
    "DATABASE_STATEMENT_TIMEOUT_MS",
    defaultPoolSettings.statementTimeoutMs,
    0,
    "PostgreSQL cancels a statement that runs longer; `0` turns this off.",
  ),
  migrateOnStart: onOff(
    "COLLOQUY_MIGRATE_ON_START",
    true,
    "Apply pending migrations when the server starts. Set it to `off` when a release step runs `npm run migrate`.",
  ),
  redisUrl: text(
    "REDIS_URL",
    "unset",
    "Share the response cache, rate limits and read-your-writes marks between instances through this Redis (`redis://` or `rediss://`), and announce new events between them at once. Without it, each process keeps its own, in memory, and reads other instances' events from the outbox every `COLLOQUY_OUTBOX_POLL_MS`.",
    redisUrl,
  ),
  redisPrefix: text(
    "COLLOQUY_REDIS_PREFIX",
    "`colloquy:`",
    "Put in front of every Redis key and channel, so several deployments can share one Redis.",
    (raw) => raw ?? "colloquy:",
  ),
  port: whole("PORT", 4000, 0, "The HTTP port."),
  heapGrowthPercent: whole(
    "COLLOQUY_HEAP_GROWTH_PERCENT",
    0,
    0,
    "How far V8 lets the heap grow past the live data before collecting it again, in percent; `0` leaves it to V8. A low value (20) keeps the peak memory under load lower and costs throughput (`docs/deploy.md`); unlike `--max-old-space-size` it is no hard limit.",
  ),
  demo: onOff("COLLOQUY_DEMO", true, "Load the demo content into an empty database. Set it to `off` to start empty."),
  moderation: onOff("COLLOQUY_MODERATION", true, "Hold anonymous comments for an editor's approval. Set it to `off` to publish them at once."),
  commentEditMinutes: text("COLLOQUY_COMMENT_EDIT_MINUTES", "`15`", "How long authors may edit their own comments.", (raw) => {
    const minutes = Number(raw ?? 15);
    if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`COLLOQUY_COMMENT_EDIT_MINUTES must be a number of minutes; got "${raw}".`);
    return minutes;
  }),
  publicUrl: text(
    "COLLOQUY_PUBLIC_URL",
    "`http://localhost:$PORT`",
    "Where readers reach the blog's pages. It is used for links and IDs in feeds; posts are at `/posts/<slug>`.",
    (raw) => {
      if (raw === undefined) return null;
      try {
        return new URL(raw).toString().replace(/\/+$/, "");
      } catch {
        throw new Error(`COLLOQUY_PUBLIC_URL must be an absolute URL; got "${raw}".`);
      }
    },
  ),
  webhookRetryMs: whole(
    "COLLOQUY_WEBHOOK_RETRY_MS",
    30_000,
    1,
    "Wait before a failed webhook delivery's second attempt. It doubles with each attempt after that, for up to six attempts.",
  ),
  webhookAllow: text(
    "COLLOQUY_WEBHOOK_ALLOW",
    "unset",
    "Private addresses, CIDR ranges and host names webhooks may reach all the same, comma-separated (`10.0.0.0/8, hooks.internal`).",
    (raw) => (raw === undefined ? noEgressExceptions : parseEgressAllowList(raw)),
  ),
  outboxPollMs: whole(
    "COLLOQUY_OUTBOX_POLL_MS",
    1_000,
    10,
    "How often each instance reads the event outbox for other instances' events when Redis announces none.",
  ),
  trustedDocumentsPath: text(
    "COLLOQUY_TRUSTED_DOCUMENTS",
    "the example client's manifest",
    'The trusted-documents manifest (`{ "sha256:<hash>": "<document>" }`).',
    (raw) => raw ?? exampleManifest,
  ),
  trustedDocumentsOnly: onOff("COLLOQUY_TRUSTED_DOCUMENTS_ONLY", false, "Run trusted documents only, for production."),
  responseCache: onOff("COLLOQUY_RESPONSE_CACHE", true, 'Answer repeated queries and feed requests from memory (see "The response cache").'),
  responseCacheTtlSeconds: text(
    "COLLOQUY_RESPONSE_CACHE_TTL",
    "`300`",
    "The longest, in seconds, that a cached answer lives when no write in this process invalidates it.",
    (raw) => {
      const seconds = Number(raw ?? 300);
      if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`COLLOQUY_RESPONSE_CACHE_TTL must be a positive number of seconds; got "${raw}".`);
      return seconds;
    },
  ),
  maxDepth: whole("COLLOQUY_MAX_DEPTH", defaultOperationLimits.maxDepth, 1, "Deepest field nesting in one operation."),
  maxAliases: whole("COLLOQUY_MAX_ALIASES", defaultOperationLimits.maxAliases, 0, "Aliases in one operation."),
  maxTokens: whole("COLLOQUY_MAX_TOKENS", defaultOperationLimits.maxTokens, 1, "Lexical tokens in one document."),
  maxDirectives: whole("COLLOQUY_MAX_DIRECTIVES", defaultOperationLimits.maxDirectives, 0, "Directives in one operation."),
  maxCost: whole("COLLOQUY_MAX_COST", defaultOperationLimits.maxCost, 1, "Most objects one operation may return, counting list sizes (see `docs/security.md`)."),
  maxDocumentLength: whole(
    "COLLOQUY_MAX_DOCUMENT_LENGTH",
    defaultOperationLimits.maxDocumentLength,
    1024,
    "Longest document, in characters; longer ones are refused before they are parsed.",
  ),
  subscriptionsPerClient: whole(
    "COLLOQUY_MAX_SUBSCRIPTIONS_PER_CLIENT",
    defaultRateLimits.subscriptionsPerClient,
    1,
    "Subscriptions one client may hold open on one instance.",
  ),
  subscriptionsTotal: whole("COLLOQUY_MAX_SUBSCRIPTIONS", defaultRateLimits.subscriptionsTotal, 1, "Subscriptions one instance holds open in all."),
  streamReservationMs: whole(
    "COLLOQUY_STREAM_RESERVATION_MS",
    20_000,
    100,
    "How long an event stream reserved at `/graphql/stream` (graphql-sse's single-connection mode) waits to be opened before it is dropped.",
  ),
  maxBatch: whole("COLLOQUY_MAX_BATCH", 10, 0, "Operations in one batched request; `0` turns batching off."),
  compileAfter: whole(
    "COLLOQUY_COMPILE_AFTER",
    2,
    0,
    "Executions of a query or mutation document before it is compiled with graphql-jit and runs compiled from then on; `0` never compiles. Documents over 4 KiB are never compiled.",
  ),
  maxBodyBytes: whole("COLLOQUY_MAX_BODY_BYTES", 1024 * 1024, 1024, "Largest request body, in bytes."),
  corsOrigins: text("COLLOQUY_CORS_ORIGINS", "`*`", "Browser origins allowed to call the API, comma-separated.", (raw) => {
    const origins = commaList(raw ?? "*").map((origin) => origin.replace(/\/+$/, ""));
    return origins.length ? origins : ["*"];
  }),
  corsCredentials: onOff("COLLOQUY_CORS_CREDENTIALS", false, "Let browsers send cookies to the listed origins. Needs `COLLOQUY_CORS_ORIGINS`."),
  csrfPrevention: text(
    "COLLOQUY_CSRF_PREVENTION",
    "`posts` (`on` with `COLLOQUY_CORS_CREDENTIALS`)",
    "Which GraphQL requests a browser could send without a CORS preflight are refused: `posts` (form and text POSTs), `on` (GETs too, unless they carry a preflighted header or a token), `off`. See [docs/security.md](docs/security.md).",
    (raw): CsrfPrevention | null => {
      if (raw === undefined) return null;
      if (raw.toLowerCase() === "posts") return "posts";
      return isOn(raw) ? "all" : "off";
    },
  ),
  commentsPerMinute: whole(
    "COLLOQUY_RATE_COMMENTS",
    defaultRateLimits.commentsPerMinute,
    0,
    "Comments one client may add per minute; `0` turns the limit off.",
  ),
  writesPerMinute: whole("COLLOQUY_RATE_WRITES", defaultRateLimits.writesPerMinute, 0, "Mutations one client may run per minute; `0` turns the limit off."),
  expensiveReadsPerMinute: whole(
    "COLLOQUY_RATE_EXPENSIVE_READS",
    defaultRateLimits.expensiveReadsPerMinute,
    0,
    "Queries costing at least `COLLOQUY_EXPENSIVE_COST` one client may run per minute; `0` turns the limit off.",
  ),
  expensiveCost: whole("COLLOQUY_EXPENSIVE_COST", defaultRateLimits.expensiveCost, 1, "The cost from which a query counts as expensive."),
  trustProxy: onOff(
    "COLLOQUY_TRUST_PROXY",
    false,
    "Take the client's address from `X-Forwarded-For`, for rate limits. Turn it on only behind a proxy you run.",
  ),
  metricsPort: text(
    "COLLOQUY_METRICS_PORT",
    "unset",
    "Serve Prometheus metrics at `/metrics` on this port, bound to `COLLOQUY_METRICS_HOST`.",
    (raw) => (raw === undefined ? null : whole("COLLOQUY_METRICS_PORT", 0, 0, "").read(raw)),
  ),
  metricsHost: text("COLLOQUY_METRICS_HOST", "`127.0.0.1`", "The address the metrics port binds to.", (raw) => raw ?? "127.0.0.1"),
  metricsToken: text(
    "COLLOQUY_METRICS_TOKEN",
    "unset",
    "Serve `/metrics` on the main port to a scraper holding this bearer token (16 characters or more).",
    (raw) => {
      if (raw === undefined) return null;
      if (raw.length < 16) throw new Error("COLLOQUY_METRICS_TOKEN must be at least 16 characters long.");
      return raw;
    },
  ),
  logLevel: text(
    "LOG_LEVEL",
    "`info` (`silent` with `NODE_ENV=test`)",
    "pino's level for the JSON logs on stdout: `debug`, `info`, `warn`, `error` or `silent`.",
    (raw) => raw ?? null,
  ),
  introspection: onOff(
    "COLLOQUY_INTROSPECTION",
    true,
    "Answer introspection queries and serve GraphiQL. Set it to `off` in production if the schema should stay private.",
  ),
  queryStats: onOff(
    "COLLOQUY_QUERY_STATS",
    false,
    "Set it to `1` to add `extensions.queryStats.sqlStatements` to every response. That is the number of SQL statements the request sent, counted at the database driver.",
  ),
  nodeEnv: text(
    "NODE_ENV",
    "unset",
    "`production` stops error messages from suggesting field names; `test` silences request logging.",
    (raw) => raw ?? null,
  ),
  testKillAt: text(
    "COLLOQUY_TEST_KILL_AT",
    "unset",
    "For the crash tests, and only with `NODE_ENV=test`: the fault point at which the process kills itself.",
    (raw) => raw ?? null,
  ),
} satisfies Record<string, Setting<unknown>>;

type SettingValues = { [K in keyof typeof SETTINGS]: ReturnType<(typeof SETTINGS)[K]["read"]> };

export interface Config {
  database: DatabaseConfig;
  port: number;
  demo: boolean;
  queryStats: boolean;
  moderation: boolean;
  commentEditMinutes: number;
  /** Where readers reach the blog, for links and ids in feeds. */
  publicUrl: string;
  webhookRetryMs: number;
  webhookAllow: EgressAllowList;
  outboxPollMs: number;
  /** The crash tests' fault point, honoured with NODE_ENV=test only. */
  testKillAt: string | null;
  trustedDocumentsPath: string;
  trustedDocumentsOnly: boolean;
  responseCache: boolean;
  responseCacheTtlSeconds: number;
  limits: OperationLimits;
  maxBatch: number;
  /** Executions of a document before it runs compiled (server/plugins/compiled-execution.ts); 0 never compiles. */
  compileAfter: number;
  maxBodyBytes: number;
  introspection: boolean;
  /** Production mode (`NODE_ENV=production`): no field suggestions in errors. */
  production: boolean;
  corsOrigins: string[];
  corsCredentials: boolean;
  /**
   * Which GraphQL requests that a browser could send without a CORS preflight
   * are refused. A header is required on GETs only where a browser would send
   * credentials with them: bearer tokens never go with a cross-site request on
   * their own, so without CORS credentials a header-less GET can read only
   * what any anonymous client may read, and stock clients (urql's GET,
   * EventSource) work unchanged. Form and text POSTs are always refused: yoga
   * would run a mutation from a cross-site form as an anonymous visitor of
   * that site.
   */
  csrfPrevention: CsrfPrevention;
  rateLimits: RateLimits;
  metricsToken: string | null;
  metricsPort: number | null;
  metricsHost: string;
  redisUrl: string | null;
  redisPrefix: string;
  readYourWritesMs: number;
  replicaMaxLagMs: number;
  replicaCheckMs: number;
  streamReservationMs: number;
  logLevel: string;
  /** V8's heap growing factor, as `--heap-growing-percent`; 0 leaves V8's own. */
  heapGrowthPercent: number;
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
  | "compileAfter"
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

/** Every setting read from `env`, checked. Throws, naming the variable, on a value that cannot be used. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const value = Object.fromEntries(
    Object.entries(SETTINGS).map(([key, setting]) => {
      const raw = env[setting.name];
      return [key, (setting.read as (raw: string | undefined) => unknown)(raw === "" ? undefined : raw)];
    }),
  ) as SettingValues;
  if (value.corsCredentials && value.corsOrigins.includes("*")) {
    throw new Error("COLLOQUY_CORS_CREDENTIALS needs COLLOQUY_CORS_ORIGINS to list the allowed origins; it cannot be used with any origin (*).");
  }
  if (value.port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}".`);
  return {
    database: databaseConfig(value.databaseUrl, {
      pool: {
        size: value.poolSize,
        acquireTimeoutMs: value.poolTimeoutMs,
        idleTimeoutMs: value.idleTimeoutMs,
        statementTimeoutMs: value.statementTimeoutMs,
      },
      replicas: value.replicaUrls,
      migrateOnStart: value.migrateOnStart,
    }),
    port: value.port,
    demo: value.demo,
    queryStats: value.queryStats,
    moderation: value.moderation,
    commentEditMinutes: value.commentEditMinutes,
    publicUrl: value.publicUrl ?? `http://localhost:${value.port}`,
    webhookRetryMs: value.webhookRetryMs,
    webhookAllow: value.webhookAllow,
    outboxPollMs: value.outboxPollMs,
    testKillAt: value.nodeEnv === "test" ? value.testKillAt : null,
    trustedDocumentsPath: value.trustedDocumentsPath,
    trustedDocumentsOnly: value.trustedDocumentsOnly,
    responseCache: value.responseCache,
    responseCacheTtlSeconds: value.responseCacheTtlSeconds,
    limits: {
      maxDepth: value.maxDepth,
      maxAliases: value.maxAliases,
      maxTokens: value.maxTokens,
      maxDirectives: value.maxDirectives,
      maxCost: value.maxCost,
      maxDocumentLength: value.maxDocumentLength,
    },
    maxBatch: value.maxBatch,
    compileAfter: value.compileAfter,
    maxBodyBytes: value.maxBodyBytes,
    introspection: value.introspection,
    production: value.nodeEnv === "production",
    corsOrigins: value.corsOrigins,
    corsCredentials: value.corsCredentials,
    csrfPrevention: value.csrfPrevention ?? (value.corsCredentials ? "all" : "posts"),
    rateLimits: {
      commentsPerMinute: value.commentsPerMinute,
      writesPerMinute: value.writesPerMinute,
      expensiveReadsPerMinute: value.expensiveReadsPerMinute,
      expensiveCost: value.expensiveCost,
      trustProxy: value.trustProxy,
      subscriptionsPerClient: value.subscriptionsPerClient,
      subscriptionsTotal: value.subscriptionsTotal,
    },
    metricsToken: value.metricsToken,
    metricsPort: value.metricsPort,
    metricsHost: value.metricsHost,
    redisUrl: value.redisUrl,
    redisPrefix: value.redisPrefix,
    readYourWritesMs: value.readYourWritesMs,
    replicaMaxLagMs: value.replicaMaxLagMs,
    replicaCheckMs: value.replicaCheckMs,
    streamReservationMs: value.streamReservationMs,
    logLevel: value.logLevel ?? (value.nodeEnv === "test" ? "silent" : "info"),
    heapGrowthPercent: value.heapGrowthPercent,
  };
}

/** The API's settings when nothing is set: what readConfig gives for an empty environment. */
export const defaultApiSettings: ApiSettings = (() => {
  const { database: _database, port: _port, demo: _demo, testKillAt: _kill, metricsPort: _mp, metricsHost: _mh, logLevel: _level, heapGrowthPercent: _growth, ...api } = readConfig({});
  return api;
})();

/** Where the table goes in the README: the lines between these two. */
export const README_SETTINGS = { start: "<!-- settings:", end: "<!-- /settings -->" };

/** The README's table of settings, one row per entry of SETTINGS. */
export function settingsTable(): string {
  const rows = Object.values(SETTINGS).map((setting) => `| \`${setting.name}\` | ${setting.shown} | ${setting.description} |`);
  return ["| Variable | Default | What it does |", "|---|---|---|", ...rows].join("\n");
}
