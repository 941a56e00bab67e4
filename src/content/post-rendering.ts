import { countWords, excerptOf, markdownToHtml, markdownToText, type ContentFormat } from "./markdown.js";

// Rendering an essay costs far more than reading it, so each (post, revision)
// is rendered once per process and kept in a small LRU.

interface RenderedPost {
  html?: string;
  text?: string;
}

const MAX_ENTRIES = 500;
const cache = new Map<string, RenderedPost>();

export interface RenderablePost {
  id: number;
  body: string;
  updatedAt: Date;
}

function entryFor(post: RenderablePost): RenderedPost {
  const key = `${post.id}:${post.updatedAt.getTime()}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = {};
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, entry);
  return entry;
}

export function postBody(post: RenderablePost, format: ContentFormat): string {
  if (format === "MARKDOWN") return post.body;
  const entry = entryFor(post);
  if (format === "HTML") return (entry.html ??= markdownToHtml(post.body));
  return (entry.text ??= markdownToText(post.body));
}

export function postWordCount(post: RenderablePost): number {
  return countWords(postBody(post, "TEXT"));
}

/** At an adult's silent reading pace of about 230 words a minute; never less than a minute. */
export function postReadingTimeMinutes(post: RenderablePost): number {
  return Math.max(1, Math.round(postWordCount(post) / 230));
}

export function postExcerpt(post: RenderablePost, maxLength: number): string {
  return excerptOf(postBody(post, "TEXT").split("\n\n").slice(0, 3).join(" "), maxLength);
}
