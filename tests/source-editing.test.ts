import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { noteTextHash } from "../src/content/footnotes.js";
import { importMarkdown } from "../src/content/import/markdown.js";
import { reparseNotes } from "../src/domain/reparse.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// What editors do when the parser got a note wrong, through the API: the
// queue of notes to review, attaching a note to a source (an existing one or
// one they describe), detaching it, merging two sources that are one work, and
// correcting a source; each recorded with who did it and when, and each
// surviving the post being saved again, imported again, and read again by
// `npm run footnotes:reparse`.

let server: TestServer;
const tokens = { ada: "", editor: "" };
let editorId = 0;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const prisma = server.db.prisma;
  await prisma.author.create({ data: { slug: "ada-reyes", name: "Ada Reyes" } });
  editorId = (await prisma.author.create({ data: { slug: "eda-tor", name: "Eda Tor" } })).id;
  tokens.ada = (await issueToken(prisma, "ada-reyes", "AUTHOR")).token;
  tokens.editor = (await issueToken(prisma, "eda-tor", "EDITOR")).token;
});
afterAll(() => server.close());

const EditingWrite = graphql(`
  mutation EditingWrite($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug revision } }
    }
  }
`);
const EditingUpdate = graphql(`
  mutation EditingUpdate($input: UpdatePostInput!) {
    updatePost(input: $input) { __typename ... on PostPayload { post { revision } } }
  }
`);
const EditingNotes = graphql(`
  query EditingNotes($slug: String!) {
    post(slug: $slug) {
      id
      revision
      footnotes {
        number
        kind
        needsReview
        reviewReason
        refersTo { number }
        source { id title authors year }
        correction { editor { name } at detached }
      }
    }
  }
`);
const EditingQueue = graphql(`
  query EditingQueue($first: Int!, $after: String, $postId: ID) {
    footnotesToReview(first: $first, after: $after, postId: $postId) {
      __typename
      ... on FootnoteReviewQueue { totalCount hasMore endCursor notes { number text reviewReason post { slug } } }
      ... on ValidationError { fields { path message } }
    }
  }
`);
const EditingAttach = graphql(`
  mutation EditingAttach($input: AttachFootnoteSourceInput!) {
    attachFootnoteSource(input: $input) {
      __typename
      ... on FootnoteSourcePayload { footnote { number kind source { id title } correction { editor { name } detached } } sources { id } }
      ... on ValidationError { fields { path message } }
      ... on UserError { code message }
    }
  }
`);
const EditingDetach = graphql(`
  mutation EditingDetach($input: FootnoteInPostInput!) {
    detachFootnoteSource(input: $input) {
      __typename
      ... on FootnoteSourcePayload { footnote { number kind source { id } needsReview correction { detached } } }
      ... on UserError { code message }
    }
  }
`);
const EditingReset = graphql(`
  mutation EditingReset($input: FootnoteInPostInput!) {
    resetFootnoteSource(input: $input) {
      __typename
      ... on FootnoteSourcePayload { footnote { number kind source { id } correction { detached } } }
      ... on UserError { code message }
    }
  }
`);
const EditingMerge = graphql(`
  mutation EditingMerge($input: MergeSourcesInput!) {
    mergeSources(input: $input) {
      __typename
      ... on MergeSourcesPayload { source { id title correctedBy { name } correctedAt citedIn(first: 10) { totalCount } } }
      ... on ValidationError { fields { path message } }
      ... on UserError { code message }
    }
  }
`);
const EditingCorrect = graphql(`
  mutation EditingCorrect($input: CorrectSourceInput!) {
    correctSource(input: $input) {
      __typename
      ... on CorrectSourcePayload { source { id title correctedFields correctedBy { name } correctedAt } }
    }
  }
`);
const EditingSource = graphql(`
  query EditingSource($id: ID!) {
    node(id: $id) { ... on Source { id title publisher csl correctedFields citedIn(first: 10) { totalCount } } }
  }
`);

const essay = (notes: string[], prose = "A claim") =>
  `${notes.map((_, i) => `${prose} ${i + 1}.[^${i + 1}]`).join(" ")}\n\n${notes.map((note, i) => `[^${i + 1}]: ${note}`).join("\n")}\n`;

