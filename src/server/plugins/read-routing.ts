import type { IncomingMessage } from "node:http";
import { OperationTypeNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../../auth/viewer.js";
import type { PrismaClient } from "../../db/client.js";
import type { Loaders } from "../../loaders/context.js";
import { clientKey } from "./rate-limit.js";
import type { SharedRedis } from "../shared-state/redis.js";
import { operationOf } from "./operation.js";

// Read replicas. A query runs on a replica; a mutation, and everything it
// reads (its payload included), runs on the primary, and so does every read
// inside a write transaction, which uses the transaction's own connection.
// A replica may be a moment behind the primary. So that a client always sees
// its own writes, the client who wrote reads from the primary for a while
// afterwards: the "read-your-writes window". Who wrote is remembered in a
// store all instances share (Redis, when configured), so the next request may
// reach any instance.

/**
 * Which replicas may serve reads: those that answer, and are no further behind
 * the primary than `maxLagMs`. Each is checked every `intervalMs` with one
 * small query; a replica that fails a check, or is too far behind, gets no
 * reads until it passes one. Until a replica's first check is done, the
 * first request waits for it, so a dead replica never gets a request.
 */
export interface ReplicaMonitor {
  available(): Promise<PrismaClient[]>;
  stop(): void;
}

// How far behind the primary a replica is, in milliseconds. A replica that has
// replayed everything it received is not behind, however old its last
// transaction; a server that is not a replica at all is not behind either.
const LAG_SQL = `SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000, 0)
  END::float8 AS "lagMs"`;

export function monitorReplicas(
  replicas: PrismaClient[],
  options: { intervalMs: number; maxLagMs: number; timeoutMs: number; onChange?(index: number, healthy: boolean, reason: string): void },
): ReplicaMonitor {
  // Unknown until the first check; a change is reported after that, and a first check that fails.
  const healthy: (boolean | undefined)[] = replicas.map(() => undefined);
  const check = async (replica: PrismaClient, index: number) => {
    let ok = false;
    let reason = "";
    try {
      const timeout = new Promise<never>((_, reject) => {
        setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs).unref();
      });
      const [row] = await Promise.race([replica.$queryRawUnsafe<{ lagMs: number }[]>(LAG_SQL), timeout]);
      const lag = Number(row?.lagMs ?? 0);
      ok = lag <= options.maxLagMs;
      reason = ok ? `${Math.round(lag)} ms behind` : `${Math.round(lag)} ms behind the primary, more than ${options.maxLagMs}`;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (healthy[index] === undefined ? !ok : healthy[index] !== ok) options.onChange?.(index, ok, reason);
    healthy[index] = ok;
  };
  const checkAll = () => Promise.all(replicas.map(check)).then(() => undefined);
  const first = checkAll();
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= checkAll().finally(() => (running = null));
  }, options.intervalMs);
  timer.unref();
  return {
    async available() {
      await first;
      return replicas.filter((_, index) => healthy[index] === true);
    },
    stop: () => clearInterval(timer),
  };
}

/** Who wrote recently. Keys are client keys (see rate-limit.ts). */
export interface RecentWrites {
  note(client: string, windowMs: number): Promise<void>;
  has(client: string): Promise<boolean>;
}

/** This process's memory: enough for one instance, at most `maxClients` remembered. */
export function memoryRecentWrites(maxClients = 100_000): RecentWrites {
  const until = new Map<string, number>();
  return {
    async note(client, windowMs) {
      until.delete(client);
      until.set(client, Date.now() + windowMs);
      if (until.size > maxClients) until.delete(until.keys().next().value!);
    },
    async has(client) {
      const end = until.get(client);
      if (end === undefined) return false;
      if (end > Date.now()) return true;
      until.delete(client);
      return false;
    },
  };
}

