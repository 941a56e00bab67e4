import { noteTextHash } from "../content/footnotes.js";
import { cslName, sourceToCsl, type CslItem } from "../content/csl.js";
import { formatCitations } from "../content/rendering.js";
import { ConflictError, NotFoundError, ValidationError } from "../domain/errors.js";
import { MAX_MERGED_SOURCES, mergeSources, resetFootnoteSource, setFootnoteSource, type FootnoteSourceResult } from "../domain/source-editing.js";
import { SOURCE_LIMITS } from "../domain/sources.js";
import type { Footnote, Source } from "../generated/prisma/client.js";
import type { ListedPost } from "../loaders/posts.js";
import { postUrl } from "../content/urls.js";
import type { Context } from "./context.js";
import { builder } from "./builder.js";
import { encodeGlobalId } from "../global-id.js";
import { idOfType } from "./global-id.js";
import { MAX_PAGE_SIZE } from "./pagination.js";
import { AuthorRef, FootnoteRef, PostRef, SourceRef } from "./refs.js";
import { SourceKindEnum, SourceNameRoleEnum } from "./source.js";

// Citations in and out: a source as CSL-JSON, a post's cited works as CSL-JSON,
// BibTeX and RIS, the post itself cited in Chicago, APA and MLA; and the
// editors' tools for what the parser missed: the review queue, merging
// sources, attaching and detaching a note's source by hand.

function names(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : [];
  } catch {
    return [];
  }
}

function cslOf(source: Source): CslItem {
  return sourceToCsl(
    { ...source, authors: names(source.authors), editors: names(source.editors), translators: names(source.translators) },
    encodeGlobalId("Source", source.id),
  );
}

// ---------------------------------------------------------------------------
// Sources

builder.objectFields(SourceRef, (t) => ({
  csl: t.field({
    type: "JSONObject",
    description: "The source as a CSL-JSON item, the interchange format of Zotero, Mendeley, Pandoc and citeproc; its `id` is the source's ID.",
    resolve: (source) => cslOf(source),
  }),
  correctedBy: t.field({
    type: AuthorRef,
    nullable: true,
    description: "The editor who last corrected this source, merged another into it, or described it by hand.",
    resolve: (source) => source.correctedById,
  }),
  correctedAt: t.field({ type: "DateTime", nullable: true, description: "When that was.", resolve: (source) => source.correctedAt }),
}));

// ---------------------------------------------------------------------------
// Posts: their cited works, and the post itself as a work to cite

const BibliographyStyleEnum = builder.enumType("BibliographyStyle", {
  description: "A style for formatted references, applied by citeproc-js.",
  values: {
    CHICAGO: { description: "Chicago Manual of Style, 17th edition, notes and bibliography: the bibliography entry." },
    APA: { description: "APA, 7th edition: the reference-list entry." },
    MLA: { description: "MLA Handbook, 9th edition: the works-cited entry." },
  } as const,
});

const TextFormatEnum = builder.enumType("CitationTextFormat", {
  description: "How formatted references are marked up.",
  values: { TEXT: { description: "Plain text: titles lose their italics." }, HTML: { description: "HTML, with titles in <i>." } } as const,
});

async function citedSources(post: ListedPost, ctx: Context): Promise<Source[]> {
  const notes = await ctx.loaders.footnotesByPost.load(post.id);
  const ids = [...new Set(notes.flatMap((note) => (note.sourceId === null ? [] : [note.sourceId])))];
  const sources = await Promise.all(ids.map((id) => ctx.loaders.records.sourceById.load(id).catch(() => null)));
  return sources.filter((source): source is Source => source !== null && !(source instanceof Error));
}

