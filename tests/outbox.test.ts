import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { issueToken } from "../src/auth/tokens.js";
import { openDatabase, databaseConfig } from "../src/db/client.js";
import { armFault, disarmFaults } from "../src/domain/faults.js";
import { parseEgressAllowList } from "../src/domain/webhook-egress.js";
import { registerWebhook } from "../src/domain/webhooks.js";
import type { ApiSettings } from "../src/config.js";
import { createColloquyYoga } from "../src/server/yoga.js";
import { freePort, spawnProcess, stopServer, waitForHealth } from "../scripts/support/processes.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl } from "./support/database.js";
import { dataOf, postGraphQL, serveOverHttp, startTestServer, type TestServer } from "./support/server.js";
import { subscribe } from "./support/sse.js";

// Nothing lost, nothing half-done: every event (a post published, updated,
// withdrawn or deleted, a comment approved) is written to the outbox in the
// same transaction as the change, with one webhook delivery per listening
// endpoint. So a change that fails records no event, a change that commits
// always has its event, a crash between the commit and the sending loses
// nothing, and another instance's subscribers hear of it from the database
// even when Redis, which only makes that prompt, is down.

const silent = pino({ level: "silent" });
let server: TestServer;
let receiver: Server;
let receiverUrl = "";
const received: { path: string; event: string; body: string }[] = [];
const tokens = { author: "", editor: "" };

beforeAll(async () => {
  server = await startTestServer({ webhookAllow: parseEgressAllowList("127.0.0.1"), outboxPollMs: 50 });
  tokens.author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  receiver = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ path: request.url ?? "", event: String(request.headers["colloquy-event"]), body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/outbox`;
});
afterEach(() => disarmFaults());
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
});

const OutboxCreatePost = graphql(`
  mutation OutboxCreatePost($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } }
  }
`);
const OutboxAddComment = graphql(`
  mutation OutboxAddComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename }
  }
`);
const OutboxPostId = graphql(`
  query OutboxPostId($slug: String!) { post(slug: $slug) { id } }
