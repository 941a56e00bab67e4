import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { openDatabase, databaseConfig, type PrismaClient } from "../src/db/client.js";
import {
  defaultWebhookPolicy,
  deliverDueWebhooks,
  registerWebhook,
  startWebhookDispatcher,
  type WebhookPolicy,
} from "../src/domain/webhooks.js";
import { recordEvent } from "../src/domain/events.js";
import { parseEgressAllowList } from "../src/domain/webhook-egress.js";
import { graphql } from "./graphql/index.js";
import { openTestDatabase } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Webhooks against a real HTTP receiver on loopback: signed deliveries, retry
// with backoff after failures, the delivery log, and mutations that never wait
// for the receiver. Then several instances sharing one database: each attempt
// is made by one of them, and none is lost when an instance goes away.

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const loopback = parseEgressAllowList("127.0.0.1");
let server: TestServer;
let receiver: Server;
let receiverUrl = "";
let editor = "";
let author = "";
const received: Received[] = [];
/** How the receiver answers the next requests; when empty, 200. */
const plannedStatuses: number[] = [];
let hold: Promise<void> | null = null;

beforeAll(async () => {
  // The receiver is on loopback, which webhooks may only reach when the operator allows it.
  server = await startTestServer({ webhookRetryMs: 50, webhookAllow: loopback });
  editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  receiver = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", async () => {
      received.push({ path: new URL(request.url ?? "/", "http://receiver").pathname, headers: request.headers, body });
      if (hold) await hold;
      response.statusCode = plannedStatuses.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
});

const Register = graphql(`
  mutation RegisterHook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      __typename
      ... on RegisterWebhookPayload { secret endpoint { id url events } }
      ... on UserError { code }
    }
  }
`);
const Deliveries = graphql(`
  query Deliveries {
    webhookDeliveries(limit: 20) { id deliveryId endpointId event status attempts lastStatusCode payload }
  }
`);
const Create = graphql(`
  mutation HookedCreate($input: CreatePostInput!) { createPost(input: $input) { __typename ... on PostPayload { post { id } } } }
`);

