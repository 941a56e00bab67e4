import { renderInlineHtml } from "../content/rendering.js";
import { builder } from "./builder.js";
import { FootnoteRef, PostRef, SourceRef } from "./refs.js";

const FootnoteKindEnum = builder.enumType("FootnoteKind", {
  description: "How a footnote cites its source.",
  values: {
    CITATION: { description: "A full citation." },
    IBID: { description: "\"Ibid.\": the same work as the note before." },
    SHORT_FORM: { description: "A shortened citation (author, short title) of a work cited in full earlier." },
    NOTE: { description: "Commentary, or a citation that could not be read; kept as written, with no source." },
  } as const,
});

const CitationStyleEnum = builder.enumType("CitationStyle", {
  description: "The style a note's citation was written in, as the parser read it.",
  values: {
    CHICAGO: { description: "Chicago notes: \"Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 58.\"" },
    AUTHOR_DATE: { description: "Author–date references, APA or Harvard: \"Ostrom, E. (1990). Governing the commons. Cambridge University Press.\"" },
    MLA: { description: "MLA: \"Ostrom, Elinor. Governing the Commons. Cambridge UP, 1990.\"" },
    CHINESE: { description: "Chinese notes: \"费孝通：《乡土中国》，北京出版社，2005年，第12页。\"" },
  } as const,
});

FootnoteRef.implement({
  description: "A numbered note of a post, usually a citation.",
  fields: (t) => ({
    number: t.field({
      type: "PositiveInt",
      description: "1-based, in order of first reference in the post.",
      resolve: (note) => note.number,
    }),
    text: t.exposeString("text", { description: "The note's Markdown, exactly as written." }),
    html: t.string({ description: "The note as sanitized inline HTML.", resolve: (note) => renderInlineHtml(note.text) }),
    pages: t.exposeString("pages", { nullable: true, description: "The pages this note cites, e.g. \"50–52\"." }),
    kind: t.field({
      type: FootnoteKindEnum,
      description: "How the note cites: in full, as \"Ibid.\", in short form, or not at all.",
      resolve: (note) => note.kind,
    }),
    isIbid: t.boolean({
      description: "True for an \"Ibid.\" note, which repeats the citation of an earlier note.",
      resolve: (note) => note.kind === "IBID",
    }),
    refersTo: t.field({
      type: FootnoteRef,
      nullable: true,
      description: "For an \"Ibid.\" or short-form note, the earlier note holding the full citation.",
      resolve: (note) => note.refersToId,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: "The work cited, shared with every other note that cites it. Null when the note cites nothing known.",
      resolve: (note) => note.sourceId,
    }),
    post: t.field({ type: PostRef, description: "The post the note belongs to.", resolve: (note) => note.postId }),
    style: t.field({
      type: CitationStyleEnum,
      nullable: true,
      description: "For a full citation, the style it was read in.",
      resolve: (note) => (note.style as "CHICAGO" | "AUTHOR_DATE" | "MLA" | "CHINESE" | null) ?? null,
    }),
    confidence: t.float({ nullable: true, description: "For a full citation, how surely it was read, 0 to 1.", resolve: (note) => note.confidence }),
    needsReview: t.boolean({
      description:
        "True when an editor should look at this note: it looks like a citation the parser would not read with confidence, or it repeats a work no earlier note cites. Such a note is kept verbatim, with no source, until an editor attaches one.",
      resolve: (note) => note.needsReview,
    }),
    reviewReason: t.exposeString("reviewReason", { nullable: true, description: "Why the note needs review." }),
  }),
});
