import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { armFault, disarmFaults } from "../src/domain/faults.js";
import { POST_LIMITS } from "../src/domain/posts.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
const tokens = { voss: "", oyelaran: "", editor: "" };
beforeAll(async () => {
  server = await startTestServer();
  tokens.voss = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.oyelaran = (await issueToken(server.db.prisma, "marcus-oyelaran", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
});
afterEach(() => disarmFaults());
afterAll(() => server.close());

const CreatePost = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload {
        replayed
        post {
          id
          slug
          title
          status
          publishedAt
          revision
          author { slug }
          discussion { slug }
          inResponseTo { slug }
          footnotes { number kind isIbid pages refersTo { number } source { title year } }
        }
      }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const UpdatePost = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on PostPayload {
        post {
          title
          body(format: MARKDOWN)
          revision
          footnotes { number source { title } }
          revisions { revision editor { slug } changedFields status createdAt }
        }
      }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const Publish = graphql(`
  mutation Publish($id: ID!) {
    publishPost(input: { id: $id }) {
      __typename
      ... on PostPayload { post { status publishedAt revision } }
      ... on UserError { code }
    }
  }
`);

const Unpublish = graphql(`
  mutation Unpublish($id: ID!) {
    unpublishPost(input: { id: $id }) {
      __typename
      ... on PostPayload { post { status } }
      ... on UserError { code }
    }
  }
`);

const DeletePost = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(input: { id: $id }) {
      __typename
      ... on DeletePostPayload { deletedPostId }
      ... on UserError { code }
    }
  }
`);

const PublicPost = graphql(`
  query PublicPost($slug: String!) {
    post(slug: $slug) { id title status revision responses { totalCount } }
  }
`);

const essay = `An essay with a note.[^1] And a repeat.[^2]

[^1]: Lewis Hyde, *Common as Air: Revolution, Art, and Ownership* (New York: Farrar, Straus and Giroux, 2010), 23.
[^2]: Ibid., 41.
`;

async function create(token: string, input: Record<string, unknown>) {
  const { createPost } = dataOf(
    await server.execute(CreatePost, { input: { title: "A Title", body: essay, ...input } as never }, { token }),
  );
  return createPost;
}

describe("createPost", () => {
  it("saves a draft with parsed footnotes, visible to its author only", async () => {
    const result = await create(tokens.voss, { title: "Notes Toward a Commons", discussionId: undefined });
    expect(result.__typename).toBe("PostPayload");
    if (result.__typename !== "PostPayload") return;
    expect(result.post).toMatchObject({
      slug: "notes-toward-a-commons",
      status: "DRAFT",
      publishedAt: null,
      revision: 1,
      author: { slug: "eleanor-voss" },
      footnotes: [
        { number: 1, kind: "CITATION", source: { title: "Common as Air: Revolution, Art, and Ownership", year: 2010 } },
        { number: 2, kind: "IBID", isIbid: true, pages: "41", refersTo: { number: 1 } },
      ],
    });
    expect(dataOf(await server.execute(PublicPost, { slug: "notes-toward-a-commons" })).post).toBeNull();
    expect(dataOf(await server.execute(PublicPost, { slug: "notes-toward-a-commons" }, { token: tokens.oyelaran })).post).toBeNull();
    expect(dataOf(await server.execute(PublicPost, { slug: "notes-toward-a-commons" }, { token: tokens.voss })).post).not.toBeNull();
  });

  it("publishes at once on request, in a discussion and in answer to another post", async () => {
    const { post: target } = dataOf(await server.execute(PublicPost, { slug: "the-commons-is-a-verb" }));
    const discussion = await server.db.prisma.discussion.findFirstOrThrow({ where: { slug: "who-keeps-the-commons" } });
    const result = await create(tokens.oyelaran, {
      title: "A Second Rejoinder",
      publish: true,
      discussionId: Buffer.from(`Discussion:${discussion.id}`).toString("base64url"),
      inResponseToId: target!.id,
    });
    expect(result).toMatchObject({
      __typename: "PostPayload",
      post: { status: "PUBLISHED", discussion: { slug: "who-keeps-the-commons" }, inResponseTo: { slug: "the-commons-is-a-verb" } },
    });
    if (result.__typename === "PostPayload") expect(Date.parse(result.post.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(dataOf(await server.execute(PublicPost, { slug: "the-commons-is-a-verb" })).post?.responses.totalCount).toBe(2);
  });

  it("derives a slug from a title in any script", async () => {
    const accented = await create(tokens.voss, { title: "Über Gemeingüter und Gärten" });
    expect(accented).toMatchObject({ post: { slug: "uber-gemeinguter-und-garten" } });
    const ligatures = await create(tokens.voss, { title: "Die Straße, Œuvres, Łódź" });
    expect(ligatures).toMatchObject({ post: { slug: "die-strasse-oeuvres-lodz" } });
    const japanese = await create(tokens.voss, { title: "共有地について" });
    expect(japanese.__typename === "PostPayload" && japanese.post.slug).toMatch(/^post-[0-9a-f]{8}$/);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const response = await server.execute(CreatePost, { input: { title: "Nope", body: "Nope." } });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await server.db.prisma.post.count({ where: { title: "Nope" } })).toBe(0);
  });

  it("reports every invalid field, including a taken slug and an unknown discussion", async () => {
    const result = await create(tokens.voss, {
      title: "",
      body: "x".repeat(200_001),
      slug: "Bad Slug!",
      discussionId: Buffer.from("Discussion:9999").toString("base64url"),
    });
    expect(result.__typename).toBe("ValidationError");
    if (result.__typename !== "ValidationError") return;
    expect(result.fields.map((f) => f.path.join(".")).sort()).toEqual(["body", "discussionId", "slug", "title"]);

    const taken = await create(tokens.voss, { slug: "the-commons-is-a-verb" });
    expect(taken).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["slug"], message: '"the-commons-is-a-verb" is already taken' }] });
  });

  it("refuses an idempotency key reused for a different request with a ConflictError", async () => {
    const first = await create(tokens.voss, { title: "Keyed Once", idempotencyKey: "reused-key" });
    expect(first.__typename).toBe("PostPayload");
    const different = await create(tokens.voss, { title: "Something Else Entirely", idempotencyKey: "reused-key" });
    expect(different).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect(await server.db.prisma.post.count({ where: { title: "Something Else Entirely" } })).toBe(0);
  });

  it("returns the original post for a retried idempotency key, and creates nothing new", async () => {
    const input = { title: "Retried on a Bad Network", idempotencyKey: "mobile-7f3a" };
    const first = await create(tokens.voss, input);
    const second = await create(tokens.voss, input);
    expect(first.__typename).toBe("PostPayload");
    if (first.__typename !== "PostPayload" || second.__typename !== "PostPayload") throw new Error("expected payloads");
    expect(first.replayed).toBe(false);
    expect(second).toMatchObject({ replayed: true, post: { id: first.post.id } });
    expect(await server.db.prisma.post.count({ where: { title: input.title } })).toBe(1);
    // The same key from another caller is another request.
    const other = await create(tokens.oyelaran, { ...input, slug: "retried-by-someone-else" });
    expect(other).toMatchObject({ __typename: "PostPayload", replayed: false });
  });
});

describe("updatePost", () => {
  async function draft(title: string) {
    const result = await create(tokens.voss, { title });
    if (result.__typename !== "PostPayload") throw new Error(JSON.stringify(result));
    return result.post;
  }

  it("saves a change at the expected revision, re-parses the notes and keeps every version", async () => {
    const post = await draft("Revisable");
    const { updatePost } = dataOf(
      await server.execute(
        UpdatePost,
        { input: { id: post.id, expectedRevision: 1, title: "Revised", body: "Now citing one book.[^a]\n\n[^a]: Jane Jacobs, *The Death and Life of Great American Cities* (New York: Random House, 1961), 50.\n" } },
        { token: tokens.voss },
      ),
    );
    expect(updatePost).toMatchObject({
      __typename: "PostPayload",
      post: {
        title: "Revised",
        revision: 2,
        footnotes: [{ number: 1, source: { title: "The Death and Life of Great American Cities" } }],
        revisions: [
          { revision: 2, editor: { slug: "eleanor-voss" }, changedFields: ["title", "body"], status: "DRAFT" },
          { revision: 1, editor: { slug: "eleanor-voss" } },
        ],
      },
    });
  });

  it("refuses a blank title or body on update, which would leave a post no list can show", async () => {
    const post = await draft("Not Blank");
    const { updatePost } = dataOf(
      await server.execute(UpdatePost, { input: { id: post.id, expectedRevision: 1, title: "  ", body: "" } }, { token: tokens.voss }),
    );
    expect(updatePost.__typename).toBe("ValidationError");
    const paths = updatePost.__typename === "ValidationError" ? updatePost.fields.map((f) => f.path.join(".")).sort() : [];
    expect(paths).toEqual(["body", "title"]);
  });

  it("refuses a post answering itself, or closing a loop of answers", async () => {
    const a = await draft("Loop A");
    const b = await draft("Loop B");
    const self = dataOf(await server.execute(UpdatePost, { input: { id: a.id, expectedRevision: 1, inResponseToId: a.id } }, { token: tokens.voss }));
    expect(self.updatePost).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["inResponseToId"] }] });
    const aToB = dataOf(await server.execute(UpdatePost, { input: { id: a.id, expectedRevision: 1, inResponseToId: b.id } }, { token: tokens.voss }));
    expect(aToB.updatePost.__typename).toBe("PostPayload");
    const bToA = dataOf(await server.execute(UpdatePost, { input: { id: b.id, expectedRevision: 1, inResponseToId: a.id } }, { token: tokens.voss }));
    expect(bToA.updatePost).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["inResponseToId"] }] });
  });

  it("refuses a stale revision with a ConflictError and overwrites nothing", async () => {
    const post = await draft("Contested");
    await server.execute(UpdatePost, { input: { id: post.id, expectedRevision: 1, title: "First Edit" } }, { token: tokens.voss });
    const { updatePost } = dataOf(
      await server.execute(UpdatePost, { input: { id: post.id, expectedRevision: 1, title: "Stale Edit" } }, { token: tokens.editor }),
    );
    expect(updatePost).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    const row = await server.db.prisma.post.findFirstOrThrow({ where: { slug: "contested" } });
    expect(row).toMatchObject({ title: "First Edit", revision: 2 });
  });

  it("hides another author's draft as not found, refuses their published post, and lets an editor edit both", async () => {
    const hidden = await draft("Private Thoughts");
    const asOther = dataOf(
      await server.execute(UpdatePost, { input: { id: hidden.id, expectedRevision: 1, title: "Mine Now" } }, { token: tokens.oyelaran }),
    );
    expect(asOther.updatePost.__typename).toBe("NotFoundError");

    const { post: published } = dataOf(await server.execute(PublicPost, { slug: "the-commons-is-a-verb" }));
    const forbidden = dataOf(
      await server.execute(UpdatePost, { input: { id: published!.id, expectedRevision: published!.revision, title: "Mine" } }, { token: tokens.oyelaran }),
    );
    expect(forbidden.updatePost).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });

    const byEditor = dataOf(
      await server.execute(UpdatePost, { input: { id: hidden.id, expectedRevision: 1, title: "Edited by the Editor" } }, { token: tokens.editor }),
    );
    expect(byEditor.updatePost).toMatchObject({
      __typename: "PostPayload",
      post: { title: "Edited by the Editor", revisions: [{ editor: { slug: "miriam-tolle" } }, { editor: { slug: "eleanor-voss" } }] },
    });
  });
});

describe("publishing and deleting", () => {
  it("publishes, withdraws and deletes a post, with the public view following each step", async () => {
    const created = await create(tokens.voss, { title: "Short-Lived" });
    if (created.__typename !== "PostPayload") throw new Error("expected a payload");
    const { id } = created.post;

    const published = dataOf(await server.execute(Publish, { id }, { token: tokens.voss })).publishPost;
    expect(published).toMatchObject({ __typename: "PostPayload", post: { status: "PUBLISHED", revision: 2 } });
    expect(dataOf(await server.execute(PublicPost, { slug: "short-lived" })).post?.title).toBe("Short-Lived");

    expect(dataOf(await server.execute(Publish, { id }, { token: tokens.oyelaran })).publishPost.__typename).toBe("ForbiddenError");
    expect(dataOf(await server.execute(Unpublish, { id }, { token: tokens.voss })).unpublishPost).toMatchObject({
      post: { status: "DRAFT" },
    });
    expect(dataOf(await server.execute(PublicPost, { slug: "short-lived" })).post).toBeNull();

    const deleted = dataOf(await server.execute(DeletePost, { id }, { token: tokens.voss })).deletePost;
    // A late retry of the request that created it makes a new post instead of replaying a deleted one.
    const retried = await create(tokens.voss, { title: "Keyed and Deleted", idempotencyKey: "deleted-later" });
    if (retried.__typename !== "PostPayload") throw new Error("expected a payload");
    await server.execute(DeletePost, { id: retried.post.id }, { token: tokens.voss });
    const again = await create(tokens.voss, { title: "Keyed and Deleted", idempotencyKey: "deleted-later" });
    expect(again).toMatchObject({ __typename: "PostPayload", replayed: false });
    expect(deleted).toEqual({ __typename: "DeletePostPayload", deletedPostId: id });
    expect(await server.db.prisma.post.count({ where: { slug: "short-lived" } })).toBe(0);
    expect(dataOf(await server.execute(DeletePost, { id }, { token: tokens.voss })).deletePost.__typename).toBe("NotFoundError");
  });
});

describe("transactions", () => {
  it("leaves nothing behind when createPost fails after writing the post and its notes", async () => {
    const before = {
      posts: await server.db.prisma.post.count(),
      footnotes: await server.db.prisma.footnote.count(),
      sources: await server.db.prisma.source.count(),
      revisions: await server.db.prisma.postRevision.count(),
      keys: await server.db.prisma.idempotencyKey.count(),
    };
    armFault("createPost.afterFootnotes");
    const response = await server.execute(
      CreatePost,
      { input: { title: "Doomed", body: "A new book.[^1]\n\n[^1]: Ada Lovelace, *Notes on the Engine* (London: Taylor, 1843), 1.\n", idempotencyKey: "doomed-1" } },
      { token: tokens.voss },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(response.errors)).not.toContain("Injected");
    expect({
      posts: await server.db.prisma.post.count(),
      footnotes: await server.db.prisma.footnote.count(),
      sources: await server.db.prisma.source.count(),
      revisions: await server.db.prisma.postRevision.count(),
      keys: await server.db.prisma.idempotencyKey.count(),
    }).toEqual(before);
  });

  it("leaves the post exactly as it was when updatePost fails after re-writing the notes", async () => {
    const created = await create(tokens.voss, { title: "Steady" });
    if (created.__typename !== "PostPayload") throw new Error("expected a payload");
    const snapshot = async () => ({
      post: await server.db.prisma.post.findFirstOrThrow({ where: { slug: "steady" } }),
      footnotes: await server.db.prisma.footnote.findMany({ where: { post: { slug: "steady" } }, orderBy: { number: "asc" } }),
      revisions: await server.db.prisma.postRevision.count({ where: { post: { slug: "steady" } } }),
    });
    const before = await snapshot();
    armFault("updatePost.afterFootnotes");
    const response = await server.execute(
      UpdatePost,
      { input: { id: created.post.id, expectedRevision: 1, title: "Shaken", body: "No notes now." } },
      { token: tokens.voss },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await snapshot()).toEqual(before);
  });
});

describe("a post's notes", () => {
  it("are refused past the most a post may hold, which is what the cost model counts", async () => {
    const notes = Array.from({ length: POST_LIMITS.footnotes + 1 }, (_, i) => i + 1);
    const body = `${notes.map((n) => `Point ${n}.[^${n}]`).join(" ")}\n\n${notes.map((n) => `[^${n}]: Note ${n}.`).join("\n")}`;
    const response = dataOf(await server.execute(CreatePost, { input: { title: "Too Many Notes", body } }, { token: tokens.voss }));
    expect(response.createPost).toEqual({
      __typename: "ValidationError",
      message: expect.stringContaining("footnotes") as string,
      code: "VALIDATION_FAILED",
      fields: [{ path: ["body"], message: `has ${POST_LIMITS.footnotes + 1} footnotes; a post may have at most ${POST_LIMITS.footnotes}` }],
    });
    const fewer = body.replace(/\n\[\^301\]: Note 301\./, "").replace(" Point 301.[^301]", "");
    const created = dataOf(await server.execute(CreatePost, { input: { title: "Just Enough Notes", body: fewer } }, { token: tokens.voss }));
    expect(created.createPost.__typename).toBe("PostPayload");
    if (created.createPost.__typename === "PostPayload") expect(created.createPost.post.footnotes).toHaveLength(POST_LIMITS.footnotes);
  });
});

const RevisionHistory = graphql(`
  query RevisionHistory($slug: String!, $limit: Int!) {
    post(slug: $slug) { revision latest: revisions { revision } some: revisions(limit: $limit) { revision } }
  }
`);

describe("a post's revisions", () => {
  it("come newest first, 20 unless `limit` asks for up to 100: every list the cost model counts has a bound", async () => {
    const { createPost } = dataOf(await server.execute(CreatePost, { input: { title: "Many Drafts", body: "Draft 1." } }, { token: tokens.voss }));
    if (createPost.__typename !== "PostPayload") throw new Error("expected a payload");
    for (let revision = 1; revision < 25; revision++) {
      const updated = dataOf(
        await server.execute(UpdatePost, { input: { id: createPost.post.id, expectedRevision: revision, body: `Draft ${revision + 1}.` } }, { token: tokens.voss }),
      );
      expect(updated.updatePost.__typename).toBe("PostPayload");
    }
    const history = dataOf(await server.execute(RevisionHistory, { slug: "many-drafts", limit: 100 }, { token: tokens.voss })).post!;
    expect(history.revision).toBe(25);
    expect(history.latest.map((r) => r.revision)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(history.some.map((r) => r.revision)).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    const tooMany = await server.execute(RevisionHistory, { slug: "many-drafts", limit: 101 }, { token: tokens.voss });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit" });
  });
});
