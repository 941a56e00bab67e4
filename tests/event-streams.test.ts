import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { createClient } from "graphql-sse";
import { issueToken } from "../src/auth/tokens.js";
import { noRateLimits } from "../src/server/plugins/rate-limit.js";
import { loadTrustedDocuments } from "../src/server/plugins/persisted-operations.js";
import { defaultApiSettings } from "../src/config.js";
import { graphql } from "./graphql/index.js";
import { dataOf, serveOverHttp, startTestServer, type TestServer } from "./support/server.js";
import { readEvents } from "./support/sse.js";

// graphql-sse's single-connection mode at /graphql/stream: one event stream,
// reserved with PUT and opened with GET, carries the results of operations
// POSTed to it. It is served outside yoga's request pipeline, so each check
// that pipeline makes for /graphql is proven here for the stream too.

const SLUG = "edit-history";

const PostOf = graphql(`
  query StreamPostId($slug: String!) {
    post(slug: $slug) { id title }
  }
`);
const AddComment = graphql(`
  mutation StreamComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename }
  }
`);
const CommentAdded = graphql(`
  subscription StreamCommentAdded($slug: String!) {
    commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName }
  }
`);
const PostPublished = graphql(`
  subscription StreamPostPublished {
    postPublished { title }
  }
`);

