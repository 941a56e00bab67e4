// Apollo Client 4, stock: HttpLink for queries, mutations and (multipart)
// subscriptions; relayStylePagination merging pages in the normalized cache.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { startColloquy } from "./server.mjs";

let server;
let client;
before(async () => {
  server = await startColloquy();
  client = new ApolloClient({
    link: new HttpLink({ uri: server.url, headers: { authorization: `Bearer ${server.editorToken}` } }),
    cache: new InMemoryCache({
      possibleTypes: { FeedItem: ["Post", "PostTombstone"] },
      typePolicies: { Query: { fields: { posts: relayStylePagination(["filter", "orderBy"]) } } },
    }),
  });
});
after(async () => {
  client?.stop();
  await server?.stop();
});

const POSTS = gql`
  query ApolloPosts($after: String) {
    posts(first: 3, after: $after, filter: { status: PUBLISHED }) {
      edges { cursor node { id slug title } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

test("relayStylePagination merges three pages into one list", async () => {
  const first = await client.query({ query: POSTS });
  let page = first.data.posts;
  for (let i = 0; i < 2; i++) {
    assert.equal(page.pageInfo.hasNextPage, true);
    // Each page from the server; the field policy merges it into the one cached list.
    const more = await client.query({ query: POSTS, variables: { after: page.pageInfo.endCursor }, fetchPolicy: "network-only" });
    page = more.data.posts;
  }
  // The cache holds the three pages, merged, in order, without repeats.
  const merged = client.readQuery({ query: POSTS });
  const direct = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ posts(first: 9) { edges { node { slug } } } }" }),
  }).then((r) => r.json());
  assert.deepEqual(
    merged.posts.edges.map((e) => e.node.slug),
    direct.data.posts.edges.map((e) => e.node.slug),
  );
});

test("a mutation's result updates the normalized cache", async () => {
  const { data } = await client.query({ query: POSTS });
  const post = data.posts.edges[0].node;
  const detail = await client.query({ query: gql`query ApolloRevision($slug: String!) { post(slug: $slug) { id revision } }`, variables: { slug: post.slug } });
  await client.mutate({
    mutation: gql`
      mutation ApolloRetitle($input: UpdatePostInput!) {
        updatePost(input: $input) { __typename ... on PostPayload { post { id title } } }
      }
    `,
    variables: { input: { id: post.id, expectedRevision: detail.data.post.revision, title: `${post.title} (revised)` } },
  });
  const cached = client.readQuery({ query: POSTS });
  assert.equal(cached.posts.edges[0].node.title, `${post.title} (revised)`);
});

test("a subscription arrives through the stock HttpLink, as multipart over HTTP", async () => {
  const received = new Promise((resolve, reject) => {
    const subscription = client.subscribe({ query: gql`subscription ApolloPublished { postPublished { title } }` }).subscribe({
      next: (result) => {
        subscription.unsubscribe();
        resolve(result);
      },
      error: reject,
    });
    setTimeout(() => reject(new Error("no event within 10 s")), 10_000);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const published = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.authorToken}` },
    body: JSON.stringify({ query: 'mutation { createPost(input: { title: "Heard by Apollo", body: "Text.", publish: true }) { __typename } }' }),
  }).then((r) => r.json());
  assert.equal(published.data.createPost.__typename, "PostPayload");
  const result = await received;
  assert.equal(result.data.postPublished.title, "Heard by Apollo");
});

test("the stock persisted-query link, with GET for hashed queries, registers and then runs by hash", async () => {
  const { createPersistedQueryLink } = await import("@apollo/client/link/persisted-queries");
  const { createHash } = await import("node:crypto");
  const seen = [];
  const http = new HttpLink({
    uri: server.url,
    fetch: (input, init) => {
      seen.push({ method: init?.method ?? "GET", hasQuery: String(input).includes("query=") || String(init?.body ?? "").includes('"query"') });
      return fetch(input, init);
    },
  });
  const persisted = createPersistedQueryLink({ sha256: (text) => createHash("sha256").update(text).digest("hex"), useGETForHashedQueries: true });
  const apq = new ApolloClient({ link: persisted.concat(http), cache: new InMemoryCache() });
  const query = gql`query ApolloApqSite { site { title } }`;
  const first = await apq.query({ query, fetchPolicy: "network-only" });
  const second = await apq.query({ query, fetchPolicy: "network-only" });
  assert.equal(second.data.site.title, first.data.site.title);
  // First the hash alone by GET (unknown), then the link's retry with the query, which it POSTs; afterwards the hash alone by GET is enough.
  assert.deepEqual(seen.map((s) => s.method), ["GET", "POST", "GET"]);
  assert.deepEqual(seen.map((s) => s.hasQuery), [false, true, false]);
  apq.stop();
});