`);

async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("an event and its change", () => {
  it("commit together, or not at all", async () => {
    const prisma = server.db.prisma;
    await registerWebhook(prisma, { url: receiverUrl, events: ["post.published"] }, parseEgressAllowList("127.0.0.1"));
    const events = await prisma.outboxEvent.count();
    const deliveries = await prisma.webhookDelivery.count();

    armFault("createPost.afterFootnotes");
    const failed = await server.execute(OutboxCreatePost, { input: { title: "Never Happened", body: "Text.", publish: true } }, { token: tokens.author });
    expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await prisma.post.count({ where: { slug: "never-happened" } })).toBe(0);
    expect(await prisma.outboxEvent.count()).toBe(events);
    expect(await prisma.webhookDelivery.count()).toBe(deliveries);

    const created = dataOf(await server.execute(OutboxCreatePost, { input: { title: "Did Happen", body: "Text.", publish: true } }, { token: tokens.author }));
    expect(created.createPost.__typename).toBe("PostPayload");
    const newest = await prisma.outboxEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const post = await prisma.post.findFirstOrThrow({ where: { slug: "did-happen" } });
    expect(newest).toMatchObject({ type: "post.published", payload: JSON.stringify({ postId: post.id }) });
    expect(await prisma.webhookDelivery.count()).toBe(deliveries + 1);
    await until(() => (received.some((r) => r.body.includes(Buffer.from(`Post:${post.id}`).toString("base64url"))) ? true : undefined), "the delivery");
  });
});

describe("subscribers of another instance", () => {
  type CommentEvent = { data: { commentAdded: { body: string } } };
  const followComments = "subscription { commentAdded(postSlug: \"edit-history\") { body(format: MARKDOWN) } }";

  /**
   * Instance B, on the test server's database with `settings`, serving one
   * subscriber over HTTP; `write` makes comments on instance A (given A's yoga
   * and the post's ID), and the subscriber's events come back in order.
   */
  async function heardOnB(settings: Partial<ApiSettings>, write: (postId: string) => Promise<void>, expected: string[]) {
    const b = createColloquyYoga(server.db, { ...settings, responseCache: false }, { logger: silent });
    const http = await serveOverHttp(b);
    try {
      const live = await subscribe<CommentEvent>(http.url, followComments);
      try {
        const postId = dataOf(await server.execute(OutboxPostId, { slug: "edit-history" })).post!.id;
        // The stream has started; give its listener a moment to attach before the first event.
        await new Promise((resolve) => setTimeout(resolve, 150));
        await write(postId);
        for (const body of expected) expect((await live.next(10_000)).data.commentAdded.body).toBe(body);
      } finally {
        live.close();
      }
    } finally {
      await http.close();
      await b.dispose();
    }
  }

  it("hear of a comment from the outbox, with no Redis at all", async () => {
    await heardOnB({ outboxPollMs: 50 }, async (postId) => {
      const added = await server.execute(OutboxAddComment, { input: { postId, body: "Written on A." } }, { token: tokens.author });
      expect(dataOf(added).addComment.__typename).toBe("CommentPayload");
    }, ["Written on A."]);
  });

  it("hear of it while Redis is down, as soon as the outbox is read: nothing is lost with the announcement", async () => {
    // A Redis nobody answers at: announcements fail, and polling carries the events.
    const deadRedis = { redisUrl: "redis://127.0.0.1:1", redisPrefix: "colloquy-outbox-test:", outboxPollMs: 100 };
    const a = createColloquyYoga(server.db, { ...deadRedis, responseCache: false }, { logger: silent });
    const bodies = ["First, with Redis down.", "Second, with Redis down."];
    try {
      await heardOnB(deadRedis, async (postId) => {
        for (const body of bodies) {
          const response = await postGraphQL(a, "mutation($input: AddCommentInput!) { addComment(input: $input) { __typename } }", { input: { postId, body } }, { token: tokens.author });
          expect(response.errors).toBeUndefined();
        }
      }, bodies);
    } finally {
      await a.dispose();
    }
  });
});

describe("a crash between the commit and the sending", () => {
  it("loses no webhook: the server killed with SIGKILL right after the commit sends it when it starts again", async () => {
    const database = await freshDatabaseUrl();
    const port = await freePort();
    const env = {
      DATABASE_URL: database.url,
      PORT: String(port),
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      COLLOQUY_WEBHOOK_ALLOW: "127.0.0.1",
    };
    const url = `http://127.0.0.1:${port}`;
    let running = spawnProcess(["src/server/main.ts"], { ...env, COLLOQUY_TEST_KILL_AT: "events.afterCommit" }, url);
    try {
      await waitForHealth(running, "/ready");
      const db = await openDatabase(databaseConfig(database.url, { migrateOnStart: false }));
      try {
        const editor = (await issueToken(db.prisma, "miriam-tolle", "EDITOR")).token;
        await registerWebhook(db.prisma, { url: `${receiverUrl}/crash`, events: ["post.published"] }, parseEgressAllowList("127.0.0.1"));
        const before = received.length;
        // The server commits the post, its event and its delivery, then dies before it can send anything.
        const answer = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
          body: JSON.stringify({ query: 'mutation { createPost(input: { title: "Written Before the Crash", body: "Text.", publish: true }) { __typename } }' }),
        }).then(
          (response) => response.status,
          () => "no answer",
        );
        expect(answer).toBe("no answer");
        expect((await running.exited).signal).toBe("SIGKILL");
        const post = await db.prisma.post.findFirstOrThrow({ where: { slug: "written-before-the-crash" } });
        const delivery = await db.prisma.webhookDelivery.findFirstOrThrow({ where: { payload: { contains: Buffer.from(`Post:${post.id}`).toString("base64url") } } });
        expect(delivery).toMatchObject({ status: "PENDING", attempts: 0 });
        expect(received.slice(before).filter((r) => r.path === "/outbox/crash")).toEqual([]);

        // Started again, without the fault: its first pass sends what the crash left behind.
        running = spawnProcess(["src/server/main.ts"], env, url);
        await waitForHealth(running, "/ready");
        const sent = await until(async () => {
          const row = await db.prisma.webhookDelivery.findFirstOrThrow({ where: { id: delivery.id } });
          return row.status === "SUCCEEDED" ? row : undefined;
        }, "the delivery after the restart");
        expect(sent.attempts).toBe(1);
        expect(received.slice(before).filter((r) => r.path === "/outbox/crash").map((r) => r.event)).toEqual(["post.published"]);
      } finally {
        await db.close();
      }
    } finally {
      await stopServer(running);
      await database.drop();
    }
  }, 120_000);
});