let written = 0;
async function write(notes: string[]): Promise<{ id: string; slug: string }> {
  const title = `Editing ${++written}`;
  const { createPost } = dataOf(await server.execute(EditingWrite, { input: { title, body: essay(notes), publish: true } }, { token: tokens.ada }));
  if (createPost.__typename !== "PostPayload") throw new Error(createPost.__typename);
  return createPost.post;
}
const notesOf = async (slug: string) => dataOf(await server.execute(EditingNotes, { slug })).post!;

async function update(slug: string, notes: string[], prose: string): Promise<void> {
  const post = await notesOf(slug);
  const { updatePost } = dataOf(await server.execute(EditingUpdate, { input: { id: post.id, body: essay(notes, prose), expectedRevision: post.revision } }, { token: tokens.ada }));
  expect(updatePost.__typename).toBe("PostPayload");
}

// A conference paper: no kind Colloquy stores, so the parser leaves it a plain note. Its Ibid. repeats it.
const PAPER = "Charlotte Hess, “Mapping the New Commons” (paper, Twelfth Biennial Conference of the IASC, Cheltenham, July 2008), 4.";
const OSTROM = "Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 58.";
const OSTROM_APA = "Ostrom, E. (1990). *Governing the commons: The evolution of institutions for collective action*. Cambridge University Press.";
const MUDDLED = "Ostrom, *Governing*, 90; on which see the seminar's discussion of fisheries (Spring 2024), and Table 2.";

describe("the review queue", () => {
  it("lists the notes flagged for review, a page at a time, for editors only", async () => {
    const post = await write([OSTROM, "Hardin, “Tragedy,” 1244.", "Ibid."]);
    const notes = (await notesOf(post.slug)).footnotes;
    // A short form of a work no earlier note cites: flagged, with the reason.
    expect(notes[1]).toMatchObject({ kind: "SHORT_FORM", needsReview: true, source: null });
    expect(notes[1]!.reviewReason).toMatch(/no earlier note cites/);

    const first = dataOf(await server.execute(EditingQueue, { first: 1, postId: post.id }, { token: tokens.editor })).footnotesToReview;
    if (first.__typename !== "FootnoteReviewQueue") throw new Error(first.__typename);
    expect(first.notes.map((n) => n.number)).toEqual([2]);
    const total = first.totalCount;
    expect(total).toBeGreaterThanOrEqual(1);
    if (first.hasMore) {
      const next = dataOf(await server.execute(EditingQueue, { first: 10, after: first.endCursor, postId: post.id }, { token: tokens.editor })).footnotesToReview;
      if (next.__typename !== "FootnoteReviewQueue") throw new Error(next.__typename);
      expect(next.notes.every((n) => n.number > 2)).toBe(true);
    }

    const asAuthor = await server.execute(EditingQueue, { first: 5 }, { token: tokens.ada });
    expect(asAuthor.errors?.[0]?.extensions?.code ?? (asAuthor.data?.footnotesToReview as { code?: string } | undefined)?.code).toBe("FORBIDDEN");
    const badCursor = dataOf(await server.execute(EditingQueue, { first: 5, after: "bm9wZQ" }, { token: tokens.editor })).footnotesToReview;
    expect(badCursor).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["after"] }] });
  });
});

