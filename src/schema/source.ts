import { newestPosts } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { connectionFromPage, pageRequestFrom } from "./pagination.js";
import { PostConnection, PostRef, SourceRef } from "./refs.js";

export const SourceKindEnum = builder.enumType("SourceKind", {
  description: "What kind of work a source is.",
  values: {
    BOOK: { description: "A book." },
    ARTICLE: { description: "An article in a journal, magazine or newspaper." },
    CHAPTER: { description: "A chapter in an edited volume." },
    WEB_PAGE: { description: "A page on the web." },
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
    authors: t.stringList({ description: "Authors' names as printed, in order.", resolve: (s) => parseAuthors(s.authors) }),
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
    citedIn: t.connection(
      {
        type: PostRef,
        description: "Published posts that cite this work, newest first.",
        resolve: async (source, args, ctx) => {
          const order = newestPosts(ctx.visibility.includesDrafts);
          const request = pageRequestFrom(args, order, "Source.citedIn");
          const page = await ctx.loaders.posts.citingPageBySource.load({ parent: source.id, order, request });
          return connectionFromPage(page, order, request, () => ctx.loaders.posts.citingCountBySource.load(source.id));
        },
      },
      PostConnection,
    ),
  }),
});
