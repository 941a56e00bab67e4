import type { PrismaClient, TransactionClient } from "../db/client.js";
import type { ResolvedFootnote } from "../content/footnotes.js";
import { analyzePostBody } from "../content/rendering.js";
import type { AuthorRole, PostStatus } from "../generated/prisma/client.js";
import { refreshSources, sourcesCitedBy, syncPostFootnotes } from "./footnotes.js";
import { legacyPath } from "./legacy-urls.js";
import { POST_LIMITS, recordRevision, slugScopeFor } from "./posts.js";
import { slugForTitle, slugify } from "./validation.js";

// The one writer every import format hands its items to (Markdown files,
// WordPress, Ghost, Disqus, the demo content). A format's reader, in
// content/import/, reads its export into the specs below; the writer matches
// them to what the database holds (a post by its slug, a comment by its place,
// author, time and text), so importing the same export again updates and
// never duplicates. Each function here that takes `db` is one transaction.

/** How long one item's transaction may run: a post with thousands of notes and comments. */
const ITEM_TRANSACTION_MS = 60_000;

export interface AuthorSpec {
  slug: string;
  name: string;
  bio?: string;
  affiliation?: string;
  /** Given by an authors.yaml; an author first met in a post is a guest. */
  role?: AuthorRole;
  line: number;
}

export interface DiscussionSpec {
  slug: string;
  title?: string;
  prompt?: string;
  /** When it was opened, for a discussion created by this write (the demo content's); else now. */
  createdAt?: Date;
  line: number;
}

export interface CommentSpec {
  name: string;
  email?: string;
  createdAt: Date;
  body: string;
  replies: CommentSpec[];
  /** Approved unless said otherwise (a WordPress comment held for moderation comes in pending). */
  status?: "APPROVED" | "PENDING" | "REJECTED";
  /** The registered author who wrote it, by slug, when the export says so; otherwise found by name. */
  authorSlug?: string;
  /** A guest's comment, never linked to an author however its name reads (an export says so of a guest named like an author). */
  guest?: boolean;
}

export interface PostSpec {
  file: string;
  /** The body's notes, resolved to what they cite when the file was read, before any transaction. */
  notes: ResolvedFootnote[];
  slug: string;
  slugLine: number;
  title: string;
  body: string;
  publishedAt: Date | null;
  /** Published when it has a publication time, unless this says draft: a post withdrawn after publication keeps its time. */
  status?: PostStatus;
  /** The summary its author wrote, in Markdown, or null for the body's opening. */
  excerpt?: string | null;
  /** When it was last edited, for a post created by this write (the demo content's); else now. */
  updatedAt?: Date;
  author: AuthorSpec;
  discussion: DiscussionSpec | null;
  inResponseTo: { slug: string; line: number } | null;
  comments: CommentSpec[];
  /** What another system knew of the post (a WordPress export): its old addresses, its categories and tags, when it was scheduled. */
  imported?: {
    legacyUrls: string[];
    terms: { taxonomy: "category" | "tag"; slug: string; name: string }[];
    scheduledAt: Date | null;
  };
}

export interface SiteSpec {
  file: string;
  title?: string;
  description?: string;
  line: number;
}

function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

export type Outcome = "created" | "updated" | "skipped";

/** What an import of another system's export did, by kind of item (WordPress, Ghost, Disqus). */
export interface ImportSummary {
  posts: { created: number; updated: number; skipped: number; failed: number };
  /** Posts that came in as drafts though the other system had them otherwise, by reason. */
  drafts: Record<string, number>;
  /** Items that are not posts (pages, attachments, menu items…), and posts the other system had trashed. */
  skippedItems: Record<string, number>;
  /** Comments written by this import; of the export's comments kept, how many are held for moderation; those left out, by reason. */
  comments: { added: number; pending: number; skipped: Record<string, number> };
  authors: number;
  errors: { file: string; line: number; message: string }[];
  warnings: { file: string; line: number; message: string }[];
}

export function emptySummary(): ImportSummary {
  return {
    posts: { created: 0, updated: 0, skipped: 0, failed: 0 },
    drafts: {},
    skippedItems: {},
    comments: { added: 0, pending: 0, skipped: {} },
    authors: 0,
    errors: [],
    warnings: [],
  };
}

