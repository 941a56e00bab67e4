import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { importMarkdown } from "../src/content/import/markdown.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Essays pasted from a web page or a word processor number their notes as
// print does: "[1]" in the text, "[1] …" in a list at the end. With
// convertPastedNotes (and always in the Markdown importer), they become
// Markdown footnotes, read into citations, when markers and notes match
// exactly; otherwise the text is kept as written.

let server: TestServer;
let token = "";
let dir = "";
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await server.db.prisma.author.create({ data: { slug: "ada-reyes", name: "Ada Reyes" } });
  token = (await issueToken(server.db.prisma, "ada-reyes", "AUTHOR")).token;
  dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-pasted-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const PastedCreate = graphql(`
  mutation PastedCreate($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug revision body(format: MARKDOWN) footnotes { number kind refersTo { number } source { title year } } } }
    }
  }
`);
const PastedUpdate = graphql(`
  mutation PastedUpdate($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on PostPayload { post { body(format: MARKDOWN) footnotes { number source { title } } } }
    }
  }
`);
const PastedRead = graphql(`
  query PastedRead($slug: String!) {
    post(slug: $slug) { body(format: MARKDOWN) footnotes { number kind source { title } } }
  }
`);

const PASTED = `The fishers of Alanya drew lots.[1] Nobody had to be told to keep to them.[2] Code such as \`a[1]\` is left alone.

Notes

[1] Elinor Ostrom, Governing the Commons: The Evolution of Institutions for Collective Action (Cambridge: Cambridge University Press, 1990), 18.
[2] Ibid., 19.
`;

async function create(title: string, body: string, convertPastedNotes?: boolean) {
  const { createPost } = dataOf(await server.execute(PastedCreate, { input: { title, body, publish: true, ...(convertPastedNotes === undefined ? {} : { convertPastedNotes }) } }, { token }));
  if (createPost.__typename !== "PostPayload") throw new Error(createPost.__typename);
  return createPost.post;
}

describe("pasted notes", () => {
  it("become footnotes that cite sources when createPost is asked to convert them", async () => {
    const post = await create("Pasted With Notes", PASTED, true);
    expect(post.body).toBe(
      "The fishers of Alanya drew lots.[^1] Nobody had to be told to keep to them.[^2] Code such as `a[1]` is left alone.\n\n" +
        "[^1]: Elinor Ostrom, Governing the Commons: The Evolution of Institutions for Collective Action (Cambridge: Cambridge University Press, 1990), 18.\n" +
        "[^2]: Ibid., 19.\n",
    );
    expect(post.footnotes).toEqual([
      { number: 1, kind: "CITATION", refersTo: null, source: { title: "Governing the Commons: The Evolution of Institutions for Collective Action", year: 1990 } },
      { number: 2, kind: "IBID", refersTo: { number: 1 }, source: { title: "Governing the Commons: The Evolution of Institutions for Collective Action", year: 1990 } },
    ]);
  });

  it("stay as written without the option", async () => {
    const post = await create("Pasted Without The Option", PASTED);
    expect(post.body).toBe(PASTED);
    expect(post.footnotes).toEqual([]);
  });

  it("stay as written when markers and notes do not match exactly", async () => {
    for (const [title, body] of [
      ["A Note Never Cited", "Text with [1] only.\n\n[1] A note.\n[2] A note nobody cites.\n"],
      ["A Gap In The Numbers", "Text [1] and [3].\n\n[1] One.\n[3] Three.\n"],
      ["A Marker Without A Note", "Text [1] and [2].\n\n[1] Only one note.\n"],
      ["Footnotes Already", "Text[^1] and [1].\n\n[^1]: A real footnote.\n\n[1] And a pasted one.\n"],
    ] as const) {
      const post = await create(title, body, true);
      expect(post.body, title).toBe(body);
    }
  });

  it("are converted by updatePost too, with the option", async () => {
    const post = await create("Pasted Later", "A first version.\n", false);
    const { updatePost } = dataOf(
      await server.execute(PastedUpdate, { input: { id: post.id, expectedRevision: post.revision, body: "费孝通说乡土社会是熟人社会。[1]\n\n注释：\n[1] 费孝通：《乡土中国》，北京：人民出版社，2008年，第25页。\n", convertPastedNotes: true } }, { token }),
    );
    expect(updatePost).toMatchObject({
      __typename: "PostPayload",
      post: { body: "费孝通说乡土社会是熟人社会。[^1]\n\n[^1]: 费孝通：《乡土中国》，北京：人民出版社，2008年，第25页。\n", footnotes: [{ number: 1, source: { title: "乡土中国" } }] },
    });
  });

  it("are converted by the Markdown importer", async () => {
    const file = path.join(dir, "pasted.md");
    writeFileSync(file, `---\ntitle: Imported With Pasted Notes\nslug: imported-pasted\nauthor: Ada Reyes\npublishedAt: 2026-01-05\n---\n${PASTED}`);
    const report = await importMarkdown(server.db.prisma, [file]);
    expect(report).toMatchObject({ created: 1, failed: 0 });
    const { post } = dataOf(await server.execute(PastedRead, { slug: "imported-pasted" }));
    expect(post?.footnotes.map((n) => [n.number, n.kind, n.source?.title])).toEqual([
      [1, "CITATION", "Governing the Commons: The Evolution of Institutions for Collective Action"],
      [2, "IBID", "Governing the Commons: The Evolution of Institutions for Collective Action"],
    ]);
    // A second import of the same file changes nothing.
    expect(await importMarkdown(server.db.prisma, [file])).toMatchObject({ created: 0, updated: 0, skipped: 1 });
  });
});
