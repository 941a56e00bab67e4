import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken, revokeToken } from "../src/auth/tokens.js";
import { noRateLimits } from "../src/server/plugins/rate-limit.js";
import { graphql } from "./graphql/index.js";
import { dataOf, serveOverHttp, startTestServer, type TestServer } from "./support/server.js";
import { subscribe } from "./support/sse.js";

// Subscriptions answer to the same limits as queries: the cost limit (each
// event runs the selection once per subscriber), the expensive-read rate
// limit, and a bound on how many a client, and the server, may hold open.
// A revoked token receives nothing more, from its very next event.

let server: TestServer;
let http: Awaited<ReturnType<typeof serveOverHttp>>;
let url = "";
let author = "";

beforeAll(async () => {
  server = await startTestServer({
    limits: { maxCost: 20_000 },
    rateLimits: { ...noRateLimits, expensiveReadsPerMinute: 1, expensiveCost: 5_000, subscriptionsPerClient: 3, subscriptionsTotal: 1_000 },
  });
  author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  http = await serveOverHttp(server.yoga);
  url = http.url;
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const CreatePublished = graphql(`
  mutation SubscriptionLimitsPost($input: CreatePostInput!) {
    createPost(input: $input) { __typename }
  }
`);

type Event = { data?: { postPublished: { title: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
const cheap = "subscription { postPublished { title } }";
/** 100 comments with 100 replies each, per event: 10,101 objects, over the expensive-read cost and under the cost limit. */
const expensive = "subscription { postPublished { title comments(first: 100) { edges { node { replies(first: 100) { edges { node { body } } } } } } } }";
/** A third level of 100 replies: a million objects per event, over the cost limit. */
const tooCostly =
  "subscription { postPublished { comments(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { body } } } } } } } } } } }";

/** Open a subscription that must be refused before it starts: the status and the error's code. */
async function refused(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const data = text.split("\n").find((line) => line.startsWith("data:"));
  const event = JSON.parse(data!.slice(5)) as Event;
  return { status: response.status, retryAfter: response.headers.get("retry-after"), error: event.errors?.[0] };
}

const publish = async (title: string) =>
  expect(dataOf(await server.execute(CreatePublished, { input: { title, body: "Text.", publish: true } }, { token: author })).createPost.__typename).toBe(
    "PostPayload",
  );

describe("subscriptions and the limits", () => {
  it("are refused over the cost limit, before they start", async () => {
    const live = await subscribe<Event>(url, tooCostly);
    try {
      const refusal = await live.next();
      expect(refusal.data ?? null).toBeNull();
      expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", maxCost: 20_000 });
    } finally {
      live.close();
    }
  });

  it("spend an expensive-read token when they cost as much as an expensive query", async () => {
    const first = await subscribe<Event>(url, expensive);
    try {
      const second = await refused(expensive);
      expect(second).toMatchObject({ status: 429, error: { extensions: { code: "RATE_LIMITED" } } });
      expect(Number(second.retryAfter)).toBeGreaterThan(0);
      // The first one was allowed and is live.
      await publish("Expensive Event");
      expect((await first.next()).data?.postPublished.title).toBe("Expensive Event");
    } finally {
      first.close();
    }
  });

  it("are bounded per client; closing one makes room for another", async () => {
    const open = [await subscribe<Event>(url, cheap), await subscribe<Event>(url, cheap), await subscribe<Event>(url, cheap)];
    try {
      expect(await refused(cheap)).toMatchObject({ status: 429, error: { extensions: { code: "SUBSCRIPTION_LIMIT_EXCEEDED", maximum: 3 } } });
      // Another client (a token's author is a client of their own) is not held to this one's bound.
      const other = await subscribe<Event>(url, cheap, {}, { authorization: `Bearer ${author}` });
      open.push(other);
      open[0]!.close();
      // The server notices the closed stream; then a new subscription fits again.
      let again = null;
      for (let attempt = 0; attempt < 100 && !again; attempt++) {
        again = await subscribe<Event>(url, cheap).catch(() => null);
        if (!again) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!again) throw new Error("no room for a subscription after closing one");
      open.push(again);
      await publish("Room Again");
      expect((await again.next()).data?.postPublished.title).toBe("Room Again");
      expect((await other.next()).data?.postPublished.title).toBe("Room Again");
    } finally {
      for (const live of open) live.close();
    }
  });
});

describe("a subscription asked for as plain JSON", () => {
  it("is refused with 406 and a code, and its stream closed: it holds no place among the client's subscriptions", async () => {
    // A client of its own: the author behind this token.
    const client = { authorization: `Bearer ${(await issueToken(server.db.prisma, "marcus-oyelaran", "AUTHOR")).token}` };
    for (let i = 0; i < 5; i++) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...client },
        body: JSON.stringify({ query: cheap }),
      });
      expect(response.status).toBe(406);
      expect(((await response.json()) as Event).errors?.[0]?.extensions?.code).toBe("NOT_ACCEPTABLE");
    }
    // The client's bound is 3; none of the five refused above took a place.
    const open = [
      await subscribe<Event>(url, cheap, {}, client),
      await subscribe<Event>(url, cheap, {}, client),
      await subscribe<Event>(url, cheap, {}, client),
    ];
    try {
      await publish("Still Room");
      for (const live of open) expect((await live.next()).data?.postPublished.title).toBe("Still Room");
    } finally {
      for (const live of open) live.close();
    }
  });
});

describe("a subscription whose token is revoked", () => {
  it("receives nothing more from its very next event, even right after one it received", async () => {
    const editor = await issueToken(server.db.prisma, "miriam-tolle", "EDITOR");
    const live = await subscribe<Event>(url, cheap, {}, { authorization: `Bearer ${editor.token}` });
    try {
      await publish("Before the Revocation");
      expect((await live.next()).data?.postPublished.title).toBe("Before the Revocation");
      await revokeToken(server.db.prisma, editor.id);
      await publish("Right After the Revocation");
      const event = await live.next();
      expect(event.data ?? null).toBeNull();
      expect(event.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      live.close();
    }
  });
});
