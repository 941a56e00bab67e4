import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importMarkdown } from "../src/content/import/markdown.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Hostile text where SQL could be built from it: slugs, filters, cursors,
// stored content and import files. Every value reaches SQL as a bound
// parameter, so these come back as "nothing found" or as plain text, and the
// tables stay whole. The last test keeps it that way in the source.

const HOSTILE = [
  `x' OR '1'='1`,
  `'; DROP TABLE "Post"; --`,
  `" OR ""="`,
  `1) UNION SELECT * FROM "ApiToken" --`,
  `\\'; DELETE FROM "Comment" WHERE 1=1; --`,
  `%' OR 1=1 --`,
  `x\u0000y`,
  `$1`,
  `?`,
];

let server: TestServer;
let editor = "";
const counts = async () => ({
  posts: await server.db.prisma.post.count(),
  comments: await server.db.prisma.comment.count(),
  tokens: await server.db.prisma.apiToken.count(),
});
let before: Awaited<ReturnType<typeof counts>>;
beforeAll(async () => {
  server = await startTestServer({ queryStats: false });
  editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  before = await counts();
});
afterAll(() => server.close());

const InjectLookups = graphql(`
  query InjectLookups($slug: String!) {
    post(slug: $slug) { id }
    author(slug: $slug) { id }
    discussion(slug: $slug) { id }
  }
`);

const InjectFilter = graphql(`
  query InjectFilter($slugs: [String!]) {
    byAuthor: posts(first: 5, filter: { authorSlugs: $slugs }) { totalCount }
    byDiscussion: posts(first: 5, filter: { discussionSlugs: $slugs }) { totalCount }
    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }
  }
`);

const InjectCursor = graphql(`
  query InjectCursor($after: String) {
    posts(first: 2, after: $after) { totalCount }
  }
`);

const InjectCreate = graphql(`
  mutation InjectCreate($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { slug title body(format: MARKDOWN) } }
      ... on UserError { message code }
    }
  }
`);

describe("hostile values in queries", () => {
  it.each(HOSTILE)("find nothing by slug %j", async (value) => {
    expect(dataOf(await server.execute(InjectLookups, { slug: value }))).toEqual({ post: null, author: null, discussion: null });
  });

  it.each(HOSTILE)("match nothing in filters %j", async (value) => {
    const data = dataOf(await server.execute(InjectFilter, { slugs: [value] }));
    expect(data).toEqual({ byAuthor: { totalCount: 0 }, byDiscussion: { totalCount: 0 }, feed: { totalCount: 0 } });
  });

  it.each(HOSTILE)("are refused as cursors %j, raw or dressed as one", async (value) => {
    for (const after of [value, Buffer.from(JSON.stringify(["Query.posts", "Post.PUBLISHED_AT.DESC", value, value])).toString("base64url")]) {
      const response = await server.execute(InjectCursor, { after });
      expect(response.errors?.[0]?.extensions?.code).toBe("INVALID_CURSOR");
    }
  });
});

const ForgedCursors = graphql(`
  query ForgedCursors($after: String, $titleAfter: String, $syncAfter: String) {
    posts(first: 2, after: $after) { edges { cursor } }
    byTitle: posts(first: 2, after: $titleAfter, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }
    feed(first: 2, after: $syncAfter) { edges { cursor } }
  }
`);

const DatesAtTheEdges = graphql(`
  query DatesAtTheEdges($since: DateTime!, $after: DateTime, $before: DateTime) {
    feed(first: 2, updatedSince: $since) { totalCount }
    posts(first: 2, filter: { publishedAfter: $after, publishedBefore: $before }) { totalCount }
  }
`);

const LongFilters = graphql(`
  query LongFilters($slugs: [String!]) {
    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }
  }
`);

