import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// What readers see of a shared source. Several posts may cite one work; what
// the source says comes from the published notes that cite it, never from a
// draft: a draft's note cannot fill in, or change, what readers see of a work
// other authors' published posts cite. An editor's corrections win over every
// note, until reverted.

let server: TestServer;
const tokens = { ada: "", ben: "", editor: "" };
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const prisma = server.db.prisma;
  for (const [slug, name] of [["ada-reyes", "Ada Reyes"], ["ben-okoro", "Ben Okoro"], ["eda-tor", "Eda Tor"]] as const) {
    await prisma.author.create({ data: { slug, name } });
  }
  tokens.ada = (await issueToken(prisma, "ada-reyes", "AUTHOR")).token;
  tokens.ben = (await issueToken(prisma, "ben-okoro", "AUTHOR")).token;
  tokens.editor = (await issueToken(prisma, "eda-tor", "EDITOR")).token;
});
afterAll(() => server.close());

const SourcesWrite = graphql(`
  mutation SourcesWrite($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { id footnotes { source { id } } } } }
  }
`);
const SourcesPublish = graphql(`
  mutation SourcesPublish($id: ID!) { publishPost(input: { id: $id }) { __typename } }
`);
const SourcesUnpublish = graphql(`
  mutation SourcesUnpublish($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }
`);
const SourcesDelete = graphql(`
  mutation SourcesDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }
`);
const SourcesRead = graphql(`
  query SourcesRead($id: ID!) {
    node(id: $id) { ... on Source { title authors publisher place year url correctedFields citedIn(first: 5) { totalCount } } }
  }
`);
const SourcesCorrect = graphql(`
  mutation SourcesCorrect($input: CorrectSourceInput!) {
    correctSource(input: $input) {
      __typename
      ... on CorrectSourcePayload { source { title publisher url year correctedFields } }
      ... on ValidationError { fields { path message } }
      ... on UserError { code }
    }
  }
`);

const WORK = "Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990)";
const essay = (note: string) => `A claim.[^1]\n\n[^1]: ${note}`;

async function write(token: string, title: string, note: string, publish: boolean): Promise<{ postId: string; sourceId: string }> {
  const { createPost } = dataOf(await server.execute(SourcesWrite, { input: { title, body: essay(note), publish } }, { token }));
  if (createPost.__typename !== "PostPayload") throw new Error(`not written: ${createPost.__typename}`);
  return { postId: createPost.post.id, sourceId: createPost.post.footnotes[0]!.source!.id };
}

const readAs = async (id: string, token?: string) => dataOf(await server.execute(SourcesRead, { id }, token ? { token } : {})).node;

describe("a source cited by a published post and a draft", () => {
  it("shows readers only what published notes say: a draft's url never reaches them", async () => {
    const published = await write(tokens.ada, "The Published Essay", `${WORK}, 90.`, true);
    const draft = await write(tokens.ben, "The Draft", `${WORK}, 12, https://example.org/ostrom-governing.`, false);
    expect(draft.sourceId).toBe(published.sourceId);

    const anonymous = await readAs(published.sourceId);
    expect(anonymous).toMatchObject({ title: "Governing the Commons", publisher: "Cambridge University Press", year: 1990, url: null });
    expect(anonymous?.citedIn?.totalCount).toBe(1);
    // Not even the draft's author sees it on the shared source: only published notes shape it.
    expect((await readAs(published.sourceId, tokens.ben))?.url).toBeNull();

    // Published, the draft's note counts; withdrawn again, it stops counting.
    expect(dataOf(await server.execute(SourcesPublish, { id: draft.postId }, { token: tokens.ben })).publishPost.__typename).toBe("PostPayload");
    expect((await readAs(published.sourceId))?.url).toBe("https://example.org/ostrom-governing");
    expect(dataOf(await server.execute(SourcesUnpublish, { id: draft.postId }, { token: tokens.ben })).unpublishPost.__typename).toBe("PostPayload");
    expect((await readAs(published.sourceId))?.url).toBeNull();

    // Deleted, the draft's note is gone; the published post still cites the work.
    expect(dataOf(await server.execute(SourcesDelete, { id: draft.postId }, { token: tokens.ben })).deletePost.__typename).toBe("DeletePostPayload");
    expect(await readAs(published.sourceId)).toMatchObject({ url: null, citedIn: { totalCount: 1 } });
  });

  it("is made from a draft's notes while only drafts cite it, and readers cannot see it at all", async () => {
    const draft = await write(tokens.ben, "Only a Draft", "Silvia Federici, *Re-enchanting the World* (Oakland: PM Press, 2019), 5, https://example.org/federici.", false);
    expect(await readAs(draft.sourceId)).toBeNull();
    expect((await readAs(draft.sourceId, tokens.ben))?.url).toBe("https://example.org/federici");
  });
});

