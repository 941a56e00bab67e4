import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Markdown written by anyone is rendered for browsers: nothing executable may
// survive, in any field that renders HTML.

const hostile = [
  "Intro <script>alert('x')</script> text.",
  '<img src="x" onerror="alert(1)"> and <svg onload="alert(2)"><circle/></svg>',
  "[click](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
  '<a href="javascript:alert(5)">raw link</a> <iframe src="https://example.com"></iframe>',
  '<div style="background:url(javascript:alert(6))">styled</div> <object data="x.swf"></object>',
  "![img](javascript:alert(7)) <details open ontoggle=alert(8)>x</details>",
  "A note.[^x]",
  "",
  "[^x]: Note with <script>alert(9)</script> and [link](javascript:alert(10)).",
].join("\n\n");

const forbidden = [/<script/i, /javascript:/i, /\son\w+=/i, /<iframe/i, /<object/i, /<svg/i, /style=/i, /data:text\/html/i];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.db.prisma;
  await db.site.create({ data: { id: 1, title: "Hostile", description: hostile } });
  const author = await db.author.create({ data: { slug: "mallory", name: "Mallory", bio: hostile, role: "GUEST" } });
  const discussion = await db.discussion.create({ data: { slug: "bad", title: "Bad", prompt: hostile } });
  const post = await db.post.create({
    data: {
      slug: "hostile",
      title: "Hostile",
      body: hostile,
      status: "PUBLISHED",
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      authorId: author.id,
      discussionId: discussion.id,
    },
  });
  await db.footnote.create({ data: { postId: post.id, number: 1, text: "Note with <script>alert(9)</script> and [link](javascript:alert(10))." } });
  await db.comment.create({ data: { postId: post.id, authorName: "Eve", body: hostile, status: "APPROVED" } });
});
afterAll(() => server.close());

const Rendered = graphql(`
  query Rendered {
    site { description }
    post(slug: "hostile") {
      body
      text: body(format: TEXT)
      excerpt
      author { bio }
      discussion { prompt }
      footnotes { html }
      comments(first: 5) { edges { node { body } } }
    }
  }
`);

describe("footnote anchors", () => {
  it("are unique per document, so a comment's notes never point at the post's", async () => {
    const data = dataOf(await server.execute(Rendered));
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const postIds = ids(data.post!.body);
    const commentIds = ids(data.post!.comments.edges[0]!.node.body);
    expect(postIds).toContain("user-content-fn-x");
    expect(postIds).toContain("user-content-footnote-label");
    expect(commentIds.length).toBeGreaterThan(0);
    expect(commentIds.every((id) => /^user-content-comment-\d+-/.test(id))).toBe(true);
    expect(postIds.filter((id) => commentIds.includes(id))).toEqual([]);
    // Every in-page link of the comment targets one of the comment's own ids.
    const hrefs = [...data.post!.comments.edges[0]!.node.body.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => commentIds.includes(href))).toBe(true);
  });
});

describe("sanitized HTML", () => {
  it("leaves nothing executable in any rendered field", async () => {
    const data = dataOf(await server.execute(Rendered));
    const post = data.post!;
    const fields: Record<string, string> = {
      "site.description": data.site.description,
      "post.body": post.body,
      "author.bio": post.author.bio,
      "discussion.prompt": post.discussion!.prompt,
      "footnote.html": post.footnotes[0]!.html,
      "comment.body": post.comments.edges[0]!.node.body,
    };
    for (const [name, html] of Object.entries(fields)) {
      for (const pattern of forbidden) expect(html, `${name} must not match ${pattern}`).not.toMatch(pattern);
      // Text around the removed markup survives.
      expect(html, name).toContain(name === "footnote.html" ? "Note with" : "raw link");
    }
    expect(post.body).toContain("<p>Intro");
    expect(post.body).toMatch(/<section data-footnotes class="footnotes">/);
  });

  it("gives plain text with no markup at all", async () => {
    const { post } = dataOf(await server.execute(Rendered));
    expect(post!.text).not.toMatch(/[<>]/);
    expect(post!.excerpt).not.toMatch(/[<>]/);
    expect(post!.text).toContain("Intro");
  });
});
