// urql 6, stock: queries go out as GET (preferGetMethod "within-url-limit"),
// and graphcache's relayPagination merges pages.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { startColloquy } from "./server.mjs";

let server;
const methods = [];
before(async () => {
  server = await startColloquy();
});
after(() => server?.stop());

const POSTS = gql`
  query UrqlPosts($after: String) {
    posts(first: 4, after: $after) {
      edges { cursor node { id slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

test("graphcache's relayPagination merges pages fetched with urql's default GET", async () => {
  const client = new Client({
    url: server.url,
    // The stock fetch, watched: every request urql makes, with its method.
    fetch: (input, init) => {
      methods.push(init?.method ?? "GET");
      return fetch(input, init);
    },
    exchanges: [cacheExchange({ resolvers: { Query: { posts: relayPagination() } } }), fetchExchange],
  });
  const first = await client.query(POSTS, {}).toPromise();
  assert.equal(first.error, undefined, String(first.error));
  const second = await client.query(POSTS, { after: first.data.posts.pageInfo.endCursor }).toPromise();
  assert.equal(second.error, undefined, String(second.error));
  // The second result is the merged list: both pages, in order.
  const direct = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ posts(first: 8) { edges { node { slug } } } }" }),
  }).then((r) => r.json());
  assert.deepEqual(
    second.data.posts.edges.map((e) => e.node.slug),
    direct.data.posts.edges.map((e) => e.node.slug),
  );
  assert.deepEqual([...new Set(methods)], ["GET"]);
});
