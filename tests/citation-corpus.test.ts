import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { fixtureText, generatedCorpus, sharedEssays, storedCorpus, WRITTEN_FILES } from "./support/citation-corpus/corpus.js";
import type { CorpusEssay, ExpectedSource } from "./support/citation-corpus/render.js";
import { identity, precision, recall, scoreEssay, table, tally, type NoteResult, type Observed } from "./support/citation-corpus/score.js";
import type { CorpusFootnotesQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// The citation corpus of tests/fixtures/citations/: more than a thousand notes
// in every style, kind and repeat form, each posted through createPost as a
// writer would, and read back through the API. The parser may miss a note
// (it is then a plain note, flagged for review); it may never store a wrong
// source. Recall is reported, and held above a floor.

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false, logError: (e: unknown) => console.error("SERVER ERROR", e) });
  await server.db.prisma.author.create({ data: { slug: "corpus-writer", name: "Corpus Writer", role: "FACULTY" } });
  token = (await issueToken(server.db.prisma, "corpus-writer", "AUTHOR")).token;
});
afterAll(() => server.close());

const CorpusCreatePost = graphql(`
  mutation CorpusCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { slug } }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const CorpusFootnotes = graphql(`
  query CorpusFootnotes($slug: String!) {
    post(slug: $slug) {
      footnotes {
        number
        kind
        pages
        style
        needsReview
        refersTo { number }
        source { id }
        citation { kind title authors authorRole editors translators container volume issue edition publisher place year url }
      }
    }
  }
`);

type Footnote = NonNullable<CorpusFootnotesQuery["post"]>["footnotes"][number];

function essayBody(essay: CorpusEssay): string {
  const prose = essay.notes.map((_, i) => `Claim ${i + 1}.[^${i + 1}]`).join(" ");
  return `${prose}\n\n${essay.notes.map((note, i) => `[^${i + 1}]: ${note.text}`).join("\n")}\n`;
}

/**
 * What the API says of one note: its own reading (Footnote.citation) is what is
 * compared, since the shared Source takes its fields from the earliest note
 * that cites the work, in whichever style that note was written.
 */
function observed(note: Footnote): Observed {
  return {
    kind: note.kind,
    sourceId: note.source?.id ?? null,
    source: note.citation ? (note.citation as ExpectedSource) : note.source ? ({} as ExpectedSource) : null,
    pages: note.pages ?? null,
    refersTo: note.refersTo?.number ?? null,
    style: note.style ?? null,
  };
}

let posted = 0;
/** Post every essay through createPost, a few at a time, and read each back. */
async function postAll(essays: CorpusEssay[]): Promise<Map<string, Observed[]>> {
  const seen = new Map<string, Observed[]>();
  const queue = [...essays];
  const worker = async () => {
    for (let essay = queue.shift(); essay; essay = queue.shift()) {
      const slug = `corpus-${++posted}`;
      const created = dataOf(await server.execute(CorpusCreatePost, { input: { title: `Corpus ${posted}`, slug, body: essayBody(essay), publish: true } }, { token }));
      expect(created.createPost, essay.id).toMatchObject({ __typename: "PostPayload" });
      const { post } = dataOf(await server.execute(CorpusFootnotes, { slug }));
      seen.set(essay.id, post!.footnotes.map(observed));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return seen;
}

function summary(name: string, results: NoteResult[]): string {
  return [
    `${name}: precision ${(precision(tally(results, () => "").get("")!) * 100).toFixed(1)}%, recall ${(recall(tally(results, () => "").get("")!) * 100).toFixed(1)}%`,
    table("style", tally(results, (r) => r.style)),
    table("kind", tally(results.filter((r) => r.form === "full"), (r) => r.kind)),
    table("form", tally(results, (r) => r.form)),
  ].join("\n\n");
}

const describe_wrong = (results: NoteResult[]) =>
  results.filter((r) => r.outcome === "wrong").map((r) => `${r.essay} #${r.number} (${r.form}): ${r.detail}\n    ${r.text}`);

describe("the citation corpus", () => {
  const files = storedCorpus();
  const essays = [...files.values()].flat();

  it("is what its generators write: run `npm run citations:corpus` after changing them", () => {
    const generated = generatedCorpus();
    expect([...files.keys()].filter((file) => !WRITTEN_FILES.has(file)).sort()).toEqual([...generated.keys()].sort());
    for (const [file, written] of generated) expect(fixtureText(files.get(file)!), file).toBe(fixtureText(written));
  });

  it("holds at least 500 notes, in every style, kind and form", () => {
    const notes = essays.flatMap((essay) => essay.notes);
    expect(notes.length).toBeGreaterThanOrEqual(500);
    const full = notes.flatMap((note) => (note.form === "full" ? [note] : []));
    expect(new Set(full.map((note) => note.style))).toEqual(new Set(["CHICAGO", "AUTHOR_DATE", "MLA", "CHINESE"]));
    expect(new Set(full.map((note) => note.expected.kind))).toEqual(new Set(["BOOK", "ARTICLE", "CHAPTER", "WEB_PAGE"]));
    expect(new Set(notes.map((note) => note.form))).toEqual(new Set(["full", "short", "ibid", "plain"]));
    // Every style has each kind of work, and repeats.
    for (const style of ["CHICAGO", "AUTHOR_DATE", "MLA", "CHINESE"]) {
      expect(new Set(full.filter((note) => note.style === style).map((note) => note.expected.kind)), style).toEqual(new Set(["BOOK", "ARTICLE", "CHAPTER", "WEB_PAGE"]));
    }
  });

  it("gives no wrong source, and one Source per work, through createPost; recall is reported", { timeout: 600_000 }, async () => {
    const seen = await postAll(essays);
    const results = essays.flatMap((essay) => scoreEssay(essay, seen.get(essay.id) ?? []));
    console.log(summary("tests/fixtures/citations", results));
    expect(describe_wrong(results)).toEqual([]);
    // One work, one Source, among the generated printings (the written notes name their works one by one, so cannot say which are the same).
    const { split, conflated } = identity(essays.filter((essay) => !essay.id.startsWith("written")), seen);
    expect(conflated).toEqual([]);
    expect(split).toEqual([]);
    // The floor below which recall may not fall: what the parser reads today, less a little (docs/citations.md has the figures).
    expect(recall(tally(results, () => "").get("")!)).toBeGreaterThanOrEqual(0.98);
  });

  const shared = sharedEssays();
  it.skipIf(shared === null)("gives no wrong source on the real-world notes of ../shared/corpora/citations-dev, when present", { timeout: 300_000 }, async () => {
    const seen = await postAll(shared!);
    const results = shared!.flatMap((essay) => scoreEssay(essay, seen.get(essay.id) ?? []));
    console.log(summary("../shared/corpora/citations-dev", results));
    expect(describe_wrong(results)).toEqual([]);
    expect(identity(shared!, seen).conflated).toEqual([]);
  });
});
