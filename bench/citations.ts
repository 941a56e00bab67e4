// What citations cost: the parser's throughput on the corpus's notes, and
// citation-js/citeproc-js formatting a post's works, by style and by number of
// works, measured in this process (the server runs the formatting on its
// worker pool, so the figures are what one worker spends per request that is
// not already memoized).
//   npm run bench:citations
import { performance } from "node:perf_hooks";
import { parseNote } from "../src/content/citations/parse-note.js";
import { formatBibliography, sourceToCsl, toBibtex, toRis, type CslItem } from "../src/content/csl.js";
import { storedCorpus } from "../tests/support/citation-corpus/corpus.js";

const notes = [...storedCorpus().values()].flat().flatMap((essay) => essay.notes);
const texts = notes.map((note) => note.text);

// The parser: every note once to warm up, then the whole corpus five times.
for (const text of texts) parseNote(text);
const rounds = 5;
let started = performance.now();
for (let round = 0; round < rounds; round++) for (const text of texts) parseNote(text);
const parseMs = performance.now() - started;
const perNoteUs = (parseMs * 1000) / (rounds * texts.length);
console.log(`Parser: ${texts.length} notes × ${rounds}: ${(parseMs / rounds).toFixed(0)} ms a pass, ${perNoteUs.toFixed(0)} µs a note, ${Math.round(1e6 / perNoteUs)} notes/s`);

// Distinct works, as CSL items, from the corpus's expected fields.
const seen = new Set<string>();
const items: CslItem[] = [];
for (const note of notes) {
  if (note.form !== "full" || seen.has(note.work)) continue;
  seen.add(note.work);
  items.push(sourceToCsl(note.expected, `w${items.length}`));
}

function time(label: string, run: () => unknown): number {
  started = performance.now();
  run();
  const ms = performance.now() - started;
  console.log(`${label}: ${ms.toFixed(1)} ms`);
  return ms;
}

time("First use (loads citation-js, citeproc-js and the styles), 1 work, Chicago", () => formatBibliography(items.slice(0, 1), "CHICAGO"));
for (const count of [1, 20, 300]) {
  const some = Array.from({ length: count }, (_, i) => ({ ...items[i % items.length]!, id: `n${i}` }));
  for (const style of ["CHICAGO", "APA", "MLA"] as const) {
    // The second of two runs: what a warm worker spends.
    formatBibliography(some, style);
    const ms = time(`${count} works, ${style}`, () => formatBibliography(some, style));
    if (count === 300) console.log(`  ${((ms * 1000) / count).toFixed(0)} µs a work`);
  }
  toBibtex(some);
  time(`${count} works, BibTeX`, () => toBibtex(some));
  toRis(some);
  time(`${count} works, RIS`, () => toRis(some));
}
