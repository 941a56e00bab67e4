import type { Author, Comment, Discussion, Footnote, Post, Source } from "../generated/prisma/client.js";
import {
  loadAuthorsById,
  loadCommentsById,
  loadDiscussionsById,
  loadFootnotesById,
  loadPostsById,
  loadSourcesById,
} from "../loaders/records.js";
import { batchPerEventLoopTurn } from "../loaders/relation-loaders.js";
import { builder } from "./builder.js";

// The node types, declared before they are implemented (one file each) so the
// files can refer to one another. Each loads by id through a per-request
// DataLoader; a resolver returns an id and the loader batches it.

const parseId = (id: string) => Number(id);

export const PostRef = builder.loadableNodeRef("Post", {
  load: (ids: number[], ctx) => loadPostsById(ctx.db, ctx.visibility, ids),
  sort: (post: Post) => post.id,
  loaderOptions: batchPerEventLoopTurn,
  id: { resolve: (post) => post.id, parse: parseId },
});

export const AuthorRef = builder.loadableNodeRef("Author", {
  load: (ids: number[], ctx) => loadAuthorsById(ctx.db, ids),
  sort: (author: Author) => author.id,
  loaderOptions: batchPerEventLoopTurn,
  id: { resolve: (author) => author.id, parse: parseId },
});

export const DiscussionRef = builder.loadableNodeRef("Discussion", {
  load: (ids: number[], ctx) => loadDiscussionsById(ctx.db, ids),
  sort: (discussion: Discussion) => discussion.id,
  loaderOptions: batchPerEventLoopTurn,
  id: { resolve: (discussion) => discussion.id, parse: parseId },
});

export const FootnoteRef = builder.loadableNodeRef("Footnote", {
  load: (ids: number[], ctx) => loadFootnotesById(ctx.db, ctx.visibility, ids),
  sort: (footnote: Footnote) => footnote.id,
  loaderOptions: batchPerEventLoopTurn,
  id: { resolve: (footnote) => footnote.id, parse: parseId },
});

export const SourceRef = builder.loadableNodeRef("Source", {
  load: (ids: number[], ctx) => loadSourcesById(ctx.db, ctx.visibility, ids),
  sort: (source: Source) => source.id,
  loaderOptions: batchPerEventLoopTurn,
  id: { resolve: (source) => source.id, parse: parseId },
});

export const CommentRef = builder.loadableNodeRef("Comment", {
  load: (ids: number[], ctx) => loadCommentsById(ctx.db, ctx.visibility, ids),
  sort: (comment: Comment) => comment.id,
  loaderOptions: batchPerEventLoopTurn,
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