export const countInto = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** The notes of a post converted from another system, or why it cannot be written: the API's limits, checked before any transaction. */
export async function checkedPost(title: string, body: string): Promise<{ notes: ResolvedFootnote[] } | { problem: string }> {
  if (title.length > POST_LIMITS.title) return { problem: `the title must be at most ${POST_LIMITS.title} characters` };
  if (body.length > POST_LIMITS.body) return { problem: `the body must be at most ${POST_LIMITS.body} characters` };
  const analysis = await analyzePostBody(body);
  if (analysis.problem) return { problem: `the body ${analysis.problem}` };
  if (analysis.notes.length > POST_LIMITS.footnotes) {
    return { problem: `the body has ${analysis.notes.length} footnotes; a post may have at most ${POST_LIMITS.footnotes}` };
  }
  return { notes: analysis.notes };
}

/**
 * Comments known by another system's ids, with the id each replies to, as
 * threads, oldest first at every level. A reply to a comment that was left out
 * (spam, say) stands on its own.
 */
export function commentTree(kept: Map<string, CommentSpec>, parents: Map<string, string>): CommentSpec[] {
  const roots: CommentSpec[] = [];
  // An export whose replies loop back on themselves (A answers B, B answers A) would nest forever: such a comment starts a thread.
  const loops = (id: string) => {
    const seen = new Set([id]);
    for (let at = parents.get(id); at !== undefined && kept.has(at); at = parents.get(at)) {
      if (seen.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  for (const [id, comment] of kept) {
    const parent = kept.get(parents.get(id) ?? "");
    (parent && !loops(id) ? parent.replies : roots).push(comment);
  }
  const sortTree = (list: CommentSpec[]) => {
    list.sort((a, b) => a.createdAt.valueOf() - b.createdAt.valueOf());
    for (const comment of list) sortTree(comment.replies);
  };
  sortTree(roots);
  return roots;
}

/** The held comments of a tree. */
export const countPending = (list: CommentSpec[]): number => list.reduce((n, c) => n + (c.status === "PENDING" ? 1 : 0) + countPending(c.replies), 0);

/** Finds the Author a commenter's name stands for: by slug first, then by exact name. */
export function commenterLookup() {
  const cache = new Map<string, number | null>();
  return async (tx: TransactionClient, name: string): Promise<number | null> => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const slug = slugify(name);
    const author =
      (slug ? await tx.author.findFirst({ where: { slug }, select: { id: true } }) : null) ??
      (await tx.author.findFirst({ where: { name }, orderBy: { id: "asc" }, select: { id: true } }));
    cache.set(name, author?.id ?? null);
    return author?.id ?? null;
  };
}

export type FindCommenter = ReturnType<typeof commenterLookup>;

/** Adds the comments not yet on the post; an imported comment is known by its place, author, time and text. */
export async function writeComments(
  tx: TransactionClient,
  comments: CommentSpec[],
  postId: number,
  parentId: number | null,
  findCommenter: FindCommenter,
): Promise<number> {
  let added = 0;
  for (const comment of comments) {
    const authorId = comment.guest
      ? null
      : comment.authorSlug
        ? ((await tx.author.findFirst({ where: { slug: comment.authorSlug }, select: { id: true } }))?.id ?? (await findCommenter(tx, comment.name)))
        : await findCommenter(tx, comment.name);
    const placed = { postId, parentId, createdAt: comment.createdAt, body: comment.body };
    // A guest's comment stays itself after an Author of that name appears.
    const byAuthor = authorId === null ? [] : [{ authorId }];
    let row = await tx.comment.findFirst({
      where: { ...placed, OR: [...byAuthor, { authorId: null, authorName: comment.name }] },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (!row) {
      row = await tx.comment.create({
        data: {
          ...placed,
          authorId,
          authorName: authorId === null ? comment.name : null,
          authorEmail: authorId === null ? (comment.email ?? null) : null,
          status: comment.status ?? "APPROVED",
        },
        select: { id: true },
      });
      added++;
    }
    added += await writeComments(tx, comment.replies, postId, row.id, findCommenter);
  }
  return added;
}

export interface WriteContext {
  authorIds: Map<string, number>;
  discussionIds: Map<string, number>;
  findCommenter: FindCommenter;
}

/**
 * Creates or updates one file's post, its notes and comments. A post that
 * answers one not written yet gets its link in the final pass.
 */
export async function writePost(
  tx: TransactionClient,
  spec: PostSpec,
  context: WriteContext,
): Promise<{ outcome: Outcome; linkLater: boolean; commentsAdded: number; postId: number }> {
  const target = spec.inResponseTo
    ? await tx.post.findFirst({ where: { slug: spec.inResponseTo.slug }, select: { id: true } })
    : null;
  const status: PostStatus = spec.status ?? (spec.publishedAt ? "PUBLISHED" : "DRAFT");
  const wanted = {
    title: spec.title,
    body: spec.body,
    excerpt: spec.excerpt ?? null,
    status,
    publishedAt: spec.publishedAt,
    authorId: context.authorIds.get(spec.author.slug)!,
    discussionId: spec.discussion ? context.discussionIds.get(spec.discussion.slug)! : null,
    inResponseToId: target?.id ?? null,
  };
  const linkLater = spec.inResponseTo !== null && target === null;

  // A slug is unique among published posts, and among one author's drafts. A published post is the
  // published one with its slug, or else its author's draft being published; a draft is its author's
  // draft, or else its author's published post being withdrawn. Another author's draft is never touched.
  const slugScope = slugScopeFor(status, wanted.authorId);
  const own = { slug: spec.slug, slugScope: wanted.authorId };
  const published = { slug: spec.slug, slugScope: 0 };
  const current =
    (await tx.post.findFirst({ where: status === "PUBLISHED" ? published : own })) ??
    (await tx.post.findFirst({ where: status === "PUBLISHED" ? own : { ...published, authorId: wanted.authorId } }));
  let outcome: Outcome;
  let postId: number;
  if (!current) {
    const post = await tx.post.create({
      data: {
        slug: spec.slug,
        slugScope,
        ...wanted,
        createdAt: spec.publishedAt ?? new Date(),
        ...(spec.updatedAt ? { updatedAt: spec.updatedAt } : {}),
        // A draft that was published once: its tombstone in readers' sync feeds is dated by its withdrawal, or else its publication.
        withdrawnAt: status === "DRAFT" && spec.publishedAt ? (spec.updatedAt ?? spec.publishedAt) : null,
      },
    });
    await syncPostFootnotes(tx, post.id, spec.notes);
    // The first version is dated as the post: an imported post existed as it is from then.
    await recordRevision(tx, post, post.authorId, ["title", "body", "slug", "status"], post.createdAt);
    outcome = "created";
    postId = post.id;
  } else {
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((field) => {
      const [now, then] = [wanted[field], current[field]];
      return now instanceof Date || then instanceof Date ? now?.valueOf() !== then?.valueOf() : now !== then;
    });
    if (linkLater && !changed.includes("inResponseToId")) changed.push("inResponseToId");
    if (changed.length) {
      const withdrawn = current.status === "PUBLISHED" && status === "DRAFT";
      const post = await tx.post.update({
        where: { id: current.id },
        data: {
          ...wanted,
          slugScope,
          ...(status === "PUBLISHED" ? { withdrawnAt: null } : withdrawn ? { withdrawnAt: new Date() } : {}),
          revision: { increment: 1 },
        },
      });
      if (post.body !== current.body) await syncPostFootnotes(tx, post.id, spec.notes);
      // Published or withdrawn: what its citations say of shared sources starts or stops counting.
      else if (post.status !== current.status) await refreshSources(tx, await sourcesCitedBy(tx, post.id));
      await recordRevision(tx, post, post.authorId, changed);
    }
    outcome = changed.length ? "updated" : "skipped";
    postId = current.id;
  }
  const added = await writeComments(tx, spec.comments, postId, null, context.findCommenter);
  const importedChanged = spec.imported ? await writeImported(tx, postId, spec.imported) : false;
  return { outcome: outcome === "skipped" && (added > 0 || importedChanged) ? "updated" : outcome, linkLater, commentsAdded: added, postId };
}

/**
 * The old addresses, terms and scheduled time another system gave the post,
 * made what the export says now. An address another post already holds stays
 * with that post. Whether anything changed.
 */
async function writeImported(tx: TransactionClient, postId: number, imported: NonNullable<PostSpec["imported"]>): Promise<boolean> {
  let changed = false;
  const current = await tx.post.findFirst({ where: { id: postId }, select: { scheduledAt: true } });
  if ((current?.scheduledAt?.valueOf() ?? null) !== (imported.scheduledAt?.valueOf() ?? null)) {
    await tx.post.update({ where: { id: postId }, data: { scheduledAt: imported.scheduledAt } });
    changed = true;
  }
  for (const url of imported.legacyUrls) {
    const path = legacyPath(url);
    if (!path) continue;
    const held = await tx.postLegacyUrl.findUnique({ where: { path }, select: { postId: true } });
    if (held) continue;
    await tx.postLegacyUrl.create({ data: { postId, path, url } });
    changed = true;
  }
  const terms = await tx.postTerm.findMany({ where: { postId }, select: { taxonomy: true, slug: true, name: true } });
  const key = (t: { taxonomy: string; slug: string; name: string }) => `${t.taxonomy}\u0000${t.slug}\u0000${t.name}`;
  const wanted = [...new Map(imported.terms.map((t) => [`${t.taxonomy}\u0000${t.slug}`, t])).values()];
  if (terms.map(key).sort().join("\n") !== wanted.map(key).sort().join("\n")) {
    await tx.postTerm.deleteMany({ where: { postId } });
    if (wanted.length) await tx.postTerm.createMany({ data: wanted.map((t) => ({ postId, ...t })) });
    changed = true;
  }
  return changed;
}

/** The site, authors and discussions that the posts refer to, created or brought up to date. */
export async function writeShared(
  db: PrismaClient,
  site: SiteSpec | undefined,
  posts: PostSpec[],
  listed: { authors?: AuthorSpec[]; discussions?: DiscussionSpec[] } = {},
) {
  return db.$transaction((tx) => writeSharedIn(tx, site, posts, listed), { timeout: ITEM_TRANSACTION_MS });
}

/**
 * The same, inside the caller's transaction. Authors and discussions listed
 * (an authors.yaml, the demo content) are written in their order, then those
 * only posts name, by slug, so that the ids never depend on the order of files.
 */
async function writeSharedIn(
  tx: TransactionClient,
  site: SiteSpec | undefined,
  posts: PostSpec[],
  listed: { authors?: AuthorSpec[]; discussions?: DiscussionSpec[] } = {},
): Promise<{ authorIds: Map<string, number>; discussionIds: Map<string, number> }> {
  const authors = new Map<string, Omit<AuthorSpec, "line">>();
  const discussions = new Map<string, Omit<DiscussionSpec, "line">>();
  const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  const named = [
    ...(listed.authors ?? []).map((author) => ({ author, discussion: null })),
    ...(listed.discussions ?? []).map((discussion) => ({ author: null, discussion })),
    ...posts.map((post) => ({ author: post.author, discussion: null })).sort((a, b) => bySlug(a.author, b.author)),
    ...posts.flatMap((post) => (post.discussion ? [{ author: null, discussion: post.discussion }] : [])).sort((a, b) => bySlug(a.discussion, b.discussion)),
  ];
  for (const { author } of named) {
    if (!author) continue;
    const { line: _line, ...fields } = author;
    authors.set(author.slug, { ...authors.get(author.slug), ...fields });
  }
  for (const { discussion } of named) {
    if (discussion) {
      const { line: _discussionLine, ...given } = discussion;
      discussions.set(discussion.slug, { ...discussions.get(discussion.slug), ...given });
    }
  }
  if (site) {
    const given = {
      ...(site.title !== undefined ? { title: site.title } : {}),
      ...(site.description !== undefined ? { description: site.description } : {}),
    };
    await tx.site.upsert({
      where: { id: 1 },
      create: { id: 1, title: site.title ?? "", description: site.description ?? "" },
      update: given,
    });
  }
  const authorIds = new Map<string, number>();
  for (const [slug, { name, bio, affiliation, role }] of authors) {
    const details = {
      ...(bio !== undefined ? { bio } : {}),
      ...(role !== undefined ? { role } : {}),
      // An empty affiliation clears it, as it does through the API.
      ...(affiliation !== undefined ? { affiliation: affiliation || null } : {}),
    };
    const row = await tx.author.upsert({
      where: { slug },
      create: { slug, name, ...details },
      update: { name, ...details },
      select: { id: true },
    });
    authorIds.set(slug, row.id);
  }
  const discussionIds = new Map<string, number>();
  for (const [slug, { title, prompt, createdAt }] of discussions) {
    const row = await tx.discussion.upsert({
      where: { slug },
      create: { slug, title: title ?? titleCase(slug), prompt: prompt ?? "", ...(createdAt ? { createdAt } : {}) },
      update: { ...(title !== undefined ? { title } : {}), ...(prompt !== undefined ? { prompt } : {}) },
      select: { id: true },
    });
    discussionIds.set(slug, row.id);
  }
  return { authorIds, discussionIds };
}

/** One post of an import, with its notes and comments, in its own transaction (see writePost). */
export function importPost(db: PrismaClient, spec: PostSpec, context: WriteContext) {
  return db.$transaction((tx) => writePost(tx, spec, context), { timeout: ITEM_TRANSACTION_MS });
}

/** One thread of comments (a Disqus export's) under a post already written, in one transaction; returns how many were added. */
export function importComments(db: PrismaClient, tree: CommentSpec[], postId: number, findCommenter: FindCommenter): Promise<number> {
  return db.$transaction((tx) => writeComments(tx, tree, postId, null, findCommenter), { timeout: ITEM_TRANSACTION_MS });
}

/**
 * An author an export lists, created or brought up to date by slug: the name,
 * and the bio when the export gives one. `keepExisting` leaves an author who
 * is already there as they are (a stand-in such as Ghost's "ghost").
 */
export async function importAuthor(
  db: PrismaClient,
  context: WriteContext,
  author: { slug: string; name: string; bio?: string },
  options: { keepExisting?: boolean } = {},
): Promise<void> {
  const bio = author.bio || undefined;
  const row = await db.author.upsert({
    where: { slug: author.slug },
    create: { slug: author.slug, name: author.name, ...(bio ? { bio } : {}) },
    update: options.keepExisting ? {} : { name: author.name, ...(bio ? { bio } : {}) },
    select: { id: true },
  });
  context.authorIds.set(author.slug, row.id);
}

/**
 * The final pass for a post that answers one written after it: the link, once
 * the post it answers exists. False when there is still no post by that slug.
 */
export async function linkResponse(db: PrismaClient, postId: number, answersSlug: string): Promise<boolean> {
  const target = await db.post.findFirst({ where: { slug: answersSlug }, select: { id: true } });
  if (!target) return false;
  await db.post.update({ where: { id: postId }, data: { inResponseToId: target.id } });
  return true;
}

/**
 * A whole, self-contained set of content in one transaction (the demo
 * content): the site, the authors and discussions, then every post in the
 * order given, each answering only posts before it. A post that answers one
 * the set does not hold fails it, and nothing is written.
 */
export async function importContentSet(
  db: PrismaClient,
  site: SiteSpec,
  posts: PostSpec[],
  listed: { authors?: AuthorSpec[]; discussions?: DiscussionSpec[] },
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const shared = await writeSharedIn(tx, site, posts, listed);
      const context = { ...shared, findCommenter: commenterLookup() };
      for (const spec of posts) {
        const { linkLater } = await writePost(tx, spec, context);
        if (linkLater) throw new Error(`Post "${spec.slug}" answers "${spec.inResponseTo!.slug}", which is not among the posts before it.`);
      }
    },
    { timeout: ITEM_TRANSACTION_MS },
  );
}

/**
 * The discussion a category or tag stands for (`--discussions`), created the
 * first time a post names it, with the term's name as its title.
 */
export async function discussionForTerm(
  db: PrismaClient,
  context: WriteContext,
  term: { slug: string; name: string } | undefined,
  line: number,
): Promise<DiscussionSpec | null> {
  if (!term) return null;
  const discussion = { slug: slugify(term.slug) || slugForTitle(term.name, "discussion"), title: term.name, line };
  if (!context.discussionIds.has(discussion.slug)) {
    const row = await db.discussion.upsert({
      where: { slug: discussion.slug },
      create: { slug: discussion.slug, title: discussion.title.slice(0, 200), prompt: "" },
      update: {},
      select: { id: true },
    });
    context.discussionIds.set(discussion.slug, row.id);
  }
  return discussion;
}

export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1)!;
}

