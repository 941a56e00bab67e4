import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/server.js";

// Every feed, parsed by an independent parser and checked against its
// specification's required elements. Drafts never appear.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ publicUrl: "https://commons.example.edu" });
});
afterAll(() => server.close());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "entry", "link", "author"].includes(name) });
const get = (path: string, headers: Record<string, string> = {}) => server.yoga.fetch(`http://colloquy.test${path}`, { headers });

const scopes = [
  { path: "posts", expected: async () => server.db.prisma.post.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" } }) },
  {
    path: "authors/eleanor-voss",
    expected: async () =>
      server.db.prisma.post.findMany({ where: { status: "PUBLISHED", author: { slug: "eleanor-voss" } }, orderBy: { publishedAt: "desc" } }),
  },
  {
    path: "discussions/why-footnote",
    expected: async () =>
      server.db.prisma.post.findMany({ where: { status: "PUBLISHED", discussion: { slug: "why-footnote" } }, orderBy: { publishedAt: "desc" } }),
  },
];

describe.each(scopes)("/feeds/$path", ({ path, expected }) => {
  it("is valid RSS 2.0 with every required element", async () => {
    const response = await get(`/feeds/${path}.rss`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel;
    for (const field of ["title", "link", "description"]) expect(channel[field], field).toBeTruthy();
    const posts = await expected();
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(posts.map((p) => p.title));
    for (const item of channel.item) {
      expect(item.link[0]).toMatch(/^https:\/\/commons\.example\.edu\/posts\//);
      expect(String(item.guid["#text"] ?? item.guid)).toMatch(/^tag:commons\.example\.edu,\d{4}:post\/\d+$/);
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
      expect(item["dc:creator"] ?? item.author).toBeTruthy();
    }
  });

  it("is valid Atom 1.0 with every required element", async () => {
    const response = await get(`/feeds/${path}.atom`);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(feed[field], field).toBeTruthy();
    expect(feed.link.some((l: { "@rel": string }) => l["@rel"] === "self")).toBe(true);
    const posts = await expected();
    expect(feed.entry).toHaveLength(posts.length);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^tag:/);
      expect(entry.title).toBeTruthy();
      expect(new Date(entry.updated).getTime()).not.toBeNaN();
      expect(new Date(entry.published).getTime()).not.toBeNaN();
      expect(entry.author[0].name).toBeTruthy();
      expect(entry.content["@type"]).toBe("html");
    }
  });

  it("is valid JSON Feed 1.1 with every required field", async () => {
    const response = await get(`/feeds/${path}.json`);
    expect(response.headers.get("content-type")).toContain("application/feed+json");
    const feed = (await response.json()) as {
      version: string;
      title: string;
      items: { id: string; url: string; content_html: string; date_published: string; date_modified: string; authors: { name: string }[] }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBeTruthy();
    const posts = await expected();
    expect(feed.items.map((i) => i.id)).toEqual(posts.map((p) => `tag:commons.example.edu,${p.createdAt.getUTCFullYear()}:post/${p.id}`));
    for (const item of feed.items) {
      expect(item.content_html.length).toBeGreaterThan(100);
      expect(item.authors[0]?.name).toBeTruthy();
      expect(Date.parse(item.date_published)).not.toBeNaN();
      expect(Date.parse(item.date_modified)).not.toBeNaN();
    }
  });
});

describe("feed content", () => {
  it("carries the full sanitized HTML with footnotes as endnotes, and never a draft", async () => {
    const feed = (await (await get("/feeds/posts.json")).json()) as { items: { title: string; content_html: string }[] };
    const verb = feed.items.find((i) => i.title === "The Commons Is a Verb")!;
    expect(verb.content_html).toContain('<section data-footnotes class="footnotes">');
    expect(verb.content_html).toContain("Governing the Commons");
    expect(verb.content_html).not.toMatch(/<script|javascript:/i);
    const draftTitles = (await server.db.prisma.post.findMany({ where: { status: "DRAFT" } })).map((p) => p.title);
    expect(draftTitles.length).toBeGreaterThan(0);
    for (const path of ["/feeds/posts.rss", "/feeds/posts.atom", "/feeds/posts.json", "/feeds/discussions/why-footnote.atom"]) {
      const body = await (await get(path)).text();
      for (const title of draftTitles) expect(body, path).not.toContain(title);
    }
  });

  it("answers 404 for an unknown author, discussion or format", async () => {
    for (const path of ["/feeds/authors/nobody.rss", "/feeds/discussions/nothing.json", "/feeds/posts.xml", "/feeds/../etc.rss"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe("HTTP caching", () => {
  it("sends an ETag and a public Cache-Control, and a bodiless 304 for a matching If-None-Match", async () => {
    const first = await get("/feeds/posts.atom");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await get("/feeds/posts.atom", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const stale = await get("/feeds/posts.atom", { "if-none-match": '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it("changes the ETag when content changes", async () => {
    const before = (await get("/feeds/posts.rss")).headers.get("etag");
    await server.db.prisma.post.update({ where: { slug_slugScope: { slug: "edit-history", slugScope: 0 } }, data: { title: "Edit History, Revised" } });
    const after = await get("/feeds/posts.rss");
    expect(after.headers.get("etag")).not.toBe(before);
    expect(await after.text()).toContain("Edit History, Revised");
  });
});

describe("a feed the database cannot serve", () => {
  it("answers 503 with an error id, and keeps the error itself for the log", async () => {
    const logged: { errorId: string; message: string }[] = [];
    const broken = await startTestServer({ responseCache: false, logError: (entry) => logged.push(entry) });
    try {
      // The posts table goes away behind the server's back, as if the database had failed.
      await broken.db.prisma.$executeRawUnsafe(`ALTER TABLE "Post" RENAME TO "PostElsewhere"`);
      const response = await broken.yoga.fetch("http://colloquy.test/feeds/posts.rss");
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(text).toMatch(/^The feed is unavailable right now\. Error id: [0-9a-f-]{36}\n$/);
      // Nothing of the SQL, the driver or the code reaches the reader.
      expect(text).not.toMatch(/Post|prisma|at |\/work|\.ts/i);
      expect(logged).toHaveLength(1);
      expect(text).toContain(logged[0]!.errorId);
      expect(logged[0]!.message).toMatch(/Post/);
      await broken.db.prisma.$executeRawUnsafe(`ALTER TABLE "PostElsewhere" RENAME TO "Post"`);
      expect((await broken.yoga.fetch("http://colloquy.test/feeds/posts.rss")).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
