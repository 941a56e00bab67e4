import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { openDatabase, databaseConfig, type Database } from "../src/db/client.js";
import { freePort, spawnProcess, stopServer, waitForHealth, type ServerProcess } from "../scripts/support/processes.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl, testProvider, type TestDatabaseUrl } from "./support/database.js";
import { deleteRedisKeys, redisProblem, testRedisUrl } from "./support/redis.js";
import { subscribe } from "./support/sse.js";

// Two Colloquy processes on different loopback ports, sharing one PostgreSQL
// database and one Redis, as behind a load balancer. Runs on the PostgreSQL
// run of the suite, when Redis answers; otherwise it says why it was skipped.

const redisUrl = testRedisUrl;

const redisTrouble = testProvider === "postgresql" ? await redisProblem() : null;
const skipReason =
  testProvider !== "postgresql"
    ? "runs on the PostgreSQL run of the suite (several instances need a shared database server)"
    : redisTrouble
      ? `Redis does not answer at ${redisUrl} (${redisTrouble})`
      : null;
if (skipReason) console.warn(`[scale-out.test.ts] Skipping the multi-instance test: it ${skipReason.startsWith("runs") ? "" : "needs Redis: "}${skipReason}.`);

const ScaleComment = graphql(`
  mutation ScaleComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on CommentPayload { replayed comment { id body } }
    }
  }
`);

const ScalePostComments = graphql(`
  query ScalePostComments($slug: String!) {
    post(slug: $slug) { id comments(first: 50) { totalCount } }
  }
`);

const ScaleCreatePost = graphql(`
  mutation ScaleCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { replayed post { id title } }
    }
  }
`);

const ScaleSite = graphql(`
  query ScaleSite { site { title } }
`);

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { responseCache?: { hit?: boolean } };
}

async function send<T, V>(
  instance: ServerProcess,
  document: TypedDocumentNode<T, V>,
  variables: V,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, "status">) };
}

