import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { print, type GraphQLFormattedError } from "graphql";
import { seedDemoContent } from "../../src/content/demo/seed.js";
import { databaseConfig, openDatabase, type Database, type DatabaseConfig } from "../../src/db/client.js";
import { createColloquyServer, type ColloquyYoga } from "../../src/server/yoga.js";
import type { ApiSettings } from "../../src/config.js";
import type { ErrorLogger } from "../../src/server/plugins/hardening.js";
import type { Logger } from "pino";
import { defaultOperationLimits, type OperationLimits } from "../../src/server/plugins/limits.js";
import { noRateLimits } from "../../src/server/plugins/rate-limit.js";
import { openTestDatabase } from "./database.js";

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  extensions?: { queryStats?: { sqlStatements: number } } & Record<string, unknown>;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  yoga: ColloquyYoga;
  /** The Node request listener main.ts serves: the front cache, then yoga (serve it with serveOverHttp). */
  listener: RequestListener;
  db: Database;
  /** The database's URL, for a CLI or a second process to open. */
  url: string;
  /** POST a typed document to /graphql through yoga's own fetch, as a client would. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TData>>;
  /** The same, for documents that must stay untyped: deliberately invalid ones. */
  executeRaw(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<unknown>>;
  close(): Promise<void>;
}

/**
 * A Colloquy instance on its own fresh database (a SQLite file, or a PostgreSQL
 * database on the PostgreSQL run), migrated, with the demo content unless
 * `demo: false`. One per test file.
 */
export async function startTestServer(
  options: Partial<Omit<ApiSettings, "limits">> & {
    demo?: boolean;
    /** Operation limits other than the defaults. */
    limits?: Partial<OperationLimits>;
    /** Collects the server's error log; without it, unexpected errors go to the logger. */
    logError?: ErrorLogger;
    /** The server's logger; without it, a silent one. */
    logger?: Logger;
    /** Database settings other than the defaults: read replicas, pool size. */
    database?: Partial<Omit<DatabaseConfig, "url" | "provider">>;
    /** An existing database to serve (a restored backup, say) instead of a fresh one; it is left in place on close. */
    databaseUrl?: string;
  } = {},
): Promise<TestServer> {
  const { db, url, drop } = options.databaseUrl
    ? { db: await openDatabase(databaseConfig(options.databaseUrl, options.database)), url: options.databaseUrl, drop: async () => {} }
    : await openTestDatabase(options.database);
  if (options.demo !== false) await seedDemoContent(db.prisma);
  const { demo: _demo, limits, logError, logger, database: _database, databaseUrl: _databaseUrl, ...settings } = options;
  // The response cache is off unless asked for: many tests write rows directly, which no cache could know about.
  // Rate limits are off unless asked for: tests write faster than any reader.
  // Documents are compiled at first sight, so that the suite runs through the compiled executor that serves repeated queries.
  const { yoga, listener } = createColloquyServer(
    db,
    { queryStats: true, responseCache: false, rateLimits: noRateLimits, compileAfter: 1, ...settings, limits: { ...defaultOperationLimits, ...limits } },
    { logError, logger },
  );

  const executeRaw = (query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) =>
    postGraphQL(yoga, query, variables, options);

  return {
    yoga,
    listener,
    db,
    url,
    execute: (document, variables, options) =>
      executeRaw(print(document), variables, options) as Promise<GraphQLResponse<never>>,
    executeRaw,
    close: async () => {
      await yoga.dispose();
      await db.close();
      await drop();
    },
  };
}

/** POST a document to /graphql through an instance's own fetch, as a client would. */
export async function postGraphQL(
  yoga: ColloquyYoga,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResponse<unknown>> {
  const response = await yoga.fetch("http://colloquy.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<unknown>, "status">) };
}

/** The data of a response that must have succeeded; fails loudly with the errors otherwise. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected data, got ${response.status}: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** A yoga instance (or any handler) on a real loopback port, for clients that need one: SSE subscriptions, a second instance. */
export async function serveOverHttp(handler: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const http = createServer(handler);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    close: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
