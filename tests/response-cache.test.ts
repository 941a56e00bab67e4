import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { isObjectType } from "graphql";
import { issueToken, revokeToken } from "../src/auth/tokens.js";
import { schema } from "../src/schema/schema.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type GraphQLResponse, type RequestOptions, type TestServer } from "./support/server.js";

// The response cache answers repeated queries from memory, per viewer, and
// every write drops what it made stale before the mutation answers: the very
// next query sees the change. Each case below primes the cache, checks that
// the cache really answers, writes, and reads again.

let server: TestServer;
const tokens = { voss: "", oyelaran: "", editor: "" };
let vossTokenId = 0;
beforeAll(async () => {
  server = await startTestServer({ responseCache: true });
  const voss = await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR");
  tokens.voss = voss.token;
  vossTokenId = voss.id;
  tokens.oyelaran = (await issueToken(server.db.prisma, "marcus-oyelaran", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
});
afterAll(() => server.close());

const CachePost = graphql(`
  query CachePost($slug: String!) {
    post(slug: $slug) {
      id
      title
      revision
      commentCount
      author { name }
      comments(first: 50) { totalCount edges { node { id body(format: MARKDOWN) replies(first: 20) { totalCount } } } }
    }
  }
`);

const CacheFeed = graphql(`
  query CacheFeed {
    feed(first: 50) { totalCount edges { node { __typename ... on Post { id title } } } }
  }
`);

const CacheSync = graphql(`
  query CacheSync($since: DateTime!) {
    feed(first: 50, updatedSince: $since) { edges { node { __typename ... on Post { id } ... on PostTombstone { postId reason } } } }
  }
`);

const CachePosts = graphql(`
  query CachePosts {
    posts(first: 50) { totalCount edges { node { slug title } } }
  }
`);

const CacheAuthor = graphql(`
  query CacheAuthor($slug: String!) {
    author(slug: $slug) { name posts(first: 50) { totalCount } comments(first: 50) { totalCount } }
  }
`);

const CacheThreadNames = graphql(`
  query CacheThreadNames($slug: String!) {
    post(slug: $slug) { comments(first: 50) { edges { node { authorName } } } }
  }
`);

const CacheSources = graphql(`
  query CacheSources($slug: String!) {
    post(slug: $slug) { footnotes { number source { id title publisher } } }
  }
`);

const CacheCorrectSource = graphql(`
  mutation CacheCorrectSource($input: CorrectSourceInput!) {
    correctSource(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheNoteSources = graphql(`
  query CacheNoteSources($slug: String!) {
    post(slug: $slug) { id footnotes { number kind source { id } } }
  }
`);

const CacheDetach = graphql(`
  mutation CacheDetach($input: FootnoteInPostInput!) {
    detachFootnoteSource(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheAttach = graphql(`
  mutation CacheAttach($input: AttachFootnoteSourceInput!) {
    attachFootnoteSource(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheReset = graphql(`
  mutation CacheReset($input: FootnoteInPostInput!) {
    resetFootnoteSource(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheMerge = graphql(`
  mutation CacheMerge($input: MergeSourcesInput!) {
    mergeSources(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheAuthors = graphql(`
  query CacheAuthors {
    authors(first: 50) { totalCount edges { node { slug name } } }
  }
`);

const CacheDiscussion = graphql(`
  query CacheDiscussion($slug: String!) {
    discussion(slug: $slug) { title }
    discussions(first: 50) { totalCount }
  }
`);

const CacheViewer = graphql(`
  query CacheViewer {
    viewer { author { slug } role }
  }
`);

const CacheQueue = graphql(`
  query CacheQueue {
    moderationQueue(first: 50) { totalCount }
  }
`);

const CacheDeliveries = graphql(`
  query CacheDeliveries {
    webhookDeliveries(limit: 10) { id }
  }
`);

const CacheAddComment = graphql(`
  mutation CacheAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on CommentPayload { comment { id status } }
      ... on UserError { message }
    }
  }
`);

const CacheEditComment = graphql(`
  mutation CacheEditComment($input: EditCommentInput!) {
    editComment(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheModerate = graphql(`
  mutation CacheModerate($input: ModerateCommentInput!) {
    moderateComment(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheCreatePost = graphql(`
  mutation CacheCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug revision } }
      ... on UserError { message }
    }
  }
`);

const CacheUpdatePost = graphql(`
  mutation CacheUpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on PostPayload { post { revision } }
      ... on UserError { message }
    }
  }
`);

const CachePublish = graphql(`
  mutation CachePublish($id: ID!) {
    publishPost(input: { id: $id }) { __typename ... on UserError { message } }
  }
`);

const CacheUnpublish = graphql(`
  mutation CacheUnpublish($id: ID!) {
    unpublishPost(input: { id: $id }) { __typename ... on UserError { message } }
  }
`);

const CacheDelete = graphql(`
  mutation CacheDelete($id: ID!) {
    deletePost(input: { id: $id }) { __typename ... on UserError { message } }
  }
`);

const CacheUpdateAuthor = graphql(`
  mutation CacheUpdateAuthor($input: UpdateAuthorInput!) {
    updateAuthor(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheCreateDiscussion = graphql(`
  mutation CacheCreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) { __typename ... on UserError { message } }
  }
`);

const CacheRegisterWebhook = graphql(`
  mutation CacheRegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { __typename ... on RegisterWebhookPayload { endpoint { id } } ... on UserError { message } }
  }
`);

type CacheReport = { hit?: boolean; didCache?: boolean };
const cacheReport = (response: GraphQLResponse<unknown>) => response.extensions?.responseCache as CacheReport | undefined;

/** Run a query twice: the second answer must come from the cache, with no SQL. Returns the data. */
async function primed<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: RequestOptions,
): Promise<TData> {
  await server.execute(document, variables, options);
  const again = await server.execute(document, variables, options);
  expect(cacheReport(again)?.hit, "the second identical query is answered from the cache").toBe(true);
  expect(again.extensions?.queryStats?.sqlStatements).toBe(0);
  return dataOf(again);
}

/** Run a query that must not come from the cache. */
async function fresh<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: RequestOptions,
): Promise<TData> {
  const response = await server.execute(document, variables, options);
  expect(cacheReport(response)?.hit ?? false, "answered from the database").toBe(false);
  return dataOf(response);
}

/** Every mutation run here, checked at the end against the schema's list. */
const mutationsRun = new Set<string>();
async function mutate<TData extends Record<string, unknown>, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string,
): Promise<TData> {
  const data = dataOf(await server.execute(document, variables, { token }));
  for (const [field, result] of Object.entries(data)) {
    expect((result as { __typename: string }).__typename, JSON.stringify(result)).toMatch(/Payload$/);
    mutationsRun.add(field);
  }
  return data;
}

const text = async (path: string) => (await server.yoga.fetch(`http://colloquy.test${path}`)).text();
const rss = () => text("/feeds/posts.rss");
const authorRss = (slug: string) => text(`/feeds/authors/${slug}.atom`);

describe("the cache", () => {
  it("answers a repeated anonymous query without touching the database", async () => {
    const data = await primed(CachePosts);
    expect(data.posts.totalCount).toBeGreaterThan(0);
  });

  it("keys on the viewer: tokens and anonymous readers never see each other's answers", async () => {
    const asVoss = await primed(CacheViewer, {}, { token: tokens.voss });
    const asOyelaran = await primed(CacheViewer, {}, { token: tokens.oyelaran });
    const anonymous = await primed(CacheViewer);
    expect(asVoss.viewer?.author.slug).toBe("eleanor-voss");
    expect(asOyelaran.viewer?.author.slug).toBe("marcus-oyelaran");
    expect(anonymous.viewer).toBeNull();

    // A draft its author sees is in the author's cached list, not in the public one.
    const own = await primed(CachePosts, {}, { token: tokens.editor });
    const everyone = await primed(CachePosts);
    expect(own.posts.totalCount).toBeGreaterThan(everyone.posts.totalCount);
  });

  it("stops answering a token as soon as it is revoked", async () => {
    await primed(CacheViewer, {}, { token: tokens.voss });
    await revokeToken(server.db.prisma, vossTokenId);
    const response = await server.execute(CacheViewer, {}, { token: tokens.voss });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    tokens.voss = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  });

  it("keeps conditional GET on the body's own ETag, never on its keys", async () => {
    const query = "{ site { title } }";
    const get = (headers: Record<string, string> = {}) =>
      server.yoga.fetch(`http://colloquy.test/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: "application/graphql-response+json", "x-graphql-yoga-csrf": "1", ...headers },
      });
    await get();
    // Answered from the cache from here on.
    const first = await get();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("last-modified")).toBeNull();
    expect((await get()).headers.get("etag")).toBe(etag);
    expect((await get({ "if-none-match": etag })).status).toBe(304);
    const posted = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(posted.headers.get("etag")).toBeNull();
  });

  it("never keeps the webhook delivery log, which changes in the background", async () => {
    await server.execute(CacheDeliveries, {}, { token: tokens.editor });
    await fresh(CacheDeliveries, {}, { token: tokens.editor });
  });
});

describe("comments", () => {
  const slug = "edit-history";

  it("a new approved comment is in the very next query: thread, count, author and queue", async () => {
    const before = (await primed(CachePost, { slug })).post!;
    const authorBefore = (await primed(CacheAuthor, { slug: "miriam-tolle" })).author!;
    const queueBefore = (await primed(CacheQueue, {}, { token: tokens.editor })).moderationQueue;

    const { addComment } = await mutate(CacheAddComment, { input: { postId: before.id, body: "An editor's aside." } }, tokens.editor);
    if (addComment.__typename !== "CommentPayload") throw new Error("not added");
    expect(addComment.comment.status).toBe("APPROVED");

    const after = (await fresh(CachePost, { slug })).post!;
    expect(after.commentCount).toBe(before.commentCount + 1);
    expect(after.comments.edges.map((e) => e.node.id)).toContain(addComment.comment.id);
    expect((await fresh(CacheAuthor, { slug: "miriam-tolle" })).author!.comments.totalCount).toBe(authorBefore.comments.totalCount + 1);
    // Approved at once: the queue is recounted, and unchanged.
    expect((await fresh(CacheQueue, {}, { token: tokens.editor })).moderationQueue.totalCount).toBe(queueBefore.totalCount);
  });

  it("a reply shows under its parent at once", async () => {
    const before = (await primed(CachePost, { slug })).post!;
    const parent = before.comments.edges[0]!.node;
    await mutate(CacheAddComment, { input: { postId: before.id, parentId: parent.id, body: "Seconded." } }, tokens.oyelaran);
    const after = (await fresh(CachePost, { slug })).post!;
    const parentAfter = after.comments.edges.find((e) => e.node.id === parent.id)!.node;
    expect(parentAfter.replies.totalCount).toBe(parent.replies.totalCount + 1);
  });

  it("a held comment reaches the editors' queue, and the thread once approved", async () => {
    const before = (await primed(CachePost, { slug })).post!;
    const queueBefore = (await primed(CacheQueue, {}, { token: tokens.editor })).moderationQueue.totalCount;
    // No token: an anonymous reader's comment, held for moderation.
    const { addComment } = await mutate(
      CacheAddComment,
      { input: { postId: before.id, body: "A passer-by agrees.", authorName: "Passer-by" } },
      "",
    );
    if (addComment.__typename !== "CommentPayload") throw new Error("not added");
    expect(addComment.comment.status).toBe("PENDING");
    expect((await fresh(CacheQueue, {}, { token: tokens.editor })).moderationQueue.totalCount).toBe(queueBefore + 1);
    expect((await primed(CachePost, { slug })).post!.commentCount).toBe(before.commentCount);

    await mutate(CacheModerate, { input: { id: addComment.comment.id, status: "APPROVED" } }, tokens.editor);
    const after = (await fresh(CachePost, { slug })).post!;
    expect(after.commentCount).toBe(before.commentCount + 1);
    expect((await fresh(CacheQueue, {}, { token: tokens.editor })).moderationQueue.totalCount).toBe(queueBefore);
  });

  it("an edited comment shows its new text", async () => {
    const post = (await primed(CachePost, { slug })).post!;
    const { addComment } = await mutate(CacheAddComment, { input: { postId: post.id, body: "First draft of a thought." } }, tokens.oyelaran);
    if (addComment.__typename !== "CommentPayload") throw new Error("not added");
    await primed(CachePost, { slug });
    await mutate(CacheEditComment, { input: { id: addComment.comment.id, body: "Second draft of a thought." } }, tokens.oyelaran);
    const bodies = (await fresh(CachePost, { slug })).post!.comments.edges.map((e) => e.node.body);
    expect(bodies).toContain("Second draft of a thought.");
    expect(bodies).not.toContain("First draft of a thought.");
  });

  it("is precise: a comment on one post leaves other posts and unrelated answers cached", async () => {
    await primed(CachePost, { slug: "is-attention-a-commons" });
    await primed(CacheDiscussion, { slug: "who-keeps-the-commons" });
    const post = (await primed(CachePost, { slug })).post!;
    await mutate(CacheAddComment, { input: { postId: post.id, body: "Only this thread changes." } }, tokens.editor);
    expect((await fresh(CachePost, { slug })).post!.commentCount).toBe(post.commentCount + 1);
    expect(cacheReport(await server.execute(CachePost, { slug: "is-attention-a-commons" }))?.hit).toBe(true);
    expect(cacheReport(await server.execute(CacheDiscussion, { slug: "who-keeps-the-commons" }))?.hit).toBe(true);
  });
});

describe("posts", () => {
  let draft = { id: "", slug: "", revision: 0 };
  const since = new Date(Date.now() - 1000).toISOString();

  it("a new draft reaches its author's lists but leaves the public ones alone", async () => {
    const ownBefore = (await primed(CachePosts, {}, { token: tokens.oyelaran })).posts.totalCount;
    const publicBefore = await primed(CachePosts);
    await primed(CachePost, { slug: "cache-proof" });
    const { createPost } = await mutate(
      CacheCreatePost,
      { input: { title: "Cache Proof", slug: "cache-proof", body: "Written to be cached, then published." } },
      tokens.oyelaran,
    );
    if (createPost.__typename !== "PostPayload") throw new Error("not created");
    draft = createPost.post;
    expect((await fresh(CachePosts, {}, { token: tokens.oyelaran })).posts.totalCount).toBe(ownBefore + 1);
    expect((await server.execute(CachePosts)).data?.posts).toEqual(publicBefore.posts);
    expect((await server.execute(CachePost, { slug: "cache-proof" })).data?.post).toBeNull();
  });

  it("a publish is in the very next query, feed and syndication feeds", async () => {
    const publicBefore = (await primed(CachePosts)).posts.totalCount;
    const feedBefore = (await primed(CacheFeed)).feed.totalCount;
    const authorBefore = (await primed(CacheAuthor, { slug: "marcus-oyelaran" })).author!.posts.totalCount;
    expect(await primed(CachePost, { slug: "cache-proof" }).then((d) => d.post)).toBeNull();
    expect(await rss()).not.toContain("Cache Proof");
    expect(await authorRss("marcus-oyelaran")).not.toContain("Cache Proof");

    await mutate(CachePublish, { id: draft.id }, tokens.oyelaran);

    expect((await fresh(CachePosts)).posts.totalCount).toBe(publicBefore + 1);
    const feed = (await fresh(CacheFeed)).feed;
    expect(feed.totalCount).toBe(feedBefore + 1);
    expect(feed.edges[0]!.node).toMatchObject({ title: "Cache Proof" });
    expect((await fresh(CacheAuthor, { slug: "marcus-oyelaran" })).author!.posts.totalCount).toBe(authorBefore + 1);
    expect((await fresh(CachePost, { slug: "cache-proof" })).post?.title).toBe("Cache Proof");
    expect(await rss()).toContain("Cache Proof");
    expect(await authorRss("marcus-oyelaran")).toContain("Cache Proof");
  });

  it("an edit is in the very next query, feed and syndication feeds", async () => {
    await primed(CachePost, { slug: "cache-proof" });
    await primed(CachePosts);
    await primed(CacheFeed);
    expect(await rss()).toContain("<title><![CDATA[Cache Proof]]></title>");
    const { revision } = (await server.execute(CachePost, { slug: "cache-proof" })).data!.post!;
    const { updatePost } = await mutate(
      CacheUpdatePost,
      { input: { id: draft.id, expectedRevision: revision, title: "Cache Proof, Revised" } },
      tokens.oyelaran,
    );
    expect(updatePost.__typename).toBe("PostPayload");
    expect((await fresh(CachePost, { slug: "cache-proof" })).post?.title).toBe("Cache Proof, Revised");
    expect((await fresh(CachePosts)).posts.edges.map((e) => e.node.title)).toContain("Cache Proof, Revised");
    expect((await fresh(CacheFeed)).feed.edges[0]!.node).toMatchObject({ title: "Cache Proof, Revised" });
    expect(await rss()).toContain("Cache Proof, Revised");
  });

  it("an unpublish and a delete drop the post everywhere, and sync reports them", async () => {
    await primed(CacheFeed);
    const sync = (await primed(CacheSync, { since })).feed.edges.map((e) => e.node);
    expect(sync).toContainEqual({ __typename: "Post", id: draft.id });

    await mutate(CacheUnpublish, { id: draft.id }, tokens.oyelaran);
    expect((await fresh(CacheFeed)).feed.edges.map((e) => (e.node.__typename === "Post" ? e.node.title : ""))).not.toContain(
      "Cache Proof, Revised",
    );
    expect((await fresh(CacheSync, { since })).feed.edges.map((e) => e.node)).toContainEqual({
      __typename: "PostTombstone",
      postId: draft.id,
      reason: "UNPUBLISHED",
    });
    expect(await rss()).not.toContain("Cache Proof");

    await primed(CacheSync, { since });
    await primed(CachePost, { slug: "cache-proof" }, { token: tokens.oyelaran });
    await mutate(CacheDelete, { id: draft.id }, tokens.oyelaran);
    expect((await fresh(CachePost, { slug: "cache-proof" }, { token: tokens.oyelaran })).post).toBeNull();
    expect((await fresh(CacheSync, { since })).feed.edges.map((e) => e.node)).toContainEqual({
      __typename: "PostTombstone",
      postId: draft.id,
      reason: "DELETED",
    });
  });

  it("a post created and published in one step shows at once", async () => {
    const before = (await primed(CacheFeed)).feed.totalCount;
    await mutate(
      CacheCreatePost,
      { input: { title: "Straight to Print", body: "No draft stage.", publish: true } },
      tokens.oyelaran,
    );
    expect((await fresh(CacheFeed)).feed.totalCount).toBe(before + 1);
    expect(await rss()).toContain("Straight to Print");
  });
});

describe("authors and discussions", () => {
  it("a renamed author shows in posts, lists and feeds at once", async () => {
    const slug = "hardins-pasture-was-never-empty";
    const name = (await primed(CachePost, { slug })).post!.author.name;
    await primed(CacheAuthors);
    expect(await authorRss("marcus-oyelaran")).toContain(`<name>${name}</name>`);
    await mutate(CacheUpdateAuthor, { input: { name: "M. A. Oyelaran" } }, tokens.oyelaran);
    expect((await fresh(CachePost, { slug })).post!.author.name).toBe("M. A. Oyelaran");
    expect((await fresh(CacheAuthors)).authors.edges.map((e) => e.node.name)).toContain("M. A. Oyelaran");
    const feed = await authorRss("marcus-oyelaran");
    expect(feed).toContain("<name>M. A. Oyelaran</name>");
    expect(feed).not.toContain(`<name>${name}</name>`);
  });

  it("a renamed author's comments show the new name at once, though the answer never selected the author", async () => {
    const slug = "edit-history";
    const postId = (await fresh(CachePost, { slug })).post!.id;
    await mutate(CacheAddComment, { input: { postId, body: "Signed with my name." } }, tokens.voss);
    const before = (await primed(CacheThreadNames, { slug })).post!.comments.edges.map((e) => e.node.authorName);
    expect(before).toContain("Eleanor Voss");
    await mutate(CacheUpdateAuthor, { input: { name: "E. Voss" } }, tokens.voss);
    const after = (await fresh(CacheThreadNames, { slug })).post!.comments.edges.map((e) => e.node.authorName);
    expect(after).toContain("E. Voss");
    expect(after).not.toContain("Eleanor Voss");
  });

  it("an editor's correction of a source shows at once in every answer showing it", async () => {
    const slug = "the-commons-is-a-verb";
    const notes = (await primed(CacheSources, { slug })).post!.footnotes;
    const cited = notes.find((note) => note.source)!.source!;
    await mutate(CacheCorrectSource, { input: { id: cited.id, publisher: "Corrected Press" } }, tokens.editor);
    const after = (await fresh(CacheSources, { slug })).post!.footnotes.find((note) => note.source?.id === cited.id)!;
    expect(after.source!.publisher).toBe("Corrected Press");
  });

  it("a new discussion is found by slug and counted at once", async () => {
    const before = await primed(CacheDiscussion, { slug: "cached-prompt" });
    expect(before.discussion).toBeNull();
    await mutate(
      CacheCreateDiscussion,
      { input: { title: "A Cached Prompt", slug: "cached-prompt", prompt: "Does anyone remember what they read?" } },
      tokens.editor,
    );
    const after = await fresh(CacheDiscussion, { slug: "cached-prompt" });
    expect(after.discussion?.title).toBe("A Cached Prompt");
    expect(after.discussions.totalCount).toBe(before.discussions.totalCount + 1);
  });

  it("registering a webhook changes no content, and no cached answer", async () => {
    await primed(CachePosts);
    await mutate(CacheRegisterWebhook, { input: { url: "https://hooks.example.org/hook", events: ["POST_PUBLISHED"] } }, tokens.editor);
    expect(cacheReport(await server.execute(CachePosts))?.hit).toBe(true);
  });

  it("never answers a mutation from memory: the same one sent twice runs twice", async () => {
    const input = { url: "https://hooks.example.org/again", events: ["COMMENT_APPROVED" as const] };
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const response = await server.execute(CacheRegisterWebhook, { input }, { token: tokens.editor });
      expect(cacheReport(response)?.hit ?? false).toBe(false);
      const { registerWebhook } = dataOf(response);
      if (registerWebhook.__typename !== "RegisterWebhookPayload") throw new Error(JSON.stringify(registerWebhook));
      ids.push(registerWebhook.endpoint.id);
    }
    expect(new Set(ids).size).toBe(2);
  });
});

describe("editors' changes to notes and sources", () => {
  it("a note detached, attached or reset by hand, and sources merged, show at once", async () => {
    const slug = "the-commons-is-a-verb";
    const before = (await primed(CacheNoteSources, { slug })).post!;
    const cited = before.footnotes.find((note) => note.kind === "CITATION" && note.source)!;
    const number = cited.number;
    const sourceOf = async () => (await fresh(CacheNoteSources, { slug })).post!.footnotes.find((note) => note.number === number)!.source?.id ?? null;

    await mutate(CacheDetach, { input: { postId: before.id, number } }, tokens.editor);
    expect(await sourceOf()).toBeNull();
    await primed(CacheNoteSources, { slug });
    await mutate(CacheAttach, { input: { postId: before.id, number, sourceId: cited.source!.id } }, tokens.editor);
    expect(await sourceOf()).toBe(cited.source!.id);
    await primed(CacheNoteSources, { slug });
    await mutate(CacheReset, { input: { postId: before.id, number } }, tokens.editor);
    expect(await sourceOf()).toBe(cited.source!.id);

    const other = before.footnotes.find((note) => note.kind === "CITATION" && note.source && note.source.id !== cited.source!.id)!;
    await primed(CacheNoteSources, { slug });
    await mutate(CacheMerge, { input: { into: cited.source!.id, sources: [other.source!.id] } }, tokens.editor);
    const after = (await fresh(CacheNoteSources, { slug })).post!.footnotes.find((note) => note.number === other.number)!;
    expect(after.source!.id).toBe(cited.source!.id);
  });
});

describe("coverage", () => {
  it("every mutation in the schema was shown above to invalidate what it changes", () => {
    const mutationType = schema.getMutationType();
    expect(mutationType && isObjectType(mutationType)).toBe(true);
    expect([...mutationsRun].sort()).toEqual(Object.keys(mutationType!.getFields()).sort());
  });
});
