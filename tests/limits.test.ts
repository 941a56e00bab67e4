import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, print } from "graphql";
import { POST_LIMITS } from "../src/domain/posts.js";
import { issueToken } from "../src/auth/tokens.js";
import type { InternalErrorEntry } from "../src/server/plugins/hardening.js";
import { operationCost } from "../src/server/plugins/cost.js";
import { schema } from "../src/schema/schema.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// What one request may ask for, and how a refusal looks: always a GraphQL
// error with a code, never a 500 or a stack.

let server: TestServer;
let production: TestServer;
const logged: InternalErrorEntry[] = [];
beforeAll(async () => {
  server = await startTestServer({ queryStats: false });
  production = await startTestServer({
    queryStats: false,
    production: true,
    introspection: false,
    maxBatch: 3,
    maxBodyBytes: 64 * 1024,
    logError: (entry) => logged.push(entry),
  });
});
afterAll(async () => {
  await server.close();
  await production.close();
});

const PostsWithComments = graphql(`
  query PostsWithComments($posts: Int!, $comments: Int!) {
    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }
  }
`);

const PostsWithDefaultSizes = graphql(`
  query PostsWithDefaultSizes($posts: Int = 100, $comments: Int = 100) {
    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }
  }
`);

const PostCount = graphql(`
  query PostCount {
    posts(first: 100) { totalCount }
  }
`);

const NestedDefault = graphql(`
  query NestedDefault {
    posts { edges { node { author { name } footnotes { source { title } } } } }
  }
`);

const SiteTitle = graphql(`
  query LimitsSiteTitle {
    site { title }
  }
`);

/** 200 aliased `posts(first: 100)`, the query WPGraphQL issue 3922 showed getting past a depth-only limit. */
const aliasFlood = `{ ${Array.from({ length: 200 }, (_, i) => `p${i}: posts(first: 100) { edges { node { title } } }`).join(" ")} }`;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

