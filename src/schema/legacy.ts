import { legacyPath } from "../domain/legacy-urls.js";
import { builder } from "./builder.js";
import { PostRef } from "./refs.js";

// What a post brought from the system it was imported from: the addresses it
// had there (so a site can redirect its old links), its categories and tags,
// and the time a scheduled post was to go out.

const TermRef = builder.objectRef<{ slug: string; name: string }>("Term").implement({
  description: "A category or a tag a post had on the system it was imported from.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "As that system named it in its addresses." }),
    name: t.exposeString("name", { description: "As it was shown." }),
  }),
});

builder.objectFields(PostRef, (t) => ({
  legacyUrls: t.field({
    type: ["String"],
    description:
      "The addresses the post had on the system it was imported from (a WordPress permalink, say), oldest first; empty for a post written here. Each is a full URL, or a path (`/the-slug/`) when the export did not say on which host (Ghost's do not).",
    resolve: async (post, _args, ctx) => (await ctx.loaders.legacyUrlsByPost.load(post.id)).map((row) => row.url),
  }),
  categories: t.field({
    type: [TermRef],
    description: "The categories the post had on the system it was imported from.",
    resolve: async (post, _args, ctx) => (await ctx.loaders.termsByPost.load(post.id)).filter((term) => term.taxonomy === "category"),
  }),
  tags: t.field({
    type: [TermRef],
    description: "The tags the post had on the system it was imported from.",
    resolve: async (post, _args, ctx) => (await ctx.loaders.termsByPost.load(post.id)).filter((term) => term.taxonomy === "tag"),
  }),
  scheduledAt: t.field({
    type: "DateTime",
    nullable: true,
    description: "For a draft that was scheduled on the system it was imported from: when it was to be published. Null otherwise.",
    resolve: (post) => (post.status === "DRAFT" ? post.scheduledAt : null),
  }),
}));

builder.queryField("postByLegacyUrl", (t) =>
  t.field({
    type: PostRef,
    nullable: true,
    description:
      "The post that had this address on the system it was imported from, for redirecting old links: a full URL or a path, matched by its path whatever the host, the case, a trailing slash or percent-escapes. Null when no visible post had it.",
    args: { url: t.arg.string({ required: true, description: "The old address, or its path." }) },
    resolve: async (_root, { url }, ctx) => {
      const path = legacyPath(url);
      if (!path) return null;
      const row = await ctx.db.postLegacyUrl.findUnique({ where: { path }, select: { postId: true } });
      // The post's own loader applies what the viewer may see.
      return row?.postId ?? null;
    },
  }),
);