describe("values no database can hold", () => {
  const dressed = (...values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");

  it.each([
    ["an id past 32 bits", { after: dressed("Query.posts", "Post.PUBLISHED_AT.DESC", 1_700_000_000_000, 3_000_000_000) }],
    ["a date past the year 9999", { after: dressed("Query.posts", "Post.PUBLISHED_AT.DESC", 8.64e15, 3) }],
    ["a date before the year 0001", { after: dressed("Query.posts", "Post.PUBLISHED_AT.DESC", -62_200_000_000_000, 3) }],
    ["a NUL in a title", { titleAfter: dressed("Query.posts", "Post.TITLE.ASC", "a\u0000b", 3) }],
    ["a control character in a title", { titleAfter: dressed("Query.posts", "Post.TITLE.ASC", "a\u0007b", 3) }],
    ["a sync cursor's kind past 32 bits", { syncAfter: dressed("Query.feed.sync", "Change.AT.ASC", 1_700_000_000_000, 3_000_000_000, 1) }],
  ])("are refused as cursors, with INVALID_CURSOR: %s", async (_label, variables) => {
    const response = await server.execute(ForgedCursors, variables);
    expect(response.status).toBe(200);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["INVALID_CURSOR"]);
  });

  it.each(["0000-01-01T00:00:00Z", "0000-12-31T23:59:59.999Z"])("are refused as dates, with BAD_USER_INPUT: %s", async (date) => {
    for (const variables of [{ since: date }, { since: "2025-01-01T00:00:00Z", after: date }, { since: "2025-01-01T00:00:00Z", before: date }]) {
      const response = await server.execute(DatesAtTheEdges, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toMatch(/between the years 0001 and 9999/);
    }
  });

  it("take the first and last days of the years both databases store", async () => {
    const response = await server.execute(DatesAtTheEdges, { since: "0001-01-01T00:00:00Z", after: "0001-01-01T00:00:00Z", before: "9999-12-31T23:59:59.999Z" });
    expect(response.errors).toBeUndefined();
    expect(response.data?.posts.totalCount).toBeGreaterThan(0);
  });

  it("refuse filter lists longer than 50 slugs, in the feed as in posts, before any SQL", async () => {
    const slugs = Array.from({ length: 40_000 }, (_, i) => `author-${i}`);
    const response = await server.execute(LongFilters, { slugs });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.authorSlugs", maximum: 50 });
    expect(dataOf(await server.execute(LongFilters, { slugs: slugs.slice(0, 50) })).feed.totalCount).toBe(0);
  });
});

describe("hostile values stored", () => {
  it("are kept as text, and the tables are whole", async () => {
    for (const [i, value] of HOSTILE.entries()) {
      const { createPost } = dataOf(
        await server.execute(InjectCreate, { input: { title: `Title ${i} ${value}`, body: `Body ${value}`, publish: true } }, { token: editor }),
      );
      if (createPost.__typename === "PostPayload") {
        expect(createPost.post.title).toBe(`Title ${i} ${value}`);
        expect(createPost.post.body).toBe(`Body ${value}`);
        expect(createPost.post.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      } else {
        // A NUL byte is refused as input, with a code.
        expect(createPost.code).toBe("VALIDATION_FAILED");
      }
    }
    const after = await counts();
    expect(after.comments).toBe(before.comments);
    expect(after.tokens).toBe(before.tokens);
    expect(after.posts).toBeGreaterThan(before.posts);
  });
});

describe("hostile import files", () => {
  it("are refused or stored as text, never run", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-inject-"));
    try {
      writeFileSync(
        path.join(dir, "hostile.md"),
        [
          "---",
          `title: "Robert'); DROP TABLE \\"Post\\";--"`,
          `slug: "../../etc/passwd"`,
          `author: { name: "x' OR '1'='1", slug: "eleanor-voss'--" }`,
          `publishedAt: 2026-01-01T00:00:00Z`,
          "---",
          "",
          `Text with '; DELETE FROM "Comment"; -- in it.`,
        ].join("\n"),
      );
      writeFileSync(
        path.join(dir, "quiet.md"),
        ["---", `title: "A Quiet '; DROP TABLE \\"Author\\"; -- Title"`, `author: "Quiet O'Brien"`, "publishedAt: 2026-01-02T00:00:00Z", "---", "", "Body; -- fine."].join("\n"),
      );
      const report = await importMarkdown(server.db.prisma, [dir]);
      // The bad slugs are refused with a line number; the other file is stored as written.
      expect(report.errors.some((error) => /slug/.test(error.message))).toBe(true);
      const quiet = await server.db.prisma.post.findFirst({ where: { title: `A Quiet '; DROP TABLE "Author"; -- Title` } });
      expect(quiet?.body).toBe("Body; -- fine.");
      const after = await counts();
      expect(after.comments).toBe(before.comments);
      expect(await server.db.prisma.author.count()).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the source", () => {
  // Every place that splices text into SQL, reviewed: each splices names written
  // in the code (tables, columns, aliases, constant pragmas), never a value.
  const reviewed = new Map([
    ["src/db/client.ts", 2],
    // Sort columns, the joined tables and columns of embedded rows, and the select lists
    // (`t.*`, or every column of the generated client's list but the long ones).
    ["src/loaders/pagination.ts", 6],
    ["src/loaders/records.ts", 2],
    ["src/loaders/changes.ts", 1],
    ["src/loaders/visibility.ts", 3],
    // The direct reader sends only the text of a Prisma.sql statement, its values bound (as objects, and as arrays).
    ["src/db/direct-reads.ts", 3],
  ]);

  it("builds no SQL by concatenation outside the reviewed places", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : files(full);
        return full.endsWith(".ts") ? [full] : [];
      });
    const found = new Map<string, number>();
    for (const file of files("src")) {
      const text = readFileSync(file, "utf8");
      const unsafe = (text.match(/\$(?:query|execute)RawUnsafe\(|Prisma\.raw\(|connection\.prepare\(|pool\.query(?:<[^>(]*>)?\(/g) ?? []).length;
      if (unsafe) found.set(file, unsafe);
    }
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(reviewed));
  });
});
