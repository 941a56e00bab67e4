// Relay: relay-compiler compiles the suite's documents against the schema
// with no warning, and relay-runtime executes them against the server: a
// @refetchable @connection paginated through, and a tombstone arriving
// through sync beside the post it replaces, without the two records clashing.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import relay from "relay-runtime";
import { startColloquy } from "./server.mjs";

const { ConnectionHandler, Environment, Network, RecordSource, Store, commitLocalUpdate, fetchQuery } = relay;
const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../relay");

let server;
let compiled;
const sent = [];
before(async () => {
  // Compiled first: the compiler persists the operations to a manifest, which the server takes as its trusted documents.
  // relay-compiler fills the manifest in, but wants the file to be there.
  const manifest = path.join(project, "persisted-queries.json");
  if (!existsSync(manifest)) writeFileSync(manifest, "{}\n");
  compiled = spawnSync(path.resolve(project, "../node_modules/.bin/relay-compiler"), [], { cwd: project, encoding: "utf8" });
  if (compiled.status !== 0) return;
  server = await startColloquy({ COLLOQUY_TRUSTED_DOCUMENTS: manifest });
});
after(() => server?.stop());

test("relay-compiler accepts the schema and the documents, with no warning", () => {
  const output = `${compiled.stdout}${compiled.stderr}`;
  assert.equal(compiled.status, 0, output);
  assert.doesNotMatch(output, /WARN|ERROR/);
  assert.match(output, /Compilation completed/);
});

function environment(token) {
  // Relay's persisted operations: the artifacts carry an id and no text, and the server runs the id from the manifest.
  const network = Network.create(async (params, variables) => {
    assert.equal(params.text, null);
    sent.push(params.id);
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ documentId: params.id, variables }),
    });
    return response.json();
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}

const artifact = async (name) => (await import(path.join(project, "src/__generated__", `${name}.graphql.js`))).default;

function connectionEdges(env) {
  let slugs = [];
  commitLocalUpdate(env, (store) => {
    const connection = ConnectionHandler.getConnection(store.getRoot(), "documents_posts");
    slugs = (connection?.getLinkedRecords("edges") ?? []).map((edge) => edge.getLinkedRecord("node").getValue("slug"));
  });
  return slugs;
}

test("relay-runtime pages a @connection forward with its generated pagination query", async () => {
  const env = environment();
  await fetchQuery(env, await artifact("documentsPostListQuery"), {}).toPromise();
  assert.equal(connectionEdges(env).length, 3);
  let endCursor = null;
  commitLocalUpdate(env, (store) => {
    endCursor = ConnectionHandler.getConnection(store.getRoot(), "documents_posts").getLinkedRecord("pageInfo").getValue("endCursor");
  });
  await fetchQuery(env, await artifact("documentsPostsPaginationQuery"), { count: 3, cursor: endCursor }).toPromise();
  const slugs = connectionEdges(env);
  const direct = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ posts(first: 6) { edges { node { slug } } } }" }),
  }).then((r) => r.json());
  assert.deepEqual(slugs, direct.data.posts.edges.map((e) => e.node.slug));
});

test("a tombstone from the sync feed and the post it replaces stay two records", async () => {
  const warnings = [];
  const original = { error: console.error, warn: console.warn };
  console.error = console.warn = (...args) => warnings.push(args.join(" "));
  try {
    const env = environment(server.editorToken);
    const slug = "the-sidewalk-is-a-commons";
    const before = await fetchQuery(env, await artifact("documentsPostQuery"), { slug }).toPromise();
    const postId = before.post.id;
    const deleted = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.editorToken}` },
      body: JSON.stringify({ query: "mutation ($id: ID!) { deletePost(input: { id: $id }) { __typename } }", variables: { id: postId } }),
    }).then((r) => r.json());
    assert.equal(deleted.data.deletePost.__typename, "DeletePostPayload");
    const sync = await fetchQuery(env, await artifact("documentsSyncQuery"), { since: "2000-01-01T00:00:00Z" }).toPromise();
    const tombstone = sync.feed.edges.map((e) => e.node).find((node) => node.__typename === "PostTombstone" && node.postId === postId);
    assert.ok(tombstone, "the deletion arrives as a tombstone naming the post");
    assert.notEqual(tombstone.id, postId);
    const records = env.getStore().getSource();
    assert.equal(records.get(postId).__typename, "Post");
    assert.equal(records.get(tombstone.id).__typename, "PostTombstone");
    assert.deepEqual(warnings.filter((w) => /typename|Invalid record/i.test(w)), []);
  } finally {
    Object.assign(console, original);
  }
});

test("the operations went out as persisted ids from Relay's manifest, used as the trusted documents", async () => {
  assert.ok(sent.length >= 4);
  assert.ok(sent.every((id) => /^[0-9a-f]{64}$/.test(id)));
  const unknown = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ documentId: "0".repeat(64) }),
  }).then((r) => r.json());
  assert.ok(unknown.errors?.length, "an id the manifest does not hold is refused");
});
