import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importDisqus } from "../src/content/import/disqus.js";
import { importGhost } from "../src/content/import/ghost.js";
import { importWordPress } from "../src/content/import/wordpress.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// A Ghost export (JSON) and a Disqus export (XML) into Colloquy. The fixtures
// are written for these tests: tests/fixtures/ghost/river-seminar-5x.json has
// a Ghost 5 site's posts in every state, with Markdown-card footnotes, cards,
// internal tags and co-authors; old-ghost-0x.json is a Ghost 0.x export, with
// Markdown kept and dates in milliseconds; tests/fixtures/disqus/
// seminar-comments.xml has threads matched by slug, by WordPress's ?p= id, by
// an old address on another host, and by an address's last segment, with
// replies listed before their parents, spam, deleted and held comments.

const GHOST = "tests/fixtures/ghost/river-seminar-5x.json";
const OLD_GHOST = "tests/fixtures/ghost/old-ghost-0x.json";
const DISQUS = "tests/fixtures/disqus/seminar-comments.xml";
const WORDPRESS = "tests/fixtures/wordpress/commons-seminar.xml";

const GhostPost = graphql(`
  query GhostPost($slug: String!) {
    post(slug: $slug) {
      slug
      title
      status
      publishedAt
      excerpt
      body(format: MARKDOWN)
      author { slug name }
      discussion { slug title }
      tags { slug name }
      legacyUrls
      scheduledAt
      footnotes { number isIbid refersTo { number } pages source { title authors publisher place year } }
    }
  }
`);

const DisqusComments = graphql(`
  query DisqusComments($slug: String!) {
    post(slug: $slug) {
      comments(first: 20) {
        totalCount
        edges { node { authorName author { slug } status body(format: MARKDOWN) replies(first: 10) { edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }
      }
    }
  }
`);

const DisqusHeld = graphql(`
  query DisqusHeld {
    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }
  }
`);

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("a Ghost 5 export", () => {
  let server: TestServer;
  let report: Awaited<ReturnType<typeof importGhost>>;
  let editor = "";
  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    report = await importGhost(server.db.prisma, GHOST);
    editor = (await issueToken(server.db.prisma, "hana-okoro", "EDITOR")).token;
  });
  afterAll(() => server.close());

  it("brings in its users and posts, and says what it left out or kept back, and why", () => {
    expect(report.authors).toBe(2);
    expect(report.posts).toEqual({ created: 8, updated: 0, skipped: 0, failed: 1 });
    expect(report.drafts).toEqual({ draft: 1, scheduled: 1, "for paid only": 1, "sent by email only": 1 });
    expect(report.skippedItems).toEqual({ page: 1 });
    expect(report.errors).toEqual([{ file: GHOST, line: 0, message: "post 6650a1b2c3d4e5f600001010: published with no published_at" }]);
    expect(report.warnings).toEqual([
      { file: GHOST, line: 0, message: 'post 6650a1b2c3d4e5f600001009 has no title: imported as "Untitled"' },
      { file: GHOST, line: 0, message: 'post 6650a1b2c3d4e5f600001009: its author is not among the export\'s users; written as "Ghost"' },
    ]);
  });

  it("turns the HTML into Markdown, with the Markdown card's footnotes as citations and the cards made plain", async () => {
    const post = dataOf(await server.execute(GhostPost, { slug: "lots-drawn-in-the-coffee-house" })).post!;
    expect(post).toMatchObject({
      title: "Lots Drawn in the Coffee House",
      status: "PUBLISHED",
      publishedAt: "2024-05-02T14:30:00.000Z",
      excerpt: "How the fishers of Alanya kept a fishery without a fence.",
      author: { slug: "hana-okoro", name: "Hana Okoro" },
      discussion: null,
      // Ghost's internal tag (#from-medium) is the editors', not the readers'.
      tags: [
        { slug: "who-owns-the-river", name: "Who owns the river?" },
        { slug: "fisheries", name: "fisheries" },
      ],
      legacyUrls: ["/lots-drawn-in-the-coffee-house/"],
    });
    expect(post.body).toContain("Each September the fishers of Alanya drew lots for their spots.[^1] Nobody had to be told to keep to them.[^2]");
    expect(post.body).toContain("The cooperative still meets in the coffee house.");
    expect(post.body).toContain("![The harbour](https://seminar.example.edu/content/images/2024/05/harbour.jpg)");
    expect(post.body).toContain("[Eight design principles](https://example.org/design-principles) — A one-page summary for the seminar.");
    expect(post.body).not.toMatch(/kg-card|<!--|↩|\n---\n/);
    expect(post.footnotes).toEqual([
      {
        number: 1,
        isIbid: false,
        refersTo: null,
        pages: "19",
        source: {
          title: "Governing the Commons: The Evolution of Institutions for Collective Action",
          authors: ["Elinor Ostrom"],
          publisher: "Cambridge University Press",
          place: "Cambridge",
          year: 1990,
        },
      },
      { number: 2, isIbid: true, refersTo: { number: 1 }, pages: "20", source: expect.objectContaining({ authors: ["Elinor Ostrom"] }) },
    ]);
  });

  it("keeps a Chinese essay's note, and its first author of several", async () => {
    const chinese = dataOf(await server.execute(GhostPost, { slug: "xiang-tu-zhong-guo-de-he-liu" })).post!;
    expect(chinese.title).toBe("乡土中国的河流");
    expect(chinese.body).toContain("费孝通写道，乡土社会是一个熟悉的社会。[^1]");
    expect(chinese.footnotes).toHaveLength(1);
    expect(chinese.footnotes[0]!.source?.title).toBe("乡土中国");
    const coauthored = dataOf(await server.execute(GhostPost, { slug: "two-keepers-one-river" })).post!;
    expect(coauthored.author.slug).toBe("pavel");
  });

  it("keeps drafts, scheduled, newsletter-only and members-only posts from readers", async () => {
    for (const slug of ["notes-toward-a-draft", "coming-in-autumn", "for-members-only", "the-newsletter-of-june"]) {
      expect(dataOf(await server.execute(GhostPost, { slug })).post).toBeNull();
      expect(dataOf(await server.execute(GhostPost, { slug }, { token: editor })).post?.status).toBe("DRAFT");
    }
    const scheduled = dataOf(await server.execute(GhostPost, { slug: "coming-in-autumn" }, { token: editor })).post!;
    expect(scheduled.scheduledAt).toBe("2030-09-01T07:00:00.000Z");
    expect(dataOf(await server.execute(GhostPost, { slug: "about" }, { token: editor })).post).toBeNull();
  });

  it("updates and never duplicates when the same export comes in again", async () => {
    const again = await importGhost(server.db.prisma, GHOST);
    expect(again.posts).toEqual({ created: 0, updated: 0, skipped: 8, failed: 1 });
    expect(await server.db.prisma.post.count()).toBe(8);
    // The export's two users, and the "Ghost" author of the post that named none.
    expect(await server.db.prisma.author.count()).toBe(3);
  });
});

