import type { AuthorRole } from "./names.js";

export type SourceKindName = "BOOK" | "ARTICLE" | "CHAPTER" | "WEB_PAGE";

/** The styles notes are written in, as the parser tells them apart. */
export type CitationStyle = "CHICAGO" | "AUTHOR_DATE" | "MLA" | "CHINESE";

export interface ParsedSource {
  kind: SourceKindName;
  /** The note's leading names, as printed, in natural order ("Elinor Ostrom"; "费孝通"). */
  authors: string[];
  /** Whether those leading names are the work's authors or its editors. */
  authorRole: AuthorRole;
  /** Editors named besides the authors ("ed. Jacques Delga"), or the editors of the volume holding a chapter. */
  editors: string[];
  translators: string[];
  title: string;
  /** Journal, magazine, website, or the edited volume holding a chapter. */
  container: string | null;
  volume: string | null;
  issue: string | null;
  /** "2nd", "rev.", "5th": a different edition is a different work. */
  edition: string | null;
  publisher: string | null;
  place: string | null;
  year: number | null;
  url: string | null;
}

export type ParsedNote =
  | { kind: "full"; source: ParsedSource; pages: string | null; style: CitationStyle; confidence: number }
  | { kind: "ibid"; pages: string | null }
  /**
   * A short form: `byline` as written ("Ostrom", "Hess and Ostrom"), a short
   * title (empty when the note gives none), and for author–date notes the year.
   */
  | {
      kind: "short";
      surname: string;
      shortTitle: string;
      year: number | null;
      pages: string | null;
      /** Other ways to read the same note, when names and a plain title run together ("Ильяхов and Сарычева, Пиши, сокращай 2025"): tried in turn against the earlier notes. */
      alternatives: ShortReading[];
    }
  /** Not a citation the parser could read. `review` says why it looked like one, when it did: such notes are flagged for an editor. */
  | { kind: "unparsed"; review: string | null };

/** Another reading of a short form: other names and title, or the number read as a page rather than a year ("(Dietz et al. 1910)"). */
export interface ShortReading {
  surname: string;
  shortTitle: string;
  year?: number | null;
  pages?: string | null;
}

/** A full citation read by one of the style readers, before the best is chosen. */
export interface Candidate {
  source: ParsedSource;
  pages: string | null;
  style: CitationStyle;
  /** 0 to 1: how surely the note says what was read. Below CONFIDENT, nothing is stored. */
  confidence: number;
}

/** Notes read with less confidence are kept as plain notes, flagged for review. */
export const CONFIDENT = 0.7;

export function emptySource(kind: SourceKindName): ParsedSource {
  return {
    kind,
    authors: [],
    authorRole: "AUTHOR",
    editors: [],
    translators: [],
    title: "",
    container: null,
    volume: null,
    issue: null,
    edition: null,
    publisher: null,
    place: null,
    year: null,
    url: null,
  };
}
