import { createHmac, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client.js";
import type { WebhookEndpoint } from "../generated/prisma/client.js";
import { InputChecks } from "./validation.js";
import { noEgressExceptions, postToEndpoint, refusedUrl, type EgressAllowList } from "./webhook-egress.js";

// Webhooks: editors register a URL per event type. A write only records a
// delivery row, in its own transaction (recordEvent in events.ts, the
// outbox); a dispatcher in the background sends it, signed, and retries
// with exponential backoff, so a slow or failing endpoint never slows down the
// mutation that caused the event. Every attempt is logged on the row.
//
// Several instances may share the database, each with its own dispatcher. The
// rows themselves decide who sends: an instance claims a due row before
// sending it (see deliverDueWebhooks), so no two instances ever attempt the
// same delivery at once. A claim is a lease, not a lock held by a live
// connection: if its holder dies mid-attempt, the row falls due again when the
// lease runs out and another instance sends it. Delivery is therefore
// at-least-once; a receiver that must act once dedupes on the
// `colloquy-delivery` header, which carries the row's id on every attempt.

export const WEBHOOK_EVENTS = ["post.published", "post.updated", "post.unpublished", "post.deleted", "comment.approved"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookPolicy {
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** Wait before the second attempt; each later one waits twice as long. */
  retryBaseMs: number;
  /** How long one attempt may take. */
  timeoutMs: number;
  /** Private addresses and hosts that deliveries may reach all the same (see webhook-egress.ts). */
  allow: EgressAllowList;
}

export const defaultWebhookPolicy: WebhookPolicy = { maxAttempts: 6, retryBaseMs: 30_000, timeoutMs: 10_000, allow: noEgressExceptions };

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs: the timestamp stops replays. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export async function registerWebhook(
  db: PrismaClient,
  input: { url: string; events: string[] },
  allow: EgressAllowList = noEgressExceptions,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const checks = new InputChecks();
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    checks.add(["url"], "is not a URL");
  }
  if (url && url.protocol !== "https:" && url.protocol !== "http:") checks.add(["url"], "must be http or https");
  // A name is checked when each delivery connects; an address can be refused now.
  const refused = url && refusedUrl(url, allow);
  if (refused) checks.add(["url"], `may not be reached: ${refused} (COLLOQUY_WEBHOOK_ALLOW lists exceptions)`);
  const events = [...new Set(input.events)];
  if (events.length === 0) checks.add(["events"], "name at least one event");
  checks.throwIfAny();
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const endpoint = await db.webhookEndpoint.create({ data: { url: url!.toString(), secret, events: JSON.stringify(events) } });
  return { endpoint, secret };
}

/**
 * How long a claim keeps other instances off a delivery: the attempt's own
 * timeout, plus room for the outcome write, a busy event loop, and clocks
 * that disagree a little between hosts (each instance compares the lease
 * against its own clock).
 */
export function webhookLeaseMs(policy: WebhookPolicy): number {
  return policy.timeoutMs + 30_000;
}

/**
 * Claim and send every delivery that is due. Returns how many this call
 * attempted, which leaves out rows another instance claimed first.
 */
export async function deliverDueWebhooks(db: PrismaClient, policy: WebhookPolicy, now = new Date()): Promise<number> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    include: { endpoint: true },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  const leaseUntil = new Date(now.getTime() + webhookLeaseMs(policy));
  const attempted = await Promise.all(
    due.map(async (delivery) => {
      // The claim moves the row's next attempt past the lease, but only if the
      // row is still exactly as we read it. Each claim is one UPDATE, so when
      // instances race for a row the database lets exactly one of them match;
      // the others see a count of 0 and leave the row to the winner. Once
      // claimed, the row is no longer due for anyone until the lease ends.
      const stillPending = { id: delivery.id, status: "PENDING", attempts: delivery.attempts } as const;
      const { count } = await db.webhookDelivery.updateMany({
        where: { ...stillPending, nextAttemptAt: delivery.nextAttemptAt },
        data: { nextAttemptAt: leaseUntil },
      });
      if (count !== 1) return false;

      const timestamp = Math.floor(Date.now() / 1000);
      const outcome = await postToEndpoint(
        delivery.endpoint.url,
        {
          "content-type": "application/json",
          "user-agent": "Colloquy-Webhooks",
          "colloquy-event": delivery.event,
          "colloquy-delivery": String(delivery.id),
          "colloquy-signature": signWebhook(delivery.endpoint.secret, delivery.payload, timestamp),
        },
        delivery.payload,
        { timeoutMs: policy.timeoutMs, allow: policy.allow },
      );
      const statusCode = "statusCode" in outcome ? outcome.statusCode : null;
      // A redirect is not followed: it is an answer that is not a success.
      const error = "error" in outcome ? outcome.error : statusCode! >= 200 && statusCode! < 300 ? null : `HTTP ${statusCode}`;
      const attempts = delivery.attempts + 1;
      const succeeded = error === null;
      // Recorded only while our claim still stands. If this attempt outlived
      // its lease and another instance has claimed the row since, that
      // instance's attempt is the current one, and this outcome is dropped
      // rather than written over it.
      await db.webhookDelivery.updateMany({
        where: { ...stillPending, nextAttemptAt: leaseUntil },
        data: {
          attempts,
          lastStatusCode: statusCode,
          lastError: error,
          status: succeeded ? "SUCCEEDED" : attempts >= policy.maxAttempts ? "FAILED" : "PENDING",
          deliveredAt: succeeded ? new Date() : null,
          nextAttemptAt: new Date(Date.now() + policy.retryBaseMs * 2 ** (attempts - 1)),
        },
      });
      return true;
    }),
  );
  return attempted.filter(Boolean).length;
}

/**
 * The background sender. It makes one pass when it starts, for deliveries
 * that a stopped or crashed instance left behind; after that it wakes when
 * this instance records an event, and polls only while the database holds
 * pending deliveries (whichever instance recorded them), so an idle server
 * does no work. One pass at a time.
 */
export function startWebhookDispatcher(db: PrismaClient, policy: WebhookPolicy, pollMs = 1_000, idleCheckMs = 60_000) {
  let current: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const settle = async () => {
    const pending = await db.webhookDelivery.count({ where: { status: "PENDING" } });
    if (stopped) return;
    if (pending === 0 && timer) {
      clearInterval(timer);
      timer = null;
    } else if (pending > 0 && !timer) {
      timer = setInterval(pass, Math.min(pollMs, policy.retryBaseMs));
      timer.unref();
    }
  };
  const run = async () => {
    try {
      do {
        again = false;
        await deliverDueWebhooks(db, policy);
      } while (again && !stopped);
      await settle();
    } catch {
      // The database went away (shutdown); the next wake starts over.
    } finally {
      current = null;
    }
  };
  function pass(): void {
    if (stopped) return;
    if (current) {
      again = true;
      return;
    }
    current = run();
  }
  const wake = () => void setImmediate(pass);
  wake();
  // An idle instance still looks once a minute (one pass: two small queries), so a delivery
  // recorded by an instance that stopped before sending it, or a pass that
  // failed while the database was away, is picked up without a new event.
  const idle = setInterval(() => {
    if (!timer) pass();
  }, idleCheckMs);
  idle.unref();
  return {
    wake,
    /** No further passes; resolves once the pass in progress, if any, has finished. */
    stop: async (): Promise<void> => {
      stopped = true;
      clearInterval(idle);
      if (timer) clearInterval(timer);
      timer = null;
      await current;
    },
  };
}