describe("a Ghost 0.x export", () => {
  it("takes the Markdown Ghost kept, dates in milliseconds, and pages marked page: 1", async () => {
    const server = await startTestServer({ demo: false });
    try {
      const report = await importGhost(server.db.prisma, OLD_GHOST);
      expect(report.posts).toMatchObject({ created: 1, failed: 0 });
      expect(report.skippedItems).toEqual({ page: 1 });
      const post = dataOf(await server.execute(GhostPost, { slug: "the-first-essay-in-markdown" })).post!;
      expect(post.publishedAt).toBe("2015-03-11T12:52:29.156Z");
      expect(post.author.slug).toBe("founding-editor");
      expect(post.body).toContain("Ghost once kept **Markdown** as written.[^1]");
      expect(post.footnotes[0]!.source).toMatchObject({ title: "The Tragedy of the Commons", authors: ["Garrett Hardin"], year: 1968 });
    } finally {
      await server.close();
    }
  });

  it("refuses a file that is not JSON, naming the problem", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-ghost-"));
    temporary.push(dir);
    const file = path.join(dir, "broken.json");
    writeFileSync(file, '{"db":[{"meta":{"exported_on":1},"data":{"posts":[');
    const server = await startTestServer({ demo: false });
    try {
      await expect(importGhost(server.db.prisma, file)).rejects.toThrow(/^the Ghost export is not valid JSON: /);
    } finally {
      await server.close();
    }
  });
});

