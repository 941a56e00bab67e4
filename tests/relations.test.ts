import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const Conversation = graphql(`
  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    post(slug: $slug) {
      slug
      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }
      otherResponses(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { slug publishedAt author { slug } } }
      }
    }
  }
`);

const DiscussionPage = graphql(`
  query DiscussionPage($slug: String!, $orderBy: PostOrder) {
    discussion(slug: $slug) {
      id
      slug
      title
      prompt(format: MARKDOWN)
      promptHtml: prompt
      createdAt
      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }
    }
  }
`);

const Footnotes = graphql(`
  query Footnotes($slug: String!) {
    post(slug: $slug) {
      footnotes {
        id
        number
        text
        html
        pages
        isIbid
        refersTo { number }
        post { slug }
        source {
          id
          kind
          title
          authors
          container
          volume
          issue
          publisher
          place
          year
          url
          citedIn(first: 20) { totalCount edges { node { slug } } }
        }
      }
    }
  }
`);

const Thread = graphql(`
  query Thread($slug: String!, $first: Int, $after: String) {
    post(slug: $slug) {
      comments(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            body(format: MARKDOWN)
            html: body
            createdAt
            authorName
            author { slug }
            post { slug }
            parent { id }
            replies(first: 10) {
              totalCount
              edges {
                node {
                  authorName
                  parent { id }
                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const AuthorPage = graphql(`
  query AuthorPage($slug: String!) {
    author(slug: $slug) {
      id
      slug
      name
      bio(format: TEXT)
      affiliation
      role
      posts(first: 10) { totalCount edges { node { slug } } }
      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }
    }
  }
`);

const Directory = graphql(`
  query Directory {
    site { title description(format: MARKDOWN) html: description }
    authors(first: 100) { totalCount edges { node { slug name role } } }
    discussions(first: 10) { totalCount edges { node { slug createdAt } } }
  }
