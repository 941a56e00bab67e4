import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import type { PrismaClient } from "../db/client.js";
import { slugify } from "../domain/validation.js";
import type { AuthorRole, CommentStatus } from "../generated/prisma/client.js";
import { EXPORT_MANIFEST } from "./import/markdown.js";

// Writes the whole site in the Markdown importer's own format, so that
// `npm run import` of the directory brings it back:
//
//   colloquy-export.yaml   marks the directory as an export (its posts are read exactly as written)
//   site.yaml              the site's title and description
//   authors.yaml           every author, with or without posts
//   discussions.yaml       every discussion
//   posts/<slug>.md        each published post: front matter, then the body as written
//   drafts/<author>/<slug>.md   each draft, under its author (a draft's slug is its author's own)
//
// The output depends only on what the database holds, never on ids, the clock
// or the order rows were written in, so exporting, importing into an empty
// database and exporting again gives the same bytes.

export interface ExportReport {
  directory: string;
  authors: number;
  discussions: number;
  posts: { published: number; drafts: number };
  comments: number;
}

/** How many posts are read at a time: the export holds one page of posts and their comments, whatever the site's size. */
const PAGE = 100;

const ROLE_WORDS: Record<AuthorRole, string> = { FACULTY: "faculty", STUDENT_FELLOW: "student-fellow", STAFF: "staff", GUEST: "guest" };
const COMMENT_STATUS_WORDS: Record<CommentStatus, string | null> = { APPROVED: null, PENDING: "pending", REJECTED: "rejected" };

/** YAML as the importer reads it back: no folded lines, keys in the order given. */
function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 });
}

/** Text as the importer stores it: it trims every front-matter value, so the export writes them trimmed. */
function trimmed(text: string): string {
  return text.trim();
}

const iso = (date: Date) => date.toISOString();

async function writeYaml(file: string, heading: string, value: unknown): Promise<void> {
  await writeFile(file, `# ${heading}\n${yaml(value)}`, "utf8");
}

/**
 * Export everything into `directory`, which must be empty or not exist yet:
 * an export never mixes with files already there.
 */
