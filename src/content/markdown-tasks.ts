import { formatBibliography, toBibtex, toRis, type BibliographyStyle, type CslItem } from "./csl.js";
import { resolveFootnotes, type ResolvedFootnote } from "./footnotes.js";
import { checkMarkdown, renderHtml, renderText } from "./markdown.js";

// The work that parsing Markdown takes, as tasks that run the same on a
// worker thread (markdown-worker.mjs) or inline (src/content/rendering.ts
// decides which). Tasks and results are plain data, so they cross threads as
// they are.

export type MarkdownTask =
  | { kind: "html"; source: string; idPrefix: string }
  | { kind: "text"; source: string }
  /** Whether the text may be stored: a comment, a bio, a prompt. */
  | { kind: "check"; source: string }
  /** A post body: the check, and the notes with what they cite, from one parse. */
  | { kind: "post"; source: string }
  /** CSL-JSON items as formatted references, BibTeX or RIS: citeproc-js takes milliseconds an item, so this runs on a worker. */
  | CitationTask;

export type CitationTask =
  | { kind: "bibliography"; items: CslItem[]; style: BibliographyStyle; format: "text" | "html" }
  | { kind: "bibtex" | "ris"; items: CslItem[] };

export interface MarkdownCheck {
  problem: string | null;
}

export interface PostAnalysis extends MarkdownCheck {
  /** Empty when the body is refused. */
  notes: ResolvedFootnote[];
}

export type MarkdownTaskResult<T extends MarkdownTask> = T extends { kind: "html" | "text" | "bibtex" | "ris" }
  ? string
  : T extends { kind: "bibliography" }
    ? string[]
    : T extends { kind: "check" }
      ? MarkdownCheck
      : PostAnalysis;

export function runMarkdownTask<T extends MarkdownTask>(task: T): MarkdownTaskResult<T>;
export function runMarkdownTask(task: MarkdownTask): string | string[] | MarkdownCheck | PostAnalysis {
  switch (task.kind) {
    case "bibliography":
      return formatBibliography(task.items, task.style, task.format);
    case "bibtex":
      return toBibtex(task.items);
    case "ris":
      return toRis(task.items);
    case "html":
      return renderHtml(task.source, task.idPrefix);
    case "text":
      return renderText(task.source);
    case "check":
      return { problem: checkMarkdown(task.source).problem };
    case "post": {
      const { problem, tree } = checkMarkdown(task.source);
      return { problem, notes: problem || !tree ? [] : resolveFootnotes(task.source, tree) };
    }
  }
}
