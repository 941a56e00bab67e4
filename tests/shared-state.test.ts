import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { schema } from "../src/schema/schema.js";
import type { ApiSettings } from "../src/config.js";
import { createLogger } from "../src/server/plugins/logging.js";
import { noRateLimits, redisRateLimitStore } from "../src/server/plugins/rate-limit.js";
import { openSharedRedis, type SharedRedis } from "../src/server/shared-state/redis.js";
import { createResponseCache } from "../src/server/plugins/response-cache/cache.js";
import { redisCacheStore } from "../src/server/plugins/response-cache/redis-store.js";
import { createColloquyYoga, type ColloquyYoga } from "../src/server/yoga.js";
import { graphql } from "./graphql/index.js";
import { dataOf, postGraphQL, serveOverHttp, startTestServer, type GraphQLResponse, type RequestOptions, type TestServer } from "./support/server.js";
import { subscribe } from "./support/sse.js";
import { deleteRedisKeys, redisProblem, testRedisUrl } from "./support/redis.js";

// Several Colloquy processes behind one load balancer share state through
// Redis: what one instance caches another answers from, a write on one drops
// the cached answers of all, rate limits count across them, and a subscriber
// on one hears about a comment added on another. Here instance A and instance
// B are two yoga instances over the same database and the same Redis.

const REDIS_URL = testRedisUrl;
// Keys of this file only, so files and runs sharing one Redis never meet.
const prefix = `colloquy-test:${randomUUID()}:`;

const redisUp = (await redisProblem(REDIS_URL)) === null;
if (!redisUp) {
  console.warn(`shared-state.test.ts: no Redis answered at ${REDIS_URL}; skipping the tests that share state through it (set COLLOQUY_TEST_REDIS_URL to use another).`);
}

const SharedPost = graphql(`
  query SharedPost($slug: String!) {
    post(slug: $slug) { id title revision commentCount comments(first: 50) { totalCount } }
  }
`);

const SharedAddComment = graphql(`
  mutation SharedAddComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }
  }
`);

const SharedUpdatePost = graphql(`
  mutation SharedUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) { __typename ... on PostPayload { post { title } } }
  }
`);

type CacheReport = { hit?: boolean; didCache?: boolean };
const cacheReport = (response: GraphQLResponse<unknown>) => response.extensions?.responseCache as CacheReport | undefined;

/** POST a typed document to one instance, as a client would. */
const executeOn = <TData, TVariables extends Record<string, unknown>>(
  yoga: ColloquyYoga,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
) => postGraphQL(yoga, print(document), variables, options) as Promise<GraphQLResponse<TData>>;

const silent = createLogger("silent");

