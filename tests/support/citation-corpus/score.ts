import type { CorpusEssay, ExpectedSource } from "./render.js";

// How the parser did on the corpus: each note is read correctly, wrongly, or
// not at all, and precision and recall follow. A wrong note is the one thing
// that must never happen: a source with a field the note does not say, a
// source for a note that cites nothing, a repeat of the wrong note.

/** What Colloquy made of one note, from the API or straight from the parser. */
export interface Observed {
  kind: "CITATION" | "IBID" | "SHORT_FORM" | "NOTE";
  /** The Source's identity: its id from the API, or its key from the parser. */
  sourceId: string | null;
  source: ExpectedSource | null;
  pages: string | null;
  refersTo: number | null;
  style: string | null;
}

export type Outcome = "correct" | "wrong" | "missed";

export interface NoteResult {
  essay: string;
  number: number;
  form: "full" | "short" | "ibid" | "plain";
  /** The style of the essay's full citation ("CHICAGO"), or "NONE" for commentary. */
  style: string;
  /** The kind of work cited, or "NONE". */
  kind: string;
  outcome: Outcome;
  /** For a wrong or missed note: what differed. */
  detail: string | null;
  text: string;
}

/** Strings compared as the corpus's README says: quotes, dashes and whitespace folded. */
export function fold(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return String(value)
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** An address as the API's URL scalar serializes it ("…/wiki/公地悲剧" percent-encoded), so that the printed and the served forms compare equal. */
function webAddress(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

const SCALARS = ["kind", "title", "container", "volume", "issue", "edition", "publisher", "place", "year", "url", "authorRole"] as const;
const LISTS = ["authors", "editors", "translators"] as const;

/** The fields on which the observed source differs from the expected one; `given` limits the comparison to the fields a partial expectation names. */
export function differences(expected: ExpectedSource, actual: ExpectedSource, given?: Set<string>): string[] {
  const out: string[] = [];
  for (const field of SCALARS) {
    if (given && !given.has(field)) continue;
    const same = field === "url" ? webAddress(expected.url) === webAddress(actual.url) : fold(expected[field]) === fold(actual[field]);
    if (!same) out.push(`${field}: ${JSON.stringify(actual[field])} ≠ ${JSON.stringify(expected[field])}`);
  }
  for (const field of LISTS) {
    if (given && !given.has(field)) continue;
    const e = (expected[field] ?? []).map(fold).join(" | ");
    const a = (actual[field] ?? []).map(fold).join(" | ");
    if (e !== a) out.push(`${field}: ${JSON.stringify(actual[field])} ≠ ${JSON.stringify(expected[field])}`);
  }
  return out;
}

/** Score one essay's notes against what was observed of them, in number order. */
export function scoreEssay(essay: CorpusEssay, observed: Observed[], options: { partial?: Set<string>; pages?: boolean } = {}): NoteResult[] {
  const first = essay.notes.find((note) => note.form === "full");
  const style = first?.form === "full" ? first.style : "NONE";
  const kind = first?.form === "full" ? first.expected.kind : "NONE";
  return essay.notes.map((note, index) => {
    const seen = observed[index];
    const result = (outcome: Outcome, detail: string | null = null): NoteResult => ({
      essay: essay.id,
      number: index + 1,
      form: note.form,
      style: note.form === "full" ? note.style : style,
      kind: note.form === "full" ? note.expected.kind : note.form === "plain" ? "NONE" : kind,
      outcome,
      detail,
      text: note.text,
    });
    if (!seen) return result("missed", "no such footnote");
    const pagesDiffer = (expected: string | null) => options.pages !== false && fold(expected) !== fold(seen.pages);
    switch (note.form) {
      case "plain":
        return seen.sourceId || seen.kind === "CITATION" ? result("wrong", `read as a citation of ${JSON.stringify(seen.source?.title)}`) : result("correct");
      case "full": {
        if (!seen.source || !seen.sourceId) return result("missed", `kind ${seen.kind}`);
        const diff = differences(note.expected, seen.source, options.partial);
        if (pagesDiffer(note.pages)) diff.push(`pages: ${JSON.stringify(seen.pages)} ≠ ${JSON.stringify(note.pages)}`);
        return diff.length ? result("wrong", diff.join("; ")) : result("correct");
      }
      default: {
        if (seen.refersTo === null) return seen.sourceId ? result("wrong", "a source without the note it repeats") : result("missed", `kind ${seen.kind}`);
        // An "Ibid." after a repeat that was not recognized repeats that note, as it says: the previous one.
        const previous = observed[index - 1];
        const previousUnplaced = note.form === "ibid" && previous !== undefined && previous.refersTo === null && previous.kind !== "CITATION";
        if (previousUnplaced && seen.refersTo === index) return seen.sourceId === (previous.sourceId ?? null) ? result("correct") : result("wrong", "source differs from the previous note's");
        if (seen.refersTo !== note.refersTo) return result("wrong", `refers to note ${seen.refersTo}, not ${note.refersTo}`);
        const target = observed[note.refersTo - 1];
        if ((target?.sourceId ?? null) !== seen.sourceId) return result("wrong", `source ${seen.sourceId}, not the repeated note's ${target?.sourceId ?? null}`);
        if (pagesDiffer(note.pages)) return result("wrong", `pages: ${JSON.stringify(seen.pages)} ≠ ${JSON.stringify(note.pages)}`);
        return result("correct");
      }
    }
  });
}

export interface Tally {
  notes: number;
  correct: number;
  wrong: number;
  missed: number;
}

export const precision = (t: Tally) => (t.correct + t.wrong === 0 ? 1 : t.correct / (t.correct + t.wrong));
export const recall = (t: Tally) => (t.notes === 0 ? 1 : t.correct / t.notes);

export function tally(results: NoteResult[], by: (result: NoteResult) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const result of results) {
    const key = by(result);
    const t = out.get(key) ?? { notes: 0, correct: 0, wrong: 0, missed: 0 };
    t.notes += 1;
    t[result.outcome] += 1;
    out.set(key, t);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One work, one Source: each work's full citations, in every style and
 * printing, should share one Source, and no Source may hold two works. Returns
 * the works split over several sources and the sources shared by several works.
 */
export function identity(essays: CorpusEssay[], observed: Map<string, Observed[]>): { split: string[]; conflated: string[] } {
  const sourcesOfWork = new Map<string, Set<string>>();
  const worksOfSource = new Map<string, Set<string>>();
  for (const essay of essays) {
    const seen = observed.get(essay.id) ?? [];
    essay.notes.forEach((note, index) => {
      const id = seen[index]?.sourceId;
      if (note.form !== "full" || !id) return;
      sourcesOfWork.set(note.work, (sourcesOfWork.get(note.work) ?? new Set()).add(id));
      worksOfSource.set(id, (worksOfSource.get(id) ?? new Set()).add(note.work));
    });
  }
  return {
    split: [...sourcesOfWork].filter(([, ids]) => ids.size > 1).map(([work, ids]) => `${work}: ${ids.size} sources`),
    conflated: [...worksOfSource].filter(([, works]) => works.size > 1).map(([id, works]) => `source ${id}: ${[...works].join(", ")}`),
  };
}

/** A table for the console and for docs/citations.md. */
export function table(title: string, tallies: Map<string, Tally>): string {
  const rows = [...tallies].map(([key, t]) => `| ${key} | ${t.notes} | ${t.correct} | ${t.wrong} | ${t.missed} | ${(precision(t) * 100).toFixed(1)}% | ${(recall(t) * 100).toFixed(1)}% |`);
  return [`| ${title} | notes | correct | wrong | missed | precision | recall |`, "|---|---:|---:|---:|---:|---:|---:|", ...rows].join("\n");
}
