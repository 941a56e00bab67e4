import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { SharedRedis } from "./redis.js";

/**
 * What happened, for subscribers. Events carry ids only: each subscriber reads
 * the row itself, through its own visibility, so authorization applies per event.
 * With Redis, payloads travel as JSON, so they must stay plain numbers and objects.
 */
export type ColloquyEvents = {
  /** A comment became visible to readers on a post (added approved, or approved by an editor). */
  commentAdded: [postId: number, payload: { commentId: number }];
  /** A post was published. */
  postPublished: [payload: { postId: number }];
};

export type ColloquyPubSub = ReturnType<typeof createColloquyPubSub>;

/**
 * Events for this process's subscribers only, or, with Redis, for the
 * subscribers of every instance: a comment added on one instance reaches a
 * reader whose stream is held by another.
 */
export function createColloquyPubSub(shared: SharedRedis | null = null) {
  if (!shared) return createPubSub<ColloquyEvents>();
  const report = (action: string) => (error: unknown) =>
    shared.logger.error({ err: error, redis: shared.description }, `could not ${action} an event channel in Redis`);
  const target = createRedisEventTarget<CustomEvent>({
    publishClient: settling(shared.commands, ["publish"], report("publish to")),
    subscribeClient: settling(shared.subscriber, ["subscribe", "unsubscribe"], report("subscribe to")),
  });
  // Channels carry the deployment's prefix; subscribers only ever read `detail`.
  const channel = (topic: string) => `${shared.prefix}events:${topic}`;
  return createPubSub<ColloquyEvents>({
    eventTarget: {
      addEventListener: (topic, listener) => target.addEventListener(channel(topic), listener),
      removeEventListener: (topic, listener) => target.removeEventListener(channel(topic), listener),
      dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(channel(event.type), { detail: event.detail })),
    },
  });
}

/**
 * The client with the named commands made unable to reject. The event target
 * sends them without waiting for the answer, so a Redis outage would otherwise
 * surface as unhandled rejections; here each failure is reported instead.
 */
function settling(client: Redis, commands: string[], report: (error: unknown) => void): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (typeof property === "string" && commands.includes(property)) {
        return (...args: unknown[]) => (value.apply(target, args) as Promise<unknown>).catch(report);
      }
      return value.bind(target);
    },
  });
}
