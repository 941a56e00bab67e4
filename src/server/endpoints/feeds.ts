import { randomUUID } from "node:crypto";
import { postUrl } from "../../content/urls.js";
import { Feed } from "feed";
import type { Plugin } from "graphql-yoga";
import { anonymousViewer } from "../../auth/viewer.js";
import { stripForbiddenCharacters } from "../../content/characters.js";
import { escapeHtml } from "../../content/markdown.js";
import { renderMarkdown } from "../../content/rendering.js";
import { postBody, postExcerpt } from "../../content/post-rendering.js";
import type { PrismaClient } from "../../db/client.js";
import type { Post } from "../../generated/prisma/client.js";
import { createLoaders, type Loaders } from "../../loaders/context.js";
import { newestPosts } from "../../loaders/orders.js";
import type { PostFilter } from "../../loaders/posts.js";
import { visibilityFor } from "../../loaders/visibility.js";
import type { ApiSettings } from "../../config.js";
import type { ErrorLogger } from "../plugins/hardening.js";
import { etagOf, ifNoneMatchHits } from "../plugins/http-caching.js";
import type { ResponseCache } from "../plugins/response-cache/cache.js";

// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site, each author and each
// discussion, built with the `feed` library from what an anonymous reader may
// see. Responses carry an ETag, so a reader polling an unchanged feed gets a
// bodiless 304. With the response cache on, rendered bodies are kept until a
// post, author or discussion changes.

const FEED_SIZE = 20;
const FEED_PATH = /^\/feeds\/(?:posts|(authors|discussions)\/([a-z0-9]+(?:-[a-z0-9]+)*))\.(rss|atom|json)$/;
const CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;
type Format = keyof typeof CONTENT_TYPES;

/** A post's stable id: a tag URI from the site's host and the post's database id, which survive a slug change. */
function entryId(publicUrl: string, post: Post): string {
  return `tag:${new URL(publicUrl).hostname},${post.createdAt.getUTCFullYear()}:post/${post.id}`;
}

interface FeedScope {
  title: string;
  description: string;
  path: string;
  filter: PostFilter;
}

async function scopeFor(loaders: Loaders, kind: string | undefined, slug: string | undefined): Promise<FeedScope | null> {
  const site = (await loaders.site()) ?? { title: "Colloquy", description: "" };
  if (!kind || !slug) {
    return { title: site.title, description: await renderMarkdown(site.description, "TEXT"), path: "posts", filter: {} };
  }
  if (kind === "authors") {
    const author = await loaders.records.authorBySlug.load(slug);
    if (!author) return null;
    return {
      title: `${author.name} — ${site.title}`,
      description: await renderMarkdown(author.bio, "TEXT"),
      path: `authors/${slug}`,
      filter: { authorSlugs: [slug] },
    };
  }
  const discussion = await loaders.records.discussionBySlug.load(slug);
  if (!discussion) return null;
  return {
    title: `${discussion.title} — ${site.title}`,
    description: await renderMarkdown(discussion.prompt, "TEXT"),
    path: `discussions/${slug}`,
    filter: { discussionSlugs: [slug] },
  };
}

/**
 * A plain-text title as each format needs it. Atom declares entry titles
 * `type="html"`, so the text is escaped. RSS titles are plain text in a CDATA
 * section, and the feed library's XML writer (xml-js) escapes only the first
 * "]]>" in one: a zero-width space keeps any further one from ending the
 * section, and looks the same. JSON needs nothing.
 */
function plainTextFor(format: Format, text: string): string {
  if (format === "atom") return escapeHtml(text);
  if (format === "rss") return text.replaceAll("]]>", "]]\u200B>");
  return text;
}

/** JSON Feed 1.1 from the library's 1.0 output: the version, and `authors` lists in place of `author`. */
function toJsonFeed11(json: string, language: string): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const upgrade = (object: Record<string, unknown>) => {
    if (object.author) object.authors = [object.author];
    delete object.author;
  };
  upgrade(feed);
  feed.items.forEach(upgrade);
  return JSON.stringify({ ...feed, version: "https://jsonfeed.org/version/1.1", language }, null, 2);
}

