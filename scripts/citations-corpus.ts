// npm run citations:corpus: write tests/fixtures/citations/*.json from the
// works, printings and hand-written notes of tests/support/citation-corpus/.
// The citation test fails when the files and the generators disagree.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { CORPUS_DIR, fixtureText, generatedCorpus, WRITTEN_FILES } from "../tests/support/citation-corpus/corpus.js";

mkdirSync(CORPUS_DIR, { recursive: true });
for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith(".json") && !WRITTEN_FILES.has(name))) rmSync(`${CORPUS_DIR}${file}`);
let notes = 0;
for (const [file, essays] of generatedCorpus()) {
  writeFileSync(`${CORPUS_DIR}${file}`, fixtureText(essays));
  const count = essays.reduce((n, essay) => n + essay.notes.length, 0);
  notes += count;
  console.log(`${file}: ${essays.length} essays, ${count} notes`);
}
console.log(`${notes} notes in all`);