async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("webhooks", () => {
  let secret = "";

  it("are registered by editors only, with a signing secret shown once", async () => {
    const refused = dataOf(await server.execute(Register, { input: { url: receiverUrl, events: ["POST_PUBLISHED"] } }, { token: author }));
    expect(refused.registerWebhook).toMatchObject({ __typename: "ForbiddenError" });
    const invalid = dataOf(await server.execute(Register, { input: { url: "not a url", events: [] } }, { token: editor }));
    expect(invalid.registerWebhook.__typename).toBe("ValidationError");
    const { registerWebhook } = dataOf(
      await server.execute(Register, { input: { url: receiverUrl, events: ["POST_PUBLISHED", "COMMENT_APPROVED"] } }, { token: editor }),
    );
    if (registerWebhook.__typename !== "RegisterWebhookPayload") throw new Error("expected a payload");
    expect(registerWebhook.endpoint.events).toEqual(["POST_PUBLISHED", "COMMENT_APPROVED"]);
    secret = registerWebhook.secret;
    expect(secret).toMatch(/^whsec_/);
  });

  it("deliver a signed event after a publish", async () => {
    const start = received.length;
    dataOf(await server.execute(Create, { input: { title: "Hooked", body: "Text.", publish: true } }, { token: author }));
    const delivery = await until(() => received[start], "a delivery");
    expect(delivery.headers["colloquy-event"]).toBe("post.published");
    const signature = String(delivery.headers["colloquy-signature"]);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${delivery.body}`).digest("hex"));
    expect(JSON.parse(delivery.body)).toMatchObject({ event: "post.published", data: { postId: expect.any(String) } });
  });

  it("retry with backoff after failures, and log every attempt", async () => {
    plannedStatuses.push(500, 503);
    const start = received.length;
    dataOf(await server.execute(Create, { input: { title: "Hooked Again", body: "Text.", publish: true } }, { token: author }));
    await until(() => (received.length >= start + 3 ? true : undefined), "three attempts");
    const log = await until(async () => {
      const { webhookDeliveries } = dataOf(await server.execute(Deliveries, {}, { token: editor }));
      const newest = webhookDeliveries.find((d) => d.payload.includes("post.published") && d.attempts === 3 && d.status === "SUCCEEDED");
      return newest ?? undefined;
    }, "a settled delivery");
    expect(log).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 200, event: "POST_PUBLISHED" });
    // The same delivery id came back each time, and the log names it.
    const ids = received.slice(start, start + 3).map((r) => r.headers["colloquy-delivery"]);
    expect(new Set(ids).size).toBe(1);
    expect(log.deliveryId).toBe(ids[0]);
    // Global ids, unlike any other type's (Relay keeps records by id alone).
    expect(log.id).toBe(Buffer.from(`WebhookDelivery:${log.deliveryId}`).toString("base64url"));
    expect(Buffer.from(log.endpointId, "base64url").toString()).toMatch(/^WebhookEndpoint:\d+$/);
  });

  it("never make the mutation wait for a slow endpoint", async () => {
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    const start = received.length;
    try {
      const response = await server.execute(Create, { input: { title: "Not Kept Waiting", body: "Text.", publish: true } }, { token: author });
      expect(dataOf(response).createPost.__typename).toBe("PostPayload");
      // The receiver has the request, and is still holding its answer, while the mutation has already returned.
      await until(() => received[start], "the held delivery");
    } finally {
      release();
      hold = null;
    }
  });

  it("keep the delivery log for editors only", async () => {
    const response = await server.execute(Deliveries, {}, { token: author });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

/** A post.published event, recorded as a write records it: in a transaction of its own. */
const published = (db: PrismaClient, postId: number) => db.$transaction((tx) => recordEvent(db, tx, "post.published", { postId }));

describe("webhooks across instances sharing a database", () => {
  // Each test opens its own database and two connections to it, one per
  // instance, and drives the dispatchers directly: no server, so nothing else
  // sends these deliveries. The endpoint has a path of its own on the receiver.
  const policy: WebhookPolicy = { ...defaultWebhookPolicy, retryBaseMs: 20, allow: loopback };

  async function twoInstances() {
    const { db, url, drop } = await openTestDatabase();
    const other = await openDatabase(databaseConfig(url, { migrateOnStart: false }));
    await registerWebhook(db.prisma, { url: new URL("/instances", receiverUrl).toString(), events: ["post.published"] }, loopback);
    const start = received.length;
    return {
      first: db.prisma,
      second: other.prisma,
      /** Requests the receiver has had for this test's endpoint: `colloquy-delivery` id to count. */
      hits: () => {
        const byId = new Map<number, number>();
        for (const { path, headers } of received.slice(start)) {
          if (path !== "/instances") continue;
          const id = Number(headers["colloquy-delivery"]);
          byId.set(id, (byId.get(id) ?? 0) + 1);
        }
        return byId;
      },
      close: async () => {
        await other.close();
        await db.close();
        await drop();
      },
    };
  }

  const deliveriesIn = (db: PrismaClient) => db.webhookDelivery.findMany({ orderBy: { id: "asc" } });

  it("send each due delivery once when two instances pass at the same moment", async () => {
    const { first, second, hits, close } = await twoInstances();
    try {
      for (let n = 0; n < 20; n++) await published(first, n + 1);
      const [byFirst, bySecond] = await Promise.all([deliverDueWebhooks(first, policy), deliverDueWebhooks(second, policy)]);
      // Whichever instance read first saw all 20; each of them was claimed by exactly one.
      expect(byFirst + bySecond).toBe(20);
      const rows = await deliveriesIn(first);
      expect(rows.map((row) => [row.status, row.attempts])).toEqual(rows.map(() => ["SUCCEEDED", 1]));
      expect(hits()).toEqual(new Map(rows.map((row) => [row.id, 1])));
    } finally {
      await close();
    }
  });

  it("make every attempt, retries included, from one instance only", async () => {
    const { first, second, hits, close } = await twoInstances();
    const dispatchers = [startWebhookDispatcher(first, policy, 10), startWebhookDispatcher(second, policy, 10)];
    try {
      // Three first attempts fail, so retries come from whichever instance polls first.
      plannedStatuses.push(500, 503, 500);
      // Each instance records events and wakes its own dispatcher, as the server does. The
      // recording takes turns: on SQLite, two connections in one process cannot both hold a
      // write transaction (the second would wait for the first while blocking the event loop it needs).
      for (let n = 0; n < 5; n++) {
        for (const [instance, db] of [first, second].entries()) {
          await published(db, 100 * instance + n + 1);
          dispatchers[instance]!.wake();
        }
      }
      const rows = await until(async () => {
        const rows = await deliveriesIn(first);
        return rows.every((row) => row.status === "SUCCEEDED") ? rows : undefined;
      }, "every delivery to succeed");
      expect(rows).toHaveLength(10);
      // The receiver saw exactly the attempts each row logged: no attempt was made twice.
      expect(hits()).toEqual(new Map(rows.map((row) => [row.id, row.attempts])));
      expect(rows.reduce((total, row) => total + row.attempts, 0)).toBe(13);
    } finally {
      plannedStatuses.length = 0;
      await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()));
      await close();
    }
  });

  /**
   * Record one delivery, and let `db`'s instance claim it and send it to a
   * receiver that holds the request open until `release()`.
   */
  async function claimedAndHanging(db: PrismaClient, hits: () => Map<number, number>) {
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    try {
      await published(db, 1);
      const { id } = (await deliveriesIn(db))[0]!;
      const attempt = deliverDueWebhooks(db, policy);
      await until(() => (hits().get(id) === 1 ? true : undefined), "the claiming instance's request");
      return { id, attempt, release, claimed: await db.webhookDelivery.findUniqueOrThrow({ where: { id } }) };
    } catch (failure) {
      release();
      throw failure;
    } finally {
      // Only that first request is held.
      hold = null;
    }
  }

  it("leave a delivery alone while another instance's claim on it lasts", async () => {
    const { first, second, hits, close } = await twoInstances();
    const { id, attempt, release, claimed } = await claimedAndHanging(first, hits);
    try {
      // The claim logged no attempt; it moved the next one to the lease's end.
      expect(claimed).toMatchObject({ status: "PENDING", attempts: 0 });
      expect(claimed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect(await deliverDueWebhooks(second, policy)).toBe(0);
      release();
      expect(await attempt).toBe(1);
      expect(hits()).toEqual(new Map([[id, 1]]));
      expect(await first.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "SUCCEEDED",
        attempts: 1,
        lastStatusCode: 200,
      });
    } finally {
      release();
      await close();
    }
  });

  it("take a delivery over once the lease has run out, and drop the late outcome of the attempt it replaced", async () => {
    const { first, second, hits, close } = await twoInstances();
    const { id, attempt, release, claimed } = await claimedAndHanging(first, hits);
    try {
      // With its clock past the lease, the second instance takes the first for dead, sends, and succeeds.
      // (In real time the first request would have hit its timeout before the lease ran out.)
      expect(await deliverDueWebhooks(second, policy, new Date(claimed.nextAttemptAt.getTime() + 1))).toBe(1);
      expect(await first.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
      // The first instance's request then fails; its outcome must not replace the second's.
      plannedStatuses.push(500);
      release();
      expect(await attempt).toBe(1);
      expect(hits().get(id)).toBe(2);
      expect(await first.webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "SUCCEEDED",
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
      });
    } finally {
      release();
      plannedStatuses.length = 0;
      await close();
    }
  });

  it("are picked up by an instance that starts after they were recorded, without being woken", async () => {
    const { first, second, hits, close } = await twoInstances();
    let dispatcher: ReturnType<typeof startWebhookDispatcher> | null = null;
    try {
      // Recorded by an instance that stopped before sending them.
      await published(first, 1);
      await published(first, 2);
      dispatcher = startWebhookDispatcher(second, policy, 10);
      const rows = await until(async () => {
        const rows = await deliveriesIn(second);
        return rows.every((row) => row.status === "SUCCEEDED") ? rows : undefined;
      }, "the orphaned deliveries to be sent");
      expect(hits()).toEqual(new Map(rows.map((row) => [row.id, 1])));
    } finally {
      await dispatcher?.stop();
      await close();
    }
  });

  it("are picked up by an idle instance's periodic check, without being woken", async () => {
    const { first, second, hits, close } = await twoInstances();
    // Idle from the start: nothing pending, so no polling, only the periodic check (shortened here).
    const dispatcher = startWebhookDispatcher(second, policy, 10, 50);
    try {
      // Let the start-up pass run and find nothing, so only the periodic check is left to notice.
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Recorded by another instance, which stopped before sending it.
      await published(first, 3);
      const rows = await until(async () => {
        const rows = await deliveriesIn(second);
        return rows.length > 0 && rows.every((row) => row.status === "SUCCEEDED") ? rows : undefined;
      }, "the idle instance to find and send the delivery");
      expect(hits()).toEqual(new Map(rows.map((row) => [row.id, 1])));
    } finally {
      await dispatcher.stop();
      await close();
    }
  });
});