describe("an editor's corrections", () => {
  it("win over every note, may say a field is empty, and can be reverted", async () => {
    const cited = await write(tokens.ada, "Cited With a Typo", "Lewis Hyde, *Common as Air* (New York: Farrar, Straus and Girux, 2010), 3.", true);
    const corrected = dataOf(
      await server.execute(SourcesCorrect, { input: { id: cited.sourceId, publisher: "Farrar, Straus and Giroux", year: null } }, { token: tokens.editor }),
    ).correctSource;
    expect(corrected).toEqual({
      __typename: "CorrectSourcePayload",
      source: { title: "Common as Air", publisher: "Farrar, Straus and Giroux", url: null, year: null, correctedFields: ["PUBLISHER", "YEAR"] },
    });
    expect(await readAs(cited.sourceId)).toMatchObject({ publisher: "Farrar, Straus and Giroux", year: null });

    // A later published note with other details changes nothing an editor corrected.
    await write(tokens.ben, "Cites It Too", "Lewis Hyde, *Common as Air* (New York: Another Press, 2010), 9, https://example.org/hyde.", true);
    expect(await readAs(cited.sourceId)).toMatchObject({ publisher: "Farrar, Straus and Giroux", year: null, url: "https://example.org/hyde" });

    const reverted = dataOf(await server.execute(SourcesCorrect, { input: { id: cited.sourceId, revert: ["YEAR"] } }, { token: tokens.editor })).correctSource;
    expect(reverted).toMatchObject({ source: { year: 2010, publisher: "Farrar, Straus and Giroux", correctedFields: ["PUBLISHER"] } });
  });

  it("are for editors only, and refuse what no source can hold", async () => {
    const cited = await write(tokens.ada, "Cited Once More", "Peter Linebaugh, *The Magna Carta Manifesto* (Berkeley: University of California Press, 2008), 6.", true);
    const asAuthor = await server.execute(SourcesCorrect, { input: { id: cited.sourceId, publisher: "Mine" } }, { token: tokens.ada });
    expect(asAuthor.errors?.[0]?.extensions?.code ?? (asAuthor.data?.correctSource as { code?: string } | undefined)?.code).toBe("FORBIDDEN");
    const refused = dataOf(
      await server.execute(SourcesCorrect, { input: { id: cited.sourceId, url: "javascript:alert(1)", year: 0, title: "", revert: ["TITLE"] } }, { token: tokens.editor }),
    ).correctSource;
    expect(refused).toEqual({
      __typename: "ValidationError",
      code: "VALIDATION_FAILED",
      fields: [
        { path: ["title"], message: "must not be empty" },
        { path: ["year"], message: "must be a year from 1 to 9999" },
        { path: ["url"], message: "must be an http or https URL" },
        { path: ["revert"], message: "cannot both correct and revert title" },
      ],
    });
  });
});

describe("notes saved before each kept its citation", () => {
  it("are read again once, and their sources recomputed from published notes only", async () => {
    const { backfillCitations } = await import("../src/domain/sources.js");
    const prisma = server.db.prisma;
    const [ada, ben] = await Promise.all([prisma.author.findFirstOrThrow({ where: { slug: "ada-reyes" } }), prisma.author.findFirstOrThrow({ where: { slug: "ben-okoro" } })]);
    const note = (extra: string) => `David Harvey, *Rebel Cities* (London: Verso, 2012)${extra}.`;
    // As an older version stored them: the source filled in by a draft's note, and no citation on any note.
    const source = await prisma.source.create({
      data: { key: "harvey|rebel cities|2012", kind: "BOOK", title: "Rebel Cities", authors: '["David Harvey"]', publisher: "Verso", place: "London", year: 2012, url: "https://example.org/from-a-draft" },
    });
    const published = await prisma.post.create({
      data: { slug: "old-published", title: "Old Published", body: essay(note(", 67")), status: "PUBLISHED", publishedAt: new Date(), authorId: ada.id },
    });
    const draft = await prisma.post.create({
      data: { slug: "old-draft", slugScope: ben.id, title: "Old Draft", body: essay(note(", 3, https://example.org/from-a-draft")), status: "DRAFT", authorId: ben.id },
    });
    for (const post of [published, draft]) {
      await prisma.footnote.create({ data: { postId: post.id, number: 1, kind: "CITATION", text: "…", sourceId: source.id } });
    }
    expect(await backfillCitations(prisma)).toBe(2);
    const id = Buffer.from(`Source:${source.id}`).toString("base64url");
    expect(await readAs(id)).toMatchObject({ title: "Rebel Cities", publisher: "Verso", url: null });
    expect(await prisma.footnote.count({ where: { postId: { in: [published.id, draft.id] }, citation: null } })).toBe(0);
    // Once done, there is nothing left to do.
    expect(await backfillCitations(prisma)).toBe(0);
  });
});
