import type { PrismaClient, TransactionClient } from "../db/client.js";
import type { OutboxEvent } from "../generated/prisma/client.js";
import { encodeGlobalId } from "../global-id.js";
import { WEBHOOK_EVENTS, type WebhookEvent } from "./webhooks.js";

// The transactional outbox. A write that readers or webhooks should hear about
// records its event in its own transaction: one OutboxEvent row, and one
// WebhookDelivery row per endpoint listening for it. Both commit with the
// change or not at all, so a crash between the commit and the sending loses
// nothing: the dispatcher finds the deliveries on its next pass, and every
// instance's relay (src/server/shared-state/outbox.ts) reads the events to feed its
// subscribers, however late.

export type EventType = WebhookEvent;
export const EVENT_TYPES = WEBHOOK_EVENTS;

/** What an event is about, by database id. */
export interface EventSubject {
  postId: number;
  commentId?: number;
  /** For post.updated: the revision saved. */
  revision?: number;
}

/**
 * A fixed key for PostgreSQL's transaction-level advisory lock (pg_advisory_xact_lock). Taken just before an event is
 * inserted and held to the commit, it makes events commit in the order of their ids, so that a relay reading
 * "every id above the last one I saw" never passes over an id whose transaction had not yet committed.
 * SQLite runs one write transaction at a time anyway.
 */
const OUTBOX_LOCK = 0x436f6c6c; // "Coll"

/** The webhook payload's `data`: global IDs, as the API names objects. */
function webhookData(type: EventType, subject: EventSubject): Record<string, unknown> {
  const postId = encodeGlobalId("Post", subject.postId);
  if (type === "comment.approved") return { commentId: encodeGlobalId("Comment", subject.commentId!), postId };
  if (type === "post.updated") return { postId, revision: subject.revision };
  return { postId };
}

/**
 * Record an event inside the write's transaction `tx` on `db`: the outbox row,
 * and a delivery for each endpoint that listens. Call it last in the
 * transaction, so the ordering lock is held only to the commit.
 */
export async function recordEvent(db: PrismaClient, tx: TransactionClient, type: EventType, subject: EventSubject): Promise<void> {
  if (db.dialect === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK})`;
  const occurredAt = new Date();
  await tx.outboxEvent.create({ data: { type, payload: JSON.stringify(subject), createdAt: occurredAt } });
  const endpoints = (await tx.webhookEndpoint.findMany({ select: { id: true, events: true } })).filter((endpoint) =>
    (JSON.parse(endpoint.events) as string[]).includes(type),
  );
  if (endpoints.length === 0) return;
  const payload = JSON.stringify({ event: type, occurredAt: occurredAt.toISOString(), data: webhookData(type, subject) });
  await tx.webhookDelivery.createMany({ data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, event: type, payload })) });
}

/** Events after `afterId`, oldest first, at most `limit`. */
export function eventsAfter(db: PrismaClient, afterId: number, limit: number): Promise<OutboxEvent[]> {
  return db.outboxEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
}

/** The newest event's id, 0 when there is none: where a relay that starts now begins. */
export async function latestEventId(db: PrismaClient): Promise<number> {
  return (await db.outboxEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}

/** Drop events older than `before`: relays read new ones within seconds, so a day is ample. */
export async function pruneEvents(db: PrismaClient, before: Date): Promise<number> {
  return (await db.outboxEvent.deleteMany({ where: { createdAt: { lt: before } } })).count;
}

export function parseSubject(event: OutboxEvent): EventSubject | null {
  try {
    const subject = JSON.parse(event.payload) as EventSubject;
    return typeof subject.postId === "number" ? subject : null;
  } catch {
    return null;
  }
}
