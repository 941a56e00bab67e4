import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import type { FeedSyncQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let token = "";
beforeAll(async () => {
  server = await startTestServer();
  token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
});
afterAll(() => server.close());

const FeedPage = graphql(`
  query FeedPage($first: Int, $after: String) {
    feed(first: $first, after: $after) {
      totalCount
      syncCursor
      pageInfo { hasNextPage endCursor }
      edges { node { __typename ... on Post { slug } } }
    }
    posts(first: $first) { edges { node { slug } } }
  }
`);

const FeedSync = graphql(`
  query FeedSync($since: DateTime, $after: String, $first: Int) {
    feed(updatedSince: $since, after: $after, first: $first) {
      syncCursor
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          __typename
          ... on Post { id slug title updatedAt }
          ... on PostTombstone { id postId removedAt reason }
        }
      }
    }
  }
`);

const Edit = graphql(`
  mutation SyncEdit($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }
`);
const Remove = graphql(`
  mutation SyncDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }
`);
const Withdraw = graphql(`
  mutation SyncWithdraw($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }
`);

type Item = FeedSyncQuery["feed"]["edges"][number]["node"];

/** Pages through a whole sync from `after` (or `since`), returning every item and the cursor to resume from. */
async function syncAll(start: { since?: string; after?: string }, pageSize = 3): Promise<{ items: Item[]; cursor: string }> {
  const items: Item[] = [];
  let after = start.after;
  for (let guard = 0; guard < 100; guard++) {
    const { feed } = dataOf(await server.execute(FeedSync, { since: start.since, after, first: pageSize }));
    items.push(...feed.edges.map((e) => e.node));
    after = feed.syncCursor!;
    if (!feed.pageInfo.hasNextPage) break;
  }
  return { items, cursor: after! };
}

describe("feed, reading mode", () => {
  it("lists published posts newest first, as posts does", async () => {
    const data = dataOf(await server.execute(FeedPage, { first: 4 }));
    expect(data.feed.edges.map((e) => (e.node.__typename === "Post" ? e.node.slug : null))).toEqual(
      data.posts.edges.map((e) => e.node.slug),
    );
    expect(data.feed.syncCursor).toBeNull();
    expect(data.feed.totalCount).toBe(await server.db.prisma.post.count({ where: { status: "PUBLISHED" } }));
  });
});

describe("feed, sync mode", () => {
  let cursor = "";

  it("starts with every published post, oldest change first, and no drafts", async () => {
    const { items, cursor: next } = await syncAll({ since: "2000-01-01T00:00:00Z" });
    const published = await server.db.prisma.post.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }] });
    expect(items.map((i) => (i.__typename === "Post" ? i.slug : i.id))).toEqual(published.map((p) => p.slug));
    cursor = next;
    // Nothing changed since: the next sync is empty and keeps its place.
    const { items: none, cursor: same } = await syncAll({ after: cursor });
    expect(none).toEqual([]);
    expect(same).toBe(cursor);
  });

  it("returns an edited post, and only that, on the next sync", async () => {
    const post = await server.db.prisma.post.findFirstOrThrow({ where: { slug: "the-commons-is-a-verb" } });
    const id = Buffer.from(`Post:${post.id}`).toString("base64url");
    expect(dataOf(await server.execute(Edit, { input: { id, expectedRevision: post.revision, title: "The Commons Is Still a Verb" } }, { token })).updatePost.__typename).toBe("PostPayload");
    const { items, cursor: next } = await syncAll({ after: cursor });
    expect(items).toEqual([expect.objectContaining({ __typename: "Post", slug: "the-commons-is-a-verb", title: "The Commons Is Still a Verb" })]);
    cursor = next;
  });

  it("returns tombstones for a deleted post and a withdrawn one", async () => {
    const mine = await server.db.prisma.post.findMany({ where: { author: { slug: "eleanor-voss" }, status: "PUBLISHED" } });
    const other = await server.db.prisma.post.create({
      data: { slug: "to-withdraw", title: "To Withdraw", body: "Text.", status: "PUBLISHED", publishedAt: new Date(), authorId: mine[0]!.authorId },
    });
    const { cursor: afterCreate, items: created } = await syncAll({ after: cursor });
    expect(created.map((i) => i.__typename === "Post" && i.slug)).toEqual(["to-withdraw"]);
    const deletedId = Buffer.from(`Post:${mine[0]!.id}`).toString("base64url");
    const withdrawnId = Buffer.from(`Post:${other.id}`).toString("base64url");
    await server.execute(Remove, { id: deletedId }, { token });
    await server.execute(Withdraw, { id: withdrawnId }, { token });
    const { items } = await syncAll({ after: afterCreate });
    expect(items).toEqual([
      expect.objectContaining({ __typename: "PostTombstone", postId: deletedId, reason: "DELETED" }),
      expect.objectContaining({ __typename: "PostTombstone", postId: withdrawnId, reason: "UNPUBLISHED" }),
    ]);
    // Its own id, unlike any Post's: Relay's store keeps records by id alone.
    expect(items.map((item) => item.id)).toEqual([
      Buffer.from(`PostTombstone:${mine[0]!.id}`).toString("base64url"),
      Buffer.from(`PostTombstone:${other.id}`).toString("base64url"),
    ]);
  });

  it("keeps a withdrawn post's tombstone where it was: later edits to the draft are not news to readers", async () => {
    const authorId = (await server.db.prisma.author.findFirstOrThrow({ where: { slug: "eleanor-voss" } })).id;
    const post = await server.db.prisma.post.create({
      data: { slug: "withdrawn-then-edited", title: "Withdrawn Then Edited", body: "Text.", status: "PUBLISHED", publishedAt: new Date(), authorId },
    });
    const id = Buffer.from(`Post:${post.id}`).toString("base64url");
    const { cursor: beforeWithdrawal } = await syncAll({ since: "2000-01-01T00:00:00Z" }, 50);
    await server.execute(Withdraw, { id }, { token });
    const { items: withdrawn, cursor: afterWithdrawal } = await syncAll({ after: beforeWithdrawal });
    expect(withdrawn).toEqual([expect.objectContaining({ __typename: "PostTombstone", postId: id, reason: "UNPUBLISHED" })]);
    const removedAt = (withdrawn[0] as { removedAt: string }).removedAt;

    await new Promise((resolve) => setTimeout(resolve, 20));
    const revision = (await server.db.prisma.post.findFirstOrThrow({ where: { id: post.id } })).revision;
    expect(dataOf(await server.execute(Edit, { input: { id, expectedRevision: revision, title: "Quietly Retitled" } }, { token })).updatePost.__typename).toBe("PostPayload");
    // Nothing new for readers, and the tombstone has not moved.
    expect((await syncAll({ after: afterWithdrawal })).items).toEqual([]);
    const everything = (await syncAll({ since: "2000-01-01T00:00:00Z" }, 50)).items;
    const tombstoneId = Buffer.from(`PostTombstone:${post.id}`).toString("base64url");
    expect(everything.filter((item) => item.id === id || item.id === tombstoneId)).toEqual([
      { __typename: "PostTombstone", id: tombstoneId, postId: id, removedAt, reason: "UNPUBLISHED" },
    ]);
    // Its author, who can still see it, syncs the edit.
    const { feed } = dataOf(await server.execute(FeedSync, { since: removedAt, first: 50 }, { token }));
    expect(feed.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ __typename: "Post", id, title: "Quietly Retitled" }));
  });

  it("loses nothing at a page boundary between changes of the same instant", async () => {
    const { cursor: start } = await syncAll({ since: "2000-01-01T00:00:00Z" }, 50);
    const at = new Date(Date.now() + 60_000);
    const authorId = (await server.db.prisma.author.findFirstOrThrow({ where: { slug: "eleanor-voss" } })).id;
    for (const slug of ["twin-a", "twin-b", "twin-c"]) {
      await server.db.prisma.post.create({
        data: { slug, title: slug, body: "Same instant.", status: "PUBLISHED", publishedAt: at, createdAt: at, updatedAt: at, authorId },
      });
    }
    const { items } = await syncAll({ after: start }, 1);
    expect(items.map((i) => i.__typename === "Post" && i.slug)).toEqual(["twin-a", "twin-b", "twin-c"]);
  });

  it("counts, in totalCount, the changes left to deliver from where the page stands", async () => {
    const { cursor: start } = await syncAll({ since: "2000-01-01T00:00:00Z" }, 50);
    const all = dataOf(await server.execute(FeedSync, { since: "2000-01-01T00:00:00Z", first: 2 })).feed;
    const everything = (await syncAll({ since: "2000-01-01T00:00:00Z" }, 50)).items;
    expect(all.totalCount).toBe(everything.length);

    const authorId = (await server.db.prisma.author.findFirstOrThrow({ where: { slug: "eleanor-voss" } })).id;
    const later = new Date(Date.now() + 120_000);
    for (const slug of ["count-a", "count-b", "count-c", "count-d", "count-e"]) {
      await server.db.prisma.post.create({
        data: { slug, title: slug, body: "New.", status: "PUBLISHED", publishedAt: later, createdAt: later, updatedAt: later, authorId },
      });
    }
    // From the last sync's cursor: five updates to show, whatever the page size, and fewer left on each later page.
    const first = dataOf(await server.execute(FeedSync, { after: start, first: 2 })).feed;
    expect(first.edges).toHaveLength(2);
    expect(first.totalCount).toBe(5);
    const second = dataOf(await server.execute(FeedSync, { after: first.pageInfo.endCursor, first: 2 })).feed;
    expect(second.totalCount).toBe(3);
  });

  it("never reports a draft that was never published, even as a tombstone", async () => {
    const { cursor: start } = await syncAll({ since: "2000-01-01T00:00:00Z" }, 50);
    await server.db.prisma.post.create({
      data: { slug: "quiet", title: "Quiet", body: "Draft.", status: "DRAFT", updatedAt: new Date(Date.now() + 120_000), authorId: 1 },
    });
    expect((await syncAll({ after: start })).items).toEqual([]);
  });
});
