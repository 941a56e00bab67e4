import { AsyncLocalStorage } from "node:async_hooks";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQueryable,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** SQL statements sent to the database on behalf of one GraphQL request. */
export interface QueryStats {
  sqlStatements: number;
}

const currentStats = new AsyncLocalStorage<QueryStats>();

/** Run `fn` so that every statement it sends, however deep in loaders, counts towards `stats`. */
export function collectQueryStats<T>(stats: QueryStats, fn: () => T): T {
  return currentStats.run(stats, fn);
}

const capturedSql = new AsyncLocalStorage<string[]>();

/**
 * Run `fn` keeping the text of every statement it sends in `sink`. For tests
 * that check which SQL a database gets; never used to serve requests.
 */
export function captureSql<T>(sink: string[], fn: () => T): T {
  return capturedSql.run(sink, fn);
}

// Process-wide total, for benchmarks and metrics.
let totalStatements = 0;
export function totalSqlStatements(): number {
  return totalStatements;
}

/** Count one statement sent on behalf of the current request: for readers that bypass Prisma (direct-reads.ts). */
export function countStatement(sql: string): void {
  capturedSql.getStore()?.push(sql);
  totalStatements += 1;
  const stats = currentStats.getStore();
  if (stats) stats.sqlStatements += 1;
}

function countingQueryable<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (...args: unknown[]) => {
          countStatement(String((args[0] as { sql?: unknown } | undefined)?.sql ?? ""));
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) =>
          countingQueryable((await (value as (...a: unknown[]) => Promise<Transaction>).apply(obj, args)));
      }
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
}

/**
 * Wrap a driver adapter factory so that every statement Prisma sends through it
 * is counted at the driver boundary, not estimated.
 */
export function countSqlStatements<F extends SqlMigrationAwareDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (prop === "connect" && typeof value === "function") {
        return async () => countingQueryable((await (value as () => Promise<SqlDriverAdapter>).apply(obj)));
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
