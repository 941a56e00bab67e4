import { createReadStream } from "node:fs";
import sax from "sax";
import type { PrismaClient } from "../../db/client.js";
import { COMMENT_LIMITS } from "../../domain/comments.js";
import { legacyPath } from "../../domain/legacy-urls.js";
import { slugify } from "../../domain/validation.js";
import { stripForbiddenCharacters } from "../characters.js";
import { wordpressToMarkdown } from "./wordpress-html.js";
import { feedXml } from "./xml-stream.js";
import {
  commenterLookup,
  commentTree,
  countInto,
  countPending,
  emptySummary,
  importComments,
  messageOf,
  type CommentSpec,
  type ImportSummary,
} from "../../domain/imports.js";

// A Disqus export (Moderation → Export, an XML file of <thread> and <post>
// elements) brings comments onto posts already in Colloquy: each thread is
// matched to a post by its identifier or its address, its comments are made
// threads again from their <parent>, and each thread's comments are written in
// one transaction. Comments are matched by place, author, time and text, so
// importing the same export again adds nothing. Disqus may list a post before
// its thread and a reply before its parent, so the whole file is read before
// anything is matched.

export type DisqusImportReport = ImportSummary & {
  /** Threads whose comments came in, and those that matched no post. */
  threads: { matched: number; unmatched: { line: number; link: string; identifier: string }[] };
};

interface DisqusThread {
  line: number;
  identifier: string;
  link: string;
  title: string;
}

interface DisqusPost {
  line: number;
  id: string;
  thread: string;
  parent: string;
  message: string;
  createdAt: string;
  name: string;
  email: string;
  deleted: boolean;
  spam: boolean;
  /** Disqus marks a comment still waiting in its moderation queue with isApproved false; older exports leave it out. */
  approved: boolean;
  /** Posted as a guest, not from a Disqus account. */
  anonymous: boolean;
}

/** Whether the first bytes of a file are a Disqus export. */
export function looksLikeDisqus(head: string): boolean {
  return /<disqus[\s>]/.test(head) && /xmlns="https?:\/\/disqus\.com\/?"/.test(head);
}

/** The export's threads and posts, in full: Disqus puts no order on them. */
function readDisqus(file: string): Promise<{ threads: Map<string, DisqusThread>; posts: DisqusPost[] }> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
    const parser = sax.parser(true, { trim: false, normalize: false, position: true });
    const threads = new Map<string, DisqusThread>();
    const posts: DisqusPost[] = [];
    const path: string[] = [];
    let text = "";
    let thread: (DisqusThread & { id: string }) | null = null;
    let post: DisqusPost | null = null;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.onopentag = (tag) => {
      path.push(tag.name);
      text = "";
      const attributes = tag.attributes as Record<string, string>;
      const id = attributes["dsq:id"] ?? "";
      const line = parser.line + 1;
      if (path.length === 2 && tag.name === "thread") thread = { id, line, identifier: "", link: "", title: "" };
      else if (path.length === 2 && tag.name === "post") {
        post = { line, id, thread: "", parent: "", message: "", createdAt: "", name: "", email: "", deleted: false, spam: false, approved: true, anonymous: true };
      } else if (post && path.length === 3 && tag.name === "thread") post.thread = id;
      else if (post && path.length === 3 && tag.name === "parent") post.parent = id;
    };
    parser.ontext = parser.oncdata = (chunk) => {
      text += chunk;
    };
    parser.onclosetag = (name) => {
      const depth = path.length;
      path.pop();
      const value = text;
      text = "";
      if (thread) {
        if (depth === 2) {
          threads.set(thread.id, thread);
          thread = null;
        } else if (depth === 3 && name === "id") thread.identifier = value.trim();
        else if (depth === 3 && name === "link") thread.link = value.trim();
        else if (depth === 3 && name === "title") thread.title = value.trim();
      } else if (post) {
        if (depth === 2) {
          posts.push(post);
          post = null;
        } else if (depth === 3 && name === "message") post.message = value;
        else if (depth === 3 && name === "createdAt") post.createdAt = value.trim();
        else if (depth === 3 && name === "isDeleted") post.deleted = value.trim() === "true";
        else if (depth === 3 && name === "isSpam") post.spam = value.trim() === "true";
        else if (depth === 3 && name === "isApproved") post.approved = value.trim() !== "false";
        else if (depth === 4 && name === "name") post.name = value.trim();
        else if (depth === 4 && name === "email") post.email = value.trim();
        else if (depth === 4 && name === "isAnonymous") post.anonymous = value.trim() !== "false";
      }
    };
    feedXml(stream, parser, { failed: () => failed, fail, end: () => resolve({ threads, posts }) });
  });
}