describe("attaching a note to a source by hand", () => {
  it("makes the note and its repeats cite the source, records the editor, and survives saving, importing and reparsing", async () => {
    const cited = await write([OSTROM]);
    const ostrom = (await notesOf(cited.slug)).footnotes[0]!.source!;
    const post = await write([PAPER, "Ibid., 6."]);
    expect((await notesOf(post.slug)).footnotes.map((n) => [n.kind, n.source, n.refersTo?.number ?? null])).toEqual([
      ["NOTE", null, null],
      ["IBID", null, 1],
    ]);

    const citedBefore = dataOf(await server.execute(EditingSource, { id: ostrom.id })).node?.citedIn?.totalCount ?? 0;
    const attached = dataOf(await server.execute(EditingAttach, { input: { postId: post.id, number: 1, sourceId: ostrom.id } }, { token: tokens.editor })).attachFootnoteSource;
    expect(attached).toMatchObject({ __typename: "FootnoteSourcePayload", footnote: { kind: "CITATION", source: { id: ostrom.id }, correction: { editor: { name: "Eda Tor" }, detached: false } } });
    const check = async () => {
      const notes = (await notesOf(post.slug)).footnotes;
      expect(notes.map((n) => [n.kind, n.source?.id ?? null, n.needsReview])).toEqual([
        ["CITATION", ostrom.id, false],
        ["IBID", ostrom.id, false],
      ]);
      expect(notes[0]!.correction).toMatchObject({ editor: { name: "Eda Tor" }, detached: false });
      expect(Date.parse(notes[0]!.correction!.at)).toBeGreaterThan(Date.now() - 600_000);
    };
    await check();
    const source = dataOf(await server.execute(EditingSource, { id: ostrom.id })).node;
    expect(source?.citedIn?.totalCount).toBe(citedBefore + 1);

    // Saved again with other prose and the same note text.
    await update(post.slug, [PAPER, "Ibid., 6."], "Another claim");
    await check();
    // Read again by the parser.
    await reparseNotes(server.db.prisma, { all: true });
    await check();
    // Imported again, the same note text in a changed body.
    const dir = await mkdtemp(join(tmpdir(), "colloquy-import-"));
    try {
      await writeFile(join(dir, "post.md"), `---\ntitle: ${post.slug}\nslug: ${post.slug}\nauthor: Ada Reyes\npublishedAt: 2026-03-01\n---\n${essay([PAPER, "Ibid., 6."], "Imported claim")}`);
      const report = await importMarkdown(server.db.prisma, [dir]);
      expect(report).toMatchObject({ updated: 1, failed: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await check();

    // A changed note is another note: the attachment no longer applies to it.
    await update(post.slug, [PAPER.replace(", 4.", ", 5."), "Ibid., 6."], "Another claim");
    expect((await notesOf(post.slug)).footnotes[0]).toMatchObject({ kind: "NOTE", source: null, correction: null });
  });

  it("describes a new source when none exists, and finds the existing one when it does", async () => {
    const post = await write(["A note the parser cannot read: Mei Zhang's reading group handout, Spring 2024, p. 3."]);
    const newSource = { kind: "WEB_PAGE" as const, title: "Reading Group Handout", authors: ["Mei Zhang"], year: 2024, url: "https://example.org/handout" };
    const attached = dataOf(await server.execute(EditingAttach, { input: { postId: post.id, number: 1, newSource } }, { token: tokens.editor })).attachFootnoteSource;
    if (attached.__typename !== "FootnoteSourcePayload") throw new Error(attached.__typename);
    const id = attached.footnote!.source!.id;
    const source = dataOf(await server.execute(EditingSource, { id })).node;
    expect(source).toMatchObject({ title: "Reading Group Handout", correctedFields: expect.arrayContaining(["TITLE", "AUTHORS", "URL"]) });
    expect(source?.csl).toMatchObject({ type: "webpage", title: "Reading Group Handout", author: [{ family: "Zhang", given: "Mei" }], URL: "https://example.org/handout" });

    const again = await write(["Another unreadable note about the handout."]);
    const second = dataOf(await server.execute(EditingAttach, { input: { postId: again.id, number: 1, newSource } }, { token: tokens.editor })).attachFootnoteSource;
    expect(second).toMatchObject({ footnote: { source: { id } } });
  });

  it("refuses what it cannot do with a clear error", async () => {
    const post = await write([PAPER]);
    const bothOrNeither = dataOf(await server.execute(EditingAttach, { input: { postId: post.id, number: 1 } }, { token: tokens.editor })).attachFootnoteSource;
    expect(bothOrNeither).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["sourceId"] }] });
    const noNote = dataOf(
      await server.execute(EditingAttach, { input: { postId: post.id, number: 9, newSource: { kind: "BOOK", title: "X" } } }, { token: tokens.editor }),
    ).attachFootnoteSource;
    expect(noNote).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    const badSource = dataOf(
      await server.execute(EditingAttach, { input: { postId: post.id, number: 1, newSource: { kind: "BOOK", title: " ", url: "javascript:alert(1)", year: 0 } } }, { token: tokens.editor }),
    ).attachFootnoteSource;
    expect(badSource).toMatchObject({ __typename: "ValidationError" });
    if (badSource.__typename === "ValidationError") expect(badSource.fields.map((f) => f.path.join("."))).toEqual(["newSource.title", "newSource.url", "newSource.year"]);
    const asAuthor = await server.execute(EditingDetach, { input: { postId: post.id, number: 1 } }, { token: tokens.ada });
    expect(asAuthor.errors?.[0]?.extensions?.code ?? (asAuthor.data?.detachFootnoteSource as { code?: string } | undefined)?.code).toBe("FORBIDDEN");
    // Nothing was written by the refused attempts.
    expect(await server.db.prisma.footnoteOverride.count({ where: { post: { slug: post.slug } } })).toBe(0);
  });
});

