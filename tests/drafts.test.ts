import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Drafts are visible to their author and to editors, and to nobody else,
// through every path that can reach a post. Each case is checked for each kind
// of viewer.

type ViewerKind = "anonymous" | "owner" | "otherAuthor" | "editor";
const viewers: ViewerKind[] = ["anonymous", "owner", "otherAuthor", "editor"];
const seesDraft: Record<ViewerKind, boolean> = { anonymous: false, owner: true, otherAuthor: false, editor: true };

let server: TestServer;
const tokens: Record<ViewerKind, string | undefined> = { anonymous: undefined, owner: "", otherAuthor: "", editor: "" };
let draftId = "";

beforeAll(async () => {
  server = await startTestServer();
  const db = server.db.prisma;
  tokens.owner = (await issueToken(db, "theo-marchetti", "AUTHOR")).token;
  tokens.otherAuthor = (await issueToken(db, "wen-sorensen", "AUTHOR")).token;
  tokens.editor = (await issueToken(db, "miriam-tolle", "EDITOR")).token;
  const draft = await db.post.findFirstOrThrow({ where: { slug: "against-ibid" } });
  draftId = Buffer.from(`Post:${draft.id}`).toString("base64url");
  // A note only the draft cites, and an approved comment on the draft.
  const source = await db.source.create({
    data: { key: "draftonly|a note on ibid|2021", kind: "BOOK", title: "A Note on Ibid", authors: '["Ada Draftwell"]', year: 2021 },
  });
  await db.footnote.create({ data: { postId: draft.id, number: 1, text: "Ada Draftwell, *A Note on Ibid* (2021), 3.", sourceId: source.id } });
  const wen = await db.author.findFirstOrThrow({ where: { slug: "wen-sorensen" } });
  await db.comment.create({ data: { postId: draft.id, authorId: wen.id, body: "Early feedback on the draft.", status: "APPROVED" } });
});
afterAll(() => server.close());

const DraftPaths = graphql(`
  query DraftPaths($id: ID!) {
    post(slug: "against-ibid") { slug status publishedAt createdAt footnotes { source { id } } comments { totalCount } }
    node(id: $id) { id }
    posts(first: 100) { totalCount edges { node { slug } } }
    author(slug: "theo-marchetti") { posts(first: 20) { totalCount edges { node { slug } } } }
    discussion(slug: "why-footnote") { responses(first: 20) { totalCount edges { node { slug } } } }
    answered: post(slug: "the-footnote-as-an-open-door") {
      responses(first: 20) { totalCount edges { node { slug } } }
      otherResponses(first: 20) { totalCount edges { node { slug } } }
    }
    wen: author(slug: "wen-sorensen") { comments(first: 50) { totalCount edges { node { body(format: MARKDOWN) } } } }
  }
`);

const SourceCitedIn = graphql(`
  query DraftSource($id: ID!) {
    node(id: $id) { ... on Source { title citedIn(first: 5) { totalCount edges { node { slug } } } } }
  }
`);

describe.each(viewers)("as %s", (viewer) => {
  const visible = seesDraft[viewer];
  const query = async () => dataOf(await server.execute(DraftPaths, { id: draftId }, { token: tokens[viewer] }));
  const slugs = (list: { edges: { node: { slug: string } }[] } | undefined) => list?.edges.map((e) => e.node.slug) ?? [];

  it(`${visible ? "sees" : "does not see"} the draft by slug and by ID`, async () => {
    const data = await query();
    if (visible) {
      expect(data.post).toMatchObject({ slug: "against-ibid", status: "DRAFT", publishedAt: null });
      expect(data.node?.id).toBe(draftId);
    } else {
      expect(data.post).toBeNull();
      expect(data.node).toBeNull();
    }
  });

  it(`${visible ? "finds" : "does not find"} it in every list, with counts to match`, async () => {
    const data = await query();
    const lists = [
      data.posts,
      data.author?.posts,
      data.discussion?.responses,
      data.answered?.responses,
      data.answered?.otherResponses,
    ];
    for (const list of lists) {
      expect(slugs(list).includes("against-ibid")).toBe(visible);
      expect(list?.totalCount).toBe(list?.edges.length);
    }
  });

  it(`${visible ? "sees" : "does not see"} what hangs off the draft: its source and its comments`, async () => {
    const data = await query();
    const onDraft = data.wen?.comments.edges.some((e) => e.node.body === "Early feedback on the draft.");
    expect(onDraft).toBe(visible);
    expect(data.wen?.comments.totalCount).toBe(data.wen?.comments.edges.length);
    if (visible) {
      const sourceId = data.post!.footnotes[0]!.source!.id;
      const { node } = dataOf(await server.execute(SourceCitedIn, { id: sourceId }, { token: tokens[viewer] }));
      expect(node).toMatchObject({ title: "A Note on Ibid", citedIn: { totalCount: 1, edges: [{ node: { slug: "against-ibid" } }] } });
      expect(data.post!.comments.totalCount).toBe(1);
    }
  });
});

const DraftsByStatus = graphql(`
  query DraftsByStatus($status: PostStatus) {
    posts(first: 100, filter: { status: $status }) { totalCount edges { node { slug status } } }
    feed(first: 100, filter: { status: $status }) { totalCount edges { node { __typename ... on Post { slug status } } } }
  }
`);

