import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// What stock GraphQL clients send over HTTP, as they send it: Apollo Client's
// multipart subscriptions and the extra keys clients put in a request.

let server: TestServer;
let author = "";
beforeAll(async () => {
  server = await startTestServer({ demo: true });
  author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
});
afterAll(() => server.close());

const ClientsPublish = graphql(`
  mutation ClientsPublish($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { slug } } }
  }
`);

const ClientsPublished = graphql(`
  subscription ClientsPublished {
    postPublished { title author { slug } }
  }
`);

/** The JSON parts of a multipart/mixed body as they arrive, split at the boundary the response names. */
function multipartParts(response: Response) {
  const boundary = /boundary="?([^";]+)"?/.exec(response.headers.get("content-type") ?? "")?.[1];
  if (!boundary) throw new Error(`no boundary in ${response.headers.get("content-type")}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const parts: unknown[] = [];
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const pieces = buffer.split(`--${boundary}`);
      buffer = pieces.pop()!;
      for (const piece of pieces) {
        const body = piece.split("\r\n\r\n").slice(1).join("\r\n\r\n").trim();
        if (body) parts.push(JSON.parse(body));
      }
      if (buffer.startsWith("--")) ended = true;
    }
  })();
  return {
    parts,
    ended: () => ended,
    async until(predicate: (part: unknown) => boolean, ms = 5_000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const found = parts.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no such part in ${JSON.stringify(parts)}`);
    },
    async cancel() {
      await reader.cancel();
      await pump;
    },
  };
}

describe("Apollo Client's multipart subscriptions over HTTP", () => {
  it("stream each event as a payload part, with the headers Apollo's link sends", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: 'multipart/mixed;boundary="graphql";subscriptionSpec=1.0,application/json' },
      body: JSON.stringify({ query: print(ClientsPublished), operationName: "ClientsPublished", variables: {}, extensions: {} }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe('multipart/mixed; boundary="graphql"; subscriptionSpec="1.0"');
    const stream = multipartParts(response);
    try {
      // The subscription is live once its first pull ran; then the post is published.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const published = dataOf(await server.execute(ClientsPublish, { input: { title: "Sent to a multipart subscriber", body: "Text.", publish: true } }, { token: author })).createPost;
      expect(published.__typename).toBe("PostPayload");
      const part = await stream.until((p) => typeof p === "object" && p !== null && "payload" in p);
      expect(part).toEqual({ payload: { data: { postPublished: { title: "Sent to a multipart subscriber", author: { slug: "eleanor-voss" } } } } });
    } finally {
      await stream.cancel();
    }
  });

  it("refuse a subscription asked for as plain JSON, with a coded 406", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: print(ClientsPublished) }),
    });
    expect(response.status).toBe(406);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("NOT_ACCEPTABLE");
  });
});

describe("keys a client adds to a request", () => {
  it("are ignored, as the GraphQL-over-HTTP spec allows: Apollo Client's operationType among them", async () => {
    const response = await server.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "query ClientsSite { site { title } }", operationName: "ClientsSite", operationType: "query", clientName: "web", variables: {} }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { site: { title: expect.any(String) } }, extensions: expect.any(Object) });
  });

  it("are ignored in a GET's query string too", async () => {
    const response = await server.yoga.fetch(`http://colloquy.test/graphql?query=${encodeURIComponent("{ site { title } }")}&operationType=query`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(response.status).toBe(200);
  });
});