`);

describe("discussions and responses", () => {
  it("lists a discussion's responses, by different authors over several days", async () => {
    const { discussion } = dataOf(await server.execute(DiscussionPage, { slug: "who-keeps-the-commons" }));
    expect(discussion?.title).toBeTruthy();
    expect(discussion?.prompt.length).toBeGreaterThan(100);
    expect(discussion?.promptHtml).toMatch(/^<p>/);
    const responses = discussion!.responses.edges.map((e) => e.node);
    expect(discussion?.responses.totalCount).toBe(responses.length);
    expect(responses.length).toBeGreaterThanOrEqual(6);
    expect(new Set(responses.map((r) => r.author.slug)).size).toBe(responses.length);
    expect(new Set(responses.map((r) => r.publishedAt!.slice(0, 10))).size).toBeGreaterThanOrEqual(5);
    const times = responses.map((r) => Date.parse(r.publishedAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("sorts a discussion's responses oldest first on request", async () => {
    const { discussion } = dataOf(
      await server.execute(DiscussionPage, { slug: "who-keeps-the-commons", orderBy: { field: "PUBLISHED_AT", direction: "ASC" } }),
    );
    expect(discussion?.responses.edges[0]?.node.slug).toBe("the-commons-is-a-verb");
  });

  it("gives otherResponses: the rest of the discussion, newest first, without the post itself", async () => {
    const { discussion } = dataOf(await server.execute(DiscussionPage, { slug: "who-keeps-the-commons" }));
    const all = discussion!.responses.edges.map((e) => e.node.slug);
    for (const slug of [all[0]!, all[3]!, all.at(-1)!]) {
      const { post } = dataOf(await server.execute(Conversation, { slug, first: 50 }));
      expect(post?.otherResponses.edges.map((e) => e.node.slug)).toEqual(all.filter((s) => s !== slug));
      expect(post?.otherResponses.totalCount).toBe(all.length - 1);
    }
  });

  it("pages otherResponses in both directions without losing or repeating a post", async () => {
    const slug = "edit-history";
    const { post: whole } = dataOf(await server.execute(Conversation, { slug, first: 50 }));
    const expected = whole!.otherResponses.edges.map((e) => e.node.slug);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { post }: ConversationQuery = dataOf(await server.execute(Conversation, { slug, first: 2, after }));
      forward.push(...post!.otherResponses.edges.map((e) => e.node.slug));
      if (!post!.otherResponses.pageInfo.hasNextPage) break;
      after = post!.otherResponses.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { post }: ConversationQuery = dataOf(await server.execute(Conversation, { slug, last: 2, before }));
      backward.unshift(...post!.otherResponses.edges.map((e) => e.node.slug));
      if (!post!.otherResponses.pageInfo.hasPreviousPage) break;
      before = post!.otherResponses.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it("gives an empty otherResponses outside a discussion", async () => {
    const { post } = dataOf(await server.execute(Conversation, { slug: "how-the-seminar-works", first: 5 }));
    expect(post?.otherResponses).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it("links a post to the posts written in response to it, and back", async () => {
    const { post } = dataOf(await server.execute(Conversation, { slug: "the-commons-is-a-verb", first: 1 }));
    expect(post?.responses.edges.map((e) => e.node)).toEqual([
      { slug: "hardins-pasture-was-never-empty", inResponseTo: { slug: "the-commons-is-a-verb" } },
    ]);
    expect(post?.responses.totalCount).toBe(1);
  });

  it("keeps a draft out of the responses of the post it answers", async () => {
    const { post } = dataOf(await server.execute(Conversation, { slug: "the-footnote-as-an-open-door", first: 5 }));
    expect(post?.responses).toEqual({ totalCount: 0, edges: [] });
    expect(post?.otherResponses.edges.map((e) => e.node.slug)).toEqual(["footnotes-for-people-who-skip-them"]);
  });
});

describe("footnotes and sources", () => {
  it("numbers notes, links each Ibid. to the note it repeats, and keeps their own pages", async () => {
    const { post } = dataOf(await server.execute(Footnotes, { slug: "the-commons-is-a-verb" }));
    const notes = post!.footnotes;
    expect(notes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5]);
    expect(notes.every((n) => n.post.slug === "the-commons-is-a-verb")).toBe(true);

    const [article, book, ibid1, ibid2] = notes;
    expect(article?.source).toMatchObject({
      kind: "ARTICLE",
      title: "The Tragedy of the Commons",
      authors: ["Garrett Hardin"],
      container: "Science",
      volume: "162",
      issue: "3859",
      year: 1968,
    });
    expect(book?.source).toMatchObject({ kind: "BOOK", authors: ["Elinor Ostrom"], publisher: "Cambridge University Press" });
    expect(book?.isIbid).toBe(false);
    for (const [note, pages, repeats] of [
      [ibid1, "90", 2],
      [ibid2, "93–94", 3],
    ] as const) {
      expect(note?.isIbid).toBe(true);
      expect(note?.text).toMatch(/^Ibid\./);
      expect(note?.pages).toBe(pages);
      // The note just before it: the book, then the first Ibid. of it.
      expect(note?.refersTo).toEqual({ number: repeats });
      expect(note?.source?.id).toBe(book?.source?.id);
    }
    expect(book?.pages).toBe("58–102");
    expect(book?.html).toContain("<em>Governing the Commons");
    expect(book?.html).not.toContain("<p>");
  });

  it("shares one source between every post that cites it", async () => {
    const { post } = dataOf(await server.execute(Footnotes, { slug: "the-commons-is-a-verb" }));
    const hardin = post!.footnotes[0]!.source!;
    const citing = await server.db.prisma.post.findMany({
      where: { status: "PUBLISHED", footnotes: { some: { source: { title: "The Tragedy of the Commons" } } } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    });
    expect(citing.length).toBeGreaterThanOrEqual(2);
    expect(hardin.citedIn.totalCount).toBe(citing.length);
    expect(hardin.citedIn.edges.map((e) => e.node.slug)).toEqual(citing.map((p) => p.slug));
  });

  it("gives a web page source its URL", async () => {
    const source = await server.db.prisma.source.findFirstOrThrow({ where: { kind: "WEB_PAGE" } });
    const footnote = await server.db.prisma.footnote.findFirstOrThrow({
      where: { sourceId: source.id },
      include: { post: true },
    });
    const { post } = dataOf(await server.execute(Footnotes, { slug: footnote.post.slug }));
    const note = post!.footnotes.find((n) => n.source?.kind === "WEB_PAGE");
    expect(note?.source?.url).toBe(source.url);
    expect(note?.source?.url).toMatch(/^https:\/\//);
  });
});

describe("comments", () => {
  it("lists approved top-level comments oldest first, with threaded replies", async () => {
    const { post } = dataOf(await server.execute(Thread, { slug: "the-commons-is-a-verb", first: 50 }));
    const comments = post!.comments.edges.map((e) => e.node);
    const topLevelApproved = await server.db.prisma.comment.count({
      where: { post: { slug: "the-commons-is-a-verb" }, parentId: null, status: "APPROVED" },
    });
    expect(comments).toHaveLength(topLevelApproved);
    expect(post!.comments.totalCount).toBe(topLevelApproved);
    const times = comments.map((c) => Date.parse(c.createdAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(comments.every((c) => c.parent === null && c.post.slug === "the-commons-is-a-verb")).toBe(true);
    // Hidden comments never surface.
    const names = comments.map((c) => c.authorName);
    expect(names).not.toContain("BestEssayWriters");
    expect(names).not.toContain("Rob Tierney");

    const threaded = comments.find((c) => c.replies.edges.some((r) => r.node.replies.totalCount > 0));
    expect(threaded).toBeDefined();
    const reply = threaded!.replies.edges.find((r) => r.node.replies.totalCount > 0)!.node;
    expect(reply.parent?.id).toBe(threaded!.id);
    expect(reply.replies.edges.length).toBe(reply.replies.totalCount);
  });

  it("names guests by their display name and authors by their profile", async () => {
    const { post } = dataOf(await server.execute(Thread, { slug: "the-commons-is-a-verb", first: 50 }));
    const comments = post!.comments.edges.map((e) => e.node);
    const guest = comments.find((c) => c.author === null);
    expect(guest?.authorName).toBe("Harriet Lowell");
    const fellow = comments.find((c) => c.author?.slug === "marcus-oyelaran");
    expect(fellow?.authorName).toBe("Marcus Oyelaran");
    expect(fellow?.html).toMatch(/^<p>/);
  });

  it("pages top-level comments with first/after", async () => {
    const { post: whole } = dataOf(await server.execute(Thread, { slug: "the-commons-is-a-verb", first: 50 }));
    const { post: first } = dataOf(await server.execute(Thread, { slug: "the-commons-is-a-verb", first: 3 }));
    expect(first!.comments.pageInfo.hasNextPage).toBe(true);
    const { post: second } = dataOf(
      await server.execute(Thread, { slug: "the-commons-is-a-verb", first: 3, after: first!.comments.pageInfo.endCursor }),
    );
    expect([...first!.comments.edges, ...second!.comments.edges].map((e) => e.node.id)).toEqual(
      whole!.comments.edges.slice(0, 6).map((e) => e.node.id),
    );
  });
});

describe("authors and the site", () => {
  it("shows an author's profile, posts and comments, including comments on other responses", async () => {
    const { author } = dataOf(await server.execute(AuthorPage, { slug: "marcus-oyelaran" }));
    expect(author).toMatchObject({ slug: "marcus-oyelaran", name: "Marcus Oyelaran", role: "FACULTY" });
    expect(author?.bio.length).toBeGreaterThan(20);
    expect(author?.affiliation).toBeTruthy();
    expect(author?.posts.edges.map((e) => e.node.slug)).toEqual(["hardins-pasture-was-never-empty"]);
    expect(author?.posts.totalCount).toBe(1);
    // A commenter who also wrote another response in the same discussion.
    const onOthers = author!.comments.edges.filter((e) => e.node.post.author.slug !== "marcus-oyelaran");
    expect(onOthers.map((e) => e.node.post.slug)).toContain("the-commons-is-a-verb");
    expect(author?.comments.totalCount).toBe(author?.comments.edges.length);
    const times = author!.comments.edges.map((e) => Date.parse(e.node.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("gives null for an unknown author or discussion", async () => {
    expect(dataOf(await server.execute(AuthorPage, { slug: "nobody" })).author).toBeNull();
    expect(dataOf(await server.execute(DiscussionPage, { slug: "nothing" })).discussion).toBeNull();
  });

  it("lists every author by name, and every discussion newest first", async () => {
    const data = dataOf(await server.execute(Directory));
    expect(data.site.title).toBe("The Commons Seminar");
    expect(data.site.html).toMatch(/^<p>/);
    expect(data.site.description.length).toBeGreaterThan(50);
    const names = data.authors.edges.map((e) => e.node.name);
    expect(data.authors.totalCount).toBe(await server.db.prisma.author.count());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(data.authors.edges.map((e) => e.node.role))).toEqual(new Set(["FACULTY", "STUDENT_FELLOW", "STAFF"]));
    expect(data.discussions.edges.map((e) => e.node.slug)).toEqual(["why-footnote", "who-keeps-the-commons"]);
    expect(data.discussions.totalCount).toBe(2);
  });
});
