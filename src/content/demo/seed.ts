import type { PrismaClient } from "../../db/client.js";
import { slugScopeFor } from "../../domain/posts.js";
import { syncPostFootnotes, type TransactionClient } from "../footnotes.js";
import { demoContent } from "./content.js";
import type { DemoComment, DemoContent, DemoPost } from "./types.js";

/** Whether the database holds no content yet, so the demo may be loaded. */
export async function isEmptyDatabase(db: PrismaClient): Promise<boolean> {
  const [posts, authors] = await Promise.all([db.post.count(), db.author.count()]);
  return posts === 0 && authors === 0;
}

/** Posts in an order where every `inResponseTo` target comes before its answers. */
function inDependencyOrder(posts: DemoPost[]): DemoPost[] {
  const bySlug = new Map(posts.map((p) => [p.slug, p]));
  const ordered: DemoPost[] = [];
  const seen = new Set<string>();
  const visit = (post: DemoPost, path: Set<string>): void => {
    if (seen.has(post.slug)) return;
    if (path.has(post.slug)) throw new Error(`Demo posts answer each other in a cycle at "${post.slug}".`);
    path.add(post.slug);
    const target = post.inResponseTo ? bySlug.get(post.inResponseTo) : undefined;
    if (target) visit(target, path);
    seen.add(post.slug);
    ordered.push(post);
  };
  for (const post of posts) visit(post, new Set());
  return ordered;
}

async function insertComments(
  tx: TransactionClient,
  comments: DemoComment[],
  postId: number,
  parentId: number | null,
  authorIds: Map<string, number>,
): Promise<void> {
  for (const comment of comments) {
    const authorId = comment.author ? authorIds.get(comment.author) : undefined;
    if (comment.author && authorId === undefined) throw new Error(`Unknown comment author "${comment.author}".`);
    const row = await tx.comment.create({
      data: {
        postId,
        parentId,
        authorId: authorId ?? null,
        authorName: authorId === undefined ? (comment.name ?? "Anonymous") : null,
        body: comment.body,
        status: comment.status ?? "APPROVED",
        createdAt: new Date(comment.createdAt),
      },
    });
    if (comment.replies?.length) await insertComments(tx, comment.replies, postId, row.id, authorIds);
  }
}

/** Load demo content in one transaction: all of it, or nothing. */
export async function seedDemoContent(db: PrismaClient, content: DemoContent = demoContent): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.site.upsert({
        where: { id: 1 },
        create: { id: 1, ...content.site },
        update: content.site,
      });

      const authorIds = new Map<string, number>();
      for (const author of content.authors) {
        const row = await tx.author.create({ data: author });
        authorIds.set(author.slug, row.id);
      }

      const discussionIds = new Map<string, number>();
      for (const discussion of content.discussions) {
        const row = await tx.discussion.create({ data: { ...discussion, createdAt: new Date(discussion.createdAt) } });
        discussionIds.set(discussion.slug, row.id);
      }

      const postIds = new Map<string, number>();
      for (const post of inDependencyOrder(content.posts)) {
        const authorId = authorIds.get(post.author);
        if (authorId === undefined) throw new Error(`Post "${post.slug}" names unknown author "${post.author}".`);
        const publishedAt = post.publishedAt ? new Date(post.publishedAt) : null;
        const row = await tx.post.create({
          data: {
            slug: post.slug,
            slugScope: slugScopeFor(post.status, authorId),
            title: post.title,
            body: post.body,
            status: post.status,
            publishedAt,
            withdrawnAt: post.status === "DRAFT" && publishedAt ? (post.updatedAt ? new Date(post.updatedAt) : publishedAt) : null,
            createdAt: publishedAt ?? new Date(),
            updatedAt: post.updatedAt ? new Date(post.updatedAt) : (publishedAt ?? new Date()),
            authorId,
            discussionId: post.discussion ? (discussionIds.get(post.discussion) ?? null) : null,
            inResponseToId: post.inResponseTo ? (postIds.get(post.inResponseTo) ?? null) : null,
          },
        });
        postIds.set(post.slug, row.id);
        await tx.postRevision.create({
          data: {
            postId: row.id,
            revision: row.revision,
            editorId: authorId,
            title: row.title,
            body: row.body,
            status: row.status,
            changed: JSON.stringify(["title", "body", "slug", "status"]),
            createdAt: row.createdAt,
          },
        });

        await syncPostFootnotes(tx, row.id, post.body);

        await insertComments(tx, post.comments ?? [], row.id, null, authorIds);
      }
    },
    { timeout: 60_000 },
  );
}