async function renderFeed(
  loaders: Loaders,
  settings: Pick<ApiSettings, "publicUrl">,
  scope: FeedScope,
  format: Format,
): Promise<string> {
  const page = await loaders.posts.page(scope.filter, newestPosts(false), {
    limit: FEED_SIZE,
    direction: "forward",
    after: null,
    before: null,
  });
  const found = await loaders.records.authorById.loadMany([...new Set(page.rows.map((p) => p.authorId))]);
  const failed = found.find((author) => author instanceof Error);
  if (failed) throw failed;
  const authors = new Map(found.flatMap((author) => (author && !(author instanceof Error) ? [[author.id, author] as const] : [])));
  const base = settings.publicUrl;
  const newest = page.rows.reduce<Date | null>((latest, p) => (!latest || p.updatedAt > latest ? p.updatedAt : latest), null);
  const feed = new Feed({
    title: scope.title,
    description: scope.description || undefined,
    id: `${base}/feeds/${scope.path}`,
    link: base,
    language: "en",
    updated: newest ?? new Date(0),
    generator: "Colloquy",
    copyright: "",
    feedLinks: {
      rss: `${base}/feeds/${scope.path}.rss`,
      atom: `${base}/feeds/${scope.path}.atom`,
      json: `${base}/feeds/${scope.path}.json`,
    },
  });
  for (const post of page.rows) {
    const author = authors.get(post.authorId);
    const excerpt = await postExcerpt(post, 280);
    feed.addItem({
      id: entryId(base, post),
      guid: entryId(base, post),
      title: plainTextFor(format, post.title),
      link: postUrl(base, post.slug),
      // RSS descriptions and Atom summaries are read as HTML; the excerpt is plain text.
      description: format === "json" ? excerpt : escapeHtml(excerpt),
      // The sanitized HTML, with the footnotes rendered as endnotes after the text.
      content: await postBody(post, "HTML"),
      date: post.updatedAt,
      published: post.publishedAt ?? post.createdAt,
      author: author ? [{ name: author.name, link: `${base}/authors/${encodeURIComponent(author.slug)}` }] : [],
    });
  }
  // Stored text cannot hold characters XML forbids (the writes refuse them), but
  // text that reached the database some other way must still not break the feed.
  if (format === "rss") return stripForbiddenCharacters(feed.rss2()).text;
  if (format === "atom") return stripForbiddenCharacters(feed.atom1()).text;
  return toJsonFeed11(feed.json1(), "en");
}

/** GET /feeds/posts.{rss,atom,json}, /feeds/authors/<slug>.…, /feeds/discussions/<slug>.… */
export function useFeeds(
  db: PrismaClient,
  settings: Pick<ApiSettings, "publicUrl">,
  cache: Pick<ResponseCache, "feed"> | undefined,
  logError: ErrorLogger,
): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith("/feeds/")) return;
      const match = FEED_PATH.exec(url.pathname);
      const notFound = () =>
        endResponse(new fetchAPI.Response("No such feed.\n", { status: 404, headers: { "content-type": "text/plain" } }));
      if (!match) return notFound();
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
      }
      const [, kind, slug, format] = match as unknown as [string, string | undefined, string | undefined, Format];
      const render = async () => {
        // Anonymous: a feed shows what every reader may see. One set of loaders for the whole feed.
        const loaders = createLoaders(db, visibilityFor(anonymousViewer));
        const scope = await scopeFor(loaders, kind, slug);
        if (!scope) return null;
        const text = await renderFeed(loaders, settings, scope, format);
        // Encoded once: a cached feed is sent as the same bytes every time.
        return { body: Buffer.from(text, "utf8"), etag: etagOf(text) };
      };
      let rendered: { body: Uint8Array<ArrayBuffer>; etag: string } | null;
      try {
        rendered = await (cache ? cache.feed(url.pathname, render, request) : render());
      } catch (error) {
        // The database is unreachable, say. The reader gets an id to quote, never the error itself.
        const errorId = randomUUID();
        logError({
          errorId,
          message: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
          path: [url.pathname],
        });
        return endResponse(
          new fetchAPI.Response(`The feed is unavailable right now. Error id: ${errorId}\n`, {
            status: 503,
            headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
          }),
        );
      }
      if (!rendered) return notFound();
      const { body, etag } = rendered;
      const headers = {
        "content-type": CONTENT_TYPES[format],
        etag,
        // Public: feeds hold only what anyone may read. Short, because a new post should show up soon.
        "cache-control": "public, max-age=60, must-revalidate",
        vary: "Accept-Encoding",
      };
      if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
      return endResponse(new fetchAPI.Response(request.method === "HEAD" ? null : body, { status: 200, headers }));
    },
  };
}
