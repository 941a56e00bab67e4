import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importWordPress, type WordPressImportReport } from "../src/content/import/wordpress.js";
import { databaseConfig, openDatabase } from "../src/db/client.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// A WordPress export (WXR 1.2) into Colloquy. tests/fixtures/wordpress/
// commons-seminar.xml is written for these tests: a block-editor post with the
// editor's footnotes and a thread of comments in every state, a classic post
// with shortcodes and its notes as a list, a post with a Chinese slug, posts in
// each of WordPress's other states, and the items that are not posts.

const EXPORT = "tests/fixtures/wordpress/commons-seminar.xml";

let server: TestServer;
let report: WordPressImportReport;
let editor = "";
const temporary: string[] = [];
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  report = await importWordPress(server.db.prisma, EXPORT);
  editor = (await issueToken(server.db.prisma, "mvasquez", "EDITOR")).token;
});
afterAll(async () => {
  await server.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const WordPressPost = graphql(`
  query WordPressPost($slug: String!) {
    post(slug: $slug) {
      slug
      title
      status
      publishedAt
      body(format: MARKDOWN)
      author { slug name }
      footnotes { number kind refersTo { number } pages source { kind title authors publisher place year container volume issue } }
      comments(first: 20) {
        totalCount
        edges { node { authorName author { slug } body(format: MARKDOWN) replies(first: 5) { edges { node { authorName author { slug } } } } } }
      }
    }
  }
`);

const WordPressLegacy = graphql(`
  query WordPressLegacy($url: String!) {
    postByLegacyUrl(url: $url) { slug legacyUrls categories { slug name } tags { slug name } scheduledAt discussion { slug title } }
  }
`);

const WordPressPostSchedule = graphql(`
  query WordPressPostSchedule($slug: String!) {
    post(slug: $slug) { scheduledAt }
  }
`);

const WordPressQueue = graphql(`
  query WordPressQueue {
    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }
  }
`);

describe("a WordPress export", () => {
  it("brings in the authors, and every post, with what WordPress's states mean here", () => {
    expect(report.authors).toBe(2);
    expect(report.posts).toEqual({ created: 9, updated: 0, skipped: 0, failed: 0 });
    // Never public: drafts, posts waiting for review, private, scheduled and password-protected posts.
    expect(report.drafts).toEqual({ draft: 1, pending: 1, private: 1, scheduled: 1, "password-protected": 1 });
    expect(report.skippedItems).toEqual({ page: 1, attachment: 1, nav_menu_item: 1, "post (trash)": 1 });
    expect(report.comments).toEqual({ added: 4, pending: 1, skipped: { spam: 1, trash: 1, pingbacks: 1 } });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([expect.stringContaining("[gallery] shortcode was removed")]);
  });

  it("turns the block editor's HTML and footnotes into Markdown notes that cite sources", async () => {
    const { post } = dataOf(await server.execute(WordPressPost, { slug: "fishers-who-govern-themselves" }));
    expect(post).toMatchObject({ title: "Fishers Who Govern Themselves", status: "PUBLISHED", publishedAt: "2026-02-03T14:30:00.000Z", author: { slug: "mvasquez", name: "Marisol Vásquez" } });
    const body = post!.body;
    expect(body).toContain("## What the lots did");
    expect(body).toContain("They made a rule **visible**, and cheap to enforce & to check. See [the map](https://example.org/alanya).");
    expect(body).toContain("- A rule everyone can see\n- A cost to breaking it");
    expect(body).not.toMatch(/wp:|<!--/);
    expect(post!.footnotes).toEqual([
      {
        number: 1,
        kind: "CITATION",
        refersTo: null,
        pages: "18–21",
        source: {
          kind: "BOOK",
          title: "Governing the Commons: The Evolution of Institutions for Collective Action",
          authors: ["Elinor Ostrom"],
          publisher: "Cambridge University Press",
          place: "Cambridge",
          year: 1990,
          container: null,
          volume: null,
          issue: null,
        },
      },
      expect.objectContaining({ number: 2, kind: "IBID", refersTo: { number: 1 }, pages: "19" }),
    ]);
  });

  it("rebuilds the comment threads, links registered users to their authors, and keeps held comments for moderation", async () => {
    const { post } = dataOf(await server.execute(WordPressPost, { slug: "fishers-who-govern-themselves" }));
    const roots = post!.comments.edges.map((edge) => edge.node);
    // Readers see the approved comments: the thread, and the reply whose parent was spam, standing on its own.
    expect(roots.map((c) => c.authorName)).toEqual(["Tomás Ferreira", "Someone who answered the spam"]);
    expect(roots[0]!.body).toBe("Were the lots drawn in public?\n\nI would guess so.");
    expect(roots[0]!.replies.edges.map((edge) => edge.node)).toEqual([{ authorName: "林薇", author: { slug: "lin-wei" } }]);
    const { moderationQueue } = dataOf(await server.execute(WordPressQueue, {}, { token: editor }));
    expect(moderationQueue.edges.map((edge) => edge.node)).toEqual([
      { authorName: "A first-time reader", body: "Held for moderation, as first comments are.", post: { slug: "fishers-who-govern-themselves" } },
    ]);
    // The address is stored for the moderators, and never served.
    const stored = await server.db.prisma.comment.findFirst({ where: { authorName: "Tomás Ferreira" }, select: { authorEmail: true } });
    expect(stored?.authorEmail).toBe("tomas@example.org");
    expect(JSON.stringify(post)).not.toContain("tomas@example.org");
  });

  it("handles a classic post's paragraphs, shortcodes and list of notes", async () => {
    const { post } = dataOf(await server.execute(WordPressPost, { slug: "river-keepers" }));
    expect(post).toMatchObject({ title: "Classic: The River & Its Keepers", author: { slug: "lin-wei", name: "林薇" }, status: "PUBLISHED" });
    const body = post!.body;
    expect(body).toContain("The second paragraph\\\nhas a line break.");
    expect(body).toContain("![An old weir](https://seminar.example.edu/wp-content/uploads/2025/11/weir.jpg)\n\n*The weir at Dunbar, 1910*");
    expect(body).toContain("<https://www.youtube.com/watch?v=abc123xyz>");
    expect(body).not.toMatch(/\[(?:caption|embed|gallery)/);
    // The notes list left the body; its back-links went with it.
    expect(body).not.toContain("↩");
    expect(post!.footnotes.map((n) => [n.number, n.kind, n.source?.title])).toEqual([
      [1, "CITATION", "乡土中国"],
      [2, "CITATION", "Reformulating the Commons"],
    ]);
  });

  it("makes notes typed by hand, [1] in the text and a list at the end, footnotes", async () => {
    const { post } = dataOf(await server.execute(WordPressPost, { slug: "notes-typed-by-hand" }));
    expect(post!.body).toBe(
      "The weir was older than the village.[^1] The river was older still.[^2]\n\n" +
        "[^1]: Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 18.\n[^2]: Ibid., 19.\n",
    );
    // The work is the one the block-editor post cites with its subtitle: one Source, under its whole title.
    expect(post!.footnotes.map((n) => [n.number, n.kind, n.source?.title])).toEqual([
      [1, "CITATION", "Governing the Commons: The Evolution of Institutions for Collective Action"],
      [2, "IBID", "Governing the Commons: The Evolution of Institutions for Collective Action"],
    ]);
  });

  it("keeps every post WordPress did not publish out of public view", async () => {
    for (const slug of ["a-draft-never-finished", "waiting-for-review", "only-for-us", "next-months-essay", "members-only"]) {
      expect(dataOf(await server.execute(WordPressPost, { slug })).post, slug).toBeNull();
      expect(dataOf(await server.execute(WordPressPost, { slug }, { token: editor })).post, slug).toMatchObject({ status: "DRAFT", publishedAt: null });
    }
    for (const slug of ["about", "weir", "home", "thrown-away"]) expect(dataOf(await server.execute(WordPressPost, { slug }, { token: editor })).post, slug).toBeNull();
  });

  it("keeps each post's old address for redirects, its categories and tags, and a scheduled post's time", async () => {
    const fishers = {
      slug: "fishers-who-govern-themselves",
      legacyUrls: ["https://seminar.example.edu/2026/02/fishers-who-govern-themselves/"],
      categories: [{ slug: "who-owns-the-river", name: "Who owns the river?" }],
      tags: [{ slug: "fisheries", name: "fisheries" }],
      scheduledAt: null,
      discussion: null,
    };
    // However the old link was written: another host, another case, no trailing slash, only the path.
    for (const url of [
      "https://seminar.example.edu/2026/02/fishers-who-govern-themselves/",
      "http://old-mirror.example.org/2026/02/Fishers-Who-Govern-Themselves",
      "/2026/02/fishers-who-govern-themselves",
    ]) {
      expect(dataOf(await server.execute(WordPressLegacy, { url })).postByLegacyUrl, url).toEqual(fishers);
    }
    // A percent-encoded address and its decoded form are the same address.
    expect(dataOf(await server.execute(WordPressLegacy, { url: "https://seminar.example.edu/2026/01/乡土/" })).postByLegacyUrl?.slug).toMatch(/^post-/);
    // A draft's old address finds nothing for a reader, and the draft for an editor, with its scheduled time.
    // A scheduled post's link was WordPress's ?p= form: a reader finds nothing, an editor the draft, with the time it was to go out.
    expect(dataOf(await server.execute(WordPressLegacy, { url: "https://seminar.example.edu/?p=123" })).postByLegacyUrl).toBeNull();
    expect(dataOf(await server.execute(WordPressLegacy, { url: "https://seminar.example.edu/?p=123" }, { token: editor })).postByLegacyUrl).toMatchObject({
      slug: "next-months-essay",
      scheduledAt: "2026-04-01T09:00:00.000Z",
    });
    const { post } = dataOf(await server.execute(WordPressPostSchedule, { slug: "next-months-essay" }, { token: editor }));
    expect(post?.scheduledAt).toBe("2026-04-01T09:00:00.000Z");
    for (const url of ["", "javascript:alert(1)", "/no/such/post"]) expect(dataOf(await server.execute(WordPressLegacy, { url })).postByLegacyUrl).toBeNull();
  });

  it("imports again without duplicating anything", async () => {
    const again = await importWordPress(server.db.prisma, EXPORT);
    expect(again.posts).toEqual({ created: 0, updated: 0, skipped: 9, failed: 0 });
    expect(again.comments.added).toBe(0);
    expect(await server.db.prisma.post.count()).toBe(9);
    expect(await server.db.prisma.comment.count()).toBe(4);
    expect(await server.db.prisma.author.count()).toBe(2);
  });
});

describe("a WordPress export whose categories are the discussions", () => {
  it("makes each post's first category the discussion it responds to", async () => {
    const other = await startTestServer({ demo: false });
    try {
      await importWordPress(other.db.prisma, EXPORT, { discussionsFrom: "category" });
      const { postByLegacyUrl } = dataOf(await other.execute(WordPressLegacy, { url: "/2026/02/fishers-who-govern-themselves/" }));
      expect(postByLegacyUrl?.discussion).toEqual({ slug: "who-owns-the-river", title: "Who owns the river?" });
      // A post with no category answers no discussion.
      expect(dataOf(await other.execute(WordPressLegacy, { url: "/2025/11/river-keepers/" })).postByLegacyUrl?.discussion).toBeNull();
    } finally {
      await other.close();
    }
  });
});

describe("a guest's comment", () => {
  it("stays a guest's when the name typed is an author's: only WordPress's user id makes it an author's", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-wxr-"));
    temporary.push(dir);
    const file = path.join(dir, "impostor.xml");
    writeFileSync(
      file,
      `<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n` +
        `<item><title>Impostors Welcome</title><dc:creator>mvasquez</dc:creator><content:encoded><![CDATA[<p>Text.</p>]]></content:encoded><wp:post_id>900</wp:post_id><wp:post_date_gmt>2026-03-01 10:00:00</wp:post_date_gmt><wp:post_name>impostors-welcome</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>` +
        `<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Marisol Vásquez</wp:comment_author><wp:comment_date_gmt>2026-03-02 10:00:00</wp:comment_date_gmt><wp:comment_content>Not really me.</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>` +
        `</item></channel></rss>\n`,
    );
    const imported = await importWordPress(server.db.prisma, file);
    expect(imported.comments.added).toBe(1);
    const post = dataOf(await server.execute(WordPressPost, { slug: "impostors-welcome" })).post!;
    expect(post.comments.edges.map(({ node }) => [node.authorName, node.author])).toEqual([["Marisol Vásquez", null]]);
  });
});

describe("npm run import", () => {
  function run(databaseUrl: string, ...args: string[]) {
    return spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      timeout: 120_000,
    });
  }

  it("recognizes a WordPress export by its content, whatever its name, and prints what it did", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-wxr-"));
    temporary.push(dir);
    const file = path.join(dir, "export-from-the-old-site.txt");
    copyFileSync(EXPORT, file);
    const fresh = await freshDatabaseUrl();
    try {
      const result = run(fresh.url, file);
      expect(result.stderr).not.toMatch(/Error/);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("(WordPress): 2 authors; posts: 9 created, 0 updated, 0 skipped, 0 failed");
      expect(result.stdout).toContain("came in as drafts: 1 draft, 1 pending, 1 private, 1 scheduled, 1 password-protected");
      expect(result.stdout).toContain("comments: 4 added, 1 held for moderation; skipped: 1 spam, 1 trash, 1 pingbacks");
    } finally {
      await fresh.drop();
    }
  });

  it("expands no entity an export defines: no billion laughs, and no file read from the machine", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-wxr-"));
    temporary.push(dir);
    const file = path.join(dir, "hostile.xml");
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    writeFileSync(
      file,
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">${laughs}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n` +
        `<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n` +
        `<item><title>&lol9;</title><dc:creator>&xxe;</dc:creator><wp:post_id>1</wp:post_id><wp:post_name>x</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>\n`,
    );
    const fresh = await freshDatabaseUrl();
    try {
      const result = run(fresh.url, file);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("line 4: the XML is not well formed: Invalid character entity");
      expect(result.stdout + result.stderr).not.toContain("root:");
    } finally {
      await fresh.drop();
    }
  });

  it("names the line of XML that is not well formed, and exits with 1", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-wxr-"));
    temporary.push(dir);
    const file = path.join(dir, "broken.xml");
    const text = readFileSync(EXPORT, "utf8");
    writeFileSync(file, text.replace("<wp:post_id>77</wp:post_id>", "<wp:post_id>77</wp:post_idd>"));
    const line = text.slice(0, text.indexOf("<wp:post_id>77")).split("\n").length;
    const fresh = await freshDatabaseUrl();
    try {
      const result = run(fresh.url, file);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain(`line ${line}: the XML is not well formed`);
      expect(result.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
      // What came before the fault is in, and nothing after it: the post that was read whole, and its comments.
      const db = await openDatabase(databaseConfig(fresh.url));
      try {
        expect((await db.prisma.post.findMany({ select: { slug: true } })).map((p) => p.slug)).toEqual(["fishers-who-govern-themselves"]);
      } finally {
        await db.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
