import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const Ids = graphql(`
  query Ids {
    post(slug: "the-commons-is-a-verb") {
      id
      author { id }
      discussion { id }
      footnotes { id source { id } }
      comments(first: 1) { edges { node { id } } }
    }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Post { slug }
      ... on Author { slug }
      ... on Discussion { slug }
      ... on Footnote { number }
      ... on Source { title }
      ... on Comment { authorName }
    }
  }
`);

const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

const globalId = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString("base64url");

describe("node(id:) and nodes(ids:)", () => {
  it("fetches every node type back by the ID it exposes", async () => {
    const { post } = dataOf(await server.execute(Ids));
    const cases = [
      [post!.id, "Post"],
      [post!.author.id, "Author"],
      [post!.discussion!.id, "Discussion"],
      [post!.footnotes[0]!.id, "Footnote"],
      [post!.footnotes[0]!.source!.id, "Source"],
      [post!.comments.edges[0]!.node.id, "Comment"],
    ] as const;
    for (const [id, typename] of cases) {
      const { node } = dataOf(await server.execute(NodeById, { id }));
      expect(node).toMatchObject({ __typename: typename, id });
    }
    const { node } = dataOf(await server.execute(NodeById, { id: post!.id }));
    expect(node).toMatchObject({ slug: "the-commons-is-a-verb" });
  });

  it("fetches many nodes in the order asked, with null for unknown ones", async () => {
    const { post } = dataOf(await server.execute(Ids));
    const unknown = globalId("Post", 987654);
    const { nodes } = dataOf(await server.execute(NodesByIds, { ids: [post!.author.id, unknown, post!.id] }));
    expect(nodes).toEqual([
      { __typename: "Author", id: post!.author.id },
      null,
      { __typename: "Post", id: post!.id },
    ]);
  });

  it("gives null for a well-formed ID of a missing object", async () => {
    const { node } = dataOf(await server.execute(NodeById, { id: globalId("Comment", 424242) }));
    expect(node).toBeNull();
  });

  it("hides drafts and unapproved comments from node(id:)", async () => {
    const draft = await server.db.prisma.post.findFirstOrThrow({ where: { status: "DRAFT" } });
    const pending = await server.db.prisma.comment.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(dataOf(await server.execute(NodeById, { id: globalId("Post", draft.id) })).node).toBeNull();
    expect(dataOf(await server.execute(NodeById, { id: globalId("Comment", pending.id) })).node).toBeNull();
  });

  it.each(["not an id", "", "UG9zdA", globalId("Post", "abc"), globalId("Post", -3), "💥"])(
    "refuses the malformed ID %j with INVALID_ID",
    async (id) => {
      const response = await server.execute(NodeById, { id });
      expect(response.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
      expect(response.errors?.[0]?.message).toContain("not a valid Colloquy ID");
    },
  );

  it("refuses an ID of a type Colloquy does not have", async () => {
    const response = await server.execute(NodeById, { id: globalId("Banana", 1) });
    expect(response.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
  });

  it("bounds nodes(ids:) at 100", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => globalId("Post", i + 1));
    const response = await server.execute(NodesByIds, { ids });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
