import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PostBySlug = graphql(`
  query PostBySlug($slug: String!) {
    post(slug: $slug) {
      id
      slug
      title
      excerpt(maxLength: 120)
      markdown: body(format: MARKDOWN)
      html: body
      text: body(format: TEXT)
      wordCount
      readingTimeMinutes
      publishedAt
      updatedAt
      author { slug name }
      discussion { slug title }
      inResponseTo { slug }
      commentCount
    }
  }
`);

describe("post(slug:)", () => {
  it("returns a published post with its author and discussion", async () => {
    const { post } = dataOf(await server.execute(PostBySlug, { slug: "the-commons-is-a-verb" }));
    expect(post?.title).toBe("The Commons Is a Verb");
    expect(post?.author.slug).toBeTruthy();
    expect(post?.discussion?.slug).toBe("who-keeps-the-commons");
  });
});
