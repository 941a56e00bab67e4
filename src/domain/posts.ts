import { convertPastedNotes } from "../content/pasted-notes.js";
import type { Viewer } from "../auth/viewer.js";
import { refreshSources, sourcesCitedBy, syncPostFootnotes } from "./footnotes.js";
import type { PrismaClient, TransactionClient } from "../db/client.js";
import type { Post, PostStatus } from "../generated/prisma/client.js";
import { canSeePost, visiblePostWhere } from "../loaders/visibility.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { recordEvent } from "./events.js";
import { faultPoint } from "./faults.js";
import { once } from "./idempotency.js";
import { isForeignKeyViolation, isUniqueViolation } from "./unique.js";
import { InputChecks, slugForTitle, slugTaken } from "./validation.js";

/** A post's notes are listed whole (Post.footnotes has no pages), so the cost model counts this many per post. */
export const POST_LIMITS = { title: 200, body: 200_000, footnotes: 300, excerpt: 2_000 };

type Author = Extract<Viewer, { kind: "author" }>;

export interface PostFields {
  title?: string | null;
  body?: string | null;
  /** Make "[1]" markers with a list of "[1] …" notes at the end (an essay pasted from elsewhere) Markdown footnotes, when they match exactly. */
  convertPastedNotes?: boolean | null;
  slug?: string | null;
  discussionId?: number | null;
  inResponseToId?: number | null;
  /** A summary for lists and feeds, in Markdown; null or empty clears it, so the post's opening is shown. */
  excerpt?: string | null;
}

export interface CreatePostInput extends PostFields {
  title: string;
  body: string;
  publish?: boolean | null;
  idempotencyKey?: string | null;
}

export interface UpdatePostInput extends PostFields {
  postId: number;
  /** The revision the client last saw; the update is refused if the post has moved on. */
  expectedRevision: number;
}

function requireAuthor(viewer: Viewer): Author {
  if (viewer.kind !== "author") throw new ForbiddenError("Sign in to write posts.");
  return viewer;
}

/**
 * Which namespace a post's slug lives in (Post.slugScope): the published one,
 * 0, which every reader sees; or, for a draft, its author's own.
 */
export function slugScopeFor(status: PostStatus, authorId: number): number {
  return status === "PUBLISHED" ? 0 : authorId;
}

/**
 * Refuses a slug that a post the viewer can see already has. A draft the
 * viewer cannot see keeps its slug to itself: saying the slug is taken would
 * tell them the draft exists. The two only meet when the draft is published,
 * and then the slug is refused because of a post everyone can see.
 */
async function checkSlugFree(tx: TransactionClient, viewer: Author, slug: string, exceptPostId?: number): Promise<void> {
  const holder = await tx.post.findFirst({
    where: { slug, ...visiblePostWhere(viewer), ...(exceptPostId === undefined ? {} : { id: { not: exceptPostId } }) },
    select: { id: true },
  });
  if (holder) slugTaken(slug);
}

/**
 * The post a viewer wants to change. Someone else's draft is reported as not
 * found, so that an author cannot learn whether it exists.
 */
async function postToChange(tx: TransactionClient, viewer: Author, postId: number): Promise<Post> {
  const post = await tx.post.findFirst({ where: { id: postId } });
  if (!post) throw new NotFoundError("No such post.");
  if (viewer.role === "EDITOR" || post.authorId === viewer.authorId) return post;
  if (!canSeePost(viewer, post)) throw new NotFoundError("No such post.");
  throw new ForbiddenError("Only the post's author or an editor may change it.");
}

/** Whether answering `targetId` from `postId` would close a loop: the target is the post, or answers it, at any distance. */
async function wouldCycle(tx: TransactionClient, postId: number, targetId: number): Promise<boolean> {
  const seen = new Set<number>();
  for (let current: number | null = targetId; current !== null; ) {
    if (current === postId || seen.has(current)) return true;
    seen.add(current);
    const row: { inResponseToId: number | null } | null = await tx.post.findFirst({
      where: { id: current },
      select: { inResponseToId: true },
    });
    current = row?.inResponseToId ?? null;
  }
  return false;
}

/**
 * The checks that need no database: title, slug and body, whose Markdown is
 * parsed and whose notes are resolved here, before any transaction opens, so
 * that a long body never holds the database's write lock while it is read.
 */
async function checkContent(given: PostFields, creating: boolean) {
  const input = given.convertPastedNotes && typeof given.body === "string" ? { ...given, body: convertPastedNotes(given.body).markdown } : given;
  const checks = new InputChecks();
  const title = checks.text(["title"], input.title, { required: creating, max: POST_LIMITS.title });
  // The body is checked trimmed but stored as written: leading spaces can mean something in Markdown.
  const notes = await checks.postBody(["body"], input.body, {
    required: creating,
    max: POST_LIMITS.body,
    maxNotes: POST_LIMITS.footnotes,
  });
  let slug = checks.slug(["slug"], input.slug);
  if (creating && slug === undefined && title) slug = slugForTitle(title, "post");
  // Absent: unchanged; null or empty: cleared; else a summary in Markdown.
  const excerpt =
    input.excerpt === undefined ? undefined
    : input.excerpt === null || !input.excerpt.trim() ? null
    : ((await checks.markdown(["excerpt"], input.excerpt, { max: POST_LIMITS.excerpt })) ?? undefined);
  return { checks, title, notes, slug, excerpt, body: input.body === undefined || input.body === null ? undefined : input.body };
}