describe.skipIf(skipReason !== null)("several instances sharing PostgreSQL and Redis", () => {
  const prefix = `colloquy-scale-test:${randomUUID()}:`;
  let database: TestDatabaseUrl;
  let db: Database;
  let a: ServerProcess;
  let b: ServerProcess;
  let editorToken = "";
  let postSlug = "";
  let postId = "";

  const start = async (name: string) => {
    const port = await freePort();
    const instance = spawnProcess(
      ["src/server/main.ts"],
      {
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        COLLOQUY_REDIS_PREFIX: prefix,
        PORT: String(port),
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        COLLOQUY_MODERATION: "off",
        COLLOQUY_TRUST_PROXY: "on",
        COLLOQUY_QUERY_STATS: "on",
        COLLOQUY_RATE_COMMENTS: "3",
        COLLOQUY_RATE_WRITES: "100000",
        DATABASE_POOL_SIZE: "5",
        COLLOQUY_INSTANCE: name,
      },
      `http://127.0.0.1:${port}`,
    );
    await waitForHealth(instance, "/ready");
    return instance;
  };

  beforeAll(async () => {
    database = await freshDatabaseUrl();
    // A loads the demo content into the empty database; B finds it there.
    a = await start("a");
    b = await start("b");
    db = await openDatabase(databaseConfig(database.url, { migrateOnStart: false }));
    editorToken = (await issueToken(db.prisma, "miriam-tolle", "EDITOR")).token;
    const post = await db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
    postSlug = post.slug;
    postId = Buffer.from(`Post:${post.id}`).toString("base64url");
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a && stopServer(a), b && stopServer(b)]);
    await db?.close();
    await database?.drop();
    await deleteRedisKeys(prefix, redisUrl);
  });

  it("delivers a comment added through A to a subscriber connected to B", async () => {
    const subscription = await subscribe<{ data: { commentAdded: { body: string } } }>(
      `${b.url}/graphql`,
      "subscription ($slug: String!) { commentAdded(postSlug: $slug) { body } }",
      { slug: postSlug },
    );
    try {
      // Wait until both instances listen for announcements of new outbox events on Redis.
      const observer = new Redis(redisUrl);
      try {
        const channel = `${prefix}outbox`;
        for (let attempt = 0; ; attempt++) {
          const [, subscribers] = (await observer.pubsub("NUMSUB", channel)) as [string, number];
          if (Number(subscribers) >= 2) break;
          if (attempt > 500) throw new Error(`A and B never both subscribed to ${channel}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      } finally {
        observer.disconnect();
      }
      const added = await send(a, ScaleComment, { input: { postId, body: "Through A, heard on B.", authorName: "Reader" } }, { "x-forwarded-for": "10.1.0.1" });
      expect(added.data?.addComment.__typename).toBe("CommentPayload");
      const event = await subscription.next(10_000);
      expect(event.data.commentAdded.body).toContain("Through A, heard on B.");
    } finally {
      subscription.close();
    }
  });

  it("drops a response cached on B when a mutation on A changes it", async () => {
    const first = await send(b, ScalePostComments, { slug: postSlug }, { "x-forwarded-for": "10.2.0.1" });
    const again = await send(b, ScalePostComments, { slug: postSlug }, { "x-forwarded-for": "10.2.0.1" });
    expect(again.extensions?.responseCache?.hit).toBe(true);
    const before = first.data!.post!.comments.totalCount;

    const added = await send(a, ScaleComment, { input: { postId, body: "Invalidates B's copy.", authorName: "Reader" } }, { "x-forwarded-for": "10.2.0.2" });
    expect(added.data?.addComment.__typename).toBe("CommentPayload");

    const after = await send(b, ScalePostComments, { slug: postSlug }, { "x-forwarded-for": "10.2.0.1" });
    expect(after.extensions?.responseCache?.hit).not.toBe(true);
    expect(after.data!.post!.comments.totalCount).toBe(before + 1);
  });

  it("enforces one client's comment rate limit across both instances", async () => {
    const client = { "x-forwarded-for": "10.3.0.1" };
    const comment = (instance: ServerProcess, n: number) =>
      send(instance, ScaleComment, { input: { postId, body: `Rate-limited comment ${n}`, authorName: "Hasty" } }, client);
    // Three a minute: two through A, one through B, and the fourth is refused wherever it lands.
    for (const [instance, n] of [[a, 1], [a, 2], [b, 3]] as const) {
      expect((await comment(instance, n)).data?.addComment.__typename).toBe("CommentPayload");
    }
    for (const instance of [b, a]) {
      const refused = await comment(instance, 4);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    }
    // Another client is not held back.
    const other = await send(b, ScaleComment, { input: { postId, body: "Someone else.", authorName: "Calm" } }, { "x-forwarded-for": "10.3.0.2" });
    expect(other.data?.addComment.__typename).toBe("CommentPayload");
  });

  it("honours on B an idempotency key used on A", async () => {
    const input = { title: `Idempotent across instances ${randomUUID()}`, body: "Written once.", publish: true, idempotencyKey: `key-${randomUUID()}` };
    const auth = { authorization: `Bearer ${editorToken}` };
    const first = await send(a, ScaleCreatePost, { input }, auth);
    const retry = await send(b, ScaleCreatePost, { input }, auth);
    expect(first.data?.createPost.__typename).toBe("PostPayload");
    expect(retry.data?.createPost.__typename).toBe("PostPayload");
    if (first.data?.createPost.__typename !== "PostPayload" || retry.data?.createPost.__typename !== "PostPayload") return;
    expect(first.data.createPost.replayed).toBe(false);
    expect(retry.data.createPost.replayed).toBe(true);
    expect(retry.data.createPost.post.id).toBe(first.data.createPost.post.id);
    expect(await db.prisma.post.count({ where: { title: input.title } })).toBe(1);
  });

  it("loses no acknowledged write when A is killed mid-load, and B keeps serving", async () => {
    const acknowledged = new Set<string>();
    let failedOnA = 0;
    let stop = false;
    let sent = 0;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        // Alternate between the instances, as a load balancer would.
        const target = (w + i) % 2 === 0 ? a : b;
        const body = `load ${w}-${i} ${randomUUID()}`;
        sent += 1;
        try {
          const answer = await send(target, ScaleComment, { input: { postId, body, authorName: "Load" } }, { "x-forwarded-for": `10.4.${w}.${i % 250}` });
          if (answer.data?.addComment.__typename === "CommentPayload") acknowledged.add(body);
        } catch {
          // A connection to A refused or cut: not acknowledged, so it may or may not have been written.
          if (target === a) failedOnA += 1;
        }
      }
    };
    const workers = [0, 1, 2, 3, 4, 5].map(worker);
    // Kill A once it has acknowledged a good share of writes, while the load is running.
    while (acknowledged.size < 60) await new Promise((resolve) => setTimeout(resolve, 20));
    a.child.kill("SIGKILL");
    await a.exited;
    const ackedBeforeKill = acknowledged.size;
    // B carries on alone.
    while (acknowledged.size < ackedBeforeKill + 40) await new Promise((resolve) => setTimeout(resolve, 20));
    stop = true;
    await Promise.all(workers);

    const stored = new Set(
      (await db.prisma.comment.findMany({ where: { body: { startsWith: "load " } }, select: { body: true } })).map((c) => c.body),
    );
    const lost = [...acknowledged].filter((body) => !stored.has(body));
    console.log(`scale-out: ${sent} comments sent, ${acknowledged.size} acknowledged (${ackedBeforeKill} before A was killed), ${failedOnA} failed on A, ${lost.length} acknowledged and lost`);
    expect(lost).toEqual([]);
    expect(failedOnA).toBeGreaterThan(0);
    const site = await send(b, ScaleSite, {});
    expect(site.status).toBe(200);
    expect(site.data?.site.title).toBeTruthy();
  }, 120_000);
});
