import type DataLoader from "dataloader";
import type { Author, Comment, Discussion, Footnote, Source } from "../generated/prisma/client.js";
import type { ListedPost } from "../loaders/posts.js";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "./builder.js";
import { nodesSelectAny } from "./pagination.js";

// The node types, declared before they are implemented (one file each) so the
// files can refer to one another. A resolver returns an id; the type loads it
// through the request's record loader (ctx.loaders.records, loaders/context.ts),
// the one cache of records, which lookups by slug prime.

const parseId = (id: string) => Number(id);

/** The visible records among `ids`, read through the request's loader; the ref matches them to the ids (`sort`). */
async function visible<Row>(loader: DataLoader<number, Row | null>, ids: readonly number[]): Promise<(Row | Error)[]> {
  return (await loader.loadMany(ids)).filter((row): row is Row | Error => row !== null);
}

// Pothos's own loader only hands the ids on, in the same turn: the record
// loader batches and caches them (a second cache would hold stale copies).
const handOn = { cache: false };

export const PostRef = builder.loadableNodeRef("Post", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.postById, ids),
  // A post from a list may come without its body (loaders/posts.ts): the fields made from it read it when asked.
  sort: (post: ListedPost) => post.id,
  loaderOptions: handOn,
  id: { resolve: (post) => post.id, parse: parseId },
});

/** The fields of a Post made from its body (schema/post.ts). */
const POST_BODY_FIELDS: ReadonlySet<string> = new Set(["body", "excerpt", "wordCount", "readingTimeMinutes"]);

// The answer depends only on the field's nodes in the document, the same for
// every parent of a list: worked out once per field of a document, not per parent.
const leanByField = new WeakMap<GraphQLResolveInfo["fieldNodes"], boolean>();

/** Whether a list of posts may read them without their bodies: its nodes select none of the fields made from one. */
export function leanPosts(info: GraphQLResolveInfo): boolean {
  const known = info?.fieldNodes && leanByField.get(info.fieldNodes);
  if (known !== undefined) return known;
  const lean = !nodesSelectAny(info, POST_BODY_FIELDS);
  if (info?.fieldNodes) leanByField.set(info.fieldNodes, lean);
  return lean;
}

export const AuthorRef = builder.loadableNodeRef("Author", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.authorById, ids),
  sort: (author: Author) => author.id,
  loaderOptions: handOn,
  id: { resolve: (author) => author.id, parse: parseId },
});

export const DiscussionRef = builder.loadableNodeRef("Discussion", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.discussionById, ids),
  sort: (discussion: Discussion) => discussion.id,
  loaderOptions: handOn,
  id: { resolve: (discussion) => discussion.id, parse: parseId },
});

export const FootnoteRef = builder.loadableNodeRef("Footnote", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.footnoteById, ids),
  sort: (footnote: Footnote) => footnote.id,
  loaderOptions: handOn,
  id: { resolve: (footnote) => footnote.id, parse: parseId },
});

export const SourceRef = builder.loadableNodeRef("Source", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.sourceById, ids),
  sort: (source: Source) => source.id,
  loaderOptions: handOn,
  id: { resolve: (source) => source.id, parse: parseId },
});

export const CommentRef = builder.loadableNodeRef("Comment", {
  load: (ids: number[], ctx) => visible(ctx.loaders.records.commentById, ids),
  sort: (comment: Comment) => comment.id,
  loaderOptions: handOn,
  id: { resolve: (comment) => comment.id, parse: parseId },
});

export const PostConnection = builder.connectionObject(
  { type: PostRef, name: "PostConnection", description: "A page of posts." },
  { name: "PostEdge", description: "A post and its cursor." },
);
export const CommentConnection = builder.connectionObject(
  { type: CommentRef, name: "CommentConnection", description: "A page of comments." },
  { name: "CommentEdge", description: "A comment and its cursor." },
);
export const AuthorConnection = builder.connectionObject(
  { type: AuthorRef, name: "AuthorConnection", description: "A page of authors." },
  { name: "AuthorEdge", description: "An author and its cursor." },
);
export const DiscussionConnection = builder.connectionObject(
  { type: DiscussionRef, name: "DiscussionConnection", description: "A page of discussions." },
  { name: "DiscussionEdge", description: "A discussion and its cursor." },
);

// Every connection counts its whole list on demand, through a batched count loader.
for (const connection of [PostConnection, CommentConnection, AuthorConnection, DiscussionConnection]) {
  builder.objectField(connection, "totalCount", (t) =>
    t.int({
      description: "How many items the whole list holds, across all pages.",
      resolve: (page) => page.totalCount(),
    }),
  );
}
