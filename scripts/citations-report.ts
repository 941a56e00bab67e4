// npm run citations:report: how the citation parser does on the corpus of
// tests/fixtures/citations/ and, when ../shared is there, on the real-world
// notes of ../shared/corpora/citations-dev/ (read in place, never copied):
// precision and recall per style, per kind of work and per form of note, the
// works split over several sources or sharing one, and every wrong reading.
//   --wrong      list the wrong notes only (the default lists wrong and missed)
//   --markdown   print the tables only, as docs/citations.md holds them
//   --file <f>   read only that file of tests/fixtures/citations/ (a held-out set, say), and not ../shared
import { resolveFootnotes } from "../src/content/footnotes.js";
import { sameAuthors } from "../src/content/sources.js";
import { storedCorpus, sharedEssays } from "../tests/support/citation-corpus/corpus.js";
import type { CorpusEssay, ExpectedSource } from "../tests/support/citation-corpus/render.js";
import { identity, scoreEssay, table, tally, type NoteResult, type Observed } from "../tests/support/citation-corpus/score.js";

const argv = process.argv.slice(2);
const args = new Set(argv);
const onlyFile = argv.includes("--file") ? argv[argv.indexOf("--file") + 1] : undefined;

function essayBody(essay: CorpusEssay): string {
  const prose = essay.notes.map((_, i) => `Claim ${i + 1}.[^${i + 1}]`).join(" ");
  return `${prose}\n\n${essay.notes.map((note, i) => `[^${i + 1}]: ${note.text}`).join("\n")}\n`;
}

/** The parser's reading of each essay, with Source identities as the database would assign them (sourceIdFor). */
function observe(essays: CorpusEssay[]): Map<string, Observed[]> {
  const byKey = new Map<string, { id: string; authors: string[] }[]>();
  let next = 0;
  const idFor = (key: string, authors: string[]) => {
    const rows = byKey.get(key) ?? [];
    const found = rows.find((row) => sameAuthors(row.authors, authors));
    if (found) return found.id;
    const id = `s${++next}`;
    byKey.set(key, [...rows, { id, authors }]);
    return id;
  };
  const out = new Map<string, Observed[]>();
  for (const essay of essays) {
    const notes = resolveFootnotes(essayBody(essay));
    const ids = new Map<number, string | null>();
    out.set(
      essay.id,
      notes.map((note) => {
        const sourceId = note.source ? (note.refersToNumber !== null ? (ids.get(note.refersToNumber) ?? null) : idFor(note.source.key, note.source.authors)) : null;
        ids.set(note.number, sourceId);
        const { key: _key, ...fields } = note.source ?? { key: "" };
        return { kind: note.kind, sourceId, source: note.source ? (fields as ExpectedSource) : null, pages: note.pages, refersTo: note.refersToNumber, style: note.style };
      }),
    );
  }
  return out;
}

function report(name: string, essays: CorpusEssay[]): { results: NoteResult[]; text: string } {
  const observed = observe(essays);
  const results = essays.flatMap((essay) => scoreEssay(essay, observed.get(essay.id) ?? []));
  // The written notes name their works one by one: which of them are one work is not said, so only the generated printings are held to it.
  const { split, conflated } = identity(essays.filter((essay) => !essay.id.startsWith("written")), observed);
  const all = tally(results, () => "all notes");
  const sections = [
    `### ${name}`,
    "",
    table("all", all),
    "",
    table("style", tally(results, (r) => r.style)),
    "",
    table("kind", tally(results.filter((r) => r.form === "full"), (r) => r.kind)),
    "",
    table("form", tally(results, (r) => r.form)),
    "",
    `One work, one Source: ${split.length} works split over several sources, ${conflated.length} sources holding several works.`,
  ];
  return { results, text: sections.join("\n") };
}

const stored = storedCorpus();
if (onlyFile && !stored.has(onlyFile)) {
  console.error(`No file ${onlyFile} in tests/fixtures/citations: ${[...stored.keys()].join(", ")}`);
  process.exit(2);
}
const corpus = onlyFile ? stored.get(onlyFile)! : [...stored.values()].flat();
const ours = report(`tests/fixtures/citations${onlyFile ? `/${onlyFile}` : ""} (${corpus.reduce((n, e) => n + e.notes.length, 0)} notes)`, corpus);
const shared = onlyFile ? null : sharedEssays();
const theirs = shared ? report(`../shared/corpora/citations-dev (${shared.reduce((n, e) => n + e.notes.length, 0)} notes)`, shared) : null;

console.log(ours.text);
if (theirs) console.log(`\n${theirs.text}`);
else if (!onlyFile) console.log("\n(../shared/corpora/citations-dev is absent: only the repository's corpus was read.)");

if (!args.has("--markdown")) {
  const listed = [...ours.results, ...(theirs?.results ?? [])].filter((r) => r.outcome === "wrong" || (!args.has("--wrong") && r.outcome === "missed"));
  for (const r of listed) console.log(`\n${r.outcome.toUpperCase()} ${r.essay} #${r.number} (${r.form}): ${r.detail}\n    ${r.text}`);
}