type CheckedContent = Awaited<ReturnType<typeof checkContent>>;

/** The checks against other rows, inside the write's transaction; then every problem found is reported at once. */
async function checkReferences(tx: TransactionClient, viewer: Author, input: PostFields, content: CheckedContent, postId?: number) {
  const { checks } = content;
  if (input.discussionId != null && !(await tx.discussion.findFirst({ where: { id: input.discussionId } }))) {
    checks.add(["discussionId"], "no such discussion");
  }
  if (input.inResponseToId != null) {
    const target = await tx.post.findFirst({ where: { id: input.inResponseToId } });
    if (!target || !canSeePost(viewer, target)) checks.add(["inResponseToId"], "no such post");
    else if (postId !== undefined && (await wouldCycle(tx, postId, input.inResponseToId))) {
      checks.add(["inResponseToId"], "a post cannot answer itself, or a post that answers it");
    }
  }
  checks.throwIfAny();
  return content;
}

/** The version of a post a write just saved, by whom, with the fields it changed; dated now unless said otherwise (an import's first version). */
export async function recordRevision(tx: TransactionClient, post: Post, editorId: number, changed: string[], createdAt?: Date): Promise<void> {
  await tx.postRevision.create({
    data: {
      ...(createdAt ? { createdAt } : {}),
      postId: post.id,
      revision: post.revision,
      editorId,
      title: post.title,
      body: post.body,
      status: post.status,
      changed: JSON.stringify(changed),
    },
  });
}

export async function createPost(
  db: PrismaClient,
  viewer: Viewer,
  input: CreatePostInput,
): Promise<{ postId: number; replayed: boolean }> {
  const author = requireAuthor(viewer);
  const scope = `token:${author.tokenId}`;
  const content = await checkContent(input, true);
  const outcome = await once(db, { scope, operation: "createPost", key: input.idempotencyKey, request: input }, async (tx) => {
    const fields = await checkReferences(tx, author, input, content);
    await checkSlugFree(tx, author, fields.slug!);
    const now = new Date();
    const status: PostStatus = input.publish ? "PUBLISHED" : "DRAFT";
    const post = await tx.post.create({
      data: {
        slug: fields.slug!,
        slugScope: slugScopeFor(status, author.authorId),
        title: fields.title!,
        body: fields.body!,
        status,
        publishedAt: input.publish ? now : null,
        authorId: author.authorId,
        discussionId: input.discussionId ?? null,
        inResponseToId: input.inResponseToId ?? null,
        excerpt: content.excerpt ?? null,
      },
    });
    faultPoint("createPost.afterPost");
    await syncPostFootnotes(tx, post.id, fields.notes!);
    faultPoint("createPost.afterFootnotes");
    await recordRevision(tx, post, author.authorId, ["title", "body", "slug", "status"]);
    if (status === "PUBLISHED") await recordEvent(db, tx, "post.published", { postId: post.id });
    return post.id;
  }).catch((error: unknown) => {
    // Another writer took the slug between the check and the insert.
    if (isUniqueViolation(error, "slug")) slugTaken(content.slug!);
    // The post answered was deleted between the check and the insert.
    if (isForeignKeyViolation(error)) answeredPostGone();
    throw error;
  });
  return { postId: outcome.id, replayed: outcome.replayed };
}

