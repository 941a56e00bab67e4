import { createHmac, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client.js";
import type { WebhookEndpoint } from "../generated/prisma/client.js";
import { InputChecks } from "./validation.js";

// Webhooks: editors register a URL per event type. A write only records a
// delivery row; a dispatcher in the background sends it, signed, and retries
// with exponential backoff, so a slow or failing endpoint never slows down the
// mutation that caused the event. Every attempt is logged on the row.

export const WEBHOOK_EVENTS = ["post.published", "post.updated", "post.unpublished", "post.deleted", "comment.approved"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookPolicy {
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** Wait before the second attempt; each later one waits twice as long. */
  retryBaseMs: number;
  /** How long one attempt may take. */
  timeoutMs: number;
}

export const defaultWebhookPolicy: WebhookPolicy = { maxAttempts: 6, retryBaseMs: 30_000, timeoutMs: 10_000 };

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs: the timestamp stops replays. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export async function registerWebhook(
  db: PrismaClient,
  input: { url: string; events: string[] },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const checks = new InputChecks();
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    checks.add(["url"], "is not a URL");
  }
  if (url && url.protocol !== "https:" && url.protocol !== "http:") checks.add(["url"], "must be http or https");
  const events = [...new Set(input.events)];
  if (events.length === 0) checks.add(["events"], "name at least one event");
  checks.throwIfAny();
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const endpoint = await db.webhookEndpoint.create({ data: { url: url!.toString(), secret, events: JSON.stringify(events) } });
  return { endpoint, secret };
}

/** Record one delivery per endpoint that listens for the event. */
export async function enqueueWebhookEvent(db: PrismaClient, event: WebhookEvent, data: Record<string, unknown>): Promise<number> {
  const endpoints = (await db.webhookEndpoint.findMany()).filter((e) => (JSON.parse(e.events) as string[]).includes(event));
  if (endpoints.length === 0) return 0;
  const occurredAt = new Date().toISOString();
  const { count } = await db.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({
      endpointId: endpoint.id,
      event,
      payload: JSON.stringify({ event, occurredAt, data }),
    })),
  });
  return count;
}

/** Send every delivery that is due, once. Returns how many were attempted. */
export async function deliverDueWebhooks(db: PrismaClient, policy: WebhookPolicy, now = new Date()): Promise<number> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    include: { endpoint: true },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  await Promise.all(
    due.map(async (delivery) => {
      const timestamp = Math.floor(Date.now() / 1000);
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const response = await fetch(delivery.endpoint.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "Colloquy-Webhooks",
            "colloquy-event": delivery.event,
            "colloquy-delivery": String(delivery.id),
            "colloquy-signature": signWebhook(delivery.endpoint.secret, delivery.payload, timestamp),
          },
          body: delivery.payload,
          signal: AbortSignal.timeout(policy.timeoutMs),
        });
        statusCode = response.status;
        await response.body?.cancel();
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      }
      const attempts = delivery.attempts + 1;
      const succeeded = error === null;
      await db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts,
          lastStatusCode: statusCode,
          lastError: error,
          status: succeeded ? "SUCCEEDED" : attempts >= policy.maxAttempts ? "FAILED" : "PENDING",
          deliveredAt: succeeded ? new Date() : null,
          nextAttemptAt: new Date(Date.now() + policy.retryBaseMs * 2 ** (attempts - 1)),
        },
      });
    }),
  );
  return due.length;
}

/**
 * The background sender: wakes when an event is recorded, and polls for due
 * retries only while deliveries are pending, so an idle server does no work.
 * One pass at a time.
 */
export function startWebhookDispatcher(db: PrismaClient, policy: WebhookPolicy, pollMs = 1_000) {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  const settle = async () => {
    const pending = await db.webhookDelivery.count({ where: { status: "PENDING" } });
    if (pending === 0 && timer) {
      clearInterval(timer);
      timer = null;
    } else if (pending > 0 && !timer) {
      timer = setInterval(() => void pass(), Math.min(pollMs, policy.retryBaseMs));
      timer.unref();
    }
  };
  const pass = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await deliverDueWebhooks(db, policy);
      } while (again);
      await settle();
    } catch {
      // The database went away (shutdown); the next wake starts over.
    } finally {
      running = false;
    }
  };
  return {
    wake: () => void setImmediate(() => void pass()),
    stop: () => timer && clearInterval(timer),
  };
}