const CitedWorksRef = builder.objectRef<{ post: ListedPost }>("CitedWorks").implement({
  description: "The works a post cites, once each, in the order the notes first cite them.",
  fields: (t) => ({
    csl: t.field({
      type: ["JSONObject"],
      description: "The works as CSL-JSON items.",
      resolve: async ({ post }, _args, ctx) => (await citedSources(post, ctx)).map(cslOf),
    }),
    bibtex: t.string({
      description: "The works as BibTeX entries.",
      resolve: async ({ post }, _args, ctx) => formatCitations({ kind: "bibtex", items: (await citedSources(post, ctx)).map(cslOf) }),
    }),
    ris: t.string({
      description: "The works as RIS records.",
      resolve: async ({ post }, _args, ctx) => formatCitations({ kind: "ris", items: (await citedSources(post, ctx)).map(cslOf) }),
    }),
    bibliography: t.stringList({
      description: "The works as formatted references, one per work, in the order the notes first cite them.",
      args: {
        style: t.arg({ type: BibliographyStyleEnum, required: true, description: "The style." }),
        format: t.arg({ type: TextFormatEnum, defaultValue: "TEXT", required: true, description: "Plain text or HTML." }),
      },
      resolve: async ({ post }, { style, format }, ctx) =>
        formatCitations({ kind: "bibliography", items: (await citedSources(post, ctx)).map(cslOf), style, format: format === "HTML" ? "html" : "text" }),
    }),
  }),
});

