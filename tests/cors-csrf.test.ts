import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { readConfig } from "../src/config.js";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./support/server.js";

// What a browser may do: read the public API from any page, never with the
// reader's cookies unless configured. A request it could send without a CORS
// preflight may read what any anonymous client may (a GET, as urql sends by
// default, or an EventSource), but never write, and with credentials on it
// may do nothing at all.

let open: TestServer;
let listed: TestServer;
beforeAll(async () => {
  open = await startTestServer({ queryStats: false });
  listed = await startTestServer({ demo: false, queryStats: false, corsOrigins: ["https://blog.example", "https://app.example"], corsCredentials: true });
});
afterAll(async () => {
  await open.close();
  await listed.close();
});

const CorsSite = graphql(`
  query CorsSite {
    site { title }
  }
`);
const query = print(CorsSite);
const url = (server: TestServer, path = "/graphql") => [server, `http://colloquy.test${path}`] as const;

describe("CORS", () => {
  it("lets any origin read by default, without credentials", async () => {
    const [server, target] = url(open);
    const preflight = await server.yoga.fetch(target, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://elsewhere.example");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");

    const response = await server.yoga.fetch(target, {
      method: "POST",
      headers: { origin: "https://elsewhere.example", "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("allows credentials only for the listed origins", async () => {
    const [server, target] = url(listed);
    const ask = (origin: string) =>
      server.yoga.fetch(target, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    const friend = await ask("https://app.example");
    expect(friend.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(friend.headers.get("access-control-allow-credentials")).toBe("true");
    const stranger = await ask("https://evil.example");
    expect(stranger.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });

  it("refuses to start with credentials for any origin", () => {
    expect(() => readConfig({ COLLOQUY_CORS_CREDENTIALS: "on" })).toThrow(/COLLOQUY_CORS_ORIGINS/);
    expect(() => readConfig({ COLLOQUY_CORS_CREDENTIALS: "on", COLLOQUY_CORS_ORIGINS: "*" })).toThrow(/COLLOQUY_CORS_ORIGINS/);
    expect(readConfig({ COLLOQUY_CORS_CREDENTIALS: "on", COLLOQUY_CORS_ORIGINS: "https://blog.example/" }).corsOrigins).toEqual([
      "https://blog.example",
    ]);
  });
});

describe("CSRF prevention", () => {
  const get = (server: TestServer, headers: Record<string, string> = {}, search = `query=${encodeURIComponent(query)}`) =>
    server.yoga.fetch(`http://colloquy.test/graphql?${search}`, {
      headers: { accept: "application/graphql-response+json", ...headers },
    });

  it("lets a GET without a header read, when no browser credentials go with requests: urql's default, an EventSource", async () => {
    const response = await get(open);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { site: { title: expect.any(String) } } });

    // A browser EventSource sends no header but Accept.
    const stream = await open.yoga.fetch(`http://colloquy.test/graphql?query=${encodeURIComponent("subscription { postPublished { title } }")}`, {
      headers: { accept: "text/event-stream" },
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    // Reading starts the stream; closing it then ends the subscription (yoga cannot cancel one that never started).
    const reader = stream.body!.getReader();
    const first = reader.read().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await reader.cancel();
    await first;
  });

  it("still refuses a mutation sent by GET, which a page could trigger: yoga runs mutations only from a POST", async () => {
    const response = await get(open, {}, `query=${encodeURIComponent('mutation { addComment(input: { postId: "x", body: "hi", authorName: "x" }) { __typename } }')}`);
    expect(response.status).toBe(405);
  });

  it("refuses a GET a page could send without a preflight when browsers send credentials", async () => {
    const response = await get(listed);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(/CSRF/);
    expect(body.errors[0]!.extensions.code).toBe("CSRF_HEADER_MISSING");
  });

  it("accepts a GET with a preflight header, or with a token, when browsers send credentials", async () => {
    const editor = (await issueToken(listed.db.prisma, (await listed.db.prisma.author.create({ data: { slug: "csrf-editor", name: "Editor" } })).slug, "EDITOR")).token;
    const variants: Record<string, string>[] = [{ "x-graphql-yoga-csrf": "1" }, { "apollo-require-preflight": "true" }, { authorization: `Bearer ${editor}` }];
    for (const headers of variants) {
      const response = await get(listed, headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("is all requests with credentials or when turned on, form and text POSTs otherwise, and nothing when turned off", () => {
    expect(readConfig({}).csrfPrevention).toBe("posts");
    expect(readConfig({ COLLOQUY_CORS_CREDENTIALS: "on", COLLOQUY_CORS_ORIGINS: "https://blog.example" }).csrfPrevention).toBe("all");
    expect(readConfig({ COLLOQUY_CSRF_PREVENTION: "on" }).csrfPrevention).toBe("all");
    expect(readConfig({ COLLOQUY_CSRF_PREVENTION: "posts" }).csrfPrevention).toBe("posts");
    expect(readConfig({ COLLOQUY_CSRF_PREVENTION: "off" }).csrfPrevention).toBe("off");
  });

  it("refuses a form or text POST, which a cross-site form could send, and accepts JSON", async () => {
    for (const server of [open, listed]) {
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const response = await server.yoga.fetch("http://colloquy.test/graphql", {
          method: "POST",
          headers: { "content-type": type },
          body: type === "text/plain" ? JSON.stringify({ query }) : `query=${encodeURIComponent(query)}`,
        });
        expect(response.status, type).toBe(403);
      }
    }
    const json = await open.yoga.fetch("http://colloquy.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(json.status).toBe(200);
  });

  it("leaves the feeds alone: they hold only public data", async () => {
    const response = await open.yoga.fetch("http://colloquy.test/feeds/posts.rss");
    expect(response.status).toBe(200);
  });
});
