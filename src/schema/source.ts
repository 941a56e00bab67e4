import { SOURCE_FIELDS } from "../content/footnotes.js";
import { NotFoundError, ValidationError } from "../domain/errors.js";
import { correctedFields, correctSource, SOURCE_LIMITS } from "../domain/sources.js";
import { newestPosts } from "../loaders/orders.js";
import { idOfType } from "./global-id.js";
import { builder } from "./builder.js";
import { childConnection } from "./pagination.js";
import { leanPosts, PostConnection, PostRef, SourceRef } from "./refs.js";

export const SourceKindEnum = builder.enumType("SourceKind", {
  description: "What kind of work a source is.",
  values: {
    BOOK: { description: "A book." },
    ARTICLE: { description: "An article in a journal, magazine or newspaper." },
    CHAPTER: { description: "A chapter in an edited volume." },
    WEB_PAGE: { description: "A page on the web." },
  } as const,
});

type SourceFieldName = (typeof SOURCE_FIELDS)[number];
type Constant<F extends string> = F extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Uppercase<Head> : `_${Head}`}${Constant<Tail>}` : F;

/** A source's fields, as the corrections name them: kind → KIND, authorRole → AUTHOR_ROLE. */
export const SourceFieldEnum = builder.enumType("SourceField", {
  description: "A field of a source, which an editor may correct.",
  values: Object.fromEntries(
    SOURCE_FIELDS.map((field) => [field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), { value: field, description: `The source's \`${field}\`.` }]),
  ) as { [F in SourceFieldName as Constant<F>]: { value: F; description: string } },
});

export const SourceNameRoleEnum = builder.enumType("SourceNameRole", {
  description: "What the leading names of a source are.",
  values: {
    AUTHOR: { description: "The work's authors." },
    EDITOR: { description: "The work's editors: \"Neil Sheehan, ed.\"" },
  } as const,
});

function parseAuthors(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

SourceRef.implement({
  description: "A cited work: a book, article, chapter or web page. One source is shared by every note that cites it.",
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, description: "Book, article, chapter or web page.", resolve: (s) => s.kind }),
    title: t.field({ type: "NonEmptyString", description: "Title of the work.", resolve: (s) => s.title }),
    authors: t.stringList({
      description: "The leading names as printed, in order: the authors, or the editors when `authorRole` is EDITOR.",
      resolve: (s) => parseAuthors(s.authors),
    }),
    authorRole: t.field({ type: SourceNameRoleEnum, description: "Whether `authors` are the authors or the editors.", resolve: (s) => (s.authorRole === "EDITOR" ? "EDITOR" : "AUTHOR") }),
    editors: t.stringList({ description: "Editors, of the work or of the volume holding a chapter.", resolve: (s) => parseAuthors(s.editors) }),
    translators: t.stringList({ description: "Translators.", resolve: (s) => parseAuthors(s.translators) }),
    edition: t.exposeString("edition", { nullable: true, description: "The edition, e.g. \"2nd\" or \"rev.\": another edition is another source." }),
    container: t.exposeString("container", {
      nullable: true,
      description: "Where the work appeared: journal, website, or edited volume.",
    }),
    volume: t.exposeString("volume", { nullable: true, description: "Journal volume." }),
    issue: t.exposeString("issue", { nullable: true, description: "Journal issue number." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Publisher." }),
    place: t.exposeString("place", { nullable: true, description: "Place of publication." }),
    year: t.exposeInt("year", { nullable: true, description: "Year of publication." }),
    url: t.field({ type: "URL", nullable: true, description: "Where the work can be read online.", resolve: (s) => s.url }),
    correctedFields: t.field({
      type: [SourceFieldEnum],
      description:
        "Fields an editor has corrected. The others come from the notes that cite the work in published posts: the earliest such note for the title, authors and kind, and for each other field the earliest that gives it.",
      resolve: (s) => correctedFields(s),
    }),
    citedIn: t.connection(
      {
        type: PostRef,
        description: "Published posts that cite this work, newest first.",
        resolve: (source, args, ctx, info) =>
          childConnection(args, "Source.citedIn", newestPosts(ctx.visibility.includesDrafts), source.id, {
            page: ctx.loaders.posts.citingPageBySource,
            count: ctx.loaders.posts.citingCountBySource,
          }, leanPosts(info)),
      },
      PostConnection,
    ),
  }),
});

const CorrectSourceInput = builder.inputType("CorrectSourceInput", {
  description:
    "An editor's corrections to a source. A field given a value is corrected to it; a nullable field given null is corrected to none (a wrong url removed); an absent field stays as it is. Corrections win over what any note says, until reverted.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The source." }),
    kind: t.field({ type: SourceKindEnum, description: "Book, article, chapter or web page." }),
    authors: t.stringList({ description: `Authors' names as printed, in order; at most ${SOURCE_LIMITS.names}. An empty list: no author.` }),
    title: t.string({ description: `1 to ${SOURCE_LIMITS.title} characters.` }),
    container: t.string({ description: "Journal, website or edited volume; null for none." }),
    volume: t.string({ description: "Journal volume; null for none." }),
    issue: t.string({ description: "Journal issue; null for none." }),
    publisher: t.string({ description: "Publisher; null for none." }),
    place: t.string({ description: "Place of publication; null for none." }),
    year: t.int({ description: "Year of publication, 1 to 9999; null for none." }),
    authorRole: t.field({ type: SourceNameRoleEnum, description: "Whether the leading names are authors or editors." }),
    editors: t.stringList({ description: `Editors, at most ${SOURCE_LIMITS.names}.` }),
    translators: t.stringList({ description: `Translators, at most ${SOURCE_LIMITS.names}.` }),
    edition: t.string({ description: "The edition; null for none." }),
    url: t.string({ description: "An http or https URL; null for none." }),
    revert: t.field({ type: [SourceFieldEnum], description: "Fields whose corrections to drop, so that the notes decide them again." }),
  }),
});

const CorrectSourcePayload = builder.objectRef<{ sourceId: number }>("CorrectSourcePayload").implement({
  description: "The source after the correction.",
  fields: (t) => ({ source: t.field({ type: SourceRef, description: "The source.", resolve: (payload) => payload.sourceId }) }),
});

builder.mutationField("correctSource", (t) =>
  t.field({
    type: CorrectSourcePayload,
    description: "Correct what the citation parser got wrong about a source, or revert a correction. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: CorrectSourceInput, required: true, description: "The corrections." }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...fields } = input;
      const editorId = ctx.viewer.kind === "author" ? ctx.viewer.authorId : null;
      const source = await correctSource(ctx.db, { ...fields, sourceId: idOfType("Source", id), editorId });
      ctx.contentChanged({ kind: "source", sourceId: source.id });
      return { sourceId: source.id };
    },
  }),
);