describe("detaching a note's source", () => {
  it("makes a misread note a plain note until the editor resets it", async () => {
    const post = await write([OSTROM, MUDDLED]);
    const before = (await notesOf(post.slug)).footnotes;
    expect(before[1]).toMatchObject({ kind: "SHORT_FORM", source: { id: before[0]!.source!.id } });

    const detached = dataOf(await server.execute(EditingDetach, { input: { postId: post.id, number: 2 } }, { token: tokens.editor })).detachFootnoteSource;
    expect(detached).toMatchObject({ footnote: { kind: "NOTE", source: null, needsReview: false, correction: { detached: true } } });
    await update(post.slug, [OSTROM, MUDDLED], "Reworded");
    expect((await notesOf(post.slug)).footnotes[1]).toMatchObject({ kind: "NOTE", source: null, correction: { detached: true } });

    const reset = dataOf(await server.execute(EditingReset, { input: { postId: post.id, number: 2 } }, { token: tokens.editor })).resetFootnoteSource;
    expect(reset).toMatchObject({ footnote: { kind: "SHORT_FORM", source: { id: before[0]!.source!.id }, correction: null } });
  });
});

describe("merging sources", () => {
  it("repoints every note, combines citedIn, files later notes under the kept source, and records the editor", async () => {
    // Two readings the parser keeps apart: the editor knows they are one work.
    const first = await write(["World Health Organization, *World Report on Ageing and Health* (Geneva: World Health Organization, 2015), 25."]);
    const second = await write(["WHO, *World Report on Ageing and Health* (Geneva: WHO, 2015), 27."]);
    const a = (await notesOf(first.slug)).footnotes[0]!.source!;
    const b = (await notesOf(second.slug)).footnotes[0]!.source!;
    expect(a.id).not.toBe(b.id);

    const merged = dataOf(await server.execute(EditingMerge, { input: { into: a.id, sources: [b.id] } }, { token: tokens.editor })).mergeSources;
    expect(merged).toMatchObject({ __typename: "MergeSourcesPayload", source: { id: a.id, correctedBy: { name: "Eda Tor" }, citedIn: { totalCount: 2 } } });
    expect((await notesOf(second.slug)).footnotes[0]!.source!.id).toBe(a.id);
    expect(dataOf(await server.execute(EditingSource, { id: b.id })).node).toBeNull();

    // A later note read the merged-away way files under the kept source.
    const third = await write(["WHO, *World Report on Ageing and Health* (Geneva: WHO, 2015), 30."]);
    expect((await notesOf(third.slug)).footnotes[0]!.source!.id).toBe(a.id);
    await reparseNotes(server.db.prisma, { all: true });
    expect((await notesOf(second.slug)).footnotes[0]!.source!.id).toBe(a.id);

    const refused = dataOf(await server.execute(EditingMerge, { input: { into: a.id, sources: [a.id] } }, { token: tokens.editor })).mergeSources;
    expect(refused).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["sourceIds"] }] });
    const missing = dataOf(await server.execute(EditingMerge, { input: { into: a.id, sources: [b.id] } }, { token: tokens.editor })).mergeSources;
    expect(missing).toMatchObject({ __typename: "NotFoundError" });
  });

  it("files one work cited in two styles under one source to begin with", async () => {
    const chicago = await write([OSTROM]);
    const apa = await write([OSTROM_APA]);
    expect((await notesOf(apa.slug)).footnotes[0]!.source!.id).toBe((await notesOf(chicago.slug)).footnotes[0]!.source!.id);
  });
});

