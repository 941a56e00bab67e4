import { documentIdPrefix } from "../content/markdown.js";
import { renderMarkdown } from "../content/rendering.js";
import { builder } from "./builder.js";
import { ContentFormatEnum } from "./scalars.js";

interface SiteShape {
  title: string;
  description: string;
}

const SiteRef = builder.objectRef<SiteShape>("Site").implement({
  description: "The blog itself.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The blog's name." }),
    description: t.string({
      description: "What the blog is about.",
      args: { format: t.arg({ type: ContentFormatEnum, required: true, defaultValue: "HTML", description: "Output format." }) },
      resolve: (site, { format }) => renderMarkdown(site.description, format, documentIdPrefix("site", 1)),
    }),
  }),
});

builder.queryField("site", (t) =>
  t.field({
    type: SiteRef,
    description: "The blog's title and description.",
    resolve: async (_root, _args, ctx) =>
      (await ctx.loaders.site()) ?? { title: "Colloquy", description: "" },
  }),
);
