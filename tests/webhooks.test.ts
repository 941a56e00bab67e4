import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Webhooks against a real HTTP receiver on loopback: signed deliveries, retry
// with backoff after failures, the delivery log, and mutations that never wait
// for the receiver.

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

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
  server = await startTestServer({ webhookRetryMs: 50 });
  editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  receiver = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", async () => {
      received.push({ headers: request.headers, body });
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
    webhookDeliveries(limit: 20) { id event status attempts lastStatusCode payload }
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
    // The same delivery id came back each time.
    const ids = received.slice(start, start + 3).map((r) => r.headers["colloquy-delivery"]);
    expect(new Set(ids).size).toBe(1);
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
