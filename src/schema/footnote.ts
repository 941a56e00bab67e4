import type { ParsedSource } from "../content/citations/types.js";
import { renderInlineHtml } from "../content/rendering.js";
import { builder } from "./builder.js";
import { FootnoteRef, PostRef, SourceRef } from "./refs.js";
import { SourceKindEnum, SourceNameRoleEnum } from "./source.js";

type NoteCitation = Omit<ParsedSource, "kind"> & { kind: ParsedSource["kind"] };

function citationOf(json: string | null): NoteCitation | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<NoteCitation>;
    if (typeof value.title !== "string" || !value.kind) return null;
    const names = (list: unknown) => (Array.isArray(list) ? list.filter((name): name is string => typeof name === "string") : []);
    return {
      kind: value.kind,
      authors: names(value.authors),
      authorRole: value.authorRole === "EDITOR" ? "EDITOR" : "AUTHOR",
      editors: names(value.editors),
      translators: names(value.translators),
      title: value.title,
      container: value.container ?? null,
      volume: value.volume ?? null,
      issue: value.issue ?? null,
      edition: value.edition ?? null,
      publisher: value.publisher ?? null,
      place: value.place ?? null,
      year: value.year ?? null,
      url: value.url ?? null,
    };
  } catch {
    return null;
  }
}

const NoteCitationRef = builder.objectRef<NoteCitation>("NoteCitation").implement({
  description:
    "What one note says of the work it cites in full, as the parser read it. The shared `Source` is made from the notes that cite the work and from editors' corrections; this is the one note's reading.",
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, description: "Book, article, chapter or web page.", resolve: (c) => c.kind }),
    authors: t.stringList({ description: "The leading names, as printed, in natural order.", resolve: (c) => c.authors }),
    authorRole: t.field({ type: SourceNameRoleEnum, description: "Whether `authors` are the authors or the editors.", resolve: (c) => c.authorRole }),
    editors: t.stringList({ description: "Editors, of the work or of the volume holding a chapter.", resolve: (c) => c.editors }),
    translators: t.stringList({ description: "Translators.", resolve: (c) => c.translators }),
    title: t.string({ description: "The title, with its subtitle, as printed.", resolve: (c) => c.title }),
    container: t.string({ nullable: true, description: "Journal, website or edited volume.", resolve: (c) => c.container }),
    volume: t.string({ nullable: true, description: "Volume.", resolve: (c) => c.volume }),
    issue: t.string({ nullable: true, description: "Issue.", resolve: (c) => c.issue }),
    edition: t.string({ nullable: true, description: "Edition, e.g. \"2nd ed.\".", resolve: (c) => c.edition }),
    publisher: t.string({ nullable: true, description: "Publisher, as printed.", resolve: (c) => c.publisher }),
    place: t.string({ nullable: true, description: "Place of publication.", resolve: (c) => c.place }),
    year: t.int({ nullable: true, description: "Year of publication.", resolve: (c) => c.year }),
    url: t.field({ type: "URL", nullable: true, description: "The work's url or DOI.", resolve: (c) => c.url }),
  }),
});

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
      description: "The earlier note this one repeats: for an \"Ibid.\", the note just before it (a full citation, a short form, another Ibid., or a note the parser could not read); for a short form, the latest full citation of the same work. Follow it until `kind` is CITATION to reach the full citation.",
      resolve: (note) => note.refersToId,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: "The work cited, shared with every other note that cites it. Null when the note cites nothing known.",
      resolve: (note, _args, ctx) => ctx.loaders.source(note.sourceId),
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
    citation: t.field({
      type: NoteCitationRef,
      nullable: true,
      description: "For a full citation, what this note says of the work, as the parser read it; the shared `source` may differ where other notes or an editor say more.",
      resolve: (note) => citationOf(note.citation),
    }),
  }),
});
