import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { CONNECTION_FAILED, parseEgressAllowList, refusedAddress } from "../src/domain/webhook-egress.js";
import { readConfig } from "../src/config.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Where webhook deliveries may go. By default only to public addresses: a
// URL naming a private, loopback, link-local or metadata address, in any
// spelling, is refused when it is registered; a name is resolved when each
// delivery connects, and refused if it resolves to such an address. Redirects
// are not followed, and a closed port looks the same as an open one that does
// not speak HTTP. COLLOQUY_WEBHOOK_ALLOW lists the exceptions an operator needs.

let guarded: TestServer;
let allowing: TestServer;
let receiver: Server;
let silent: TcpServer;
let port = 0;
let silentPort = 0;
let closedPort = 0;
const hits: string[] = [];
const tokens = { guarded: "", allowing: "" };

beforeAll(async () => {
  guarded = await startTestServer({ webhookRetryMs: 60_000 });
  allowing = await startTestServer({ webhookRetryMs: 60_000, webhookAllow: parseEgressAllowList("127.0.0.1") });
  tokens.guarded = (await issueToken(guarded.db.prisma, "miriam-tolle", "EDITOR")).token;
  tokens.allowing = (await issueToken(allowing.db.prisma, "miriam-tolle", "EDITOR")).token;
  receiver = createHttpServer((request, response) => {
    hits.push(request.url ?? "");
    if (request.url === "/redirect") {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/landed` }).end();
      return;
    }
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  port = (receiver.address() as AddressInfo).port;
  // An open port that does not speak HTTP: it takes the connection and drops it.
  silent = createTcpServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as AddressInfo).port;
  // A port nothing listens on: bound, then released.
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await new Promise((resolve) => silent.close(resolve));
  await guarded.close();
  await allowing.close();
});

const RegisterEndpoint = graphql(`
  mutation EgressRegister($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      __typename
      ... on RegisterWebhookPayload { endpoint { id url } }
      ... on ValidationError { fields { path message } }
    }
  }
`);
const PublishForHooks = graphql(`
  mutation EgressPublish($input: CreatePostInput!) { createPost(input: $input) { __typename } }
`);
const DeliveryLog = graphql(`
  query EgressDeliveries {
    webhookDeliveries(limit: 50) { endpointId attempts status lastStatusCode lastError }
  }
`);

let published = 0;
/** Register `url` on `server`, publish a post, and wait for that endpoint's first attempt. */
async function deliverTo(server: TestServer, token: string, url: string) {
  const registered = dataOf(await server.execute(RegisterEndpoint, { input: { url, events: ["POST_PUBLISHED"] } }, { token })).registerWebhook;
  if (registered.__typename !== "RegisterWebhookPayload") throw new Error(`refused: ${JSON.stringify(registered)}`);
  const created = await server.execute(PublishForHooks, { input: { title: `Hooked ${++published}`, body: "Text.", publish: true } }, { token });
  expect(dataOf(created).createPost.__typename).toBe("PostPayload");
  for (let i = 0; i < 200; i++) {
    const log = dataOf(await server.execute(DeliveryLog, {}, { token })).webhookDeliveries;
    const attempt = log.find((d) => d.endpointId === registered.endpoint.id && d.attempts > 0);
    if (attempt) return attempt;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no attempt was made to ${url}`);
}

describe("registering an endpoint", () => {
  const internal = [
    "http://127.0.0.1/hook",
    "http://2130706433/hook",
    "http://0x7f.1/hook",
    "http://017700000001/hook",
    "http://127.1/hook",
    "http://0.0.0.0:8080/",
    "http://[::1]/hook",
    "http://[::]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:7f00:1]/hook",
    "http://10.0.0.5/",
    "http://172.16.3.4/",
    "http://192.168.1.1/admin",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[fe80::1]/",
    "http://100.100.100.200/latest/meta-data/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://[64:ff9b::7f00:1]/",
  ];

  it.each(internal)("refuses %s, which names an address webhooks may not reach", async (url) => {
    const response = dataOf(await guarded.execute(RegisterEndpoint, { input: { url, events: ["POST_PUBLISHED"] } }, { token: tokens.guarded }));
    expect(response.registerWebhook.__typename).toBe("ValidationError");
    if (response.registerWebhook.__typename === "ValidationError") {
      expect(response.registerWebhook.fields).toEqual([{ path: ["url"], message: expect.stringMatching(/^may not be reached: the address .+ is a/) as string }]);
    }
  });

  it("accepts a public address, and a name, which is checked when each delivery connects", async () => {
    for (const url of ["https://93.184.215.14/hook", "https://hooks.example.org/colloquy"]) {
      // An event no test here sends, so that no delivery goes out to the real address.
      const response = dataOf(await guarded.execute(RegisterEndpoint, { input: { url, events: ["COMMENT_APPROVED"] } }, { token: tokens.guarded }));
      expect(response.registerWebhook.__typename).toBe("RegisterWebhookPayload");
    }
  });
});

describe("delivering", () => {
  it("refuses, at connect time, a name that resolves to loopback, and sends it nothing", async () => {
    const before = hits.length;
    const attempt = await deliverTo(guarded, tokens.guarded, `http://localhost:${port}/by-name`);
    expect(attempt.lastStatusCode).toBeNull();
    expect(attempt.lastError).toMatch(/^refused: localhost resolves to an address that is a loopback address$/);
    expect(hits.slice(before)).toEqual([]);
  });

  it("reaches loopback when the operator allows it", async () => {
    expect(await deliverTo(allowing, tokens.allowing, `http://127.0.0.1:${port}/allowed`)).toMatchObject({ status: "SUCCEEDED", lastStatusCode: 200 });
    expect(hits).toContain("/allowed");
  });

  it("does not follow a redirect", async () => {
    const attempt = await deliverTo(allowing, tokens.allowing, `http://127.0.0.1:${port}/redirect`);
    expect(attempt).toMatchObject({ lastStatusCode: 302, lastError: "HTTP 302" });
    expect(hits).toContain("/redirect");
    expect(hits).not.toContain("/landed");
  });

  it("reports a closed port exactly as an open one that does not answer HTTP", async () => {
    const closed = await deliverTo(allowing, tokens.allowing, `http://127.0.0.1:${closedPort}/`);
    const open = await deliverTo(allowing, tokens.allowing, `http://127.0.0.1:${silentPort}/`);
    expect(closed.lastError).toBe(CONNECTION_FAILED);
    expect(open.lastError).toBe(CONNECTION_FAILED);
    expect(closed.lastStatusCode).toBeNull();
    expect(open.lastStatusCode).toBeNull();
  });
});

describe("the address rule and its setting", () => {
  it("allows public unicast only, unless an exception names the range", () => {
    const none = parseEgressAllowList("");
    expect(refusedAddress("93.184.215.14", none)).toBeNull();
    expect(refusedAddress("2606:2800:21f:cb07:6820:80da:af6b:8b2c", none)).toBeNull();
    expect(refusedAddress("10.1.2.3", none)).toBe("is a private address");
    expect(refusedAddress("::ffff:10.1.2.3", none)).toBe("is a private address");
    const some = parseEgressAllowList("10.0.0.0/8, fd00::/8, hooks.internal");
    expect(refusedAddress("10.1.2.3", some)).toBeNull();
    expect(refusedAddress("fd00:ec2::254", some)).toBeNull();
    expect(refusedAddress("192.168.0.1", some)).toBe("is a private address");
    expect(some.hosts.has("hooks.internal")).toBe(true);
  });

  it("refuses to start with an entry that is neither an address, a range nor a host", () => {
    expect(() => readConfig({ COLLOQUY_WEBHOOK_ALLOW: "10.0.0.0/33" })).toThrow(/COLLOQUY_WEBHOOK_ALLOW/);
    expect(() => readConfig({ COLLOQUY_WEBHOOK_ALLOW: "http://x" })).toThrow(/COLLOQUY_WEBHOOK_ALLOW/);
    expect(readConfig({ COLLOQUY_WEBHOOK_ALLOW: "10.0.0.0/8,hooks.internal" }).webhookAllow.ranges).toHaveLength(1);
  });
});
