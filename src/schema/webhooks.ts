import { registerWebhook, WEBHOOK_EVENTS, type WebhookEvent } from "../domain/webhooks.js";
import { ValidationError, ForbiddenError } from "../domain/errors.js";
import type { WebhookDelivery, WebhookEndpoint } from "../generated/prisma/client.js";
import { builder } from "./builder.js";
import { encodeGlobalId } from "../global-id.js";
import { badUserInput } from "./errors.js";

// Webhooks for editors: register endpoints per event type, and read the
// delivery log. Sending lives in src/domain/webhooks.ts.

const eventValues = Object.fromEntries(
  WEBHOOK_EVENTS.map((event) => [event.toUpperCase().replace(".", "_"), { value: event, description: `The \`${event}\` event.` }]),
) as Record<string, { value: WebhookEvent; description: string }>;

const WebhookEventEnum = builder.enumType("WebhookEvent", {
  description: "What a webhook can be told about. The body's `event` field carries the dotted name, e.g. `post.published`.",
  values: eventValues,
});

const WebhookDeliveryStatusEnum = builder.enumType("WebhookDeliveryStatus", {
  description: "Where a delivery stands.",
  values: {
    PENDING: { description: "Not yet accepted by the endpoint; more attempts will follow." },
    SUCCEEDED: { description: "The endpoint answered with a 2xx status." },
    FAILED: { description: "Every attempt failed; no more will be made." },
  } as const,
});

const WebhookEndpointRef = builder.objectRef<WebhookEndpoint>("WebhookEndpoint").implement({
  description: "A URL that receives signed event notifications.",
  fields: (t) => ({
    id: t.id({ description: "The endpoint's global ID.", resolve: (e) => encodeGlobalId("WebhookEndpoint", e.id) }),
    url: t.string({ description: "Where deliveries are POSTed.", resolve: (e) => e.url }),
    events: t.field({
      type: [WebhookEventEnum],
      description: "The events it receives.",
      resolve: (e) => JSON.parse(e.events) as WebhookEvent[],
    }),
    createdAt: t.field({ type: "DateTime", description: "When it was registered.", resolve: (e) => e.createdAt }),
  }),
});

const WebhookDeliveryRef = builder.objectRef<WebhookDelivery>("WebhookDelivery").implement({
  description: "One event sent, or being sent, to one endpoint, with the outcome of its attempts.",
  fields: (t) => ({
    id: t.id({ description: "The delivery's global ID.", resolve: (d) => encodeGlobalId("WebhookDelivery", d.id) }),
    deliveryId: t.string({ description: "Sent as the `Colloquy-Delivery` header of every attempt, for matching the receiver's log.", resolve: (d) => String(d.id) }),
    endpointId: t.id({ description: "The endpoint's global ID (`WebhookEndpoint.id`).", resolve: (d) => encodeGlobalId("WebhookEndpoint", d.endpointId) }),
    event: t.field({ type: WebhookEventEnum, description: "The event.", resolve: (d) => d.event as WebhookEvent }),
    payload: t.string({ description: "The JSON body, exactly as signed.", resolve: (d) => d.payload }),
    status: t.field({ type: WebhookDeliveryStatusEnum, description: "Pending, succeeded or failed.", resolve: (d) => d.status }),
    attempts: t.int({ description: "Attempts made so far.", resolve: (d) => d.attempts }),
    lastStatusCode: t.int({ nullable: true, description: "The HTTP status of the last attempt, if it got one.", resolve: (d) => d.lastStatusCode }),
    lastError: t.string({ nullable: true, description: "Why the last attempt failed.", resolve: (d) => d.lastError }),
    nextAttemptAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the next attempt is due; null once settled.",
      resolve: (d) => (d.status === "PENDING" ? d.nextAttemptAt : null),
    }),
    createdAt: t.field({ type: "DateTime", description: "When the event happened.", resolve: (d) => d.createdAt }),
    deliveredAt: t.field({ type: "DateTime", nullable: true, description: "When it was accepted.", resolve: (d) => d.deliveredAt }),
  }),
});

const RegisterWebhookInput = builder.inputType("RegisterWebhookInput", {
  description: "A URL and the events to send it.",
  fields: (t) => ({
    url: t.string({ required: true, description: "An http(s) URL that accepts POSTed JSON." }),
    events: t.field({ type: [WebhookEventEnum], required: true, description: "The events to send." }),
  }),
});

const RegisterWebhookPayload = builder
  .objectRef<{ endpoint: WebhookEndpoint; secret: string }>("RegisterWebhookPayload")
  .implement({
    description: "The endpoint, and the secret that signs its deliveries.",
    fields: (t) => ({
      endpoint: t.field({ type: WebhookEndpointRef, description: "The endpoint.", resolve: (p) => p.endpoint }),
      secret: t.string({
        description:
          "Shown only now. Each delivery carries `Colloquy-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" with this secret>`.",
        resolve: (p) => p.secret,
      }),
    }),
  });

builder.mutationField("registerWebhook", (t) =>
  t.field({
    type: RegisterWebhookPayload,
    description: "Send signed notifications of these events to a URL. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, ForbiddenError] },
    args: { input: t.arg({ type: RegisterWebhookInput, required: true, description: "The endpoint." }) },
    resolve: (_root, { input }, ctx) => registerWebhook(ctx.db, input, ctx.settings.webhookAllow),
  }),
);

builder.queryField("webhookDeliveries", (t) =>
  t.field({
    type: [WebhookDeliveryRef],
    description: "The delivery log, newest first. Editors only.",
    authScopes: { editor: true },
    args: {
      limit: t.arg.int({ required: true, defaultValue: 50, description: "How many (1 to 100)." }),
      status: t.arg({ type: WebhookDeliveryStatusEnum, description: "Only deliveries in this state." }),
    },
    resolve: (_root, { limit, status }, ctx) => {
      if (limit < 1 || limit > 100) throw badUserInput("`limit` must be between 1 and 100.", "limit", { maximum: 100 });
      return ctx.loaders.webhookDeliveries(limit, status ?? null);
    },
  }),
);