type Wire = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** An opened stream's events by operation id, as they arrive. */
async function openStream(base: string, token: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(base, { headers: { accept: "text/event-stream", "x-graphql-event-stream-token": token, ...headers }, signal: controller.signal });
  expect(response.status).toBe(200);
  const events: { event: string; id: string; payload?: Wire }[] = [];
  const waiters: (() => void)[] = [];
  void readEvents(response, (event, data) => {
    events.push({ event, ...(JSON.parse(data) as { id: string; payload?: Wire }) });
    waiters.splice(0).forEach((wake) => wake());
  });
  const waitFor = async (id: string, event: "next" | "complete", timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.find((e) => e.id === id && e.event === event);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${event} event for operation ${id}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { events, waitFor, close: () => controller.abort() };
}

async function reserve(base: string, headers: Record<string, string> = {}) {
  const response = await fetch(base, { method: "PUT", headers });
  return { status: response.status, token: await response.text() };
}

function run(base: string, token: string, id: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return fetch(base, {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-event-stream-token": token, ...headers },
    body: JSON.stringify({ query, variables, extensions: { operationId: id } }),
  });
}

const errorOf = async (response: Response) => ((await response.json()) as Wire).errors?.[0];

describe("graphql-sse's single-connection mode", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof serveOverHttp>>;
  let base = "";
  let author = "";

  beforeAll(async () => {
    server = await startTestServer({ moderation: false });
    author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
    http = await serveOverHttp(server.yoga);
    base = http.url.replace(/\/graphql$/, "/graphql/stream");
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const postId = async () => dataOf(await server.execute(PostOf, { slug: SLUG })).post!.id;

  it("serves graphql-sse's own client: a query and a subscription's events over one stream", async () => {
    const client = createClient({ url: base, singleConnection: true, retryAttempts: 0 });
    try {
      const answer = await new Promise<unknown>((resolve, reject) => {
        let last: unknown;
        client.subscribe({ query: print(PostOf), variables: { slug: SLUG } }, { next: (v) => (last = v), error: reject, complete: () => resolve(last) });
      });
      expect(answer).toMatchObject({ data: { post: { title: expect.any(String) } } });
      const live = client.iterate({ query: print(CommentAdded), variables: { slug: SLUG } });
      const first = live.next();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const added = await server.execute(AddComment, { input: { postId: await postId(), body: "Heard on the one stream." } }, { token: author });
      expect(dataOf(added).addComment.__typename).toBe("CommentPayload");
      const { value } = await first;
      expect(value).toEqual({ data: { commentAdded: { body: "Heard on the one stream.", authorName: "Eleanor Voss" } } });
      await live.return?.();
    } finally {
      client.dispose();
    }
  });

  it("accepts an operation refused before it runs, and streams its coded errors", async () => {
    const { token } = await reserve(base);
    const stream = await openStream(base, token);
    try {
      const invalid = await run(base, token, "bad", "{ nope }");
      expect(invalid.status).toBe(202);
      expect((await stream.waitFor("bad", "next")).payload).toMatchObject({ errors: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
      await stream.waitFor("bad", "complete");

      const long = await run(base, token, "long", `{ __typename ${" ".repeat(300_000)}}`);
      expect(long.status).toBe(202);
      expect((await stream.waitFor("long", "next")).payload?.errors?.[0]?.extensions).toMatchObject({ code: "DOCUMENT_TOO_LARGE" });

      const wrongType = await run(base, token, "var", print(PostOf), { slug: 7 });
      expect(wrongType.status).toBe(202);
      expect((await stream.waitFor("var", "next")).payload?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });

      // A refused token is refused before the stream is looked at: no client may be told whose the stream is.
      const badToken = await run(base, token, "auth", print(PostOf), { slug: SLUG }, { authorization: "Bearer not-a-token" });
      expect([badToken.status, (await errorOf(badToken))?.extensions?.code]).toEqual([401, "UNAUTHENTICATED"]);
    } finally {
      stream.close();
    }
  });

  it("answers a malformed request with a GraphQL error and a code, never a bare status", async () => {
    const { token } = await reserve(base);
    const stream = await openStream(base, token);
    try {
      const plain = await fetch(base, { method: "POST", headers: { "content-type": "text/plain;charset=application/json", "x-graphql-event-stream-token": token }, body: "{}" });
      expect([plain.status, (await errorOf(plain))?.extensions?.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);

      const noId = await fetch(base, { method: "POST", headers: { "content-type": "application/json", "x-graphql-event-stream-token": token }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect([noId.status, (await errorOf(noId))?.extensions?.code]).toEqual([400, "BAD_REQUEST"]);

      const notJson = await fetch(base, { method: "POST", headers: { "content-type": "application/json", "x-graphql-event-stream-token": token }, body: "{ nope" });
      expect([notJson.status, (await errorOf(notJson))?.extensions?.code]).toEqual([400, "BAD_REQUEST"]);

      const huge = await run(base, token, "huge", "{ __typename }", { text: "x".repeat(defaultApiSettings.maxBodyBytes + 10) });
      expect([huge.status, (await errorOf(huge))?.extensions?.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);

      const unknown = await run(base, "no-such-stream", "u", "{ __typename }");
      expect([unknown.status, (await errorOf(unknown))?.extensions?.code]).toEqual([404, "NOT_FOUND"]);

      const again = await fetch(base, { headers: { accept: "text/event-stream", "x-graphql-event-stream-token": token } });
      expect([again.status, (await errorOf(again))?.extensions?.code]).toEqual([409, "CONFLICT"]);

      const patch = await fetch(base, { method: "PATCH", headers: { "x-graphql-event-stream-token": token } });
      expect([patch.status, (await errorOf(patch))?.extensions?.code]).toEqual([405, "BAD_REQUEST"]);

      const refusedPut = await fetch(base, { method: "PUT", headers: { authorization: "Bearer not-a-token" } });
      expect([refusedPut.status, refusedPut.headers.get("www-authenticate"), (await errorOf(refusedPut))?.extensions?.code]).toEqual([401, "Bearer", "UNAUTHENTICATED"]);
    } finally {
      stream.close();
    }
  });

  it("lets only the client that reserved a stream open it or run operations on it", async () => {
    const { token } = await reserve(base, { authorization: `Bearer ${author}` });
    const stranger = await fetch(base, { headers: { accept: "text/event-stream", "x-graphql-event-stream-token": token } });
    expect([stranger.status, (await errorOf(stranger))?.extensions?.code]).toEqual([404, "NOT_FOUND"]);
    const intruding = await run(base, token, "x", "{ __typename }");
    expect(intruding.status).toBe(404);
    const stream = await openStream(base, token, { authorization: `Bearer ${author}` });
    try {
      const own = await run(base, token, "mine", "{ viewer { __typename } }", {}, { authorization: `Bearer ${author}` });
      expect(own.status).toBe(202);
      expect((await stream.waitFor("mine", "next")).payload).toEqual({ data: { viewer: { __typename: "Viewer" } } });
    } finally {
      stream.close();
    }
  });

  it("ends a subscription when its operation is stopped with DELETE", async () => {
    const { token } = await reserve(base);
    const stream = await openStream(base, token);
    try {
      expect((await run(base, token, "sub", print(CommentAdded), { slug: SLUG })).status).toBe(202);
      const stop = await fetch(`${base}?operationId=sub`, { method: "DELETE", headers: { "x-graphql-event-stream-token": token } });
      expect(stop.status).toBe(200);
      await stream.waitFor("sub", "complete");
      await server.execute(AddComment, { input: { postId: await postId(), body: "After the stop." } }, { token: author });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stream.events.filter((e) => e.id === "sub" && e.event === "next")).toEqual([]);
    } finally {
      stream.close();
    }
  });
});

describe("event streams and the limits", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof serveOverHttp>>;
  let base = "";

  beforeAll(async () => {
    server = await startTestServer({
      streamReservationMs: 300,
      rateLimits: { ...noRateLimits, subscriptionsPerClient: 2, subscriptionsTotal: 1_000 },
    });
    http = await serveOverHttp(server.yoga);
    base = http.url.replace(/\/graphql$/, "/graphql/stream");
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it("bounds the streams one client holds, drops a reservation never opened, and frees a closed stream's place", async () => {
    const first = await reserve(base);
    const second = await reserve(base);
    expect([first.status, second.status]).toEqual([201, 201]);
    const third = await fetch(base, { method: "PUT" });
    expect([third.status, third.headers.get("retry-after"), (await errorOf(third))?.extensions?.code]).toEqual([429, "30", "SUBSCRIPTION_LIMIT_EXCEEDED"]);

    const open = await openStream(base, first.token);
    // The second reservation is never opened: it is dropped, and its place with it.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const late = await fetch(base, { headers: { accept: "text/event-stream", "x-graphql-event-stream-token": second.token } });
    expect(late.status).toBe(400);
    const replacement = await reserve(base);
    expect(replacement.status).toBe(201);
    expect((await fetch(base, { method: "PUT" })).status).toBe(429);

    // The open stream outlived the reservation time; closing it frees its place.
    expect((await run(base, first.token, "q", "{ __typename }")).status).toBe(202);
    expect((await open.waitFor("q", "next")).payload).toEqual({ data: { __typename: "Query" } });
    open.close();
    let freed = 429;
    for (let i = 0; i < 40 && freed === 429; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      freed = (await fetch(base, { method: "PUT" })).status;
    }
    expect(freed).toBe(201);
  });

  it("counts each subscription on a stream against the client's subscriptions", async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const { token } = await reserve(base);
    const stream = await openStream(base, token);
    try {
      for (const id of ["a", "b"]) expect((await run(base, token, id, print(PostPublished))).status).toBe(202);
      expect((await run(base, token, "c", print(PostPublished))).status).toBe(202);
      const refused = await stream.waitFor("c", "next");
      expect(refused.payload?.errors?.[0]?.extensions).toMatchObject({ code: "SUBSCRIPTION_LIMIT_EXCEEDED", maximum: 2 });
      expect(refused.payload?.errors?.[0]?.extensions).not.toHaveProperty("http");
      await fetch(`${base}?operationId=a`, { method: "DELETE", headers: { "x-graphql-event-stream-token": token } });
      await stream.waitFor("a", "complete");
      expect((await run(base, token, "d", print(PostPublished))).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.events.some((e) => e.id === "d" && e.event === "next")).toBe(false);
    } finally {
      stream.close();
    }
  });
});

describe("event streams with trusted documents only, and CSRF on every request", () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof serveOverHttp>>;
  let base = "";

  beforeAll(async () => {
    server = await startTestServer({ trustedDocumentsOnly: true, csrfPrevention: "all" });
    http = await serveOverHttp(server.yoga);
    base = http.url.replace(/\/graphql$/, "/graphql/stream");
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it("runs a trusted document's text and refuses any other", async () => {
    const trusted = [...loadTrustedDocuments(defaultApiSettings.trustedDocumentsPath).values()].find((text) => text.startsWith("query LatestPosts"))!;
    const { token } = await reserve(base);
    const stream = await openStream(base, token);
    try {
      expect((await run(base, token, "trusted", trusted, { first: 1 })).status).toBe(202);
      expect((await stream.waitFor("trusted", "next")).payload?.data).toMatchObject({ posts: { edges: [expect.anything()] } });
      expect((await run(base, token, "other", "{ __typename }")).status).toBe(202);
      expect((await stream.waitFor("other", "next")).payload?.errors?.[0]?.extensions).toEqual({ code: "PERSISTED_QUERY_ONLY" });
    } finally {
      stream.close();
    }
  });

  it("refuses a header-less GET that would run an operation, and opens a reserved stream without one", async () => {
    const trusted = [...loadTrustedDocuments(defaultApiSettings.trustedDocumentsPath).values()][0]!;
    const bare = await fetch(`${base}?query=${encodeURIComponent(trusted)}`, { headers: { accept: "text/event-stream" } });
    expect([bare.status, (await errorOf(bare))?.extensions?.code]).toEqual([403, "CSRF_HEADER_MISSING"]);
    const { token } = await reserve(base);
    const controller = new AbortController();
    const byQuery = await fetch(`${base}?token=${token}`, { headers: { accept: "text/event-stream" }, signal: controller.signal });
    expect(byQuery.status).toBe(200);
    controller.abort();
  });
});
