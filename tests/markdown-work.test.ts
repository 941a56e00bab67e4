import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { INLINE_LIMIT } from "../src/content/rendering.js";
import { COMMENT_LIMITS } from "../src/domain/comments.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Markdown never holds the event loop: text too long for its field is refused
// before it is parsed, and long text, however heavy, is parsed on a worker
// thread, for a write and for its first read alike. The metrics count the
// characters parsed inline and on the workers; these tests read them.

const METRICS_TOKEN = "markdown-work-metrics-token-0123";

let server: TestServer;
let token = "";
let postId = "";
beforeAll(async () => {
  server = await startTestServer({ metricsToken: METRICS_TOKEN });
  token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  const post = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
  postId = Buffer.from(`Post:${post.id}`).toString("base64url");
});
afterAll(() => server.close());

const AddLongComment = graphql(`
  mutation MarkdownWorkAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on ValidationError { fields { path message } }
    }
  }
`);

const CreateHeavyPost = graphql(`
  mutation MarkdownWorkCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { slug footnotes { number } } }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const ReadManyLongPosts = graphql(`
  query MarkdownWorkReadMany {
    newest: posts(first: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }
    oldest: posts(last: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }
  }
`);

const ReadHeavyPost = graphql(`
  query MarkdownWorkReadPost($slug: String!) {
    post(slug: $slug) { body(format: HTML) wordCount excerpt(maxLength: 80) }
  }
`);

async function parsed(): Promise<{ inline: number; worker: number }> {
  const response = await server.yoga.fetch("http://colloquy.test/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const read = (where: string) => Number(/colloquy_markdown_parsed_characters_total\{where="(\w+)"\} (\d+)/g.exec(text.split("\n").find((l) => l.includes(`where="${where}"`)) ?? "")?.[2] ?? NaN);
  return { inline: read("inline"), worker: read("worker") };
}

/** A GFM table of `rows` rows, the heaviest shape of Markdown to parse there is, short of nesting. */
function table(rows: number): string {
  const header = "| year | place | publisher | pages | note |\n|---|---|---|---|---|\n";
  return header + Array.from({ length: rows }, (_, i) => `| ${1900 + (i % 120)} | City ${i} | Press ${i} | ${i}–${i + 9} | *n.* ${i} |`).join("\n");
}

/** How many times the event loop turns while `work` runs: it turns only while nothing holds it. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns += 1;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work;
  done = true;
  return { result, turns };
}

describe("Markdown too long for its field", () => {
  it("is refused without being parsed", async () => {
    const before = await parsed();
    const body = table(16_000);
    expect(body.length).toBeGreaterThan(800_000);
    const response = await server.execute(AddLongComment, { input: { postId, body, authorName: "Long Table" } });
    expect(dataOf(response).addComment).toEqual({
      __typename: "ValidationError",
      fields: [{ path: ["body"], message: `must be at most ${COMMENT_LIMITS.body} characters` }],
    });
    const after = await parsed();
    expect(after.inline + after.worker - (before.inline + before.worker)).toBeLessThan(1_000);
  });
});

describe("Long, heavy Markdown", () => {
  const body = `${table(3_000)}\n\nA table of every edition.[^1]\n\n[^1]: Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 58.`;

  it("is parsed on a worker when it is written: the event loop keeps turning", async () => {
    expect(body.length).toBeGreaterThan(160_000);
    const before = await parsed();
    const { result, turns } = await turnsDuring(
      server.execute(CreateHeavyPost, { input: { title: "Every Edition", body, publish: true } }, { token }),
    );
    const created = dataOf(result).createPost;
    expect(created).toMatchObject({ __typename: "PostPayload", post: { slug: "every-edition", footnotes: [{ number: 1 }] } });
    const after = await parsed();
    expect(after.worker - before.worker).toBeGreaterThanOrEqual(body.length);
    expect(after.inline - before.inline).toBeLessThan(INLINE_LIMIT * 10);
    // Parsing this table inline would hold the loop for the whole parse; on a worker it turns throughout.
    expect(turns).toBeGreaterThan(50);
  });

  it("is rendered on a worker when it is first read, and from memory after that", async () => {
    const before = await parsed();
    const { result, turns } = await turnsDuring(server.execute(ReadHeavyPost, { slug: "every-edition" }));
    const post = dataOf(result).post!;
    expect(post.body).toContain("<table>");
    expect(post.body).toContain("Cambridge University Press");
    expect(post.wordCount).toBeGreaterThan(10_000);
    const first = await parsed();
    expect(first.worker - before.worker).toBeGreaterThanOrEqual(2 * body.length);
    expect(turns).toBeGreaterThan(50);

    dataOf(await server.execute(ReadHeavyPost, { slug: "every-edition" }));
    const again = await parsed();
    expect(again.worker).toBe(first.worker);
  });
});

describe("More long texts at once than the workers' queue holds", () => {
  it("refuses the rest with SERVER_BUSY, a 503 and Retry-After, and keeps answering", async () => {
    // 150 long posts never rendered, each parsed twice (HTML, and text for the excerpt):
    // 300 tasks asked for at once, above the queue's 200.
    const author = await server.db.prisma.author.findFirstOrThrow({ where: { slug: "eleanor-voss" } });
    const start = Date.parse("2030-01-01T00:00:00Z");
    await server.db.prisma.post.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({
        slug: `busy-${i}`,
        title: `Busy ${i}`,
        body: `Post ${i}.\n\n${table(60)}`,
        status: "PUBLISHED" as const,
        publishedAt: new Date(start + i * 60_000),
        authorId: author.id,
      })),
    });
    expect(`Post 0.\n\n${table(60)}`.length).toBeGreaterThan(INLINE_LIMIT);
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: print(ReadManyLongPosts) }),
    });
    const body = (await response.json()) as { errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const busy = (body.errors ?? []).filter((error) => error.extensions?.code === "SERVER_BUSY");
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]).toMatchObject({ message: expect.stringContaining("busy"), extensions: { code: "SERVER_BUSY", retryAfterSeconds: 5 } });
    expect(busy[0]!.path?.length).toBeGreaterThan(0);
    // Nothing else went wrong, and nothing internal was reported.
    expect((body.errors ?? []).filter((error) => error.extensions?.code !== "SERVER_BUSY")).toEqual([]);
    // Once the queue drains (the tasks it took still run after the answer), the same texts render.
    let later = await server.execute(ReadHeavyPost, { slug: "busy-7" });
    for (let attempt = 0; attempt < 300 && later.errors?.every((error) => error.extensions?.code === "SERVER_BUSY"); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      later = await server.execute(ReadHeavyPost, { slug: "busy-7" });
    }
    expect(dataOf(later).post?.body).toContain("<table>");
  }, 120_000);
});
