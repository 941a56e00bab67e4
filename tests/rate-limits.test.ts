import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { defaultRateLimits } from "../src/server/plugins/rate-limit.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Per-client rate limits: a token bucket per client (the author behind a
// token, or the network address) for comments, for writes, and for
// expensive reads. Refusals say when to retry and write nothing.

let server: TestServer;
let postId = "";
let token = "";
beforeAll(async () => {
  server = await startTestServer({
    queryStats: false,
    moderation: false,
    rateLimits: { ...defaultRateLimits, commentsPerMinute: 5, writesPerMinute: 8, expensiveReadsPerMinute: 2, expensiveCost: 1_000, trustProxy: true },
  });
  token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  postId = dataOf(await server.execute(RatePost, { slug: "edit-history" })).post!.id;
});
afterAll(() => server.close());

const RatePost = graphql(`
  query RatePost($slug: String!) {
    post(slug: $slug) { id commentCount }
  }
`);

const RateComment = graphql(`
  mutation RateComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename }
  }
`);

const RateTwoComments = graphql(`
  mutation RateTwoComments($postId: ID!) {
    a: addComment(input: { postId: $postId, body: "One.", authorName: "Twin" }) { __typename }
    b: addComment(input: { postId: $postId, body: "Two.", authorName: "Twin" }) { __typename }
  }
`);

const RateProfile = graphql(`
  mutation RateProfile($input: UpdateAuthorInput!) {
    updateAuthor(input: $input) { __typename }
  }
`);

const RateExpensive = graphql(`
  query RateExpensive {
    posts(first: 50) { edges { node { comments(first: 50) { totalCount edges { node { id } } } } } }
  }
`);

const from = (address: string, extra: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": address, ...extra } });
const comment = (address: string, body: string) =>
  server.execute(RateComment, { input: { postId, body, authorName: "Reader" } }, from(address));
const commentCount = async () => (await server.db.prisma.comment.count({ where: { body: { startsWith: "Rate " } } }));

describe("comments", () => {
  it("counts the address the proxy appended: a client cannot pick its own bucket by sending X-Forwarded-For", async () => {
    for (let i = 0; i < 5; i++) expect((await comment("203.0.113.7", `Rate forged ${i}`)).errors).toBeUndefined();
    // What the proxy forwards when the client sent its own header: the client's text first, the real peer last.
    const forged = await comment("198.51.100.250, 203.0.113.7", "Rate forged 6");
    expect(forged.status).toBe(429);
    expect(forged.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("allows five a minute per client, then refuses with 429, Retry-After and the wait in seconds", async () => {
    for (let i = 0; i < 5; i++) expect((await comment("203.0.113.1", `Rate ${i}`)).errors).toBeUndefined();
    const before = await commentCount();
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", "x-forwarded-for": "203.0.113.1" },
      body: JSON.stringify({ query: "mutation { addComment(input: { postId: \"" + postId + "\", body: \"Rate 6\", authorName: \"Reader\" }) { __typename } }" }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    // One comment a minute / 5 = a token every 12 s.
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(12);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: retryAfter });
    expect(body.errors[0]!.message).toMatch(/Try again in \d+ s\./);
    expect(body.data ?? null).toBeNull();
    expect(await commentCount()).toBe(before);
  });

  it("counts every address of one IPv6 /64 as one client, as it is one subscriber's, and IPv4 written as IPv6 as itself", async () => {
    // A /64 is what one home or one server is given: any of its 2^64 addresses is the same client.
    for (let i = 0; i < 5; i++) expect((await comment(`2001:db8:7:7::${(i + 1).toString(16)}`, `Rate v6 ${i}`)).errors).toBeUndefined();
    const sameNetwork = await comment("2001:db8:7:7:ffff:ffff:ffff:ffff", "Rate v6 over");
    expect(sameNetwork.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // The next /64 over is another client.
    expect((await comment("2001:db8:7:8::1", "Rate v6 neighbour")).errors).toBeUndefined();

    for (let i = 0; i < 5; i++) expect((await comment("203.0.113.44", `Rate v4 ${i}`)).errors).toBeUndefined();
    const mapped = await comment("::ffff:203.0.113.44", "Rate v4 mapped");
    expect(mapped.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("keeps clients apart: another address, or an author's token, has its own allowance", async () => {
    expect((await comment("203.0.113.2", "Rate other")).errors).toBeUndefined();
    const asAuthor = await server.execute(RateComment, { input: { postId, body: "Rate author" } }, { token, ...from("203.0.113.1") });
    expect(asAuthor.errors).toBeUndefined();
  });

  it("counts aliases: two comments in one request spend two, and are refused together", async () => {
    const first = await server.execute(RateTwoComments, { postId }, from("203.0.113.3"));
    expect(first.errors).toBeUndefined();
    await server.execute(RateTwoComments, { postId }, from("203.0.113.3"));
    const before = await server.db.prisma.comment.count();
    const refused = await server.execute(RateTwoComments, { postId }, from("203.0.113.3"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(await server.db.prisma.comment.count()).toBe(before);
  });

  it("ignores X-Forwarded-For unless the proxy is trusted", async () => {
    const untrusting = await startTestServer({ queryStats: false, moderation: false, rateLimits: { ...defaultRateLimits, commentsPerMinute: 1 } });
    try {
      const post = dataOf(await untrusting.execute(RatePost, { slug: "edit-history" })).post!.id;
      const send = (address: string) => untrusting.execute(RateComment, { input: { postId: post, body: "Rate spoof", authorName: "Spoof" } }, from(address));
      expect((await send("198.51.100.1")).errors).toBeUndefined();
      // A new address in the header is not a new client: the header is not trusted.
      expect((await send("198.51.100.2")).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    } finally {
      await untrusting.close();
    }
  });
});

describe("writes and expensive reads", () => {
  it("limits writes of any kind per client", async () => {
    // Voss has spent one write (the comment above) of the eight a minute.
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await server.execute(RateProfile, { input: { affiliation: `Rate ${i}` } }, { token });
      outcomes.push(response.errors?.[0]?.extensions?.code === "RATE_LIMITED" ? "limited" : dataOf(response).updateAuthor.__typename);
    }
    expect(outcomes).toEqual([...Array(7).fill("UpdateAuthorPayload"), "limited"]);
  });

  it("limits expensive reads, and leaves cheap ones alone", async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await server.execute(RateExpensive, {}, from("192.0.2.9")));
    expect(results.slice(0, 2).every((r) => r.errors === undefined)).toBe(true);
    expect(results[2]!.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect((await server.execute(RatePost, { slug: "edit-history" }, from("192.0.2.9"))).errors).toBeUndefined();
  });
});