describe.skipIf(!redisUp)("two instances sharing one Redis", () => {
  const settings: Partial<ApiSettings> = {
    redisUrl: REDIS_URL,
    redisPrefix: prefix,
    // Announcements on Redis, not the outbox poll, must carry events between A and B here.
    outboxPollMs: 60_000,
    responseCache: true,
    queryStats: true,
    // Two comments a minute per client; writes and expensive reads unlimited.
    rateLimits: { ...noRateLimits, commentsPerMinute: 2, trustProxy: true },
  };
  let serverA: TestServer;
  let a: ColloquyYoga;
  let b: ColloquyYoga;
  const tokens = { editor: "", voss: "" };

  beforeAll(async () => {
    serverA = await startTestServer(settings);
    a = serverA.yoga;
    b = createColloquyYoga(serverA.db, settings, { logger: silent });
    tokens.editor = (await issueToken(serverA.db.prisma, "miriam-tolle", "EDITOR")).token;
    tokens.voss = (await issueToken(serverA.db.prisma, "eleanor-voss", "AUTHOR")).token;
  });

  afterAll(async () => {
    await b?.dispose();
    await serverA?.close();
    await deleteRedisKeys(prefix, REDIS_URL);
  });

  it("answers on A from what B cached, and a comment added on A is in B's very next answer", async () => {
    const slug = "edit-history";
    const first = await executeOn(b, SharedPost, { slug });
    expect(cacheReport(first)).toMatchObject({ hit: false, didCache: true });
    const cachedOnB = await executeOn(b, SharedPost, { slug });
    expect(cacheReport(cachedOnB)?.hit).toBe(true);
    expect(cachedOnB.extensions?.queryStats?.sqlStatements).toBe(0);
    // A never ran this query: its first answer is the entry B stored.
    const cachedOnA = await executeOn(a, SharedPost, { slug });
    expect(cacheReport(cachedOnA)?.hit).toBe(true);
    expect(cachedOnA.data).toEqual(first.data);
    const before = dataOf(first).post!;

    const { addComment } = dataOf(await executeOn(a, SharedAddComment, { input: { postId: before.id, body: "Said on A." } }, { token: tokens.editor }));
    if (addComment.__typename !== "CommentPayload") throw new Error("the comment was not added");
    expect(addComment.comment.status).toBe("APPROVED");

    const after = await executeOn(b, SharedPost, { slug });
    expect(cacheReport(after)?.hit).toBe(false);
    expect(dataOf(after).post!.commentCount).toBe(before.commentCount + 1);
    expect(dataOf(after).post!.comments.totalCount).toBe(before.comments.totalCount + 1);
  });

  it("drops a feed B cached when a post is edited on A", async () => {
    const slug = "edit-history";
    const post = dataOf(await executeOn(a, SharedPost, { slug })).post!;
    const rssOn = async (yoga: ColloquyYoga) => {
      const response = await yoga.fetch("http://colloquy.test/feeds/posts.rss");
      return { etag: response.headers.get("etag"), body: await response.text() };
    };
    const onB = await rssOn(b);
    expect(onB.body).toContain(`<title><![CDATA[${post.title}]]></title>`);
    // A write behind the cache's back: only the database changes. A's answer
    // is still the feed B rendered, byte for byte, so it came from Redis.
    await serverA.db.prisma.post.update({ where: { slug_slugScope: { slug, slugScope: 0 } }, data: { title: "Renamed Behind the Cache" } });
    const onA = await rssOn(a);
    expect(onA).toEqual(onB);
    expect(onA.body).not.toContain("Renamed Behind the Cache");

    const { updatePost } = dataOf(
      await executeOn(a, SharedUpdatePost, { input: { id: post.id, expectedRevision: post.revision, title: "Edited on A" } }, { token: tokens.editor }),
    );
    expect(updatePost.__typename).toBe("PostPayload");
    const fresh = await rssOn(b);
    expect(fresh.body).toContain("<title><![CDATA[Edited on A]]></title>");
    expect(fresh.etag).not.toBe(onB.etag);
  });

  it("counts comments against one limit on both instances", async () => {
    const postId = dataOf(await executeOn(a, SharedPost, { slug: "the-sidewalk-is-a-commons" })).post!.id;
    const from = { headers: { "x-forwarded-for": "198.51.100.23" } };
    const comment = (yoga: ColloquyYoga, body: string) => executeOn(yoga, SharedAddComment, { input: { postId, body, authorName: "Roaming Reader" } }, from);
    const written = () => serverA.db.prisma.comment.count({ where: { authorName: "Roaming Reader" } });

    expect((await comment(a, "First, on A.")).errors).toBeUndefined();
    expect((await comment(a, "Second, on A.")).errors).toBeUndefined();
    const third = await comment(b, "Third, on B.");
    expect(third.status).toBe(429);
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(await written()).toBe(2);
    // Another client still has its own budget, on either instance.
    const other = await executeOn(b, SharedAddComment, { input: { postId, body: "Someone else.", authorName: "Other Reader" } }, { headers: { "x-forwarded-for": "198.51.100.99" } });
    expect(other.errors).toBeUndefined();
  });

  it("delivers a comment added on A to a subscriber whose stream B holds", async () => {
    const slug = "edit-history";
    const http = await serveOverHttp(b);
    const url = http.url;
    const observer = new Redis(REDIS_URL);
    type CommentEvent = { data: { commentAdded: { body: string; authorName: string } } };
    const live = await subscribe<CommentEvent>(url, "subscription($slug: String!) { commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName } }", { slug });
    try {
      // Both instances listen for announcements of new outbox events; wait until Redis knows they do.
      const channel = `${prefix}outbox`;
      for (let attempt = 0; ; attempt++) {
        const [, subscribers] = (await observer.pubsub("NUMSUB", channel)) as [string, number];
        if (Number(subscribers) >= 2) break;
        if (attempt > 200) throw new Error(`A and B never both subscribed to ${channel}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const postId = dataOf(await executeOn(a, SharedPost, { slug })).post!.id;
      const added = await executeOn(a, SharedAddComment, { input: { postId, body: "Heard on B." } }, { token: tokens.voss });
      expect(dataOf(added).addComment.__typename).toBe("CommentPayload");
      expect((await live.next()).data.commentAdded).toEqual({ body: "Heard on B.", authorName: "Eleanor Voss" });
    } finally {
      live.close();
      observer.disconnect();
      await http.close();
    }
  });

  describe("the Redis side, as two instances could interleave it", () => {
    let sharedA: SharedRedis;
    let sharedB: SharedRedis;
    beforeAll(() => {
      sharedA = openSharedRedis(REDIS_URL, prefix, silent);
      sharedB = openSharedRedis(REDIS_URL, prefix, silent);
    });
    afterAll(async () => {
      await sharedA?.close();
      await sharedB?.close();
    });

    it("refuses to store a result whose miss was read before an invalidation on another instance", async () => {
      const storeA = redisCacheStore(sharedA);
      const storeB = redisCacheStore(sharedB);
      const tags = [{ typename: "type:Post" }, { typename: "Post", id: "UG9zdDox" }];

      const miss = await storeB.read("race-probe");
      expect(miss?.text).toBeNull();
      await storeA.invalidate([{ typename: "Post", id: "UG9zdDox" }]);
      expect(await storeB.write("race-probe", '{"stale":true}', tags, 60_000, miss!.generation)).toBe(false);
      expect((await storeB.read("race-probe"))?.text).toBeNull();

      // Without an invalidation in between, the same write is kept, and a later invalidation on A drops it.
      const again = await storeB.read("race-probe");
      expect(await storeB.write("race-probe", '{"fresh":true}', tags, 60_000, again!.generation)).toBe(true);
      expect((await storeA.read("race-probe"))?.text).toBe('{"fresh":true}');
      await storeA.invalidate([{ typename: "type:Post" }]);
      expect((await storeB.read("race-probe"))?.text).toBeNull();
    });

    it("keeps a feed B rendered while A invalidated out of the cache, and feed bytes intact otherwise", async () => {
      const cacheOptions = { ttlMs: 60_000, maxCharacters: 1024 * 1024, maxEntries: 100, reportHits: false, session: () => null };
      const cacheA = createResponseCache(schema, { ...cacheOptions, shared: sharedA });
      const cacheB = createResponseCache(schema, { ...cacheOptions, shared: sharedB });
      const body = new Uint8Array([0, 1, 2, 250, 255, ...new TextEncoder().encode("<rss>é</rss>")]);
      let renders = 0;
      const render = async () => {
        renders += 1;
        return { body: body.slice(), etag: `"feed-${renders}"` };
      };

      // Rendered while A publishes a post: served, but not kept.
      const racing = await cacheB.feed("/race.rss", async () => {
        await cacheA.invalidate({ kind: "post", postId: 1 });
        return render();
      });
      expect(racing?.etag).toBe('"feed-1"');
      expect((await cacheB.feed("/race.rss", render))?.etag).toBe('"feed-2"');
      // That one was kept: both instances now answer it without rendering.
      const fromA = await cacheA.feed("/race.rss", render);
      expect(fromA?.etag).toBe('"feed-2"');
      expect(fromA?.body).toEqual(body);
      expect(renders).toBe(2);
    });

    it("spends tokens all or none: a refused bucket leaves the others untouched", async () => {
      const storeA = redisRateLimitStore(sharedA);
      const storeB = redisRateLimitStore(sharedB);
      const client = `unit:${randomUUID()}`;
      const comments = { key: `comments:${client}`, count: 1, perMinute: 3 };
      const writes = { key: `writes:${client}`, count: 2, perMinute: 2 };
      expect(await storeA.take([comments, writes], Date.now())).toEqual({ ok: true });
      const refused = await storeB.take([comments, writes], Date.now());
      expect(refused).toMatchObject({ ok: false, key: writes.key });
      if (refused.ok) throw new Error("expected a refusal");
      // Two write tokens at two a minute: close to a minute's wait.
      expect(refused.retryAfterMs).toBeGreaterThan(50_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
      // The comment bucket was not charged for the refused operation: two of its three tokens remain.
      expect(await storeB.take([{ ...comments, count: 2 }], Date.now())).toEqual({ ok: true });
      expect(await storeA.take([comments], Date.now())).toMatchObject({ ok: false, key: comments.key });
    });

    it("leaves no key without an expiry, except the cache's generation counter", async () => {
      const keys: string[] = [];
      let cursor = "0";
      do {
        const [next, found] = await sharedA.commands.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
        keys.push(...found);
        cursor = next;
      } while (cursor !== "0");
      expect(keys.some((key) => key.startsWith(`${prefix}cache:entry:`))).toBe(true);
      expect(keys.some((key) => key.startsWith(`${prefix}cache:tag:`))).toBe(true);
      expect(keys.some((key) => key.startsWith(`${prefix}rate:`))).toBe(true);
      const withoutExpiry = [];
      for (const key of keys) if ((await sharedA.commands.pttl(key)) < 0) withoutExpiry.push(key);
      expect(withoutExpiry).toEqual([`${prefix}cache:generation`]);
    });
  });
});

describe("with Redis configured but unreachable", () => {
  let server: TestServer;
  const logged: { level: number; msg: string }[] = [];
  beforeAll(async () => {
    server = await startTestServer({
      // Nothing listens on port 1: every connection attempt is refused at once.
      redisUrl: "redis://127.0.0.1:1",
      redisPrefix: prefix,
      responseCache: true,
      queryStats: true,
      moderation: false,
      rateLimits: { ...noRateLimits, commentsPerMinute: 1, trustProxy: true },
      logger: createLogger("warn", { write: (line: string) => void logged.push(JSON.parse(line) as { level: number; msg: string }) }),
    });
  });
  afterAll(() => server?.close());

  it("answers every query from the database, never from a cache it cannot reach", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await server.execute(SharedPost, { slug: "edit-history" });
      expect(response.status).toBe(200);
      expect(dataOf(response).post?.title).toBeTruthy();
      expect(cacheReport(response)?.hit ?? false).toBe(false);
      expect(response.extensions?.queryStats?.sqlStatements).toBeGreaterThan(0);
    }
  });

  it("lets writes through past the rate limit (fail open), logs why, and reports the failed invalidation", async () => {
    const postId = dataOf(await server.execute(SharedPost, { slug: "edit-history" })).post!.id;
    const from = { headers: { "x-forwarded-for": "203.0.113.50" } };
    for (const body of ["Once.", "Twice, over the limit of one."]) {
      const response = await server.execute(SharedAddComment, { input: { postId, body, authorName: "Unlimited" } }, from);
      expect(response.status).toBe(200);
      expect(dataOf(response).addComment.__typename).toBe("CommentPayload");
    }
    expect(await server.db.prisma.comment.count({ where: { authorName: "Unlimited" } })).toBe(2);
    const messages = logged.map((line) => line.msg);
    expect(messages).toContain("rate limits unavailable: allowing operations unchecked");
    expect(logged.find((line) => line.msg.startsWith("response cache invalidation FAILED"))?.level).toBe(50);
  });
});
