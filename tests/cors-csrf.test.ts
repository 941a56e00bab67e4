import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { readConfig } from "../src/server/config.js";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./support/server.js";

// What a browser may do: read the public API from any page, never with the
// reader's cookies unless configured, and never run an operation through a
// request it could send without a CORS preflight.

let open: TestServer;
let listed: TestServer;
let token = "";
beforeAll(async () => {
  open = await startTestServer({ queryStats: false });
  listed = await startTestServer({ demo: false, queryStats: false, corsOrigins: ["https://blog.example", "https://app.example"], corsCredentials: true });
  token = (await issueToken(open.db.prisma, "eleanor-voss", "AUTHOR")).token;
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
  const get = (headers: Record<string, string> = {}) =>
    open.yoga.fetch(`http://colloquy.test/graphql?query=${encodeURIComponent(query)}`, {
      headers: { accept: "application/graphql-response+json", ...headers },
    });

  it("refuses a GET a page could send without a preflight", async () => {
    const response = await get();
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(/CSRF/);
    expect(body.errors[0]!.extensions.code).toBe("CSRF_HEADER_MISSING");
  });

  it("accepts a GET with a preflight header, or with a token", async () => {
    const variants: Record<string, string>[] = [{ "x-graphql-yoga-csrf": "1" }, { "apollo-require-preflight": "true" }, { authorization: `Bearer ${token}` }];
    for (const headers of variants) {
      const response = await get(headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("refuses a form or text POST, and accepts JSON", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await open.yoga.fetch("http://colloquy.test/graphql", {
        method: "POST",
        headers: { "content-type": type },
        body: type === "text/plain" ? JSON.stringify({ query }) : `query=${encodeURIComponent(query)}`,
      });
      expect(response.status, type).toBe(403);
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
