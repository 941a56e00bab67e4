import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { testProvider } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// `npm run backup` copies a SQLite database while the server writes to it.
// The copy must be one committed state: it passes integrity_check, every row
// it holds points at rows it also holds, and it holds every write acknowledged
// before the backup began. Restored, it serves what it holds.

const run = promisify(execFile);

const BackupCreatePost = graphql(`
  mutation BackupCreatePost($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } ... on UserError { code } }
  }
`);

const BackupAddComment = graphql(`
  mutation BackupAddComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename ... on UserError { code } }
  }
`);

const BackupCounts = graphql(`
  query BackupCounts {
    posts(first: 1) { totalCount }
  }
`);

describe.skipIf(testProvider !== "sqlite")("npm run backup", () => {
  let server: TestServer;
  let token = "";
  const temporary: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    token = (await issueToken(server.db.prisma, "eleanor-voss", "EDITOR")).token;
  });
  afterAll(async () => {
    await server.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  const backup = (file: string) =>
    run(process.execPath, ["--import", "tsx", "src/cli/backup.ts", file], { env: { ...process.env, DATABASE_URL: server.url }, encoding: "utf8", timeout: 120_000 });

  it("copies one committed state while posts and comments are being written, and the copy restores", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-backup-"));
    temporary.push(dir);
    const file = path.join(dir, "colloquy-backup.db");

    // Writers: each post published, then commented on, one after another, until told to stop.
    let writing = true;
    const acknowledged: string[] = [];
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const created = dataOf(
          await server.execute(BackupCreatePost, { input: { title: `Written during the backup ${n}-${i}`, body: `Post ${n}-${i}.[^1]\n\n[^1]: Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), ${i + 1}.\n`, publish: true } }, { token }),
        ).createPost;
        if (created.__typename !== "PostPayload") throw new Error(`createPost: ${JSON.stringify(created)}`);
        const comment = dataOf(await server.execute(BackupAddComment, { input: { postId: created.post.id, body: "A comment." } }, { token })).addComment;
        if (comment.__typename !== "CommentPayload") throw new Error(`addComment: ${JSON.stringify(comment)}`);
        acknowledged.push(created.post.slug);
      }
    };
    const writers = [writer(1), writer(2)];
    while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 20));

    const before = new Set(acknowledged);
    const output = await backup(file);
    const after = acknowledged.length;
    writing = false;
    await Promise.all(writers);
    expect(output.stderr).toBe("");
    expect(output.stdout).toMatch(/colloquy-backup\.db: \d+ bytes, \d+ pages, integrity ok; \d+ Author, \d+ Discussion, \d+ Post/);
    // The server went on writing while the backup ran.
    expect(after).toBeGreaterThan(before.size);

    const copy = new Sqlite(file, { readonly: true });
    try {
      expect(copy.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
      expect(copy.pragma("foreign_key_check")).toEqual([]);
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const slugs = new Set((copy.prepare(`SELECT slug FROM "Post" WHERE title LIKE 'Written during the backup %'`).all() as { slug: string }[]).map((row) => row.slug));
      // Every write acknowledged before the backup began is in it; nothing is in it that was never written.
      for (const slug of before) expect(slugs.has(slug)).toBe(true);
      for (const slug of slugs) expect(acknowledged).toContain(slug);
      // Each post in the copy came with its footnote and revision, written in the same transaction.
      const torn = copy
        .prepare(
          `SELECT p.slug FROM "Post" p WHERE p.title LIKE 'Written during the backup %'
             AND (NOT EXISTS (SELECT 1 FROM "Footnote" f WHERE f."postId" = p.id) OR NOT EXISTS (SELECT 1 FROM "PostRevision" r WHERE r."postId" = p.id))`,
        )
        .all();
      expect(torn).toEqual([]);
    } finally {
      copy.close();
    }

    // Restoring is copying the file into place (docs/deploy.md): a server on it serves what it holds.
    const restoredDir = mkdtempSync(path.join(os.tmpdir(), "colloquy-restored-"));
    temporary.push(restoredDir);
    const restoredFile = path.join(restoredDir, "colloquy.db");
    copyFileSync(file, restoredFile);
    const counted = new Sqlite(file, { readonly: true });
    const posts = (counted.prepare(`SELECT count(*) AS n FROM "Post" WHERE status = 'PUBLISHED'`).get() as { n: number }).n;
    counted.close();
    const restored = await startTestServer({ demo: false, databaseUrl: `file:${restoredFile}` });
    try {
      expect(dataOf(await restored.execute(BackupCounts)).posts.totalCount).toBe(posts);
    } finally {
      await restored.close();
    }

    // Once the writes have stopped, a backup holds exactly what the server holds.
    const still = path.join(dir, "still.db");
    await backup(still);
    const quiet = new Sqlite(still, { readonly: true });
    const stillPosts = (quiet.prepare(`SELECT count(*) AS n FROM "Post" WHERE status = 'PUBLISHED'`).get() as { n: number }).n;
    const stillComments = (quiet.prepare(`SELECT count(*) AS n FROM "Comment"`).get() as { n: number }).n;
    quiet.close();
    expect(stillPosts).toBe(dataOf(await server.execute(BackupCounts)).posts.totalCount);
    expect(stillComments).toBe(await server.db.prisma.comment.count());
  }, 120_000);

  it("refuses a PostgreSQL URL, pointing to pg_dump, and a database that is not there", async () => {
    const pg = await run(process.execPath, ["--import", "tsx", "src/cli/backup.ts", "/tmp/never.db"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" },
      encoding: "utf8",
    }).catch((error: { code: number; stderr: string }) => error);
    expect(pg).toMatchObject({ code: 2 });
    expect((pg as { stderr: string }).stderr).toContain("pg_dump");
    const missing = await run(process.execPath, ["--import", "tsx", "src/cli/backup.ts", "/tmp/never.db"], {
      env: { ...process.env, DATABASE_URL: "file:/tmp/colloquy-no-such-database.db" },
      encoding: "utf8",
    }).catch((error: { code: number; stderr: string }) => error);
    expect(missing).toMatchObject({ code: 1 });
    expect((missing as { stderr: string }).stderr).toContain("Backup failed: no SQLite database at /tmp/colloquy-no-such-database.db");
  });
});