describe("the status filter on posts and feed", () => {
  it.each(viewers)("gives %s only the drafts they may read, or only published posts", async (viewer) => {
    const token = tokens[viewer];
    const drafts = dataOf(await server.execute(DraftsByStatus, { status: "DRAFT" }, { token }));
    const published = dataOf(await server.execute(DraftsByStatus, { status: "PUBLISHED" }, { token }));
    const everything = dataOf(await server.execute(DraftsByStatus, {}, { token }));
    const draftSlugs = drafts.posts.edges.map(({ node }) => node.slug);
    expect(draftSlugs.includes("against-ibid")).toBe(seesDraft[viewer]);
    expect(drafts.posts.edges.every(({ node }) => node.status === "DRAFT")).toBe(true);
    expect(published.posts.edges.every(({ node }) => node.status === "PUBLISHED")).toBe(true);
    expect(drafts.posts.totalCount).toBe(drafts.posts.edges.length);
    expect(drafts.posts.totalCount + published.posts.totalCount).toBe(everything.posts.totalCount);
    if (viewer === "anonymous" || viewer === "otherAuthor") expect(draftSlugs).not.toContain("against-ibid");
    if (viewer === "anonymous") expect(drafts.posts.totalCount).toBe(0);
    // The feed's reading mode lists exactly what posts lists.
    expect(drafts.feed.edges.map(({ node }) => (node.__typename === "Post" ? node.slug : ""))).toEqual(draftSlugs);
    expect(published.feed.totalCount).toBe(published.posts.totalCount);
  });
});

describe("a draft's source, for readers", () => {
  it("is hidden from node(id:) when only drafts cite it", async () => {
    const source = await server.db.prisma.source.findFirstOrThrow({ where: { title: "A Note on Ibid" } });
    const id = Buffer.from(`Source:${source.id}`).toString("base64url");
    expect(dataOf(await server.execute(SourceCitedIn, { id })).node).toBeNull();
    expect(dataOf(await server.execute(SourceCitedIn, { id }, { token: tokens.otherAuthor })).node).toBeNull();
  });
});

describe("sorting with drafts", () => {
  it("places a draft by its creation time and pages through it without losing anything", async () => {
    const token = tokens.editor;
    const all = dataOf(await server.execute(DraftPaths, { id: draftId }, { token })).posts;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page = await server.executeRaw(
        "query($after: String) { posts(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug } } } }",
        { after },
        { token },
      );
      const posts = (page.data as { posts: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { slug: string } }[] } }).posts;
      seen.push(...posts.edges.map((e) => e.node.slug));
      if (!posts.pageInfo.hasNextPage) break;
      after = posts.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.slug));
    expect(seen).toContain("against-ibid");
  });
});

const DraftSlugCreate = graphql(`
  mutation DraftSlugCreate($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug status author { slug } } }
      ... on ValidationError { fields { path message } }
    }
  }
`);
const DraftSlugPublish = graphql(`
  mutation DraftSlugPublish($id: ID!) {
    publishPost(input: { id: $id }) { __typename ... on UserError { code message } }
  }
`);
const DraftSlugLookup = graphql(`
  query DraftSlugLookup($slug: String!, $id: ID!) {
    post(slug: $slug) { author { slug } status }
    node(id: $id) { ... on Post { slug status } }
  }
`);

describe("a draft's slug", () => {
  it("is not refused to someone who cannot see the draft: that would tell them it exists", async () => {
    const taken = dataOf(await server.execute(DraftSlugCreate, { input: { title: "Another Take", slug: "against-ibid", body: "Mine." } }, { token: tokens.otherAuthor }));
    expect(taken.createPost).toMatchObject({ __typename: "PostPayload", post: { slug: "against-ibid", status: "DRAFT", author: { slug: "wen-sorensen" } } });
  });

  it("is refused to those who can see it: its author and editors", async () => {
    for (const viewer of ["owner", "editor"] as const) {
      const response = dataOf(await server.execute(DraftSlugCreate, { input: { title: "Mine Too", slug: "against-ibid", body: "Text." } }, { token: tokens[viewer] }));
      expect(response.createPost).toEqual({ __typename: "ValidationError", fields: [{ path: ["slug"], message: '"against-ibid" is already taken' }] });
    }
  });

  it("belongs to whichever post is published with it first; the other draft is told so, by a post everyone can see", async () => {
    const wens = await server.db.prisma.post.findFirstOrThrow({ where: { slug: "against-ibid", author: { slug: "wen-sorensen" } } });
    const wensId = Buffer.from(`Post:${wens.id}`).toString("base64url");
    expect(dataOf(await server.execute(DraftSlugPublish, { id: wensId }, { token: tokens.otherAuthor })).publishPost.__typename).toBe("PostPayload");

    // Everyone, the draft's own author included, now finds the published post under the slug; the draft stays reachable by ID.
    for (const viewer of viewers) {
      const found = dataOf(await server.execute(DraftSlugLookup, { slug: "against-ibid", id: draftId }, { token: tokens[viewer] }));
      expect(found.post).toEqual({ author: { slug: "wen-sorensen" }, status: "PUBLISHED" });
      expect(found.node).toEqual(seesDraft[viewer] ? { slug: "against-ibid", status: "DRAFT" } : null);
    }
    const refused = dataOf(await server.execute(DraftSlugPublish, { id: draftId }, { token: tokens.owner })).publishPost;
    expect(refused).toEqual({
      __typename: "ConflictError",
      code: "CONFLICT",
      message: 'A published post already has the slug "against-ibid". Give this post another slug, then publish it.',
    });
  });
});