/** In Redis, shared by every instance: one key per client, expiring with its window. */
export function redisRecentWrites(shared: SharedRedis): RecentWrites {
  const key = (client: string) => `${shared.prefix}wrote:${client}`;
  return {
    async note(client, windowMs) {
      await shared.run((redis) => redis.set(key(client), "1", "PX", Math.max(1, windowMs)));
    },
    async has(client) {
      return (await shared.run((redis) => redis.exists(key(client)))) === 1;
    },
  };
}

/** Stands for every client: with the response cache on, any write sends every read to the primary for the window. */
export const ANY_CLIENT = "*";

export interface ReadRoutingOptions {
  replicas: PrismaClient[];
  /** Which of them may serve reads now; without it, all of them. */
  monitor?: ReplicaMonitor;
  /** How long a client who wrote reads from the primary (`COLLOQUY_READ_YOUR_WRITES_MS`, default 10,000). */
  windowMs: number;
  recentWrites: RecentWrites;
  /** Identify anonymous clients by X-Forwarded-For (`COLLOQUY_TRUST_PROXY`). */
  trustProxy: boolean;
  /**
   * The response cache is on. An invalidation drops what a write changed, but
   * a replica that has not replayed the write yet would hand the old content
   * to the next reader, and the cache would keep it. So after any committed
   * write, every read goes to the primary for the window, not only the
   * writer's (see `committed`).
   */
  responseCache: boolean;
  /** Report a store that failed; reads then go to the primary. */
  onStoreError?(error: unknown): void;
}

interface RoutedContext {
  db: PrismaClient;
  viewer: Viewer;
  loaders: Loaders;
  request: Request;
  req?: IncomingMessage;
}

export interface ReadRouting {
  plugin: Plugin;
  /**
   * A write has committed and its invalidation is about to run. With the
   * response cache on, every reader goes to the primary for the window. Called
   * before the invalidation, on the same Redis connection, so the mark is in
   * place before any entry is dropped; a mutation that changes nothing (it
   * failed, or was refused) marks no one but its own client.
   */
  committed(): void;
}

/**
 * Sends each query to the next replica in turn, unless its client wrote within
 * the window; remembers every client that runs a mutation. Without replicas it
 * does nothing at all.
 */
export function createReadRouting(options: ReadRoutingOptions): ReadRouting {
  let next = 0;
  const active = options.replicas.length > 0;
  const committed = () => {
    if (!active || !options.responseCache) return;
    options.recentWrites.note(ANY_CLIENT, options.windowMs).catch((error: unknown) => options.onStoreError?.(error));
  };
  const plugin: Plugin = {
    async onExecute({ args, extendContext }) {
      if (!active) return;
      const operation = operationOf(args).kind;
      const context = args.contextValue as unknown as RoutedContext;
      const client = clientKey(context.viewer, context.request, context.req, options.trustProxy);
      const note = () =>
        options.recentWrites.note(client, options.windowMs).catch((error: unknown) => options.onStoreError?.(error));
      if (operation === OperationTypeNode.MUTATION) {
        // Noted before the write runs: a read sent while it is in flight must not see the replica either.
        await note();
        // And again when it is done, so the window counts from the commit.
        return { onExecuteDone: note };
      }
      if (operation !== OperationTypeNode.QUERY) return;
      const readers = options.responseCache ? [client, ANY_CLIENT] : [client];
      const wrote = await Promise.all(readers.map((reader) => options.recentWrites.has(reader))).then(
        (answers) => answers.some(Boolean),
        (error: unknown) => {
          options.onStoreError?.(error);
          return true;
        },
      );
      if (wrote) return;
      const available = options.monitor ? await options.monitor.available() : options.replicas;
      // Every replica down or too far behind: the primary serves the reads.
      if (available.length === 0) return;
      const replica = available[next++ % available.length]!;
      // Before any resolver runs: the loaders are built on first use, on the replica.
      context.loaders.readFrom(replica);
      extendContext({ db: replica } as never);
    },
  };
  return { plugin, committed };
}
