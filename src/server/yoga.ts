import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { GraphQLError } from "graphql";
import { authenticate } from "../auth/authenticate.js";
import type { Database } from "../db/client.js";
import { ErrorCode } from "../schema/errors.js";
import { schema } from "../schema/schema.js";
import { defaultApiSettings, type ApiSettings } from "./config.js";
import { createContext, type Context } from "./context.js";
import { createColloquyPubSub } from "./events.js";
import { loadTrustedDocuments, usePersistedQueries } from "./persisted-operations.js";
import {
  defaultWebhookPolicy,
  enqueueWebhookEvent,
  startWebhookDispatcher,
  type WebhookEvent,
} from "../domain/webhooks.js";
import { useFeeds } from "./feeds.js";
import { exampleQuery } from "./graphiql-example.js";
import { useHealthEndpoint, useHttpCaching, useQueryStats, useVariableErrorCodes } from "./plugins.js";

export type ColloquyYoga = YogaServerInstance<Record<string, never>, Context>;

/**
 * The configured yoga instance for one database. main.ts only listens; tests
 * call `yoga.fetch` on their own instance, each over its own database file.
 */
export function createColloquyYoga(db: Database, overrides: Partial<ApiSettings> = {}): ColloquyYoga {
  const settings: ApiSettings = { ...defaultApiSettings, ...overrides };
  const pubsub = createColloquyPubSub();
  const dispatcher = startWebhookDispatcher(db.prisma, { ...defaultWebhookPolicy, retryBaseMs: settings.webhookRetryMs });
  const emitWebhook = (event: WebhookEvent, data: Record<string, unknown>) => {
    void enqueueWebhookEvent(db.prisma, event, data).then((count) => count > 0 && dispatcher.wake(), () => undefined);
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    context: async ({ request }) => {
      const authentication = await authenticate(db.prisma, request.headers.get("authorization"));
      if (!authentication.ok) {
        throw new GraphQLError(authentication.reason, {
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
        });
      }
      return createContext(db.prisma, authentication.viewer, settings, pubsub, emitWebhook);
    },
    graphqlEndpoint: "/graphql",
    // yoga's own liveness probe moves aside for /health, which also checks the database.
    healthCheckEndpoint: "/live",
    landingPage: false,
    graphiql: { title: "Colloquy", defaultQuery: exampleQuery },
    renderGraphiQL,
    logging: process.env.NODE_ENV === "test" ? false : "info",
    plugins: [
      useHealthEndpoint(db.prisma),
      useFeeds(db.prisma, settings),
      ...usePersistedQueries({
        trusted: loadTrustedDocuments(settings.trustedDocumentsPath),
        trustedOnly: settings.trustedDocumentsOnly,
      }),
      useHttpCaching(),
      useVariableErrorCodes(), ...(settings.queryStats ? [useQueryStats()] : [])],
  });
}
