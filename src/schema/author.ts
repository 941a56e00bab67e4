import { documentIdPrefix } from "../content/markdown.js";
import { renderMarkdown } from "../content/rendering.js";
import { AUTHOR_LIMITS, updateAuthor } from "../domain/authors.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { Author } from "../generated/prisma/client.js";
import { idOfType } from "./global-id.js";
import { authorsByName, newestCommentsFirst, newestPosts } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { childConnection, pagedConnection } from "./pagination.js";
import { AuthorConnection, AuthorRef, CommentConnection, CommentRef, leanPosts, PostConnection, PostRef } from "./refs.js";
import { ContentFormatEnum } from "./scalars.js";

export const AuthorRoleEnum = builder.enumType("AuthorRole", {
  description: "An author's place in the initiative.",
  values: {
    FACULTY: { description: "A member of the faculty." },
    STUDENT_FELLOW: { description: "A student fellow." },
    STAFF: { description: "Staff of the initiative." },
    GUEST: { description: "A guest contributor." },
  } as const,
});

AuthorRef.implement({
  description: "A person who writes posts, comments, or both.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Unique, URL-safe name." }),
    name: t.field({ type: "NonEmptyString", description: "Full name, as displayed.", resolve: (a) => a.name }),
    bio: t.string({
      description: "A short biography.",
      args: { format: t.arg({ type: ContentFormatEnum, required: true, defaultValue: "HTML", description: "Output format." }) },
      resolve: (author, { format }) => renderMarkdown(author.bio, format, documentIdPrefix("author", author.id)),
    }),
    affiliation: t.exposeString("affiliation", { nullable: true, description: "Department, school or institution." }),
    role: t.field({ type: AuthorRoleEnum, description: "Faculty, student fellow, staff or guest.", resolve: (a) => a.role }),
    posts: t.connection(
      {
        type: PostRef,
        description: "Their published posts, newest first.",
        resolve: (author, args, ctx, info) =>
          childConnection(args, "Author.posts", newestPosts(ctx.visibility.includesDrafts), author.id, {
            page: ctx.loaders.posts.pageByAuthor,
            count: ctx.loaders.posts.countByAuthor,
          }, leanPosts(info)),
      },
      PostConnection,
    ),
    comments: t.connection(
      {
        type: CommentRef,
        description: "Their approved comments on published posts, newest first.",
        resolve: (author, args, ctx) =>
          childConnection(args, "Author.comments", newestCommentsFirst, author.id, {
            page: ctx.loaders.comments.pageByAuthor,
            count: ctx.loaders.comments.countByAuthor,
          }),
      },
      CommentConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  author: t.field({
    type: AuthorRef,
    nullable: true,
    description: "An author by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The author's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.loaders.records.authorBySlug.load(slug),
  }),
  authors: t.connection(
    {
      type: AuthorRef,
      description: "Every author, by name.",
      resolve: (_root, args, ctx) =>
        pagedConnection(args, "Query.authors", authorsByName, (request) => ctx.loaders.directory.authorsPage(request), () =>
          ctx.loaders.directory.authorsCount(),
        ),
    },
    AuthorConnection,
  ),
}));

const UpdateAuthorInput = builder.inputType("UpdateAuthorInput", {
  description: "Changes to a profile. Absent fields stay as they are.",
  fields: (t) => ({
    id: t.id({ description: "The author to change; your own profile when absent. Editors may change anyone's." }),
    name: t.string({ description: `Full name, 1 to ${AUTHOR_LIMITS.name} characters.` }),
    bio: t.string({ description: `Biography in Markdown, up to ${AUTHOR_LIMITS.bio} characters.` }),
    affiliation: t.string({ description: `Up to ${AUTHOR_LIMITS.affiliation} characters; empty clears it.` }),
  }),
});

const UpdateAuthorPayload = builder.objectRef<{ author: Author }>("UpdateAuthorPayload").implement({
  description: "The profile after the change.",
  fields: (t) => ({
    author: t.field({ type: AuthorRef, description: "The updated author.", resolve: (payload) => payload.author }),
  }),
});

builder.mutationField("updateAuthor", (t) =>
  t.field({
    type: UpdateAuthorPayload,
    description: "Edit a profile: your own, or anyone's as an editor.",
    authScopes: { authenticated: true },
    errors: { types: [ValidationError, ForbiddenError, NotFoundError] },
    args: { input: t.arg({ type: UpdateAuthorInput, required: true, description: "The changes." }) },
    resolve: async (_root, { input }, ctx) => {
      const authorId = input.id == null ? null : idOfType("Author", input.id);
      const author = await updateAuthor(ctx.db, ctx.viewer, { ...input, authorId });
      ctx.contentChanged({ kind: "author", authorId: author.id });
      return { author };
    },
  }),
);
