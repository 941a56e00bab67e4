import type { PrismaClient } from "../../db/client.js";
import { checkedPost, importContentSet, type AuthorSpec, type CommentSpec, type PostSpec } from "../../domain/imports.js";
import { demoContent } from "./content.js";
import type { DemoComment, DemoContent, DemoPost } from "./types.js";

// The demo content goes in through the importers' writer (domain/imports.ts),
// with the same rules as any import: footnotes parsed into sources, a first
// revision per post, slugs in their scopes.

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

function commentSpecs(comments: DemoComment[], authors: Map<string, AuthorSpec>): CommentSpec[] {
  return comments.map((comment) => {
    const author = comment.author ? authors.get(comment.author) : undefined;
    if (comment.author && !author) throw new Error(`Unknown comment author "${comment.author}".`);
    return {
      name: author?.name ?? comment.name ?? "Anonymous",
      createdAt: new Date(comment.createdAt),
      body: comment.body,
      replies: commentSpecs(comment.replies ?? [], authors),
      status: comment.status ?? "APPROVED",
      // A guest stays a guest, whatever the name.
      ...(author ? { authorSlug: author.slug } : { guest: true }),
    };
  });
}

/** Load demo content in one transaction: all of it, or nothing. */
export async function seedDemoContent(db: PrismaClient, content: DemoContent = demoContent): Promise<void> {
  const authors = new Map(
    content.authors.map((author): [string, AuthorSpec] => [
      author.slug,
      { slug: author.slug, name: author.name, bio: author.bio, role: author.role, line: 0, ...(author.affiliation ? { affiliation: author.affiliation } : {}) },
    ]),
  );
  const discussions = content.discussions.map((d) => ({ slug: d.slug, title: d.title, prompt: d.prompt, createdAt: new Date(d.createdAt), line: 0 }));
  const posts: PostSpec[] = [];
  // Notes are resolved before the transaction, as for every write.
  for (const post of inDependencyOrder(content.posts)) {
    const author = authors.get(post.author);
    if (!author) throw new Error(`Post "${post.slug}" names unknown author "${post.author}".`);
    const checked = await checkedPost(post.title, post.body);
    if ("problem" in checked) throw new Error(`Demo post "${post.slug}": ${checked.problem}`);
    posts.push({
      file: `demo:${post.slug}`,
      notes: checked.notes,
      slug: post.slug,
      slugLine: 0,
      title: post.title,
      body: post.body,
      publishedAt: post.publishedAt ? new Date(post.publishedAt) : null,
      status: post.status,
      ...(post.updatedAt || post.publishedAt ? { updatedAt: new Date((post.updatedAt ?? post.publishedAt)!) } : {}),
      author,
      discussion: post.discussion ? { slug: post.discussion, line: 0 } : null,
      inResponseTo: post.inResponseTo ? { slug: post.inResponseTo, line: 0 } : null,
      comments: commentSpecs(post.comments ?? [], authors),
    });
  }
  const site = { file: "demo", line: 0, title: content.site.title, description: content.site.description };
  await importContentSet(db, site, posts, { authors: [...authors.values()], discussions });
}
