import { stripForbiddenCharacters } from "../characters.js";
import type { PrismaClient } from "../../db/client.js";
import { AUTHOR_LIMITS } from "../../domain/authors.js";
import { COMMENT_LIMITS } from "../../domain/comments.js";
import { POST_LIMITS } from "../../domain/posts.js";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugForTitle, slugify } from "../../domain/validation.js";
import {
  checkedPost,
  commenterLookup,
  commentTree,
  countInto as count,
  countPending,
  discussionForTerm,
  emptySummary,
  importAuthor,
  importPost,
  messageOf,
  type AuthorSpec,
  type CommentSpec,
  type ImportSummary,
  type Outcome,
  type PostSpec,
  type WriteContext,
} from "../../domain/imports.js";
import { wordpressToMarkdown } from "./wordpress-html.js";
import { readWxr, type WxrComment, type WxrItem } from "./wxr.js";

// A WordPress export (WXR) into Colloquy: its authors, its posts with their
// comments, each post in its own transaction as it is read, so that an export
// of any size imports in the memory of one post. Posts are matched by slug and
// comments by place, author, time and text, as for the Markdown importer, so
// importing the same export again updates and never duplicates.

export type WordPressImportReport = ImportSummary;

export interface WordPressImportOptions {
  onProgress?: (items: number) => void;
  /** Which taxonomy names a post's discussion: its first category (other than "Uncategorized") or its first tag. None by default. */
  discussionsFrom?: "category" | "tag";
}

/** "2024-03-01 10:00:00" in UTC; null for WordPress's zero date. */
function gmtDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match || match[1] === "0000") return null;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!));
  return Number.isNaN(date.valueOf()) ? null : date;
}

/** A post's slug from WordPress's post_name (percent-encoded for non-Latin titles), or from its title. */
function slugOf(item: WxrItem): string {
  let name = item.postName;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as it is.
  }
  const slug = slugify(name).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
  if (slug && SLUG_PATTERN.test(slug)) return slug;
  return slugForTitle(item.title || `post ${item.postId}`, "post").slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}

