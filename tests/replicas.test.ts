import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { seedDemoContent } from "../src/content/demo/seed.js";
import { openDatabase, databaseConfig, type Database, type PrismaClient } from "../src/db/client.js";
import { monitorReplicas } from "../src/server/plugins/read-routing.js";
import { graphql } from "./graphql/index.js";
import { freshDatabaseUrl, testProvider, type TestDatabaseUrl } from "./support/database.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Read replicas (DATABASE_REPLICA_URLS). The "replica" here is a second
// database with the same content, then changed behind the server's back, so
// that every answer shows which database it was read from: a real replica
// that lags behind would look the same, only for less time.

if (testProvider !== "postgresql") console.warn("[replicas.test.ts] Skipping: read replicas are a PostgreSQL feature; this file runs on the PostgreSQL run.");

const ReplicaPost = graphql(`
  query ReplicaPost($slug: String!) { post(slug: $slug) { title } }
`);

const ReplicaUpdate = graphql(`
  mutation ReplicaUpdate($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on PostPayload { post { title revision } }
    }
  }
`);

describe.skipIf(testProvider !== "postgresql")("read replicas", () => {
  let replicaDatabase: TestDatabaseUrl;
  let server: TestServer;
  let writer = "";
  let reader = "";
  let slug = "";
  let postId = "";
  let revision = 0;
  const windowMs = 1500;

  beforeAll(async () => {
    replicaDatabase = await freshDatabaseUrl();
    const replica: Database = await openDatabase(databaseConfig(replicaDatabase.url, { migrateOnStart: false }));
    try {
      await seedDemoContent(replica.prisma);
      const post = await replica.prisma.post.findFirstOrThrow({ where: { author: { slug: "eleanor-voss" }, status: "PUBLISHED" } });
      await replica.prisma.post.update({ where: { id: post.id }, data: { title: "As the replica has it" } });
    } finally {
      await replica.close();
    }
    server = await startTestServer({ database: { replicas: [replicaDatabase.url] }, readYourWritesMs: windowMs });
    const post = await server.db.prisma.post.findFirstOrThrow({ where: { author: { slug: "eleanor-voss" }, status: "PUBLISHED" } });
    slug = post.slug;
    postId = Buffer.from(`Post:${post.id}`).toString("base64url");
    revision = post.revision;
    writer = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
    reader = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  });

  afterAll(async () => {
    await server?.close();
    await replicaDatabase?.drop();
  });

  it("sends queries to the replica", async () => {
    expect(dataOf(await server.execute(ReplicaPost, { slug })).post?.title).toBe("As the replica has it");
    expect(dataOf(await server.execute(ReplicaPost, { slug }, { token: writer })).post?.title).toBe("As the replica has it");
  });

  it("runs a mutation, and the reads in its answer, on the primary", async () => {
    const { updatePost } = dataOf(
      await server.execute(ReplicaUpdate, { input: { id: postId, expectedRevision: revision, title: "Written to the primary" } }, { token: writer }),
    );
    expect(updatePost).toMatchObject({ __typename: "PostPayload", post: { title: "Written to the primary", revision: revision + 1 } });
  });

  it("lets the client who wrote read its own write at once, while others still read the replica", async () => {
    expect(dataOf(await server.execute(ReplicaPost, { slug }, { token: writer })).post?.title).toBe("Written to the primary");
    expect(dataOf(await server.execute(ReplicaPost, { slug }, { token: reader })).post?.title).toBe("As the replica has it");
    expect(dataOf(await server.execute(ReplicaPost, { slug })).post?.title).toBe("As the replica has it");
  });

  it("sends the writer back to the replica once the window has passed", async () => {
    await new Promise((resolve) => setTimeout(resolve, windowMs + 200));
    expect(dataOf(await server.execute(ReplicaPost, { slug }, { token: writer })).post?.title).toBe("As the replica has it");
  });

  it("with the response cache on, sends every reader to the primary after any write, so no stale copy is cached", async () => {
    const cached = await startTestServer({ database: { replicas: [replicaDatabase.url] }, readYourWritesMs: windowMs, responseCache: true });
    try {
      const post = await cached.db.prisma.post.findFirstOrThrow({ where: { slug } });
      const token = (await issueToken(cached.db.prisma, "eleanor-voss", "AUTHOR")).token;
      const other = (await issueToken(cached.db.prisma, "miriam-tolle", "EDITOR")).token;
      expect(dataOf(await cached.execute(ReplicaPost, { slug }, { token: other })).post?.title).toBe("As the replica has it");
      const id = Buffer.from(`Post:${post.id}`).toString("base64url");
      const { updatePost } = dataOf(
        await cached.execute(ReplicaUpdate, { input: { id, expectedRevision: post.revision, title: "Fresh for everyone" } }, { token }),
      );
      expect(updatePost.__typename).toBe("PostPayload");
      // Another reader, and an anonymous one: both read the primary, and what the cache keeps is fresh.
      expect(dataOf(await cached.execute(ReplicaPost, { slug }, { token: other })).post?.title).toBe("Fresh for everyone");
      expect(dataOf(await cached.execute(ReplicaPost, { slug })).post?.title).toBe("Fresh for everyone");
      expect(dataOf(await cached.execute(ReplicaPost, { slug })).post?.title).toBe("Fresh for everyone");
    } finally {
      await cached.close();
    }
  });

  it("with the response cache on, leaves other readers on the replica after a write that changed nothing", async () => {
    const cached = await startTestServer({ database: { replicas: [replicaDatabase.url] }, readYourWritesMs: 60_000, responseCache: true });
    try {
      const post = await cached.db.prisma.post.findFirstOrThrow({ where: { slug } });
      const token = (await issueToken(cached.db.prisma, "eleanor-voss", "AUTHOR")).token;
      const other = (await issueToken(cached.db.prisma, "miriam-tolle", "EDITOR")).token;
      const id = Buffer.from(`Post:${post.id}`).toString("base64url");
      // A stale revision: refused with a conflict, nothing written.
      const { updatePost } = dataOf(
        await cached.execute(ReplicaUpdate, { input: { id, expectedRevision: post.revision + 5, title: "Never saved" } }, { token }),
      );
      expect(updatePost.__typename).toBe("ConflictError");
      expect(dataOf(await cached.execute(ReplicaPost, { slug }, { token: other })).post?.title).toBe("As the replica has it");
      // The writer itself is still sent to the primary.
      expect(dataOf(await cached.execute(ReplicaPost, { slug }, { token })).post?.title).toBe(post.title);
    } finally {
      await cached.close();
    }
  });

  it("gives no reads to a replica that does not answer, and serves them from the others or the primary", async () => {
    const dead = "postgresql://postgres@127.0.0.1:1/nowhere";
    const mixed = await startTestServer({ database: { replicas: [dead, replicaDatabase.url] } });
    const alone = await startTestServer({ database: { replicas: [dead] } });
    try {
      const onMixed = await mixed.db.prisma.post.findFirstOrThrow({ where: { slug } });
      // Round robin over two replicas would send every other query to the dead one: none fails, all read the live replica.
      for (let i = 0; i < 4; i++) {
        expect(dataOf(await mixed.execute(ReplicaPost, { slug })).post?.title).toBe("As the replica has it");
      }
      expect(onMixed.title).not.toBe("As the replica has it");
      // No replica left: the primary answers.
      const primaryTitle = (await alone.db.prisma.post.findFirstOrThrow({ where: { slug } })).title;
      for (let i = 0; i < 2; i++) expect(dataOf(await alone.execute(ReplicaPost, { slug })).post?.title).toBe(primaryTitle);
    } finally {
      await mixed.close();
      await alone.close();
    }
  });

  it("takes a replica too far behind out of rotation, and back once it has caught up", async () => {
    let lagMs = 9_000;
    const fake = { $queryRawUnsafe: async () => [{ lagMs }] } as unknown as PrismaClient;
    const changes: string[] = [];
    const monitor = monitorReplicas([fake], {
      intervalMs: 50,
      maxLagMs: 5_000,
      timeoutMs: 1_000,
      onChange: (index, healthy, reason) => changes.push(`${index} ${healthy ? "in" : "out"}: ${reason}`),
    });
    try {
      expect(await monitor.available()).toEqual([]);
      lagMs = 20;
      for (let i = 0; i < 100 && (await monitor.available()).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await monitor.available()).toEqual([fake]);
      expect(changes).toEqual(["0 out: 9000 ms behind the primary, more than 5000", "0 in: 20 ms behind"]);
    } finally {
      monitor.stop();
    }
  });
});