async function postAsCsl(post: ListedPost, ctx: Context): Promise<CslItem> {
  const [author, site] = await Promise.all([ctx.loaders.records.authorById.load(post.authorId), ctx.loaders.site()]);
  const item: CslItem = {
    id: encodeGlobalId("Post", post.id),
    type: "post-weblog",
    title: post.title,
    "container-title": site?.title ?? "Colloquy",
    URL: postUrl(ctx.settings.publicUrl, post.slug),
  };
  if (author && !(author instanceof Error)) item.author = [cslName(author.name)];
  const date = post.publishedAt ?? post.createdAt;
  item.issued = { "date-parts": [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
  return item;
}

const PostCitationRef = builder.objectRef<{ post: ListedPost }>("PostCitation").implement({
  description: "How to cite the post itself, as a blog post on this site.",
  fields: (t) => ({
    chicago: t.string({
      description: "The Chicago bibliography entry.",
      args: { format: t.arg({ type: TextFormatEnum, defaultValue: "TEXT", required: true, description: "Plain text or HTML." }) },
      resolve: async ({ post }, { format }, ctx) =>
        (await formatCitations({ kind: "bibliography", items: [await postAsCsl(post, ctx)], style: "CHICAGO", format: format === "HTML" ? "html" : "text" }))[0]!,
    }),
    apa: t.string({
      description: "The APA reference.",
      args: { format: t.arg({ type: TextFormatEnum, defaultValue: "TEXT", required: true, description: "Plain text or HTML." }) },
      resolve: async ({ post }, { format }, ctx) =>
        (await formatCitations({ kind: "bibliography", items: [await postAsCsl(post, ctx)], style: "APA", format: format === "HTML" ? "html" : "text" }))[0]!,
    }),
    mla: t.string({
      description: "The MLA works-cited entry.",
      args: { format: t.arg({ type: TextFormatEnum, defaultValue: "TEXT", required: true, description: "Plain text or HTML." }) },
      resolve: async ({ post }, { format }, ctx) =>
        (await formatCitations({ kind: "bibliography", items: [await postAsCsl(post, ctx)], style: "MLA", format: format === "HTML" ? "html" : "text" }))[0]!,
    }),
    bibtex: t.string({ description: "A BibTeX entry.", resolve: async ({ post }, _args, ctx) => formatCitations({ kind: "bibtex", items: [await postAsCsl(post, ctx)] }) }),
    ris: t.string({ description: "An RIS record.", resolve: async ({ post }, _args, ctx) => formatCitations({ kind: "ris", items: [await postAsCsl(post, ctx)] }) }),
    csl: t.field({ type: "JSONObject", description: "A CSL-JSON item.", resolve: async ({ post }, _args, ctx) => postAsCsl(post, ctx) }),
  }),
});

builder.objectFields(PostRef, (t) => ({
  citedWorks: t.field({ type: CitedWorksRef, description: "The works the post's notes cite, for export.", resolve: (post) => ({ post }) }),
  citeAs: t.field({ type: PostCitationRef, description: "The post itself, cited in Chicago, APA and MLA, and as BibTeX, RIS and CSL-JSON.", resolve: (post) => ({ post }) }),
}));

// ---------------------------------------------------------------------------
// Notes: who chose a note's source by hand

const FootnoteCorrectionRef = builder
  .objectRef<{ editorId: number; createdAt: Date; sourceId: number | null }>("FootnoteCorrection")
  .implement({
    description: "An editor's choice of a note's source, which the parser then leaves alone.",
    fields: (t) => ({
      editor: t.field({ type: AuthorRef, nullable: true, description: "The editor.", resolve: (c) => c.editorId }),
      at: t.field({ type: "DateTime", description: "When.", resolve: (c) => c.createdAt }),
      detached: t.boolean({ description: "True when the editor said the note cites no source.", resolve: (c) => c.sourceId === null }),
    }),
  });

builder.objectFields(FootnoteRef, (t) => ({
  correction: t.field({
    type: FootnoteCorrectionRef,
    nullable: true,
    description: "Set when an editor attached this note to a source, or detached it, by hand: kept while the post holds a note with this text.",
    resolve: async (note: Footnote, _args, ctx) => {
      const overrides = await ctx.loaders.overridesByPost.load(note.postId);
      if (overrides.length === 0) return null;
      const hash = noteTextHash(note.text);
      return overrides.find((o) => o.textHash === hash) ?? null;
    },
  }),
}));

// ---------------------------------------------------------------------------
// The review queue

const ReviewQueueRef = builder.objectRef<{ notes: Footnote[]; hasMore: boolean; total: number }>("FootnoteReviewQueue").implement({
  description: "Notes an editor should look at, oldest post first.",
  fields: (t) => ({
    notes: t.field({ type: [FootnoteRef], description: "This page of notes.", resolve: (q) => q.notes }),
    hasMore: t.boolean({ description: "Whether more notes follow `after` the last one.", resolve: (q) => q.hasMore }),
    endCursor: t.string({
      nullable: true,
      description: "Pass as `after` for the next page.",
      resolve: (q) => (q.notes.length ? Buffer.from(`review:${q.notes.at(-1)!.postId}:${q.notes.at(-1)!.number}`).toString("base64url") : null),
    }),
    totalCount: t.int({ description: "How many notes need review in all.", resolve: (q) => q.total }),
  }),
});

function reviewCursor(after: string | null | undefined): { postId: number; number: number } | null {
  if (!after) return null;
  const match = /^review:(\d{1,15}):(\d{1,9})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new ValidationError([{ path: ["after"], message: "is not a cursor this list gave" }]);
  return { postId: Number(match[1]), number: Number(match[2]) };
}

builder.queryField("footnotesToReview", (t) =>
  t.field({
    type: ReviewQueueRef,
    description:
      "Notes the parser flagged for review: they look like citations it could not read with confidence, or repeat a work no earlier note cites. Attach a source with `attachFootnoteSource`, or clear the flag with `detachFootnoteSource`. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError] },
    args: {
      first: t.arg.int({ defaultValue: 20, required: true, description: `1 to ${MAX_PAGE_SIZE}.` }),
      after: t.arg.string({ description: "A cursor from `endCursor`." }),
      postId: t.arg.id({ description: "Only this post's notes." }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.first < 1 || args.first > MAX_PAGE_SIZE) throw new ValidationError([{ path: ["first"], message: `must be from 1 to ${MAX_PAGE_SIZE}` }]);
      const cursor = reviewCursor(args.after);
      const postId = args.postId == null ? undefined : idOfType("Post", args.postId);
      const where = { needsReview: true, ...(postId === undefined ? {} : { postId }) };
      const page = await ctx.db.footnote.findMany({
        where: cursor ? { ...where, OR: [{ postId: { gt: cursor.postId } }, { postId: cursor.postId, number: { gt: cursor.number } }] } : where,
        orderBy: [{ postId: "asc" }, { number: "asc" }],
        take: args.first + 1,
      });
      return { notes: page.slice(0, args.first), hasMore: page.length > args.first, total: await ctx.db.footnote.count({ where }) };
    },
  }),
);

// ---------------------------------------------------------------------------
// Editing sources and notes by hand

const SourcePayloadRef = builder.objectRef<{ sourceId: number }>("MergeSourcesPayload").implement({
  description: "The source the others were merged into.",
  fields: (t) => ({ source: t.field({ type: SourceRef, description: "The merged source.", resolve: (p) => p.sourceId }) }),
});

const MergeSourcesInput = builder.inputType("MergeSourcesInput", {
  description: "Sources that are one work, and the one to keep.",
  fields: (t) => ({
    into: t.id({ required: true, description: "The source to keep: its id, and its corrections where both have one." }),
    sources: t.idList({ required: true, description: `The sources to merge into it, 1 to ${MAX_MERGED_SOURCES}; they are deleted, and their notes cite it.` }),
  }),
});

builder.mutationField("mergeSources", (t) =>
  t.field({
    type: SourcePayloadRef,
    description:
      "Merge sources that are one work: their notes cite the kept source, `citedIn` combines, and notes read the same way later are filed under it. Recorded as the editor's correction. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: MergeSourcesInput, required: true, description: "What to merge." }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "author") throw new NotFoundError("No such editor.");
      const targetId = idOfType("Source", input.into);
      const sourceIds = input.sources.map((id) => idOfType("Source", id));
      const source = await mergeSources(ctx.db, { targetId, sourceIds, editorId: ctx.viewer.authorId });
      for (const id of [targetId, ...sourceIds]) ctx.contentChanged({ kind: "source", sourceId: id });
      return { sourceId: source.id };
    },
  }),
);

const NewSourceInput = builder.inputType("NewSourceInput", {
  description: "A work the parser could not read, described by an editor.",
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, required: true, description: "Book, article, chapter or web page." }),
    title: t.string({ required: true, description: `1 to ${SOURCE_LIMITS.title} characters.` }),
    authors: t.stringList({ description: `The leading names as printed, at most ${SOURCE_LIMITS.names}.` }),
    authorRole: t.field({ type: SourceNameRoleEnum, description: "Whether the leading names are authors or editors." }),
    editors: t.stringList({ description: "Editors." }),
    translators: t.stringList({ description: "Translators." }),
    container: t.string({ description: "Journal, website or edited volume." }),
    volume: t.string({ description: "Volume." }),
    issue: t.string({ description: "Issue." }),
    edition: t.string({ description: "Edition." }),
    publisher: t.string({ description: "Publisher." }),
    place: t.string({ description: "Place of publication." }),
    year: t.int({ description: "Year, 1 to 9999." }),
    url: t.string({ description: "An http or https URL." }),
  }),
});

