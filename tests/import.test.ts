import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importMarkdown, type ImportReport } from "../src/content/import/markdown.js";
import type { PrismaClient } from "../src/db/client.js";
import { databaseConfig, openDatabase } from "../src/db/client.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// `npm run import` reads essays written as Markdown with YAML front matter.
// tests/fixtures/import/blog/ uses every field of the format; broken/ holds
// one mistake per file next to two good posts.

const BLOG = "tests/fixtures/import/blog";
const BROKEN = "tests/fixtures/import/broken";

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-import-"));
  temporary.push(dir);
  return dir;
}

const servers: TestServer[] = [];
async function freshServer(): Promise<TestServer> {
  const server = await startTestServer({ demo: false });
  servers.push(server);
  return server;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** An editor's token, so that drafts are visible too. */
async function editorToken(server: TestServer): Promise<string> {
  return (await issueToken(server.db.prisma, "ines-okafor", "EDITOR")).token;
}

const ImportedPost = graphql(`
  query ImportedPost($slug: String!) {
    post(slug: $slug) {
      slug
      title
      status
      publishedAt
      revision
      revisions { revision changedFields editor { slug } }
      author { slug name affiliation bio(format: MARKDOWN) }
      discussion { slug title prompt(format: MARKDOWN) }
      inResponseTo { slug }
      footnotes { number kind isIbid pages refersTo { number } source { title authors year } }
      commentCount
      comments(first: 20) {
        edges {
          node {
            authorName
            author { slug }
            createdAt
            body(format: MARKDOWN)
            replies(first: 20) {
              edges {
                node {
                  authorName
                  author { slug }
                  createdAt
                  body(format: MARKDOWN)
                  replies(first: 20) { edges { node { authorName author { slug } createdAt } } }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const ImportedSite = graphql(`
  query ImportedSite {
    site { title description(format: MARKDOWN) }
    discussion(slug: "reading-slowly") { title prompt(format: MARKDOWN) }
    authors(first: 20) { edges { node { slug name } } }
  }
`);

describe("importing a directory", () => {
  let server: TestServer;
  let token: string;
  let report: ImportReport;
  beforeAll(async () => {
    server = await freshServer();
    report = await importMarkdown(server.db.prisma, [BLOG]);
    token = await editorToken(server);
  });
  const post = async (slug: string, viewer?: string) =>
    dataOf(await server.execute(ImportedPost, { slug }, { token: viewer })).post;

  it("reports every post as created", () => {
    expect(report).toEqual({ created: 3, updated: 0, skipped: 0, failed: 0, errors: [], warnings: [] });
  });

  it("takes the site's title and description from site.yaml", async () => {
    const data = dataOf(await server.execute(ImportedSite));
    expect(data.site).toEqual({
      title: "Marginalia",
      description: "Short essays on what readers write in the edges of their books.",
    });
    expect(data.authors.edges.map((e) => e.node)).toEqual([
      { slug: "ines-okafor", name: "Ines Okafor" },
      { slug: "tomas-lind", name: "Tomas Lind" },
    ]);
  });

  it("reads an author and a discussion written out in full, a date, and notes with an Ibid.", async () => {
    const essay = await post("on-marginalia");
    expect(essay).toMatchObject({
      title: "On Marginalia",
      status: "PUBLISHED",
      publishedAt: "2025-03-04T00:00:00.000Z",
      revision: 1,
      revisions: [{ revision: 1, editor: { slug: "ines-okafor" } }],
      author: {
        slug: "ines-okafor",
        name: "Ines Okafor",
        affiliation: "Department of English, Harrow College",
        bio: "Ines Okafor teaches the history of reading and keeps a shelf of used books bought for their notes.",
      },
      discussion: { slug: "why-annotate", title: "Why Annotate?", prompt: "What does writing in a book do to the reading of it?" },
      inResponseTo: null,
    });
    expect(essay!.footnotes).toEqual([
      {
        number: 1,
        kind: "CITATION",
        isIbid: false,
        pages: "44",
        refersTo: null,
        source: { title: "Marginalia: Readers Writing in Books", authors: ["H. J. Jackson"], year: 2001 },
      },
      {
        number: 2,
        kind: "IBID",
        isIbid: true,
        pages: "81",
        refersTo: { number: 1 },
        source: { title: "Marginalia: Readers Writing in Books", authors: ["H. J. Jackson"], year: 2001 },
      },
      { number: 3, kind: "NOTE", isIbid: false, pages: null, refersTo: null, source: null },
    ]);
  });

  it("threads the comments, linking a commenter who is the author of another file", async () => {
    const essay = await post("on-marginalia");
    expect(essay!.commentCount).toBe(4);
    const [june, wren] = essay!.comments.edges.map((e) => e.node);
    expect(june).toMatchObject({ authorName: "June Abara", author: null, createdAt: "2025-03-05T00:00:00.000Z" });
    const tomas = june!.replies.edges[0]!.node;
    expect(tomas).toMatchObject({
      authorName: "Tomas Lind",
      author: { slug: "tomas-lind" },
      createdAt: "2025-03-05T18:20:00.000Z",
      body: "A tick is an argument too. It says *this*, and not the rest.",
    });
    expect(tomas.replies.edges.map((e) => e.node)).toEqual([
      { authorName: "June Abara", author: null, createdAt: "2025-03-06T00:00:00.000Z" },
    ]);
    // 08:00 at UTC+2.
    expect(wren).toMatchObject({ authorName: "Wren", author: null, createdAt: "2025-03-07T06:00:00.000Z" });
  });

  it("links a response to a post in another file, and an author and a discussion given by name and slug", async () => {
    const reply = await post("a-reply-in-pencil");
    expect(reply).toMatchObject({
      inResponseTo: { slug: "on-marginalia" },
      author: { slug: "tomas-lind", name: "Tomas Lind", affiliation: null, bio: "" },
      discussion: { slug: "why-annotate" },
      // 14:30 at UTC+1.
      publishedAt: "2025-03-10T13:30:00.000Z",
    });
    // One commenter matches an author by name, the other by slug ("TOMÁS LIND" is tomas-lind).
    expect(reply!.comments.edges.map((e) => [e.node.authorName, e.node.author?.slug])).toEqual([
      ["Ines Okafor", "ines-okafor"],
      ["Tomas Lind", "tomas-lind"],
    ]);
  });

  it("keeps a file without publishedAt as a draft, under the slug it gives", async () => {
    expect(await post("the-unfinished-index")).toBeNull();
    expect(await post("the-unfinished-index", token)).toMatchObject({
      title: "An Unfinished Index",
      status: "DRAFT",
      publishedAt: null,
      author: { slug: "ines-okafor" },
      discussion: { slug: "reading-slowly", title: "Reading Slowly", prompt: "" },
    });
  });

  it("stores a guest's email address without exposing it in the API", async () => {
    const guest = await server.db.prisma.comment.findFirstOrThrow({ where: { authorName: "June Abara", parentId: null } });
    expect(guest.authorEmail).toBe("june@example.org");
    expect(guest.status).toBe("APPROVED");
    const linked = await server.db.prisma.comment.findFirstOrThrow({ where: { author: { slug: "tomas-lind" }, parentId: { not: null } } });
    expect(linked).toMatchObject({ authorName: null, authorEmail: null });

    const fields = dataOf(await server.execute(CommentFields)).__type!.fields!.map((f) => f.name);
    expect(fields).toContain("authorName");
    expect(fields.filter((name) => /mail/i.test(name))).toEqual([]);
    const asked = await server.executeRaw(`{ post(slug: "on-marginalia") { comments { edges { node { authorEmail } } } } }`);
    expect(asked.errors?.[0]?.message).toContain('Cannot query field "authorEmail"');
    expect(JSON.stringify(await post("on-marginalia", token))).not.toContain("june@example.org");
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await countRows(server.db.prisma);
    expect(await importMarkdown(server.db.prisma, [BLOG])).toEqual({ created: 0, updated: 0, skipped: 3, failed: 0, errors: [], warnings: [] });
    expect(await countRows(server.db.prisma)).toEqual(before);
    expect(before).toMatchObject({ posts: 3, authors: 2, discussions: 2, comments: 6, footnotes: 5, revisions: 3 });
    expect((await post("on-marginalia"))!.revision).toBe(1);
  });
});

const CommentFields = graphql(`
  query CommentFields {
    __type(name: "Comment") { fields { name } }
  }
`);

async function countRows(prisma: PrismaClient) {
  return {
    posts: await prisma.post.count(),
    authors: await prisma.author.count(),
    discussions: await prisma.discussion.count(),
    comments: await prisma.comment.count(),
    footnotes: await prisma.footnote.count(),
    sources: await prisma.source.count(),
    revisions: await prisma.postRevision.count(),
  };
}

/** Everything an import writes, without row ids or the moment it ran. */
async function canonicalDump(prisma: PrismaClient) {
  const posts = await prisma.post.findMany({
    orderBy: { slug: "asc" },
    include: {
      author: { select: { slug: true } },
      discussion: { select: { slug: true } },
      inResponseTo: { select: { slug: true } },
      footnotes: { orderBy: { number: "asc" }, include: { source: { select: { key: true } }, refersTo: { select: { number: true } } } },
      revisions: { orderBy: { revision: "asc" }, select: { revision: true, changed: true, editor: { select: { slug: true } } } },
    },
  });
  const comments = await prisma.comment.findMany({
    include: { post: { select: { slug: true } }, author: { select: { slug: true } }, parent: { select: { body: true } } },
  });
  return {
    site: await prisma.site.findFirst({ select: { title: true, description: true } }),
    authors: await prisma.author.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, bio: true, affiliation: true, role: true } }),
    discussions: await prisma.discussion.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true, prompt: true } }),
    sources: await prisma.source.findMany({ orderBy: { key: "asc" }, omit: { id: true, createdAt: true } }),
    posts: posts.map(({ id: _id, authorId: _a, discussionId: _d, inResponseToId: _r, createdAt: _c, updatedAt: _u, ...post }) => ({
      ...post,
      footnotes: post.footnotes.map((note) => [note.number, note.kind, note.text, note.pages, note.source?.key, note.refersTo?.number]),
    })),
    comments: comments
      .map((c) => [c.post.slug, c.parent?.body ?? null, c.author?.slug ?? null, c.authorName, c.authorEmail, c.status, c.createdAt.toISOString(), c.body])
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  };
}

describe("the order of the files", () => {
  const files = ["essays/on-marginalia.md", "essays/a-reply-in-pencil.md", "drafts/an-unfinished-index.md"];
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];

  it("does not change the result: every order gives the same posts, authors and comments", async () => {
    const dumps = [];
    for (const order of orders) {
      // Renamed so that each order is also the order the importer meets them in, and named on the command line in that order.
      const dir = tempDir();
      const named = order.map((index, position) => {
        const target = path.join(dir, `${position}-${path.basename(files[index]!)}`);
        cpSync(path.join(BLOG, files[index]!), target);
        return target;
      });
      cpSync(path.join(BLOG, "site.yaml"), path.join(dir, "site.yaml"));
      const server = await freshServer();
      const report = await importMarkdown(server.db.prisma, [...named, path.join(dir, "site.yaml")]);
      expect(report).toEqual({ created: 3, updated: 0, skipped: 0, failed: 0, errors: [], warnings: [] });
      dumps.push(await canonicalDump(server.db.prisma));
    }
    expect(dumps[0]!.posts.find((p) => p.slug === "a-reply-in-pencil")?.inResponseTo).toEqual({ slug: "on-marginalia" });
    expect(dumps[0]!.comments.filter(([, , author]) => author !== null)).toHaveLength(3);
    for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0]);
  });
});

describe("importing an edited file again", () => {
  it("updates the post by slug, bumps its revision, re-syncs its notes and adds only the new comment", async () => {
    const dir = tempDir();
    cpSync(BLOG, dir, { recursive: true });
    const server = await freshServer();
    await importMarkdown(server.db.prisma, [dir]);
    const before = await countRows(server.db.prisma);

    const file = path.join(dir, "essays/on-marginalia.md");
    const edited = readFileSync(file, "utf8")
      .replace("[^2]: Ibid., 81.", "[^2]: William H. Sherman, *Used Books: Marking Readers in Renaissance England* (Philadelphia: University of Pennsylvania Press, 2008), 3.")
      .replace(
        "  - author: Wren\n",
        "  - author: Ines Okafor\n    date: 2025-03-08\n    body: Thank you all; the hymnal made my week.\n  - author: Wren\n",
      );
    writeFileSync(file, edited);

    const report = await importMarkdown(server.db.prisma, [dir]);
    expect(report).toEqual({ created: 0, updated: 1, skipped: 2, failed: 0, errors: [], warnings: [] });
    expect(await countRows(server.db.prisma)).toEqual({
      ...before,
      comments: before.comments + 1,
      sources: before.sources + 1,
      revisions: before.revisions + 1,
    });

    const token = await editorToken(server);
    const essay = dataOf(await server.execute(ImportedPost, { slug: "on-marginalia" }, { token })).post!;
    expect(essay.revision).toBe(2);
    expect(essay.revisions.map((r) => [r.revision, r.changedFields, r.editor.slug])).toEqual([
      [2, ["body"], "ines-okafor"],
      [1, ["title", "body", "slug", "status"], "ines-okafor"],
    ]);
    expect(essay.footnotes.map((n) => [n.number, n.kind, n.source?.title ?? null])).toEqual([
      [1, "CITATION", "Marginalia: Readers Writing in Books"],
      [2, "CITATION", "Used Books: Marking Readers in Renaissance England"],
      [3, "NOTE", null],
    ]);
    expect(essay.comments.edges.map((e) => e.node.authorName)).toEqual(["June Abara", "Wren", "Ines Okafor"]);
    expect(essay.commentCount).toBe(5);
  });
});

describe("a directory with broken files", () => {
  let server: TestServer;
  let report: ImportReport;
  beforeAll(async () => {
    server = await freshServer();
    report = await importMarkdown(server.db.prisma, [BROKEN]);
  });

  it("names each problem by file and line, and counts each broken file as failed", () => {
    expect(report.errors.map((e) => `${path.relative(BROKEN, e.file)}:${e.line}: ${e.message}`)).toEqual([
      'answers-a-bad-date.md:5: inResponseTo "a-date-that-never-was": that post is not imported, because tests/fixtures/import/broken/bad-date.md failed',
      'bad-date.md:4: publishedAt "2025-02-30" is not a date; write YYYY-MM-DD or an ISO date-time such as 2025-03-04T09:30:00Z',
      'bad-date.md:10: comment date "last Tuesday" is not a date; write YYYY-MM-DD or an ISO date-time such as 2025-03-04T09:30:00Z',
      "bad-yaml.md:4: malformed YAML: Nested mappings are not allowed in compact mappings",
      "missing-title.md:1: title is required",
      "no-front-matter.md:1: missing front matter: the file must begin with a line of three dashes (---), then title: and the other fields",
      'unknown-response.md:5: inResponseTo "a-post-that-never-was": no post has this slug, in this import or in the database',
    ]);
    expect(report).toMatchObject({ created: 2, updated: 0, skipped: 0, failed: 6 });
  });

  it("imports the good files, and nothing of the broken ones", async () => {
    const answer = dataOf(await server.execute(ImportedPost, { slug: "answers-a-sound-post" })).post;
    expect(answer).toMatchObject({ title: "Answers a Sound Post", inResponseTo: { slug: "a-sound-post" } });
    for (const slug of ["a-date-that-never-was", "a-colon-too-many", "in-response-to-nothing", "answers-a-bad-date"]) {
      expect(dataOf(await server.execute(ImportedPost, { slug })).post).toBeNull();
    }
    expect(await countRows(server.db.prisma)).toMatchObject({ posts: 2, authors: 2, comments: 0 });
  });

  it("reports paths that are not there or not Markdown", async () => {
    const other = await importMarkdown(server.db.prisma, [path.join(BROKEN, "nowhere"), "package.json"]);
    expect(other).toEqual({
      created: 0,
      updated: 0,
      skipped: 0,
      failed: 2,
      errors: [
        { file: "package.json", line: 1, message: "not a Markdown file (.md or .markdown), a directory or one of site.yaml, authors.yaml, discussions.yaml, colloquy-export.yaml" },
        { file: path.join(BROKEN, "nowhere"), line: 1, message: "no such file or directory" },
      ],
      warnings: [],
    });
  });
});

describe("front matter that disagrees, or is wrong in other ways", () => {
  function write(files: Record<string, string>): string {
    const dir = tempDir();
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it("fails both files that give one author different details, and two files with one slug", async () => {
    const dir = write({
      "one.md": "---\ntitle: One\nauthor:\n  name: Ada Reyes\n  bio: Writes.\n---\nBody.\n",
      "two.md": "---\ntitle: Two\nauthor:\n  name: Ada Reyes\n  bio: Reads.\n---\nBody.\n",
      "three.md": "---\ntitle: Three\nslug: same\nauthor: Ben Osei\n---\nBody.\n",
      "four.md": "---\ntitle: Four\nslug: same\nauthor: Ben Osei\n---\nBody.\n",
    });
    const server = await freshServer();
    const report = await importMarkdown(server.db.prisma, [dir]);
    expect(report.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`)).toEqual([
      `four.md:3: the slug "same" is also the slug of ${path.join(dir, "three.md")}`,
      `one.md:3: author "ada-reyes" has bio "Writes." here, but "Reads." in ${path.join(dir, "two.md")}`,
      `three.md:3: the slug "same" is also the slug of ${path.join(dir, "four.md")}`,
      `two.md:3: author "ada-reyes" has bio "Reads." here, but "Writes." in ${path.join(dir, "one.md")}`,
    ]);
    expect(report.failed).toBe(4);
    expect(await server.db.prisma.post.count()).toBe(0);
  });

  it("checks slugs, lengths, unknown fields, self-answers and comment addresses", async () => {
    const dir = write({
      "bad.md": [
        "---",
        "title: Checks",
        "slug: Not A Slug",
        "author: { name: Ada Reyes, slug: ada-reyes, role: FACULTY }",
        "publishedAt: 2025-03-04T25:00:00Z",
        "keywords: [one]",
        "comments:",
        "  - author: { name: Guest, email: not-an-address }",
        "    date: 2025-03-05",
        "    body: Hello.",
        "---",
        "Body.",
      ].join("\n"),
      "long.md": `---\ntitle: ${"T".repeat(201)}\nauthor: Ada Reyes\ninResponseTo: ${"t".repeat(10)}\nslug: ${"t".repeat(10)}\n---\n\n\n${"x".repeat(200_001)}\n`,
      "empty.md": "---\ntitle: Empty\nauthor: Ada Reyes\n---\n\n",
    });
    const server = await freshServer();
    const report = await importMarkdown(server.db.prisma, [dir]);
    expect(report.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`)).toEqual([
      'bad.md:3: slug "Not A Slug" must be lower-case letters and digits separated by single hyphens',
      'bad.md:4: unknown field author "role"; the fields are name, slug, bio, affiliation',
      'bad.md:5: publishedAt "2025-03-04T25:00:00Z" is not a date; write YYYY-MM-DD or an ISO date-time such as 2025-03-04T09:30:00Z',
      'bad.md:6: unknown field "keywords"; the fields are title, slug, author, status, publishedAt, scheduledAt, discussion, inResponseTo, excerpt, legacyUrls, categories, tags, comments',
      'bad.md:8: comment author email "not-an-address" is not an email address',
      "empty.md:4: the post has no body after its front matter",
      "long.md:2: title must be at most 200 characters",
      "long.md:4: a post cannot be in response to itself",
      "long.md:9: the body must be at most 200000 characters",
    ]);
  });
});

describe("npm run import", () => {
  let databaseUrl = "";
  let dropDatabase = async () => {};
  beforeAll(async () => {
    const fresh = await freshDatabaseUrl({ migrated: false });
    databaseUrl = fresh.url;
    dropDatabase = fresh.drop;
  });
  afterAll(() => dropDatabase());
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });

  it("imports into DATABASE_URL, prints a summary, and skips what is unchanged the second time", async () => {
    const first = run(BLOG);
    expect(first.stdout, first.stderr).toBe("3 created, 0 updated, 0 skipped (unchanged), 0 failed\n");
    expect(first.status).toBe(0);
    // Not a terminal: no progress bar.
    expect(first.stderr).toBe("");

    const second = run(BLOG);
    expect(second.stdout).toBe("0 created, 0 updated, 3 skipped (unchanged), 0 failed\n");
    expect(second.status).toBe(0);

    const db = await openDatabase(databaseConfig(databaseUrl));
    try {
      expect(await db.prisma.post.count()).toBe(3);
      expect((await db.prisma.site.findFirstOrThrow()).title).toBe("Marginalia");
    } finally {
      await db.close();
    }
  });

  it("lists the errors by file:line and exits with 1 when a file failed", () => {
    const result = run(BROKEN);
    expect(result.status).toBe(1);
    const [summary, ...errors] = result.stdout.trimEnd().split("\n");
    expect(summary).toBe("2 created, 0 updated, 0 skipped (unchanged), 6 failed");
    expect(errors).toHaveLength(7);
    expect(errors).toContain(`${BROKEN}/bad-yaml.md:4: malformed YAML: Nested mappings are not allowed in compact mappings`);
    expect(errors).toContain(`${BROKEN}/missing-title.md:1: title is required`);
  });

  it("explains itself when given nothing to import", () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: npm run import -- <file-or-directory>...");
  });
});
