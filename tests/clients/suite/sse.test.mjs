// Subscriptions as Server-Sent Events: graphql-sse's client in its default
// (distinct connections) mode and in its single-connection mode, and a WHATWG
// EventSource, which can send no header at all, each receiving commentAdded.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { EventSource } from "eventsource";
import { createClient } from "graphql-sse";
import { startColloquy } from "./server.mjs";

let server;
before(async () => {
  server = await startColloquy();
});
after(() => server?.stop());

const SLUG = "the-commons-is-a-verb";
const subscription = `subscription SseComments { commentAdded(postSlug: "${SLUG}") { body authorName } }`;

async function comment(body) {
  const post = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ post(slug: "${SLUG}") { id } }` }),
  }).then((r) => r.json());
  const added = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.authorToken}` },
    body: JSON.stringify({ query: "mutation ($input: AddCommentInput!) { addComment(input: $input) { __typename } }", variables: { input: { postId: post.data.post.id, body } } }),
  }).then((r) => r.json());
  assert.equal(added.data.addComment.__typename, "CommentPayload");
}

test("graphql-sse, distinct connections, receives commentAdded", async () => {
  const client = createClient({ url: server.url });
  const events = client.iterate({ query: subscription });
  const first = events.next();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await comment("Heard over graphql-sse.");
  const { value } = await first;
  assert.equal(value.data.commentAdded.body.includes("Heard over graphql-sse."), true);
  await events.return();
  client.dispose();
});

test("graphql-sse, single connection at /graphql/stream, runs a query and receives commentAdded on one stream", async () => {
  const client = createClient({ url: `${server.url}/stream`, singleConnection: true });
  try {
    const answer = await new Promise((resolve, reject) => {
      let last;
      client.subscribe({ query: `{ post(slug: "${SLUG}") { slug } }` }, { next: (value) => (last = value), error: reject, complete: () => resolve(last) });
    });
    assert.deepEqual(answer, { data: { post: { slug: SLUG } } });
    const events = client.iterate({ query: subscription });
    const first = events.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await comment("Heard over graphql-sse's single connection.");
    const { value } = await first;
    assert.equal(value.data.commentAdded.body.includes("Heard over graphql-sse's single connection."), true);
    await events.return();
  } finally {
    client.dispose();
  }
});

test("a browser EventSource, with no custom header, receives commentAdded", async () => {
  const source = new EventSource(`${server.url}?query=${encodeURIComponent(subscription)}`);
  try {
    const event = new Promise((resolve, reject) => {
      source.addEventListener("next", (message) => resolve(JSON.parse(message.data)));
      source.addEventListener("error", (error) => reject(new Error(`EventSource error: ${error.message ?? error.code}`)));
      setTimeout(() => reject(new Error("no event within 10 s")), 10_000);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await comment("Heard over an EventSource.");
    const payload = await event;
    assert.equal(payload.data.commentAdded.body.includes("Heard over an EventSource."), true);
  } finally {
    source.close();
  }
});
