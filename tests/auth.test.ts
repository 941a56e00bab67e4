import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, issueToken, revokeToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const WhoAmI = graphql(`
  query WhoAmI {
    viewer { role author { slug name } }
    site { title }
  }
`);

describe("API tokens", () => {
  it("identifies the author and role behind a bearer token", async () => {
    const editor = await issueToken(server.db.prisma, "miriam-tolle", "EDITOR");
    const author = await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR");
    expect(dataOf(await server.execute(WhoAmI, {}, { token: editor.token })).viewer).toEqual({
      role: "EDITOR",
      author: { slug: "miriam-tolle", name: "Miriam Tolle" },
    });
    expect(dataOf(await server.execute(WhoAmI, {}, { token: author.token })).viewer?.role).toBe("AUTHOR");
  });

  it("treats a request without a token as an anonymous reader", async () => {
    const data = dataOf(await server.execute(WhoAmI));
    expect(data.viewer).toBeNull();
    expect(data.site.title).toBe("The Commons Seminar");
  });

  it("stores only a hash: the token itself is nowhere in the database", async () => {
    const issued = await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR");
    expect(issued.token).toMatch(/^cq_[A-Za-z0-9_-]{43}$/);
    const row = await server.db.prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(hashToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token.slice(3));
  });

  it.each([
    ["an unknown token", "Bearer cq_" + "A".repeat(43)],
    ["a malformed token", "Bearer not-a-token"],
    ["another scheme", "Basic dXNlcjpwYXNz"],
    ["a bare Bearer", "Bearer"],
  ])("refuses %s with UNAUTHENTICATED and no data", async (_label, authorization) => {
    const response = await server.execute(WhoAmI, {}, { headers: { authorization } });
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a revoked token", async () => {
    const issued = await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR");
    expect(dataOf(await server.execute(WhoAmI, {}, { token: issued.token })).viewer).not.toBeNull();
    expect(await revokeToken(server.db.prisma, issued.id)).toBe(true);
    expect(await revokeToken(server.db.prisma, issued.id)).toBe(false);
    const response = await server.execute(WhoAmI, {}, { token: issued.token });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.errors?.[0]?.message).toContain("revoked");
  });
});

describe("npm run token", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/token.ts", ...args], {
      env: { ...process.env, DATABASE_URL: server.url },
      encoding: "utf8",
    });

  it("creates a token that works, lists it without the secret, and revokes it", async () => {
    const created = run("create", "--author", "wen-sorensen", "--role", "AUTHOR");
    expect(created.status, created.stderr).toBe(0);
    const token = /^(cq_\S+)$/m.exec(created.stdout)?.[1];
    expect(token).toBeDefined();
    expect(dataOf(await server.execute(WhoAmI, {}, { token })).viewer?.author.slug).toBe("wen-sorensen");

    const listed = run("list");
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("wen-sorensen");
    expect(listed.stdout).not.toContain(token!);
    const id = /^(\d+)\t\S+…\twen-sorensen\tAUTHOR\tactive/m.exec(listed.stdout)?.[1];
    expect(id).toBeDefined();

    const revoked = run("revoke", id!);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect((await server.execute(WhoAmI, {}, { token })).status).toBe(401);
    expect(run("list").stdout).toMatch(new RegExp(`^${id}\\t.*revoked`, "m"));
  });

  it("refuses an unknown author, a bad role and an unknown id with a message and exit code 2", () => {
    const unknownAuthor = run("create", "--author", "nobody", "--role", "AUTHOR");
    expect(unknownAuthor.status).toBe(2);
    expect(unknownAuthor.stderr).toContain('No author has the slug "nobody"');
    expect(run("create", "--author", "wen-sorensen", "--role", "ADMIN").status).toBe(2);
    const unknownId = run("revoke", "99999");
    expect(unknownId.status).toBe(2);
    expect(unknownId.stderr).toContain("No active token");
  });
});