/**
 * The post a thread belongs to. Its identifier is what the site gave Disqus
 * (often the slug; the WordPress plugin's is "123 https://…/?p=123"), its link
 * the page it was on. Tried in turn: an identifier that is a post's slug, any
 * address in the identifier or the link among the posts' old addresses, and
 * the link's last path segment as a slug.
 */
async function postFor(db: PrismaClient, thread: DisqusThread): Promise<number | null> {
  const bySlug = async (slug: string) =>
    slug ? ((await db.post.findFirst({ where: { slug }, orderBy: [{ slugScope: "asc" }, { id: "asc" }], select: { id: true } }))?.id ?? null) : null;
  const identifiers = thread.identifier.split(/\s+/).filter(Boolean);
  for (const identifier of identifiers) {
    const found = await bySlug(identifier);
    if (found) return found;
  }
  for (const address of [...identifiers, thread.link]) {
    const path = /^(?:https?:\/\/|\/|\?)/.test(address) ? legacyPath(address) : null;
    if (!path) continue;
    const held = await db.postLegacyUrl.findUnique({ where: { path }, select: { postId: true } });
    if (held) return held.postId;
  }
  if (thread.link) {
    try {
      const segment = decodeURIComponent(new URL(thread.link).pathname.split("/").filter(Boolean).at(-1) ?? "");
      const found = (await bySlug(segment)) ?? (await bySlug(slugify(segment)));
      if (found) return found;
    } catch {
      // Not an address: nothing to match by.
    }
  }
  return null;
}

export async function importDisqus(db: PrismaClient, file: string, options: { onProgress?: (items: number) => void } = {}): Promise<DisqusImportReport> {
  const report: DisqusImportReport = { ...emptySummary(), threads: { matched: 0, unmatched: [] } };
  const { threads, posts } = await readDisqus(file);

  const byThread = new Map<string, DisqusPost[]>();
  for (const post of posts) byThread.set(post.thread, [...(byThread.get(post.thread) ?? []), post]);
  const findCommenter = commenterLookup();
  let items = 0;
  for (const [threadId, comments] of byThread) {
    options.onProgress?.((items += comments.length));
    const thread = threads.get(threadId);
    const postId = thread ? await postFor(db, thread) : null;
    if (!thread || postId === null) {
      const reason = "on a thread that matches no post";
      report.comments.skipped[reason] = (report.comments.skipped[reason] ?? 0) + comments.length;
      if (thread) report.threads.unmatched.push({ line: thread.line, link: thread.link, identifier: thread.identifier });
      else report.errors.push({ file, line: comments[0]!.line, message: `comments name thread ${threadId}, which the export does not hold` });
      continue;
    }
    const kept = new Map<string, CommentSpec>();
    const parents = new Map<string, string>();
    for (const comment of comments) {
      if (comment.spam || comment.deleted) {
        countInto(report.comments.skipped, comment.spam ? "spam" : "deleted");
        continue;
      }
      const created = new Date(comment.createdAt);
      const body = wordpressToMarkdown(stripForbiddenCharacters(comment.message).text).markdown.trim();
      if (Number.isNaN(created.valueOf()) || !body || body.length > COMMENT_LIMITS.body) {
        countInto(report.comments.skipped, Number.isNaN(created.valueOf()) ? "no date" : !body ? "empty" : "too long");
        continue;
      }
      const email = comment.email && comment.email.length <= COMMENT_LIMITS.authorEmail ? comment.email : undefined;
      kept.set(comment.id, {
        name: (stripForbiddenCharacters(comment.name).text.trim() || "Anonymous").slice(0, COMMENT_LIMITS.authorName),
        createdAt: created,
        body,
        replies: [],
        status: comment.approved ? "APPROVED" : "PENDING",
        ...(email ? { email } : {}),
        // Only a Disqus account's comment may be an author's (matched by name); a guest typed whatever name they liked.
        ...(comment.anonymous ? { guest: true } : {}),
      });
      if (comment.parent) parents.set(comment.id, comment.parent);
    }
    const tree = commentTree(kept, parents);
    report.comments.pending += countPending(tree);
    try {
      report.comments.added += await importComments(db, tree, postId, findCommenter);
      report.threads.matched++;
    } catch (error) {
      report.errors.push({ file, line: thread.line, message: `the comments of thread ${threadId} were not written: ${messageOf(error)}` });
    }
  }
  return report;
}
