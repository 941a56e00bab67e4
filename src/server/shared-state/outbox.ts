import { createPubSub } from "graphql-yoga";
import type { ColloquyEvents, ColloquyPubSub } from "../../schema/context.js";
import type { Logger } from "pino";
import type { PrismaClient } from "../../db/client.js";
import { eventsAfter, latestEventId, parseSubject, pruneEvents } from "../../domain/events.js";
import { throttledWarning, type SharedRedis } from "./redis.js";

// Each instance's relay from the outbox (OutboxEvent, written by the writes
// themselves, in their transactions) to its own subscribers.
//
// The relay reads every event after the last one it saw, in id order, and
// publishes each to this process's subscribers. It reads when this process
// commits an event, when another instance announces one on Redis, and every
// `pollMs` whatever happens: Redis only makes delivery prompt, the database
// makes it certain. While Redis is down, or a message is lost, subscribers
// hear of other instances' events within `pollMs`; nothing is lost, and
// nothing arrives twice. A relay starts at the newest event: subscribers only
// ever hear of what happens after they subscribe.

export interface OutboxRelayOptions {
  /** How often the outbox is read when nothing announces an event (`COLLOQUY_OUTBOX_POLL_MS`). */
  pollMs: number;
  /** Announce and hear of events through this Redis; null for one instance, or polling alone. */
  shared: SharedRedis | null;
  logger: Logger;
  /** Called when the relay sees new events: there may be webhook deliveries to send. */
  onEvents?: () => void;
}

export interface OutboxRelay {
  pubsub: ColloquyPubSub;
  /** This process committed an event: read it now, and tell the other instances. */
  committed(): void;
  /** Resolves once the relay has read everything committed before the call (for tests and shutdown). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const BATCH = 500;
const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export function startOutboxRelay(db: PrismaClient, options: OutboxRelayOptions): OutboxRelay {
  const pubsub = createPubSub<ColloquyEvents>();
  const warn = throttledWarning(options.logger, options.shared?.description ?? "outbox");
  const channel = options.shared ? `${options.shared.prefix}outbox` : null;
  let cursor: number | null = null;
  let stopped = false;
  let current: Promise<void> | null = null;
  let again = false;
  let lastPrune = 0;

  const deliver = (type: string, payload: string, id: number) => {
    const subject = parseSubject({ id, type, payload, createdAt: new Date() });
    if (!subject) return;
    if (type === "comment.approved" && subject.commentId !== undefined) pubsub.publish("commentAdded", subject.postId, { commentId: subject.commentId });
    if (type === "post.published") pubsub.publish("postPublished", { postId: subject.postId });
  };

  const read = async () => {
    cursor ??= await latestEventId(db);
    for (;;) {
      const events = await eventsAfter(db, cursor, BATCH);
      for (const event of events) deliver(event.type, event.payload, event.id);
      if (events.length) {
        cursor = events.at(-1)!.id;
        options.onEvents?.();
      }
      if (events.length < BATCH) break;
    }
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      await pruneEvents(db, new Date(Date.now() - KEEP_EVENTS_MS));
    }
  };

  const pass = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      try {
        do {
          again = false;
          await read();
        } while (again && !stopped);
      } catch (error) {
        // The database is away (a restart, a shutdown): the next pass reads from the same place.
        warn(error, "outbox relay: could not read the outbox; retrying");
      } finally {
        current = null;
      }
    })();
    return current;
  };

  // The starting point is the newest event now, before any subscriber can be listening.
  void pass();
  const timer = setInterval(() => void pass(), options.pollMs);
  timer.unref();

  const subscriber = options.shared?.subscriber;
  const onMessage = (from: string) => {
    if (from === channel) void pass();
  };
  if (subscriber && channel) {
    subscriber.on("message", onMessage);
    void subscriber.subscribe(channel).catch((error: unknown) => warn(error, "outbox relay: could not subscribe to announcements; polling"));
  }

  return {
    pubsub,
    committed() {
      void pass();
      if (options.shared && channel) {
        const shared = options.shared;
        void shared.run((redis) => redis.publish(channel, "1")).catch((error: unknown) => warn(error, "outbox relay: could not announce an event; other instances will read it when they poll"));
      }
    },
    async drain() {
      await pass();
      if (current) await current;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      subscriber?.off("message", onMessage);
      if (subscriber && channel) await subscriber.unsubscribe(channel).catch(() => undefined);
      await current;
    },
  };
}