describe("a Disqus export", () => {
  let server: TestServer;
  let report: Awaited<ReturnType<typeof importDisqus>>;
  let editor = "";
  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    await importWordPress(server.db.prisma, WORDPRESS);
    await importGhost(server.db.prisma, GHOST);
    report = await importDisqus(server.db.prisma, DISQUS);
    editor = (await issueToken(server.db.prisma, "hana-okoro", "EDITOR")).token;
  });
  afterAll(() => server.close());

  it("matches threads to posts by slug, by WordPress's ?p= id, by an old address and by the address's last segment", () => {
    expect(report.threads.matched).toBe(4);
    expect(report.threads.unmatched).toEqual([{ line: expect.any(Number), link: "https://river-seminar.example.org/about/", identifier: "about" }]);
    expect(report.comments).toEqual({ added: 8, pending: 1, skipped: { spam: 1, deleted: 1, "on a thread that matches no post": 1 } });
    expect(report.errors).toEqual([]);
  });

  it("rebuilds the threads, links a commenter who is an author, and keeps held comments held", async () => {
    const { comments } = dataOf(await server.execute(DisqusComments, { slug: "lots-drawn-in-the-coffee-house" })).post!;
    expect(comments.totalCount).toBe(2);
    expect(comments.edges.map(({ node }) => node)).toEqual([
      {
        authorName: "Jonas Berg",
        author: null,
        status: "APPROVED",
        body: "Were the lots drawn in public?\\\nI would guess so. See [this account](https://example.org/alanya).",
        replies: { edges: [{ node: { authorName: "Hana Okoro", author: { slug: "hana-okoro" }, body: "Yes, and the **lots** were drawn again each year." } }] },
      },
      // Its parent was spam: it stands on its own.
      { authorName: "A Kind Reader", author: null, status: "APPROVED", body: "A reply to the spam, which stands on its own once the spam is gone.", replies: { edges: [] } },
    ]);
    const held = dataOf(await server.execute(DisqusHeld, {}, { token: editor })).moderationQueue.edges.map(({ node }) => node);
    expect(held).toContainEqual({ authorName: "First-Time Reader", body: "Still in Disqus's moderation queue.", post: { slug: "lots-drawn-in-the-coffee-house" } });
    const chinese = dataOf(await server.execute(DisqusComments, { slug: "river-keepers" })).post!;
    expect(chinese.comments.edges.map(({ node }) => [node.authorName, node.body])).toEqual([["周明", "林薇说得对：河流需要守护者。"]]);
    const bySegment = dataOf(await server.execute(DisqusComments, { slug: "two-keepers-one-river" })).post!;
    expect(bySegment.comments.totalCount).toBe(2);
    // A guest who typed an author's name is not taken for the author; a Disqus account's comment (Hana's, above) may be.
    expect(bySegment.comments.edges.map(({ node }) => [node.authorName, node.author])).toContainEqual(["Pavel Ionescu", null]);
  });

  it("adds nothing when the same export comes in again", async () => {
    const before = await server.db.prisma.comment.count();
    const again = await importDisqus(server.db.prisma, DISQUS);
    expect(again.comments.added).toBe(0);
    expect(await server.db.prisma.comment.count()).toBe(before);
  });
});

describe("npm run import, with the formats mixed", () => {
  it("knows each file by its content, brings posts in before Disqus's comments, and prints a summary per file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-formats-"));
    temporary.push(dir);
    // Named so that neither extension nor order gives the format away: Disqus comes first on the command line.
    const names = { disqus: path.join(dir, "comments.dat"), ghost: path.join(dir, "site-backup.txt") };
    writeFileSync(names.disqus, await import("node:fs/promises").then((fs) => fs.readFile(DISQUS)));
    writeFileSync(names.ghost, await import("node:fs/promises").then((fs) => fs.readFile(GHOST)));
    const fresh = await freshDatabaseUrl();
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", "--discussions", "tag", names.disqus, names.ghost], {
        env: { ...process.env, DATABASE_URL: fresh.url },
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.stderr).not.toMatch(/Error/);
      // The Ghost post published with no date fails, and says so in the exit status.
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`${names.ghost} (Ghost): 2 authors; posts: 8 created, 0 updated, 0 skipped, 1 failed`);
      expect(result.stdout).toContain("  came in as drafts: 1 draft, 1 scheduled, 1 for paid only, 1 sent by email only");
      expect(result.stdout).toContain("  items skipped: 1 page");
      expect(result.stdout).toContain(`${names.ghost}: post 6650a1b2c3d4e5f600001010: published with no published_at`);
      expect(result.stdout).toContain(`${names.disqus} (Disqus): threads: 2 matched to posts, 3 matching no post`);
      expect(result.stdout).toMatch(/no post for thread "about" at https:\/\/river-seminar\.example\.org\/about\//);
      expect(result.stdout).toContain("  comments: 6 added, 1 held for moderation; skipped: 1 spam, 1 deleted, 3 on a thread that matches no post");

      const server = await startTestServer({ demo: false, databaseUrl: fresh.url });
      try {
        const post = dataOf(await server.execute(GhostPost, { slug: "two-keepers-one-river" })).post!;
        expect(post.discussion).toEqual({ slug: "who-owns-the-river", title: "Who owns the river?" });
      } finally {
        await server.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