export async function exportSite(db: PrismaClient, directory: string): Promise<ExportReport> {
  const existing = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (existing.length) throw new Error(`${directory} is not empty; export into a new or empty directory`);
  await mkdir(directory, { recursive: true });

  await writeYaml(path.join(directory, EXPORT_MANIFEST), "A Colloquy export: `npm run import -- <this directory>` brings it back.", { format: 1 });

  const site = await db.site.findUnique({ where: { id: 1 } });
  if (site && trimmed(site.title)) {
    await writeYaml(path.join(directory, "site.yaml"), "The site.", {
      title: trimmed(site.title),
      ...(trimmed(site.description) ? { description: trimmed(site.description) } : {}),
    });
  }

  const authors = await db.author.findMany({ orderBy: { slug: "asc" } });
  await writeYaml(path.join(directory, "authors.yaml"), "Every author, with or without posts.", {
    authors: authors.map((author) => ({
      slug: author.slug,
      name: trimmed(author.name),
      ...(trimmed(author.bio) ? { bio: trimmed(author.bio) } : {}),
      ...(author.affiliation && trimmed(author.affiliation) ? { affiliation: trimmed(author.affiliation) } : {}),
      role: ROLE_WORDS[author.role],
    })),
  });
  const authorById = new Map(authors.map((author) => [author.id, author]));
  // A guest whose name reads as an author's would be taken for that author on the way back in.
  const authorSlugs = new Set(authors.map((author) => author.slug));
  const authorNames = new Set(authors.map((author) => author.name));
  const looksRegistered = (name: string) => authorNames.has(name) || authorSlugs.has(slugify(name));

  const discussions = await db.discussion.findMany({ orderBy: { slug: "asc" } });
  await writeYaml(path.join(directory, "discussions.yaml"), "Every discussion: the shared prompts that posts respond to.", {
    discussions: discussions.map((discussion) => ({
      slug: discussion.slug,
      title: trimmed(discussion.title),
      ...(trimmed(discussion.prompt) ? { prompt: trimmed(discussion.prompt) } : {}),
    })),
  });
  const discussionSlugs = new Map(discussions.map((discussion) => [discussion.id, discussion.slug]));

  const report: ExportReport = { directory, authors: authors.length, discussions: discussions.length, posts: { published: 0, drafts: 0 }, comments: 0 };
  let after = 0;
  for (;;) {
    const posts = await db.post.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      include: {
        inResponseTo: { select: { slug: true } },
        legacyUrls: { select: { url: true } },
        terms: { select: { taxonomy: true, slug: true, name: true } },
        comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
    });
    if (!posts.length) break;
    after = posts.at(-1)!.id;
    for (const post of posts) {
      const author = authorById.get(post.authorId)!;
      const published = post.status === "PUBLISHED";

      type Row = (typeof post.comments)[number];
      const children = new Map<number | null, Row[]>();
      for (const comment of post.comments) children.set(comment.parentId, [...(children.get(comment.parentId) ?? []), comment]);
      const commentsUnder = (parentId: number | null): unknown[] =>
        (children.get(parentId) ?? []).map((comment) => {
          const by = comment.authorId !== null ? authorById.get(comment.authorId) : undefined;
          const name = trimmed(by?.name ?? comment.authorName ?? "") || "Anonymous";
          const guestEmail = !by && comment.authorEmail ? trimmed(comment.authorEmail) : "";
          const guest = !by && looksRegistered(name);
          const replies = commentsUnder(comment.id);
          const status = COMMENT_STATUS_WORDS[comment.status];
          return {
            author: by ? { name, slug: by.slug } : guestEmail || guest ? { name, ...(guestEmail ? { email: guestEmail } : {}), ...(guest ? { guest } : {}) } : name,
            date: iso(comment.createdAt),
            ...(status ? { status } : {}),
            body: trimmed(comment.body),
            ...(replies.length ? { replies } : {}),
          };
        });
      const comments = commentsUnder(null);
      report.comments += post.comments.length;

      const terms = (taxonomy: string) =>
        post.terms
          .filter((term) => term.taxonomy === taxonomy)
          .sort((a, b) => (a.slug < b.slug ? -1 : 1))
          .map((term) => ({ slug: term.slug, name: term.name }));
      const [categories, tags] = [terms("category"), terms("tag")];
      const legacyUrls = post.legacyUrls.map((row) => row.url).sort();
      const discussion = post.discussionId !== null ? discussionSlugs.get(post.discussionId) : undefined;
      const front = {
        title: trimmed(post.title),
        slug: post.slug,
        author: { name: trimmed(author.name), slug: author.slug },
        status: published ? "published" : "draft",
        ...(post.publishedAt ? { publishedAt: iso(post.publishedAt) } : {}),
        ...(!published && post.scheduledAt ? { scheduledAt: iso(post.scheduledAt) } : {}),
        ...(discussion ? { discussion } : {}),
        ...(post.inResponseTo ? { inResponseTo: post.inResponseTo.slug } : {}),
        ...(post.excerpt && trimmed(post.excerpt) ? { excerpt: trimmed(post.excerpt) } : {}),
        ...(legacyUrls.length ? { legacyUrls } : {}),
        ...(categories.length ? { categories } : {}),
        ...(tags.length ? { tags } : {}),
        ...(comments.length ? { comments } : {}),
      };
      // The importer starts the body at its first line with text, so leading blank lines cannot come back; nor can they matter.
      const body = post.body.replace(/^(?:[ \t]*\n)+/, "");
      const folder = published ? path.join(directory, "posts") : path.join(directory, "drafts", author.slug);
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, `${post.slug}.md`), `---\n${yaml(front)}---\n\n${body}`, "utf8");
      if (published) report.posts.published++;
      else report.posts.drafts++;
    }
  }
  return report;
}