describe("the cost model", () => {
  it("counts list sizes: 100 posts with 100 comments each is 10,100 objects", () => {
    const document = PostsWithComments;
    expect(operationCost(schema, document, "PostsWithComments", { posts: 100, comments: 100 })).toBe(10_100);
    expect(operationCost(schema, document, "PostsWithComments", { posts: 10, comments: 5 })).toBe(60);
  });

  it("charges a connection asked only for its count as one object", () => {
    expect(operationCost(schema, PostCount, "PostCount")).toBe(1);
  });

  it("uses the default page size, and the most a list without one can hold", () => {
    // 20 posts, each with an author, up to 300 footnotes (the most a post may have) and a source per footnote.
    expect(POST_LIMITS.footnotes).toBe(300);
    expect(operationCost(schema, NestedDefault, "NestedDefault")).toBe(20 + 20 + 20 * 300 + 20 * 300);
  });

  it("costs variables as the operation runs with them: defaults included", () => {
    const withDefaults = parse(`query Defaults($n: Int = 100, $m: Int = 100) {
      posts(first: $n) { edges { node { comments(first: $m) { edges { node { body } } } } } }
    }`);
    expect(operationCost(schema, withDefaults, "Defaults")).toBe(10_100);
    expect(operationCost(schema, withDefaults, "Defaults", { m: 2 })).toBe(300);
  });

  it("costs fragments that spread each other many times without blowing up", async () => {
    // Each level spreads the next twice: 2^59 copies of one count, costed in linear time.
    const levels = 60;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? "posts(first: 1) { totalCount }" : `...F${i + 1} ...F${i + 1}`} }`,
    );
    const response = await server.executeRaw(`query Wide { ...F0 } ${fragments.join(" ")}`);
    expect(codeOf(response)).toBe("COST_LIMIT_EXCEEDED");
    expect(response.errors?.[0]?.extensions?.cost).toBe(2 ** 59);
  });
});

describe("limits at the server", () => {
  it("accepts 100 posts with 100 comments each under the default limit", async () => {
    const response = await server.execute(PostsWithComments, { posts: 100, comments: 100 });
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).posts.edges.length).toBeGreaterThan(0);
  });

  it("refuses 200 aliased posts(first: 100): the document is too long before its aliases are counted", async () => {
    const response = await server.executeRaw(aliasFlood);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("TOKEN_LIMIT_EXCEEDED");
    expect(response.data).toBeUndefined();
  });

  it("refuses the flood on its 200 aliases when the document length is allowed", async () => {
    const lenient = await startTestServer({ demo: false, limits: { maxTokens: 100_000 } });
    try {
      const response = await lenient.executeRaw(aliasFlood);
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe("ALIAS_LIMIT_EXCEEDED");
    } finally {
      await lenient.close();
    }
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: site { title }`).join(" ")} }`;
    expect((await server.executeRaw(aliases(15))).errors).toBeUndefined();
    const response = await server.executeRaw(aliases(16));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("ALIAS_LIMIT_EXCEEDED");
    expect(response.errors?.[0]?.message).toMatch(/^Aliases limit of 15 exceeded/);
  });

  it("counts the flood's lists even when aliases are allowed: 20,000 objects", async () => {
    const lenient = await startTestServer({ demo: false, limits: { maxAliases: 1_000, maxTokens: 100_000, maxCost: 10_000 } });
    try {
      const response = await lenient.executeRaw(aliasFlood);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", cost: 20_000, maxCost: 10_000 });
    } finally {
      await lenient.close();
    }
  });

  it("refuses a costly operation before running it, saying the cost and the limit", async () => {
    const strict = await startTestServer({ limits: { maxCost: 10_000 } });
    try {
      const response = await strict.execute(PostsWithComments, { posts: 100, comments: 100 });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", cost: 10_100, maxCost: 10_000 });
      expect(response.extensions?.queryStats?.sqlStatements).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it("costs variable defaults too: `$n: Int = 100` is refused like `first: 100`", async () => {
    const strict = await startTestServer({ limits: { maxCost: 10_000 } });
    try {
      const response = await strict.execute(PostsWithDefaultSizes);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", cost: 10_100, maxCost: 10_000 });
      expect(response.extensions?.queryStats?.sqlStatements).toBe(0);
      const smaller = await strict.execute(PostsWithDefaultSizes, { comments: 5 });
      expect(smaller.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it("refuses operations nested too deeply", async () => {
    let selection = "title";
    for (let i = 0; i < 6; i++) selection = `inResponseTo { ${selection} }`;
    const ok = await server.executeRaw(`{ post(slug: "edit-history") { ${selection} } }`);
    expect(ok.errors).toBeUndefined();
    for (let i = 0; i < 12; i++) selection = `inResponseTo { ${selection} }`;
    const response = await server.executeRaw(`{ post(slug: "edit-history") { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("DEPTH_LIMIT_EXCEEDED");
    expect(response.errors?.[0]?.message).toMatch(/^Query depth limit of 15 exceeded/);
  });

  it("refuses documents with too many tokens", async () => {
    const fields = Array.from({ length: 2_100 }, () => "title").join(" ");
    const response = await server.executeRaw(`{ posts(first: 1) { edges { node { ${fields} } } } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("TOKEN_LIMIT_EXCEEDED");
    expect(response.errors?.[0]?.message).toMatch(/^Token limit of 2000 exceeded/);
  });

  it("refuses operations with too many directives", async () => {
    const directives = Array.from({ length: 30 }, () => "@include(if: true)").join(" ");
    const response = await server.executeRaw(`{ site { title ${directives} } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("DIRECTIVE_LIMIT_EXCEEDED");
    expect(response.errors?.[0]?.message).toMatch(/^Directives limit of 20 exceeded/);
  });

  it("suggests field names in development only", async () => {
    const development = await server.executeRaw("{ site { titel } }");
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "title"/);
    const response = await production.executeRaw("{ site { titel } }");
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe("introspection off", () => {
  it("refuses introspection, and serves no GraphiQL", async () => {
    const response = await production.executeRaw("{ __schema { types { name } } }");
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await production.yoga.fetch("http://colloquy.test/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("GraphiQL");
    expect((await production.execute(SiteTitle)).data?.site.title).toBeTruthy();
  });
});

describe("batches and bodies", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    production.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
  const site = { query: print(SiteTitle) };

  it("runs a batch up to the limit, and refuses a larger one", async () => {
    const ok = await post(JSON.stringify([site, site, site]));
    expect(ok.status).toBe(200);
    expect((await ok.json()) as unknown[]).toHaveLength(3);
    const refused = await post(JSON.stringify([site, site, site, site]));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const body = (await refused.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/batch/i);
  });

  it("refuses an empty batch with 400 BAD_REQUEST, even with a bad token (found by the fuzz test, seed 1694023685)", async () => {
    for (const headers of [{}, { authorization: "g!w" }] as Record<string, string>[]) {
      const empty = await post("[]", headers);
      expect(empty.status).toBe(400);
      const body = (await empty.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
      expect(body.errors[0]!.message).toMatch(/at least one operation/);
    }
  });

  it("refuses a body above the limit, declared or streamed, with 413", async () => {
    const big = JSON.stringify({ query: print(SiteTitle), variables: { padding: "x".repeat(100 * 1024) } });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      "PAYLOAD_TOO_LARGE",
    );

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await post(stream);
    expect(streamed.status).toBe(413);

    const small = await post(JSON.stringify(site));
    expect(small.status).toBe(200);
  });
});

describe("malformed requests", () => {
  const send = (init: RequestInit) => server.yoga.fetch("http://colloquy.test/graphql", init);
  const errorOf = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!;

  it("answer a body that is not JSON with 400 and a code, without the parser's message", async () => {
    const response = await send({ method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.extensions).toEqual({ code: "BAD_REQUEST" });
    expect(JSON.stringify(error)).not.toContain("not json");
  });

  it("answer an unknown content type with 415 and a code", async () => {
    const response = await send({ method: "POST", headers: { "content-type": "image/png" }, body: "x" });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  // Found by the fuzz test; each once answered with an unexpected error, no code or the wrong type.
  it("answer JSON-less variables in a query string, null batch items and non-string persisted queries with 400 BAD_REQUEST", async () => {
    const requests: RequestInit[] = [
      { method: "POST", headers: { "content-type": "application/json" }, body: "[null]" },
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: 5, extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } }) },
      {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "x-graphql-yoga-csrf": "1" },
        body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{\r\n--x--\r\n',
      },
    ];
    for (const init of requests) {
      const response = await send(init);
      expect(response.status, String(init.body)).toBe(400);
      expect((await errorOf(response)).extensions.code).toBe("BAD_REQUEST");
    }
    const get = await server.yoga.fetch("http://colloquy.test/graphql?query=%7B__typename%7D&variables=%7B", { headers: { "x-graphql-yoga-csrf": "1" } });
    expect(get.status).toBe(400);
    expect((await errorOf(get)).extensions.code).toBe("BAD_REQUEST");
  });

  it("label GET answers as JSON, and give refusals inside a batch their codes", async () => {
    const get = await server.yoga.fetch("http://colloquy.test/graphql?query=%7B__typename%7D", { headers: { "x-graphql-yoga-csrf": "1" } });
    expect(get.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: site { title }`).join(" ")} }`;
    const batch = await send({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "query($n: Int) { posts(first: $n) { totalCount } }", variables: { n: "x" } }, { query: aliases }]),
    });
    const results = (await batch.json()) as { errors: { extensions: { code: string } }[] }[];
    expect(results.map((r) => r.errors[0]!.extensions.code)).toEqual(["BAD_USER_INPUT", "ALIAS_LIMIT_EXCEEDED"]);
  });

  it("answer other methods with 405 and a code", async () => {
    const response = await send({ method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(405);
    expect((await errorOf(response)).extensions.code).toBe("BAD_REQUEST");
  });
});

describe("deeply nested Markdown", () => {
  // Found by the fuzz test: thousands of nested quotes exhausted the renderer's stack.
  it("is refused on input, as is text made of tens of thousands of marks, and shown as text if it is already stored", async () => {
    const token = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
    for (const body of ["> ".repeat(30_000) + "deep", "- ".repeat(5_000) + "deep", "*".repeat(20_000) + "deep" + "*".repeat(20_000)]) {
      const response = await server.executeRaw(
        `mutation($body: String!) { createPost(input: { title: "Deep", body: $body }) { __typename ... on ValidationError { fields { path message } } } }`,
        { body },
        { token },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ createPost: { __typename: "ValidationError", fields: [{ path: ["body"], message: expect.stringMatching(/levels deep/) }] } });
    }
    const busy = await server.executeRaw(
      `mutation($body: String!) { createPost(input: { title: "Busy", body: $body }) { __typename ... on ValidationError { fields { message } } } }`,
      { body: "*a* ".repeat(25_000) },
      { token },
    );
    expect(busy.data).toMatchObject({ createPost: { __typename: "ValidationError", fields: [{ message: expect.stringMatching(/runs of emphasis/) }] } });
    const post = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const deep = "> ".repeat(30_000) + "stored deep";
    await server.db.prisma.post.update({ where: { id: post.id }, data: { body: deep } });
    const response = await server.executeRaw(`query($slug: String!) { post(slug: $slug) { body excerpt } }`, { slug: post.slug });
    expect(response.errors).toBeUndefined();
    expect((response.data as { post: { body: string } }).post.body).toContain("stored deep");
  });
});

describe("unexpected errors", () => {
  it("reach the client masked, with an id; the details go to the log under it", async () => {
    await production.db.prisma.$executeRawUnsafe('ALTER TABLE "Site" RENAME TO "SiteGone"');
    try {
      const response = await production.execute(SiteTitle);
      const error = response.errors?.[0];
      expect(error?.message).toBe("Unexpected error.");
      expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      const errorId = error?.extensions?.errorId as string;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      const text = JSON.stringify(response);
      for (const leak of ["Site", "SQL", "prisma", "sqlite", ".ts", "at "]) expect(text).not.toContain(leak);
      const entry = logged.find((e) => e.errorId === errorId);
      expect(entry?.message).toMatch(/Site/);
      expect(entry?.stack).toBeTruthy();
    } finally {
      await production.db.prisma.$executeRawUnsafe('ALTER TABLE "SiteGone" RENAME TO "Site"');
    }
  });
});
