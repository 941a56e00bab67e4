import { countWords, excerptOf, type ContentFormat } from "./markdown.js";
import { mapMaybe, renderMarkdown, type MaybePromise } from "./rendering.js";

// A post's derived fields. Rendering is memoized (rendering.ts), so asking
// for the word count and the excerpt of the same post parses it once.

export interface RenderablePost {
  body: string;
  /** The summary its author wrote (a WordPress `<!--more-->` opening, a Ghost excerpt), in Markdown; else the body's opening is used. */
  excerpt?: string | null;
}

export function postBody(post: RenderablePost, format: ContentFormat): MaybePromise<string> {
  return renderMarkdown(post.body, format);
}

export function postWordCount(post: RenderablePost): MaybePromise<number> {
  return mapMaybe(postBody(post, "TEXT"), countWords);
}

/** At an adult's silent reading pace of about 230 words a minute; never less than a minute. */
export function postReadingTimeMinutes(post: RenderablePost): MaybePromise<number> {
  return mapMaybe(postWordCount(post), (words) => Math.max(1, Math.round(words / 230)));
}

export function postExcerpt(post: RenderablePost, maxLength: number): MaybePromise<string> {
  if (post.excerpt) return mapMaybe(renderMarkdown(post.excerpt, "TEXT"), (text) => excerptOf(text.split("\n\n").join(" "), maxLength));
  return mapMaybe(postBody(post, "TEXT"), (text) => excerptOf(text.split("\n\n").slice(0, 3).join(" "), maxLength));
}
