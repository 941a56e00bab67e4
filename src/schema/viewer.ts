import type { Viewer } from "../auth/viewer.js";
import { builder } from "./builder.js";
import { AuthorRef } from "./refs.js";

type AuthenticatedViewer = Extract<Viewer, { kind: "author" }>;

const AccessRoleEnum = builder.enumType("AccessRole", {
  description: "What an API token allows.",
  values: {
    AUTHOR: { description: "Write posts, and edit and publish one's own." },
    EDITOR: { description: "Anything, moderation included." },
  } as const,
});

const ViewerRef = builder.objectRef<AuthenticatedViewer>("Viewer").implement({
  description: "Whoever the request's bearer token stands for.",
  fields: (t) => ({
    author: t.field({ type: AuthorRef, description: "The author the token belongs to.", resolve: (viewer) => viewer.authorId }),
    role: t.field({ type: AccessRoleEnum, description: "What the token allows.", resolve: (viewer) => viewer.role }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: "The authenticated author and their role; null for an anonymous request.",
    resolve: (_root, _args, ctx) => (ctx.viewer.kind === "author" ? ctx.viewer : null),
  }),
);
