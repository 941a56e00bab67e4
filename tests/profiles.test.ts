import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// createDiscussion and updateAuthor, for each kind of caller.

let server: TestServer;
const tokens = { author: "", otherAuthor: "", editor: "" };
beforeAll(async () => {
  server = await startTestServer();
  tokens.author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.otherAuthor = (await issueToken(server.db.prisma, "marcus-oyelaran", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
});
afterAll(() => server.close());

const CreateDiscussion = graphql(`
  mutation CreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) {
      __typename
      ... on CreateDiscussionPayload { discussion { id slug title prompt(format: MARKDOWN) responses { totalCount } } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const UpdateAuthor = graphql(`
  mutation UpdateAuthor($input: UpdateAuthorInput!) {
    updateAuthor(input: $input) {
      __typename
      ... on UpdateAuthorPayload { author { id slug name bio(format: MARKDOWN) affiliation } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const AuthorId = graphql(`
  query AuthorId($slug: String!) {
    author(slug: $slug) { id name affiliation }
  }
`);

describe("createDiscussion", () => {
  const input = { title: "What Is a Library For?", prompt: "Answer in **800 words** or fewer." };

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const response = await server.execute(CreateDiscussion, { input });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.data?.createDiscussion ?? null).toBeNull();
    expect(await server.db.prisma.discussion.count({ where: { title: input.title } })).toBe(0);
  });

  it("refuses an author with a ForbiddenError and writes nothing", async () => {
    const { createDiscussion } = dataOf(await server.execute(CreateDiscussion, { input }, { token: tokens.author }));
    expect(createDiscussion).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    expect(await server.db.prisma.discussion.count({ where: { title: input.title } })).toBe(0);
  });

  it("lets an editor create one, deriving the slug from the title", async () => {
    const { createDiscussion } = dataOf(await server.execute(CreateDiscussion, { input }, { token: tokens.editor }));
    expect(createDiscussion).toMatchObject({
      __typename: "CreateDiscussionPayload",
      discussion: { slug: "what-is-a-library-for", title: input.title, prompt: input.prompt, responses: { totalCount: 0 } },
    });
  });

  it("reports a taken slug as a ValidationError on the slug field", async () => {
    const { createDiscussion } = dataOf(
      await server.execute(CreateDiscussion, { input: { ...input, slug: "who-keeps-the-commons" } }, { token: tokens.editor }),
    );
    expect(createDiscussion).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION_FAILED",
      fields: [{ path: ["slug"], message: '"who-keeps-the-commons" is already taken' }],
    });
  });

  it("lists every invalid field at once", async () => {
    const { createDiscussion } = dataOf(
      await server.execute(
        CreateDiscussion,
        { input: { slug: "Not A Slug", title: "   ", prompt: "x".repeat(20_001) } },
        { token: tokens.editor },
      ),
    );
    expect(createDiscussion.__typename).toBe("ValidationError");
    const paths = createDiscussion.__typename === "ValidationError" ? createDiscussion.fields.map((f) => f.path.join(".")) : [];
    expect(paths.sort()).toEqual(["prompt", "slug", "title"]);
  });
});

describe("updateAuthor", () => {
  it("lets an author edit their own profile, and clears the affiliation with an empty string", async () => {
    const { updateAuthor } = dataOf(
      await server.execute(UpdateAuthor, { input: { bio: "New *bio*.", affiliation: "" } }, { token: tokens.author }),
    );
    expect(updateAuthor).toMatchObject({
      __typename: "UpdateAuthorPayload",
      author: { slug: "eleanor-voss", bio: "New *bio*.", affiliation: null, name: "Eleanor Voss" },
    });
  });

  it("refuses an author editing someone else's profile, and leaves it unchanged", async () => {
    const { author } = dataOf(await server.execute(AuthorId, { slug: "marcus-oyelaran" }));
    const { updateAuthor } = dataOf(
      await server.execute(UpdateAuthor, { input: { id: author!.id, name: "Hijacked" } }, { token: tokens.author }),
    );
    expect(updateAuthor).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    expect(dataOf(await server.execute(AuthorId, { slug: "marcus-oyelaran" })).author?.name).toBe("Marcus Oyelaran");
  });

  it("lets an editor edit anyone's profile", async () => {
    const { author } = dataOf(await server.execute(AuthorId, { slug: "marcus-oyelaran" }));
    const { updateAuthor } = dataOf(
      await server.execute(UpdateAuthor, { input: { id: author!.id, affiliation: "Emeritus" } }, { token: tokens.editor }),
    );
    expect(updateAuthor).toMatchObject({ __typename: "UpdateAuthorPayload", author: { affiliation: "Emeritus" } });
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const response = await server.execute(UpdateAuthor, { input: { name: "Nobody" } });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("gives NotFoundError for an unknown author and ValidationError for an empty name", async () => {
    const missing = Buffer.from("Author:99999").toString("base64url");
    const notFound = dataOf(await server.execute(UpdateAuthor, { input: { id: missing, name: "X" } }, { token: tokens.editor }));
    expect(notFound.updateAuthor.__typename).toBe("NotFoundError");
    const invalid = dataOf(await server.execute(UpdateAuthor, { input: { name: " " } }, { token: tokens.otherAuthor }));
    expect(invalid.updateAuthor).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["name"] }] });
  });
});
