import { inlineMarkdownToHtml } from "../content/markdown.js";
import { FootnoteRef, PostRef, SourceRef } from "./refs.js";

FootnoteRef.implement({
  description: "A numbered note of a post, usually a citation.",
  fields: (t) => ({
    number: t.field({
      type: "PositiveInt",
      description: "1-based, in order of first reference in the post.",
      resolve: (note) => note.number,
    }),
    text: t.exposeString("text", { description: "The note's Markdown, exactly as written." }),
    html: t.string({ description: "The note as sanitized inline HTML.", resolve: (note) => inlineMarkdownToHtml(note.text) }),
    pages: t.exposeString("pages", { nullable: true, description: "The pages this note cites, e.g. \"50–52\"." }),
    isIbid: t.boolean({
      description: "True for an \"Ibid.\" note, which repeats the citation of an earlier note.",
      resolve: (note) => note.refersToId !== null,
    }),
    refersTo: t.field({
      type: FootnoteRef,
      nullable: true,
      description: "For an \"Ibid.\" note, the earlier note holding the full citation.",
      resolve: (note) => note.refersToId,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: "The work cited, shared with every other note that cites it. Null when the note cites nothing known.",
      resolve: (note) => note.sourceId,
    }),
    post: t.field({ type: PostRef, description: "The post the note belongs to.", resolve: (note) => note.postId }),
  }),
});