export async function updatePost(db: PrismaClient, viewer: Viewer, input: UpdatePostInput): Promise<Post> {
  const author = requireAuthor(viewer);
  const content = await checkContent(input, false);
  try {
    return await db.$transaction(async (tx) => {
      const current = await postToChange(tx, author, input.postId);
      if (current.revision !== input.expectedRevision) {
        throw new ConflictError(
          `The post has changed since revision ${input.expectedRevision}; it is now at revision ${current.revision}. Reload it and apply your change again.`,
        );
      }
      const fields = await checkReferences(tx, author, input, content, current.id);
      if (fields.slug !== undefined && fields.slug !== current.slug) await checkSlugFree(tx, author, fields.slug, current.id);
      const data = {
        ...(fields.title !== undefined ? { title: fields.title } : {}),
        ...(fields.body !== undefined ? { body: fields.body } : {}),
        ...(fields.slug !== undefined ? { slug: fields.slug } : {}),
        ...(input.discussionId !== undefined ? { discussionId: input.discussionId } : {}),
        ...(input.inResponseToId !== undefined ? { inResponseToId: input.inResponseToId } : {}),
        ...(content.excerpt !== undefined ? { excerpt: content.excerpt } : {}),
      };
      const changed = Object.keys(data).filter((k) => (data as Record<string, unknown>)[k] !== (current as Record<string, unknown>)[k]);
      if (changed.length === 0) return current;
      // Compare-and-set on the revision: a concurrent update that won the race makes this one a conflict.
      const { count } = await tx.post.updateMany({
        where: { id: current.id, revision: current.revision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("The post changed while this update was being saved. Reload it and try again.");
      const updated = await tx.post.findFirstOrThrow({ where: { id: current.id } });
      if (fields.body !== undefined && fields.body !== current.body) await syncPostFootnotes(tx, updated.id, fields.notes!);
      faultPoint("updatePost.afterFootnotes");
      await recordRevision(tx, updated, author.authorId, changed);
      if (updated.status === "PUBLISHED") await recordEvent(db, tx, "post.updated", { postId: updated.id, revision: updated.revision });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug") && input.slug) slugTaken(input.slug);
    if (isForeignKeyViolation(error)) answeredPostGone();
    throw error;
  }
}

function answeredPostGone(): never {
  throw new ValidationError([{ path: ["inResponseToId"], message: "no such post" }]);
}

/**
 * Publish or withdraw a post. Publishing keeps the first publication time when
 * there was one, and moves the slug into the published namespace, where no
 * other published post may have it. Withdrawing records when, for readers'
 * sync feeds. Either way the sources the post cites are recomputed: only
 * published citations shape what readers see of a shared source.
 */
export async function setPostStatus(
  db: PrismaClient,
  viewer: Viewer,
  postId: number,
  status: PostStatus,
): Promise<{ postId: number; changed: boolean }> {
  const author = requireAuthor(viewer);
  const scope = (post: Post) => slugScopeFor(status, post.authorId);
  return db
    .$transaction(async (tx) => {
      const current = await postToChange(tx, author, postId);
      if (current.status === status) return { postId: current.id, changed: false };
      const holder = await tx.post.findFirst({ where: { slug: current.slug, slugScope: scope(current), id: { not: current.id } }, select: { id: true } });
      if (holder) slugInUse(current.slug, status);
      const updated = await tx.post.update({
        where: { id: current.id },
        data: {
          status,
          slugScope: scope(current),
          publishedAt: status === "PUBLISHED" ? (current.publishedAt ?? new Date()) : current.publishedAt,
          withdrawnAt: status === "PUBLISHED" ? null : new Date(),
          revision: { increment: 1 },
        },
      });
      await refreshSources(tx, await sourcesCitedBy(tx, updated.id));
      await recordRevision(tx, updated, author.authorId, ["status"]);
      await recordEvent(db, tx, status === "PUBLISHED" ? "post.published" : "post.unpublished", { postId: updated.id });
      return { postId: updated.id, changed: true };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, "slug")) slugInUse(null, status);
      throw error;
    });
}

/** Publishing (or withdrawing) would give two posts of one namespace the same slug. */
function slugInUse(slug: string | null, status: PostStatus): never {
  const which = slug ? `"${slug}"` : "this post's slug";
  throw new ConflictError(
    status === "PUBLISHED"
      ? `A published post already has the slug ${which}. Give this post another slug, then publish it.`
      : `The author already has a draft with the slug ${which}. Give one of them another slug, then withdraw this post.`,
  );
}

/**
 * Delete a post with its notes, comments and history; posts answering it no
 * longer point at it. Returns whether readers had seen it (it was published).
 */
export async function deletePost(db: PrismaClient, viewer: Viewer, postId: number): Promise<{ wasPublished: boolean }> {
  const author = requireAuthor(viewer);
  return db.$transaction(async (tx) => {
    const current = await postToChange(tx, author, postId);
    // Retries of the requests that created the post or its comments must not replay a deleted object.
    const comments = await tx.comment.findMany({ where: { postId: current.id }, select: { id: true } });
    await tx.idempotencyKey.deleteMany({
      where: {
        OR: [
          { operation: "createPost", result: String(current.id) },
          { operation: "addComment", result: { in: comments.map((c) => String(c.id)) } },
        ],
      },
    });
    // Readers who synced the post need to hear that it is gone; a draft nobody else saw leaves no trace.
    if (current.publishedAt) {
      await tx.postTombstone.create({
        data: { postId: current.id, authorId: current.authorId, discussionId: current.discussionId },
      });
    }
    const cited = await sourcesCitedBy(tx, current.id);
    await tx.post.delete({ where: { id: current.id } });
    // Its notes went with it: what they said of shared sources no longer counts, and sources only it cited go.
    await refreshSources(tx, cited);
    const wasPublished = current.status === "PUBLISHED";
    if (wasPublished) await recordEvent(db, tx, "post.deleted", { postId: current.id });
    return { wasPublished };
  });
}