describe("an editor's correction of a source", () => {
  it("is recorded with who and when, and survives a reparse", async () => {
    const post = await write(["Kate Raworth, *Doughnut Economics* (White River Junction, VT: Chelsea Green, 2017), 44."]);
    const source = (await notesOf(post.slug)).footnotes[0]!.source!;
    const corrected = dataOf(await server.execute(EditingCorrect, { input: { id: source.id, publisher: "Chelsea Green Publishing" } }, { token: tokens.editor })).correctSource;
    expect(corrected).toMatchObject({ source: { correctedFields: ["PUBLISHER"], correctedBy: { name: "Eda Tor" } } });
    await reparseNotes(server.db.prisma, { all: true });
    const after = dataOf(await server.execute(EditingSource, { id: source.id })).node;
    expect(after).toMatchObject({ id: source.id, publisher: "Chelsea Green Publishing", correctedFields: ["PUBLISHER"] });
  });
});

describe("existing data", () => {
  it("is deduplicated the way new notes are: one work cited in two styles becomes one source, keeping the oldest id", async () => {
    const prisma = server.db.prisma;
    const author = await prisma.author.findFirstOrThrow({ where: { slug: "ada-reyes" } });
    // As an older version stored them: one source per printing, under keys of its own making.
    const chicagoNote = "Robin Wall Kimmerer, *Braiding Sweetgrass* (Minneapolis: Milkweed Editions, 2013), 383.";
    const apaNote = "Kimmerer, R. W. (2013). *Braiding sweetgrass: Indigenous wisdom, scientific knowledge, and the teachings of plants*. Milkweed Editions.";
    const rows = [];
    for (const [i, note, key, authors, title] of [
      [1, chicagoNote, "kimmerer|braiding sweetgrass|2013", '["Robin Wall Kimmerer"]', "Braiding Sweetgrass"],
      [2, apaNote, "kimmerer|braiding sweetgrass indigenous wisdom scientific knowledge and the teachings of plants|2013", '["R. W. Kimmerer"]', "Braiding sweetgrass: Indigenous wisdom, scientific knowledge, and the teachings of plants"],
    ] as const) {
      const source = await prisma.source.create({ data: { key, kind: "BOOK", title, authors, publisher: "Milkweed Editions", year: 2013 } });
      const post = await prisma.post.create({
        data: { slug: `old-${i}`, title: `Old ${i}`, body: essay([note]), status: "PUBLISHED", publishedAt: new Date(Date.UTC(2025, 0, i)), authorId: author.id },
      });
      await prisma.footnote.create({ data: { postId: post.id, number: 1, kind: "CITATION", text: note, sourceId: source.id } });
      rows.push(source.id);
    }
    const report = await reparseNotes(prisma);
    expect(report.read).toBe(2);
    expect(report.sourcesMerged).toBe(1);
    const cited = await prisma.footnote.findMany({ where: { post: { slug: { in: ["old-1", "old-2"] } } }, select: { sourceId: true } });
    expect(cited.map((row) => row.sourceId)).toEqual([rows[0], rows[0]]);
    expect(await prisma.source.count({ where: { id: rows[1] } })).toBe(0);
    // Once done, there is nothing left to do.
    expect((await reparseNotes(prisma)).read).toBe(0);
  });
});

describe("npm run footnotes:reparse", () => {
  it("reads every post again and reports what changed", { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/reparse.ts", "--changes", "5"], {
      env: { ...process.env, DATABASE_URL: server.url },
      cwd: join(import.meta.dirname, ".."),
    });
    expect(stdout).toMatch(/^\d+ posts read again, 0 left alone; \d+ notes, \d+ changed/m);
    expect(stdout).toMatch(/^Sources: \d+ filed under a new key, \d+ merged into another as one work\.$/m);
    // Editors' choices were kept: every note an editor attached or detached still cites what the editor chose.
    const prisma = server.db.prisma;
    const overrides = await prisma.footnoteOverride.findMany();
    expect(overrides.length).toBeGreaterThan(0);
    for (const override of overrides) {
      const notes = await prisma.footnote.findMany({ where: { postId: override.postId } });
      const chosen = notes.filter((note) => noteTextHash(note.text) === override.textHash);
      expect(chosen.map((note) => note.sourceId)).toEqual(chosen.map(() => override.sourceId));
      expect(override.editorId).toBe(editorId);
    }
  });
});