const AttachFootnoteSourceInput = builder.inputType("AttachFootnoteSourceInput", {
  description: "A post's note, and the source it cites: an existing one, or one to describe.",
  fields: (t) => ({
    postId: t.id({ required: true, description: "The post." }),
    number: t.int({ required: true, description: "The note's number." }),
    sourceId: t.id({ description: "An existing source. Give this or `newSource`." }),
    newSource: t.field({ type: NewSourceInput, description: "A source to describe (found instead, if the same work is already known)." }),
  }),
});

const FootnoteRefInput = builder.inputType("FootnoteInPostInput", {
  description: "A post's note, by number.",
  fields: (t) => ({
    postId: t.id({ required: true, description: "The post." }),
    number: t.int({ required: true, description: "The note's number." }),
  }),
});

const FootnoteSourcePayloadRef = builder.objectRef<FootnoteSourceResult & { number: number }>("FootnoteSourcePayload").implement({
  description: "The note after the change, and the sources it touched.",
  fields: (t) => ({
    post: t.field({ type: PostRef, description: "The post.", resolve: (p) => p.postId }),
    footnote: t.field({
      type: FootnoteRef,
      nullable: true,
      description: "The note.",
      resolve: async (p, _args, ctx) => (await ctx.loaders.footnotesByPost.load(p.postId)).find((note) => note.number === p.number) ?? null,
    }),
    sources: t.field({ type: [SourceRef], description: "The sources the note cited before and cites now.", resolve: (p) => p.sourceIds }),
  }),
});

