import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { exportSite } from "../src/content/export.js";
import { importMarkdown } from "../src/content/import/markdown.js";
import { importWordPress } from "../src/content/import/wordpress.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// `npm run export` writes the site in the importer's own format. Exporting,
// importing into an empty database and exporting again must give the same
// bytes, on the demo content and on a WordPress blog brought in.

const temporary: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-export-"));
  temporary.push(dir);
  return dir;
}

async function server(demo: boolean): Promise<TestServer> {
  const started = await startTestServer({ demo });
  servers.push(started);
  return started;
}

/** Every file below `dir`, by its path inside it, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

function expectSameTree(a: string, b: string): void {
  const [first, second] = [tree(a), tree(b)];
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  for (const [file, bytes] of first) expect({ file, text: second.get(file)!.toString("utf8") }).toEqual({ file, text: bytes.toString("utf8") });
}

const ExportedPost = graphql(`
  query ExportedPost($slug: String!) {
    post(slug: $slug) {
      title
      status
      publishedAt
      excerpt
      author { slug name bio(format: MARKDOWN) affiliation }
      discussion { slug title prompt }
      inResponseTo { slug }
      footnotes { number kind refersTo { number } pages html source { kind title authors year publisher } }
      comments(first: 50) {
        totalCount
        edges { node { authorName author { slug } createdAt body(format: MARKDOWN) replies(first: 20) { totalCount edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }
      }
    }
  }
`);

const ExportedDrafts = graphql(`
  query ExportedDrafts {
    posts(first: 50) { totalCount edges { node { slug title status publishedAt author { slug } } } }
  }
`);

const ExportedModeration = graphql(`
  query ExportedModeration {
    moderationQueue(first: 50) { totalCount edges { node { authorName body(format: MARKDOWN) post { slug } } } }
  }
`);

const ExportedLegacy = graphql(`
  query ExportedLegacy($url: String!) {
    postByLegacyUrl(url: $url) { slug status legacyUrls categories { slug name } tags { slug name } scheduledAt excerpt }
  }
`);

describe("the demo content", () => {
  it("exports, imports into an empty database and exports again to the same bytes", async () => {
    const original = await server(true);
    const first = scratch();
    const exported = await exportSite(original.db.prisma, first);
    expect(exported.posts.drafts).toBeGreaterThan(0);
    expect(exported.comments).toBeGreaterThan(0);

    const copy = await server(false);
    const report = await importMarkdown(copy.db.prisma, [first]);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.created).toBe(exported.posts.published + exported.posts.drafts);

    const second = path.join(scratch(), "again");
    await exportSite(copy.db.prisma, second);
    expectSameTree(first, second);

    // What readers and editors see is the same on both, through the API.
    for (const slug of ["the-commons-is-a-verb", "against-ibid", "the-footnote-as-an-open-door"]) {
      const [before, after] = await Promise.all([original, copy].map((s) => s.execute(ExportedPost, { slug })));
      expect(dataOf(after!)).toEqual(dataOf(before!));
    }
    const tokens = await Promise.all([original, copy].map(async (s) => (await issueToken(s.db.prisma, "eleanor-voss", "EDITOR")).token));
    const drafts = await Promise.all([original, copy].map((s, i) => s.execute(ExportedDrafts, {}, { token: tokens[i] })));
    expect(dataOf(drafts[1]!)).toEqual(dataOf(drafts[0]!));
    expect(dataOf(drafts[0]!).posts.edges.filter(({ node }) => node.status === "DRAFT")).not.toEqual([]);
    const queues = await Promise.all([original, copy].map((s, i) => s.execute(ExportedModeration, {}, { token: tokens[i] })));
    expect(dataOf(queues[1]!)).toEqual(dataOf(queues[0]!));
    expect(dataOf(queues[0]!).moderationQueue.totalCount).toBeGreaterThan(0);

    // Importing the export again into the database it came from changes nothing.
    const again = await importMarkdown(original.db.prisma, [first]);
    expect({ created: again.created, updated: again.updated, failed: again.failed }).toEqual({ created: 0, updated: 0, failed: 0 });
  });

  it("is written by npm run export, which refuses a directory that is not empty", async () => {
    const original = await server(true);
    const run = (dir: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/export.ts", dir], {
        env: { ...process.env, DATABASE_URL: original.url },
        encoding: "utf8",
        timeout: 120_000,
      });
    const dir = path.join(scratch(), "site");
    const done = run(dir);
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/published posts, \d+ drafts, \d+ comments, 11 authors, \d+ discussions/);
    expect(readdirSync(dir).sort()).toEqual(["authors.yaml", "colloquy-export.yaml", "discussions.yaml", "drafts", "posts", "site.yaml"]);

    const refused = run(dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is not empty; export into a new or empty directory");
  });
});

describe("a WordPress blog brought in", () => {
  it("exports, imports and exports again to the same bytes, keeping old addresses, terms, schedules and excerpts", async () => {
    const original = await server(false);
    await importWordPress(original.db.prisma, "tests/fixtures/wordpress/commons-seminar.xml");
    const first = scratch();
    await exportSite(original.db.prisma, first);

    const copy = await server(false);
    const report = await importMarkdown(copy.db.prisma, [first]);
    expect(report.errors).toEqual([]);
    expect(report.failed).toBe(0);
    const second = path.join(scratch(), "again");
    await exportSite(copy.db.prisma, second);
    expectSameTree(first, second);

    const token = async (s: TestServer) => (await issueToken(s.db.prisma, "mvasquez", "EDITOR")).token;
    for (const url of ["https://seminar.example.edu/2026/02/fishers-who-govern-themselves/", "https://seminar.example.edu/?p=123"]) {
      const [before, after] = await Promise.all([original, copy].map(async (s) => s.execute(ExportedLegacy, { url }, { token: await token(s) })));
      expect(dataOf(after!)).toEqual(dataOf(before!));
      expect(dataOf(before!).postByLegacyUrl).not.toBeNull();
    }
    // The opening above <!--more--> is the post's excerpt, on the way in and through the export.
    const fishers = await copy.db.prisma.post.findFirstOrThrow({ where: { slug: "fishers-who-govern-themselves" } });
    expect(fishers.excerpt).toMatch(/\S/);
    expect(readFileSync(path.join(first, "posts", "fishers-who-govern-themselves.md"), "utf8")).toContain(`excerpt: ${fishers.excerpt!.split("\n")[0]}`);
  });
});

const ExcerptCreate = graphql(`
  mutation ExcerptCreate($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug revision excerpt } }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const ExcerptUpdate = graphql(`
  mutation ExcerptUpdate($input: UpdatePostInput!) {
    updatePost(input: $input) { __typename ... on PostPayload { post { revision excerpt(maxLength: 40) } } }
  }
`);

describe("an excerpt written through the API", () => {
  it("is shown in place of the opening, is refused when too long, clears with null, and goes out in the export", async () => {
    const site = await server(false);
    await site.db.prisma.author.create({ data: { slug: "ada-reyes", name: "Ada Reyes" } });
    const token = (await issueToken(site.db.prisma, "ada-reyes", "AUTHOR")).token;
    const body = "The opening paragraph, which lists would show otherwise.\n\nMore.\n";
    const tooLong = dataOf(await site.execute(ExcerptCreate, { input: { title: "Too long", body, excerpt: "x".repeat(2_001) } }, { token })).createPost;
    expect(tooLong).toEqual({ __typename: "ValidationError", fields: [{ path: ["excerpt"], message: "must be at most 2000 characters" }] });

    const created = dataOf(await site.execute(ExcerptCreate, { input: { title: "Summarized", body, excerpt: "A *short* summary.", publish: true } }, { token })).createPost;
    if (created.__typename !== "PostPayload") throw new Error(JSON.stringify(created));
    expect(created.post.excerpt).toBe("A short summary.");
    const dir = scratch();
    await exportSite(site.db.prisma, path.join(dir, "with"));
    expect(readFileSync(path.join(dir, "with", "posts", "summarized.md"), "utf8")).toContain("excerpt: A *short* summary.\n");

    const cleared = dataOf(await site.execute(ExcerptUpdate, { input: { id: created.post.id, expectedRevision: created.post.revision, excerpt: null } }, { token })).updatePost;
    expect(cleared).toEqual({ __typename: "PostPayload", post: { revision: created.post.revision + 1, excerpt: "The opening paragraph, which lists would…" } });
  });
});

describe("an export that was edited by hand", () => {
  it("takes notes written as [1] exactly as they are, since the export holds every post as stored", async () => {
    const original = await server(false);
    const dir = scratch();
    writeFileSync(path.join(dir, "colloquy-export.yaml"), "format: 1\n");
    writeFileSync(path.join(dir, "authors.yaml"), "authors:\n  - slug: ada-reyes\n    name: Ada Reyes\n    role: faculty\n  - slug: no-posts\n    name: Has No Posts\n    role: staff\n");
    mkdirSync(path.join(dir, "posts"));
    const body = "A claim.[1]\n\nNotes\n\n[1] Elinor Ostrom, *Governing the Commons* (Cambridge University Press, 1990), 12.\n";
    writeFileSync(path.join(dir, "posts", "kept.md"), `---\ntitle: Kept\nauthor: { name: Ada Reyes, slug: ada-reyes }\nstatus: published\npublishedAt: 2025-01-02T03:04:05.006Z\n---\n\n${body}`);
    const report = await importMarkdown(original.db.prisma, [dir]);
    expect(report.errors).toEqual([]);
    const post = await original.db.prisma.post.findFirstOrThrow({ where: { slug: "kept" }, include: { footnotes: true } });
    expect(post.body).toBe(body);
    expect(post.footnotes).toEqual([]);
    expect(post.publishedAt?.toISOString()).toBe("2025-01-02T03:04:05.006Z");
    const authors = await original.db.prisma.author.findMany({ orderBy: { slug: "asc" }, select: { slug: true, role: true } });
    expect(authors).toEqual([
      { slug: "ada-reyes", role: "FACULTY" },
      { slug: "no-posts", role: "STAFF" },
    ]);
  });
});
