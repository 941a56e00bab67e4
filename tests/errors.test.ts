import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageQueryVariables } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const Page = graphql(`
  query Page($first: Int, $last: Int, $after: String, $before: String) {
    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }
  }
`);

const NestedPage = graphql(`
  query NestedPage($slug: String!, $first: Int, $after: String) {
    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }
  }
`);

const AuthorsPage = graphql(`
  query AuthorsPage($after: String) {
    authors(first: 2, after: $after) { edges { cursor node { slug } } }
  }
`);

const AuthorPosts = graphql(`
  query AuthorPostsAfter($after: String) {
    author(slug: "eleanor-voss") { posts(first: 2, after: $after) { edges { cursor } } }
  }
`);

const TitleOrder = graphql(`
  query TitleOrder($after: String) {
    posts(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }
  }
`);

const Excerpt = graphql(`
  query Excerpt($maxLength: Int!) {
    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }
  }
`);

const ExcerptAfterDiscussion = graphql(`
  query ExcerptAfterDiscussion($maxLength: Int!) {
    posts(first: 50) { edges { node { discussion { slug } excerpt(maxLength: $maxLength) } } }
  }
`);

function errorOf(response: { status: number; data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(response.status).toBe(200);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.message).not.toMatch(/prisma|sqlite|at .*\.ts:\d+/i);
  return { message: error!.message, code: error!.extensions?.code, extensions: error!.extensions };
}

describe("page size limits", () => {
  it.each<[PageQueryVariables, string]>([
    [{ first: 101 }, "first"],
    [{ last: 1000 }, "last"],
  ])("refuses %o: lists are bounded at 100", async (args, argument) => {
    const error = errorOf(await server.execute(Page, args));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions).toMatchObject({ argument, maximum: 100 });
    expect(error.message).toContain("at most 100");
  });

  it.each<PageQueryVariables>([{ first: -1 }, { last: -5 }])("refuses a negative size %o", async (args) => {
    const error = errorOf(await server.execute(Page, args));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("must not be negative");
  });

  it("refuses first and last together", async () => {
    const error = errorOf(await server.execute(Page, { first: 2, last: 2 }));
    expect(error.code).toBe("BAD_USER_INPUT");
  });

  it("applies the same bounds to nested connections", async () => {
    const error = errorOf(await server.execute(NestedPage, { slug: "the-commons-is-a-verb", first: 500 }));
    expect(error.code).toBe("BAD_USER_INPUT");
  });

  it.each<[string, PageQueryVariables]>([
    ["beyond 32 bits", { first: 2147483648 }],
    ["not an integer", { first: 1.5 }],
  ])("refuses a size variable %s with BAD_USER_INPUT", async (_label, variables) => {
    const response = await server.execute(Page, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toContain("$first");
  });

  it("accepts exactly 100", async () => {
    const response = await server.execute(Page, { first: 100 });
    expect(response.errors).toBeUndefined();
  });
});

describe("cursors", () => {
  const crafted = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it.each([
    "garbage!",
    "",
    "bm90IGpzb24",
    "WzEsMiwzXQ",
    crafted(["Query.posts", "Post.PUBLISHED_AT.DESC", "x", 1]),
    crafted(["Query.posts", "Post.PUBLISHED_AT.DESC", 9007199254740991, 1]),
    crafted(["Query.posts", "Post.PUBLISHED_AT.DESC", 1767225600000, -1]),
    crafted(["Query.posts", "Post.PUBLISHED_AT.DESC", 1767225600000]),
  ])(
    "refuses the malformed cursor %s",
    async (after) => {
      const error = errorOf(await server.execute(Page, { first: 2, after }));
      expect(error.code).toBe("INVALID_CURSOR");
      expect(error.extensions).toMatchObject({ argument: "after" });
    },
  );

  it("refuses a cursor taken from another connection", async () => {
    const { authors } = dataOf(await server.execute(AuthorsPage, {}));
    const authorCursor = authors.edges[0]!.cursor;
    const error = errorOf(await server.execute(Page, { first: 2, before: authorCursor }));
    expect(error.code).toBe("INVALID_CURSOR");
    expect(error.message).toContain("different list");

    const { posts } = dataOf(await server.execute(Page, { first: 1 }));
    const nested = errorOf(
      await server.execute(NestedPage, { slug: "the-commons-is-a-verb", first: 2, after: posts.edges[0]!.cursor }),
    );
    expect(nested.code).toBe("INVALID_CURSOR");
  });

  it("refuses a cursor from another list even when both share an ordering", async () => {
    const { posts } = dataOf(await server.execute(Page, { first: 1 }));
    const response = await server.execute(AuthorPosts, { after: posts.edges[0]!.cursor });
    expect(errorOf(response).code).toBe("INVALID_CURSOR");
  });

  it("refuses a text cursor value where the ordering expects a string, and vice versa", async () => {
    const { posts } = dataOf(await server.execute(TitleOrder, {}));
    const [list, order, , id] = JSON.parse(Buffer.from(posts.edges[0]!.cursor, "base64url").toString()) as unknown[];
    const tampered = crafted([list, order, 12345, id]);
    expect(errorOf(await server.execute(TitleOrder, { after: tampered })).code).toBe("INVALID_CURSOR");
  });

  it("accepts a cursor from another page of the same list", async () => {
    const { authors } = dataOf(await server.execute(AuthorsPage, {}));
    const next = dataOf(await server.execute(AuthorsPage, { after: authors.edges[1]!.cursor }));
    expect(next.authors.edges[0]?.node.slug).not.toBe(authors.edges[1]?.node.slug);
  });
});

describe("other bad input", () => {
  it("refuses an out-of-range excerpt length", async () => {
    const error = errorOf(await server.execute(Excerpt, { maxLength: 5 }));
    expect(error.code).toBe("BAD_USER_INPUT");
  });

  it("leaves no promise unhandled when a list item fails after the items before it went asynchronous", async () => {
    // A post with a discussion waits for its loader; one without fails at once. The
    // executor used to give up on the list there, leaving the earlier items' promises
    // to reject with nobody listening (an unhandled rejection per item).
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listen);
    try {
      const response = await server.execute(ExcerptAfterDiscussion, { maxLength: 5 });
      expect(response.data).toBeNull();
      expect(response.errors?.map((e) => e.extensions?.code)).toContain("BAD_USER_INPUT");
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("unhandledRejection", listen);
    }
    expect(unhandled).toEqual([]);
  });

  it("answers an invalid document with a validation error, not a 500", async () => {
    const response = await server.executeRaw("{ posts(first: \"ten\") { edges { node { nope } } } }");
    expect(response.status).toBe(400);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.every((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED")).toBe(true);
  });

  it("answers a syntax error with a clear code", async () => {
    const response = await server.executeRaw("{ posts(first: 1) { edges { node { title }");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers a body that is not JSON with a 400 and a GraphQL error", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBeTruthy();
  });
});

describe("empty input", () => {
  const BySlug = graphql(`
    query EmptySlug($slug: String!) {
      post(slug: $slug) { title }
    }
  `);

  it("treats an empty slug as unknown: null, not an error", async () => {
    const response = await server.execute(BySlug, { slug: "" });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ post: null });
  });
});