export async function importWordPress(db: PrismaClient, file: string, options: WordPressImportOptions = {}): Promise<WordPressImportReport> {
  const report = emptySummary();
  const authorsByLogin = new Map<string, AuthorSpec>();
  const slugsById = new Map<string, string>();
  const context: WriteContext = { authorIds: new Map(), discussionIds: new Map(), findCommenter: commenterLookup() };
  const seenSlugs = new Map<string, number>();
  let items = 0;

  const upsertAuthor = (spec: AuthorSpec) => importAuthor(db, context, { slug: spec.slug, name: spec.name });

  /** The post's comments as a tree, from comment_parent; spam, trash, pingbacks and trackbacks left out and counted. */
  const commentsOf = (item: WxrItem): CommentSpec[] => {
    const kept = new Map<string, CommentSpec>();
    const parents = new Map<string, string>();
    for (const comment of item.comments) {
      const reason = skipReason(comment);
      if (reason) {
        count(report.comments.skipped, reason);
        continue;
      }
      const createdAt = gmtDate(comment.dateGmt);
      const body = wordpressToMarkdown(stripForbiddenCharacters(comment.content).text).markdown.trim();
      if (!createdAt || !body || body.length > COMMENT_LIMITS.body) {
        count(report.comments.skipped, !createdAt ? "no date" : !body ? "empty" : "too long");
        continue;
      }
      const name = (comment.author.trim() || "Anonymous").slice(0, COMMENT_LIMITS.authorName);
      const email = comment.email && comment.email.length <= COMMENT_LIMITS.authorEmail ? comment.email : undefined;
      const authorSlug = comment.userId !== "0" ? slugsById.get(comment.userId) : undefined;
      kept.set(comment.id, {
        name,
        createdAt,
        body,
        replies: [],
        status: comment.approved === "1" ? "APPROVED" : "PENDING",
        ...(email ? { email } : {}),
        // A guest's name is whatever they typed: it never makes the comment an author's.
        ...(authorSlug ? { authorSlug } : { guest: true }),
      });
      if (comment.parent && comment.parent !== "0") parents.set(comment.id, comment.parent);
    }
    return commentTree(kept, parents);
  };

  await readWxr(file, {
    author: async (author) => {
      const slug = slugify(author.login) || slugForTitle(author.displayName || author.login, "author");
      const spec: AuthorSpec = { slug, name: (author.displayName || author.login || slug).slice(0, AUTHOR_LIMITS.name), line: author.line };
      authorsByLogin.set(author.login, spec);
      if (author.id) slugsById.set(author.id, slug);
      await upsertAuthor(spec);
      report.authors++;
    },
    item: async (item) => {
      options.onProgress?.(++items);
      const where = { file, line: item.line };
      if (item.postType !== "post") {
        count(report.skippedItems, item.postType || "unknown");
        return;
      }
      if (item.status === "trash" || item.status === "auto-draft" || item.status === "inherit") {
        count(report.skippedItems, `post (${item.status})`);
        return;
      }
      let publishedAt: Date | null = null;
      if (item.status === "publish" && item.password) count(report.drafts, "password-protected");
      else if (item.status === "publish") publishedAt = gmtDate(item.postDateGmt) ?? gmtDate(item.postDate);
      else count(report.drafts, item.status === "future" ? "scheduled" : item.status || "no status");
      if (item.status === "publish" && !item.password && !publishedAt) {
        report.errors.push({ ...where, message: `post ${item.postId}: published with no date` });
        report.posts.failed++;
        return;
      }

      const title = stripForbiddenCharacters(item.title).text.trim() || "Untitled";
      if (!item.title.trim()) report.warnings.push({ ...where, message: `post ${item.postId} has no title: imported as "Untitled"` });
      const converted = wordpressToMarkdown(stripForbiddenCharacters(item.content).text, item.meta.get("footnotes"));
      for (const note of converted.notes) report.warnings.push({ ...where, message: `post ${item.postId}: ${note}` });
      const body = converted.markdown.trim() ? converted.markdown : "*(This post had no text.)*\n";
      const analysis = await checkedPost(title, body);
      if ("problem" in analysis) {
        report.errors.push({ ...where, message: `post ${item.postId}: ${analysis.problem}` });
        report.posts.failed++;
        return;
      }

      let slug = slugOf(item);
      // Two posts WordPress kept apart by their ids may share a name (drafts often do): the later one is numbered.
      const owner = seenSlugs.get(slug);
      if (owner !== undefined && owner !== Number(item.postId)) slug = `${slug}-${item.postId}`;
      seenSlugs.set(slug, Number(item.postId));

      let author = authorsByLogin.get(item.creator);
      if (!author) {
        const authorSlug = slugify(item.creator) || "wordpress";
        author = { slug: authorSlug, name: item.creator || "WordPress", line: item.line };
        authorsByLogin.set(item.creator, author);
        await upsertAuthor(author);
      }
      const terms = termsOf(item);
      const prompt = options.discussionsFrom ? terms.find((term) => term.taxonomy === options.discussionsFrom && term.slug !== "uncategorized") : undefined;
      const discussion = await discussionForTerm(db, context, prompt, item.line);
      const spec: PostSpec = {
        file,
        notes: analysis.notes,
        slug,
        slugLine: item.line,
        title,
        body,
        publishedAt,
        author,
        discussion,
        // The excerpt its author wrote in WordPress's Excerpt box, else the opening above `<!--more-->`.
        excerpt: excerptOf(item.excerpt) ?? (converted.excerpt ? converted.excerpt.slice(0, POST_LIMITS.excerpt) : null),
        inResponseTo: null,
        comments: commentsOf(item),
        imported: {
          legacyUrls: item.link ? [item.link] : [],
          terms,
          scheduledAt: item.status === "future" ? gmtDate(item.postDateGmt) : null,
        },
      };
      report.comments.pending += countPending(spec.comments);
      try {
        const { outcome, commentsAdded } = await importPost(db, spec, context);
        report.posts[outcome as Outcome]++;
        report.comments.added += commentsAdded;
      } catch (error) {
        report.errors.push({ ...where, message: `post ${item.postId} not written: ${messageOf(error)}` });
        report.posts.failed++;
      }
    },
  });
  return report;
}

/** A post's categories and tags, with their slugs decoded (WordPress percent-encodes non-Latin ones). */
function termsOf(item: WxrItem): { taxonomy: "category" | "tag"; slug: string; name: string }[] {
  return item.terms.flatMap((term) => {
    const taxonomy = term.domain === "category" ? "category" : term.domain === "post_tag" ? "tag" : null;
    if (!taxonomy || !term.name) return [];
    let slug = term.nicename;
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // As written.
    }
    return [{ taxonomy, slug: (slug || slugify(term.name)).slice(0, 200), name: term.name.slice(0, 200) }];
  });
}

/** WordPress's hand-written excerpt (HTML) as Markdown, or null when the box was left empty. */
function excerptOf(html: string): string | null {
  const text = stripForbiddenCharacters(html).text.trim();
  if (!text) return null;
  return wordpressToMarkdown(text).markdown.trim().slice(0, POST_LIMITS.excerpt) || null;
}

/** Why a WordPress comment is not imported, or null. */
function skipReason(comment: WxrComment): string | null {
  if (comment.type === "pingback" || comment.type === "trackback") return `${comment.type}s`;
  if (comment.approved === "spam") return "spam";
  if (comment.approved === "trash" || comment.approved === "post-trashed") return "trash";
  return null;
}
