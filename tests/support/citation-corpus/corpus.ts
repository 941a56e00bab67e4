import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { handwrittenEssays } from "./handwritten.js";
import { renderedEssays, type CorpusEssay, type ExpectedSource } from "./render.js";

// The citation corpus: tests/fixtures/citations/*.json, written by
// `npm run citations:corpus` from works.ts, render.ts and handwritten.ts.

export const CORPUS_DIR = fileURLToPath(new URL("../../fixtures/citations/", import.meta.url));

/** Which fixture file an essay belongs in. */
function fileOf(essay: CorpusEssay): string {
  const first = essay.notes.find((note) => note.form === "full");
  if (essay.id.startsWith("handwritten/") || essay.id.startsWith("commentary/")) return "handwritten.json";
  const variant = essay.id.split("/")[1] ?? "";
  if (first?.form === "full" && first.style === "CHINESE") return "chinese.json";
  if (variant.startsWith("chicago")) return "chicago.json";
  if (variant.startsWith("mla")) return "mla.json";
  return "author-date.json";
}

/** The corpus as the generators write it, file by file. */
export function generatedCorpus(): Map<string, CorpusEssay[]> {
  const files = new Map<string, CorpusEssay[]>();
  for (const essay of [...renderedEssays(), ...handwrittenEssays()]) {
    const file = fileOf(essay);
    files.set(file, [...(files.get(file) ?? []), essay]);
  }
  return files;
}

/** Notes written one by one, outside the generators: kept as they were written. */
export const WRITTEN_FILES = new Set(["written.json", "written-2.json", "written-3.json", "written-4.json"]);

/** The corpus as the fixture files hold it. */
export function storedCorpus(): Map<string, CorpusEssay[]> {
  const files = new Map<string, CorpusEssay[]>();
  for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith(".json")).sort()) {
    files.set(file, JSON.parse(readFileSync(`${CORPUS_DIR}${file}`, "utf8")) as CorpusEssay[]);
  }
  return files;
}

/** A fixture file's text: one essay per line group, readable in a diff. */
export function fixtureText(essays: CorpusEssay[]): string {
  return `[\n${essays.map((essay) => `  ${JSON.stringify(essay)}`).join(",\n")}\n]\n`;
}

// ---------------------------------------------------------------------------
// The real-world notes of ../shared, when present (never copied here)

const SHARED_NOTES = fileURLToPath(new URL("../../../../shared/corpora/citations-dev/notes.jsonl", import.meta.url));

interface SharedRow {
  id: string;
  kind: ExpectedSource["kind"];
  notes: Record<string, string | (string | null)[]>;
  expected: Record<string, unknown>;
}

const names = (value: unknown): string[] => (Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : []);
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/**
 * The shared development notes as essays: each full note (plain text and
 * Markdown), its short form and its "Ibid.", with the fields and pages the
 * file gives; null when the folder is absent.
 */
export function sharedEssays(): CorpusEssay[] | null {
  if (!existsSync(SHARED_NOTES)) return null;
  const rows = readFileSync(SHARED_NOTES, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as SharedRow);
  const essays: CorpusEssay[] = [];
  for (const row of rows) {
    const e = row.expected;
    const expected: ExpectedSource = {
      kind: row.kind,
      authors: names(e.authors),
      authorRole: e.author_role === "editor" ? "EDITOR" : "AUTHOR",
      editors: names(e.editors),
      translators: names(e.translators),
      title: text(e.title) ?? "",
      container: text(e.container),
      volume: text(e.volume),
      issue: text(e.issue),
      edition: text(e.edition),
      publisher: text(e.publisher),
      place: text(e.place),
      year: text(e.year) ? Number(e.year) : null,
      url: text(e.url),
    };
    const pages = (row.notes.locators_rendered ?? []) as (string | null)[];
    for (const variant of ["text", "md"]) {
      const note = (form: string) => row.notes[`${form}_${variant}`] as string | undefined;
      const full = note("full");
      if (!full) continue;
      const notes: CorpusEssay["notes"] = [{ form: "full", text: full, style: "CHICAGO", work: row.id, pages: pages[0] ?? null, expected }];
      if (note("short")) notes.push({ form: "short", text: note("short")!, work: row.id, pages: pages[1] ?? null, refersTo: 1 });
      // The Ibid. follows the short form, and repeats it.
      if (note("ibid")) notes.push({ form: "ibid", text: note("ibid")!, work: row.id, pages: pages[2] ?? null, refersTo: notes.length });
      essays.push({ id: `shared/${row.id}/${variant}`, notes });
    }
  }
  return essays;
}