function validNewSource(input: NonNullable<(typeof AttachFootnoteSourceInput)["$inferInput"]["newSource"]>) {
  const problems: { path: string[]; message: string }[] = [];
  const text = (path: string, value: string | null | undefined, max: number) => {
    if (value == null) return null;
    const trimmed = value.trim();
    if (!trimmed) problems.push({ path: ["newSource", path], message: "must not be empty" });
    else if (trimmed.length > max) problems.push({ path: ["newSource", path], message: `must be at most ${max} characters` });
    return trimmed || null;
  };
  const list = (path: string, value: string[] | null | undefined) => {
    if (!value) return [];
    if (value.length > SOURCE_LIMITS.names) problems.push({ path: ["newSource", path], message: `may list at most ${SOURCE_LIMITS.names} names` });
    return value.map((name, i) => text(`${path}.${i}`, name, SOURCE_LIMITS.name) ?? "");
  };
  const fields = {
    kind: input.kind,
    title: text("title", input.title, SOURCE_LIMITS.title) ?? "",
    authors: list("authors", input.authors),
    authorRole: input.authorRole ?? "AUTHOR",
    editors: list("editors", input.editors),
    translators: list("translators", input.translators),
    container: text("container", input.container, SOURCE_LIMITS.text),
    volume: text("volume", input.volume, SOURCE_LIMITS.number),
    issue: text("issue", input.issue, SOURCE_LIMITS.number),
    edition: text("edition", input.edition, SOURCE_LIMITS.number),
    publisher: text("publisher", input.publisher, SOURCE_LIMITS.text),
    place: text("place", input.place, SOURCE_LIMITS.text),
    year: input.year ?? null,
    url: text("url", input.url, 2_000),
  };
  if (fields.url) {
    let protocol = "";
    try {
      protocol = new URL(fields.url).protocol;
    } catch {
      // Reported below.
    }
    if (protocol !== "http:" && protocol !== "https:") problems.push({ path: ["newSource", "url"], message: "must be an http or https URL" });
  }
  if (input.year != null && (input.year < 1 || input.year > 9999)) problems.push({ path: ["newSource", "year"], message: "must be a year from 1 to 9999" });
  if (problems.length) throw new ValidationError(problems);
  return fields;
}

function notePosition(input: { number: number }) {
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 100_000) throw new ValidationError([{ path: ["number"], message: "must be a note's number, from 1" }]);
}

builder.mutationFields((t) => ({
  attachFootnoteSource: t.field({
    type: FootnoteSourcePayloadRef,
    description:
      "Attach a post's note to a source by hand: an existing source, or a new one described here. The note, and the Ibid. and short forms that repeat it, cite that source for as long as the post holds a note with this text, whatever the parser reads. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: { input: t.arg({ type: AttachFootnoteSourceInput, required: true, description: "The note and its source." }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "author") throw new NotFoundError("No such editor.");
      notePosition(input);
      if ((input.sourceId == null) === (input.newSource == null)) {
        throw new ValidationError([{ path: ["sourceId"], message: "give either sourceId or newSource" }]);
      }
      const newSource = input.newSource ? validNewSource(input.newSource) : null;
      const postId = idOfType("Post", input.postId);
      const result = await setFootnoteSource(ctx.db, {
        postId,
        number: input.number,
        sourceId: input.sourceId == null ? null : idOfType("Source", input.sourceId),
        newSource,
        editorId: ctx.viewer.authorId,
      });
      ctx.contentChanged({ kind: "post", postId });
      for (const sourceId of result.sourceIds) ctx.contentChanged({ kind: "source", sourceId });
      return { ...result, number: input.number };
    },
  }),
  detachFootnoteSource: t.field({
    type: FootnoteSourcePayloadRef,
    description:
      "Say that a post's note cites no source: it becomes a plain note, no longer flagged for review, however the parser reads it, for as long as the post holds a note with this text. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: { input: t.arg({ type: FootnoteRefInput, required: true, description: "The note." }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "author") throw new NotFoundError("No such editor.");
      notePosition(input);
      const postId = idOfType("Post", input.postId);
      const result = await setFootnoteSource(ctx.db, { postId, number: input.number, sourceId: null, editorId: ctx.viewer.authorId });
      ctx.contentChanged({ kind: "post", postId });
      for (const sourceId of result.sourceIds) ctx.contentChanged({ kind: "source", sourceId });
      return { ...result, number: input.number };
    },
  }),
  resetFootnoteSource: t.field({
    type: FootnoteSourcePayloadRef,
    description: "Undo an editor's attachment or detachment of a note: the parser decides again. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: { input: t.arg({ type: FootnoteRefInput, required: true, description: "The note." }) },
    resolve: async (_root, { input }, ctx) => {
      notePosition(input);
      const postId = idOfType("Post", input.postId);
      const result = await resetFootnoteSource(ctx.db, { postId, number: input.number });
      ctx.contentChanged({ kind: "post", postId });
      for (const sourceId of result.sourceIds) ctx.contentChanged({ kind: "source", sourceId });
      return { ...result, number: input.number };
    },
  }),
}));
