import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importMarkdown } from "../src/content/import/markdown.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// No stored text holds a character XML 1.0 forbids (the C0 controls but tab,
// line feed and carriage return; U+FFFE and U+FFFF) or a lone surrogate. The
// API refuses such text, naming the character and where it is; the importer,
// which reads what other systems exported, removes it and says so. Either way
// nothing reaches the database that would break a feed, and PostgreSQL's
// refusal of U+0000 never becomes a 500.

let server: TestServer;
const tokens = { author: "", editor: "" };
let postId = "";
const dirs: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  tokens.author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  const post = await server.db.prisma.post.findFirstOrThrow({ where: { slug: "edit-history" } });
  postId = Buffer.from(`Post:${post.id}`).toString("base64url");
});
afterAll(async () => {
  await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const TextCreatePost = graphql(`
  mutation TextCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { title body(format: MARKDOWN) } }
      ... on ValidationError { fields { path message } }
    }
  }
`);
const TextAddComment = graphql(`
  mutation TextAddComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename ... on ValidationError { fields { path message } } }
  }
`);
const TextUpdateAuthor = graphql(`
  mutation TextUpdateAuthor($input: UpdateAuthorInput!) {
    updateAuthor(input: $input) { __typename ... on ValidationError { fields { path message } } }
  }
`);
const TextCreateDiscussion = graphql(`
  mutation TextCreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) { __typename ... on ValidationError { fields { path message } } }
  }
`);
const TextImported = graphql(`
  query TextImported($slug: String!) {
    post(slug: $slug) { title body(format: MARKDOWN) comments(first: 5) { edges { node { body(format: MARKDOWN) } } } }
  }
`);

type Problems = { __typename: string; fields?: { path: string[]; message: string }[] };
const problems = (result: Problems) => (result.__typename === "ValidationError" ? result.fields : result.__typename);

const FORBIDDEN: [string, string, string][] = [
  ["NUL", "\u0000", "the NUL character (U+0000)"],
  ["a vertical tab", "\u000B", "the character U+000B"],
  ["a form feed", "\u000C", "the character U+000C"],
  ["an escape", "\u001B", "the character U+001B"],
  ["U+FFFE", "\uFFFE", "the character U+FFFE"],
  ["U+FFFF", "\uFFFF", "the character U+FFFF"],
  ["a lone high surrogate", "\uD800", "the character U+D800"],
  ["a lone low surrogate", "\uDC00", "the character U+DC00"],
];

describe("text sent through the API", () => {
  it.each(FORBIDDEN)("is refused when it holds %s, in every text field, naming the character and where it is", async (_name, character, named) => {
    const text = `Before${character}after`;
    const at = `must not contain ${named}, found at position 7`;
    const post = dataOf(await server.execute(TextCreatePost, { input: { title: text, body: text, slug: "x" } }, { token: tokens.author })).createPost;
    expect(problems(post)).toEqual([
      { path: ["title"], message: at },
      { path: ["body"], message: at },
    ]);
    const comment = dataOf(await server.execute(TextAddComment, { input: { postId, body: text, authorName: text, authorEmail: `a${character}@b.org` } })).addComment;
    expect(problems(comment)).toEqual([
      { path: ["body"], message: at },
      { path: ["authorName"], message: at },
      { path: ["authorEmail"], message: `must not contain ${named}, found at position 2` },
    ]);
    const profile = dataOf(await server.execute(TextUpdateAuthor, { input: { name: text, bio: text, affiliation: text } }, { token: tokens.author })).updateAuthor;
    expect(problems(profile)).toEqual(expect.arrayContaining([{ path: ["name"], message: at }, { path: ["bio"], message: at }, { path: ["affiliation"], message: at }]));
    const discussion = dataOf(await server.execute(TextCreateDiscussion, { input: { title: text, prompt: text } }, { token: tokens.editor })).createDiscussion;
    expect(problems(discussion)).toEqual(expect.arrayContaining([{ path: ["title"], message: at }, { path: ["prompt"], message: at }]));
    const keyed = await server.execute(TextAddComment, { input: { postId, body: "Fine.", authorName: "Reader", idempotencyKey: `key${character}` } });
    expect(problems(dataOf(keyed).addComment)).toEqual([{ path: ["idempotencyKey"], message: `must not contain ${named}, found at position 4` }]);
  });

  it("keeps tabs, line breaks, emoji and every script as written", async () => {
    const body = "Line one\tand a tab.\r\nLine two: 共有地の悲劇 🌾, Ἀριστοτέλης, مشاع.";
    const post = dataOf(await server.execute(TextCreatePost, { input: { title: "共有地 🌾", body, publish: true } }, { token: tokens.author })).createPost;
    expect(post).toEqual({ __typename: "PostPayload", post: { title: "共有地 🌾", body } });
  });
});

describe("text brought in by the importer", () => {
  function blog(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-text-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it("loses the forbidden characters, keeps the rest, and reports what it removed", async () => {
    const dir = blog({
      "pasted.md": "---\ntitle: \"Pasted\u000B from Word\"\nauthor: Ines Okafor\npublishedAt: 2025-03-04\ncomments:\n  - author: June Abara\n    date: 2025-03-05\n    body: \"A reply\u0008 with a backspace.\"\n---\nA page\u000C break, a bell\u0007 and an escape\u001B.\n",
    });
    const report = await importMarkdown(server.db.prisma, [dir]);
    expect(report).toMatchObject({ created: 1, failed: 0, errors: [] });
    expect(report.warnings).toEqual([
      { file: path.join(dir, "pasted.md"), line: 1, message: "removed 5 control characters that no stored text may hold (see docs/security.md)" },
    ]);
    const post = dataOf(await server.execute(TextImported, { slug: "pasted-from-word" })).post!;
    expect(post.title).toBe("Pasted from Word");
    expect(post.body).toBe("A page break, a bell and an escape.\n");
    expect(post.comments.edges[0]!.node.body).toBe("A reply with a backspace.");
  });

  it("reads a linked file inside the directory, and no file outside it", async () => {
    const outside = blog({ "secret.md": "---\ntitle: Secret\nauthor: Nobody\npublishedAt: 2025-01-01\n---\nNot for import.\n" });
    const dir = blog({ "notes/real.md": "---\ntitle: Linked Inside\nauthor: Ines Okafor\npublishedAt: 2025-03-04\n---\nText.\n" });
    symlinkSync(path.join(dir, "notes", "real.md"), path.join(dir, "alias.md"));
    symlinkSync(path.join(outside, "secret.md"), path.join(dir, "escape.md"));
    symlinkSync("/etc/hostname", path.join(dir, "system.md"));
    const report = await importMarkdown(server.db.prisma, [dir]);
    expect(report).toMatchObject({ created: 1, failed: 0, errors: [] });
    expect(report.warnings).toEqual([
      { file: path.join(dir, "escape.md"), line: 1, message: "not imported: a link to a file outside the directory being imported" },
      { file: path.join(dir, "system.md"), line: 1, message: "not imported: a link to a file outside the directory being imported" },
    ]);
    expect(dataOf(await server.execute(TextImported, { slug: "linked-inside" })).post).not.toBeNull();
    expect(dataOf(await server.execute(TextImported, { slug: "secret" })).post).toBeNull();
  });
});

describe("feeds", () => {
  it("stay well-formed XML even when a row holds a forbidden character written to the database directly", async () => {
    const author = await server.db.prisma.author.findFirstOrThrow({ where: { slug: "eleanor-voss" } });
    await server.db.prisma.post.create({
      data: {
        slug: "written-directly",
        title: "Written\u0001 Directly",
        body: "Bypassing\u0002 the API.",
        status: "PUBLISHED",
        publishedAt: new Date(),
        authorId: author.id,
      },
    });
    for (const format of ["rss", "atom"]) {
      const response = await server.yoga.fetch(`http://colloquy.test/feeds/posts.${format}`);
      const xml = await response.text();
      expect(xml).toContain("Written Directly");
      // eslint-disable-next-line no-control-regex -- the very characters under test
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });
});
