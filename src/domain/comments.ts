import { createHash } from "node:crypto";
import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import type { Comment, CommentStatus } from "../generated/prisma/client.js";
import { loadCommentsById } from "../loaders/records.js";
import { canSeePost, visibilityFor } from "../loaders/visibility.js";
import { ForbiddenError, NotFoundError } from "./errors.js";
import { recordEvent } from "./events.js";
import { hookPoint } from "./faults.js";
import { once } from "./idempotency.js";
import { isForeignKeyViolation } from "./unique.js";
import { EMAIL_PATTERN, InputChecks } from "./validation.js";

export const COMMENT_LIMITS = { body: 10_000, authorName: 80, authorEmail: 254 };

export interface AddCommentInput {
  postId: number;
  parentId?: number | null;
  body: string;
  authorName?: string | null;
  authorEmail?: string | null;
  idempotencyKey?: string | null;
}

export interface CommentPolicy {
  /** Hold anonymous comments for approval. */
  moderation: boolean;
  /** How long an author may edit their own comment. */
  editMinutes: number;
}

/**
 * A comment or reply. Registered authors' comments are approved at once;
 * anonymous readers' wait for an editor while moderation is on.
 */
export async function addComment(
  db: PrismaClient,
  viewer: Viewer,
  policy: CommentPolicy,
  input: AddCommentInput,
): Promise<{ comment: Comment; replayed: boolean }> {
  const checks = new InputChecks();
  const body = await checks.markdown(["body"], input.body, { required: true, max: COMMENT_LIMITS.body });
  let authorName: string | undefined;
  let authorEmail: string | undefined;
  if (viewer.kind === "anonymous") {
    authorName = checks.text(["authorName"], input.authorName, { required: true, max: COMMENT_LIMITS.authorName });
    authorEmail = checks.text(["authorEmail"], input.authorEmail, { min: 0, max: COMMENT_LIMITS.authorEmail }) || undefined;
    if (authorEmail && !checks.refused(["authorEmail"]) && !EMAIL_PATTERN.test(authorEmail)) checks.add(["authorEmail"], "is not an email address");
  }
  checks.throwIfAny();

  // Anonymous callers have no identity to scope their keys by; their name and address stand in for one.
  const scope =
    viewer.kind === "author"
      ? `token:${viewer.tokenId}`
      : `anonymous:${createHash("sha256").update(`${authorName}\u0000${authorEmail ?? ""}`).digest("hex")}`;

  const outcome = await once(db, { scope, operation: "addComment", key: input.idempotencyKey, request: input }, async (tx) => {
    const post = await tx.post.findFirst({ where: { id: input.postId } });
    if (!post || !canSeePost(viewer, post)) throw new NotFoundError("No such post.");
    if (input.parentId != null) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId } });
      if (!parent || parent.postId !== post.id || parent.status !== "APPROVED") {
        const problem = new InputChecks();
        problem.add(["parentId"], "no such comment on this post");
        problem.throwIfAny();
      }
    }
    const status: CommentStatus = viewer.kind === "author" || !policy.moderation ? "APPROVED" : "PENDING";
    await hookPoint("addComment.beforeInsert");
    const comment = await tx.comment.create({
      data: {
        postId: post.id,
        parentId: input.parentId ?? null,
        authorId: viewer.kind === "author" ? viewer.authorId : null,
        authorName: viewer.kind === "author" ? null : authorName!,
        authorEmail: viewer.kind === "author" ? null : (authorEmail ?? null),
        body: body!,
        status,
      },
    });
    if (status === "APPROVED") await recordEvent(db, tx, "comment.approved", { postId: post.id, commentId: comment.id });
    return comment.id;
  }).catch((error: unknown) => {
    // The post (or the comment replied to) was deleted between the checks above and the insert.
    if (isForeignKeyViolation(error)) throw new NotFoundError("No such post.");
    throw error;
  });
  const comment = await db.comment.findFirst({ where: { id: outcome.id } });
  // Deleted with its post right after it was written.
  if (!comment) throw new NotFoundError("No such post.");
  return { comment, replayed: outcome.replayed };
}

/** Authors edit their own comments within the edit window; editors any comment, any time. */
export async function editComment(
  db: PrismaClient,
  viewer: Viewer,
  policy: CommentPolicy,
  input: { commentId: number; body: string },
): Promise<Comment> {
  if (viewer.kind !== "author") throw new ForbiddenError("Sign in to edit a comment.");
  const checks = new InputChecks();
  const body = await checks.markdown(["body"], input.body, { required: true, max: COMMENT_LIMITS.body });
  checks.throwIfAny();
  // One row is written, so no transaction: the checks read, then the update writes.
  const comment = await db.comment.findFirst({ where: { id: input.commentId } });
  const own = comment?.authorId === viewer.authorId;
  // A comment the viewer cannot see is not found, whatever the reason it is hidden.
  const visible =
    comment && (own || viewer.role === "EDITOR" || (await loadCommentsById(db, visibilityFor(viewer), [comment.id])).length);
  if (!comment || !visible) throw new NotFoundError("No such comment.");
  if (viewer.role !== "EDITOR") {
    if (!own) throw new ForbiddenError("You may edit only your own comments.");
    const closesAt = comment.createdAt.getTime() + policy.editMinutes * 60_000;
    if (Date.now() > closesAt) {
      throw new ForbiddenError(`Comments can be edited for ${policy.editMinutes} minutes after posting; this one no longer.`);
    }
  }
  return db.comment.update({ where: { id: comment.id }, data: { body: body! } });
}

/** An editor's verdict on a comment, with the status it had before. */
export async function moderateComment(
  db: PrismaClient,
  input: { commentId: number; status: CommentStatus },
): Promise<{ comment: Comment; previousStatus: CommentStatus }> {
  return db.$transaction(async (tx) => {
    const current = await tx.comment.findFirst({ where: { id: input.commentId } });
    if (!current) throw new NotFoundError("No such comment.");
    const comment = await tx.comment.update({ where: { id: current.id }, data: { status: input.status } });
    if (comment.status === "APPROVED" && current.status !== "APPROVED") {
      await recordEvent(db, tx, "comment.approved", { postId: comment.postId, commentId: comment.id });
    }
    return { comment, previousStatus: current.status };
  });
}
