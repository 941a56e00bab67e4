import { countWords, excerptOf, renderMarkdown, type ContentFormat } from "./markdown.js";

// A post's derived fields. Rendering is memoized (render-cache.ts), so asking
// for the word count and the excerpt of the same post parses it once.

export interface RenderablePost {
  body: string;
}

export function postBody(post: RenderablePost, format: ContentFormat): string {
  return renderMarkdown(post.body, format);
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
