import { createHash } from "node:crypto";
import { forbiddenCharacter } from "../content/characters.js";
import { analyzePostBody, markdownProblem } from "../content/rendering.js";
import type { ResolvedFootnote } from "../content/footnotes.js";
import { ValidationError, type FieldProblem } from "./errors.js";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What passes for a commenter's email address, through the API and in imports
 * alike: something, an @, and a host with a dot, with no spaces. Loose on
 * purpose: the address is only kept for the moderators, never mailed or shown.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_SLUG_LENGTH = 100;

// Letters that Unicode does not decompose into a base letter and an accent.
const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** A URL-safe slug from a title: lower case, ASCII letters and digits, single hyphens. */

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
}

/**
 * A slug for a new object: from its title, or, when the title has no Latin
 * letters or digits to spell one with (a title in Japanese, say), a short
 * digest of the title under the given prefix. Either way the same title gives
 * the same slug, so re-importing finds the same post. The caller still checks
 * that it is free.
 */
export function slugForTitle(title: string, prefix: string): string {
  return slugify(title) || `${prefix}-${createHash("sha256").update(title.trim()).digest("hex").slice(0, 8)}`;
}

/** Collects every problem of an input, so the client learns them all at once. */
export class InputChecks {
  private readonly problems: FieldProblem[] = [];

  add(path: string[], message: string): void {
    this.problems.push({ path, message });
  }

  /** Whether a problem was already found with the field at `path`. */
  refused(path: string[]): boolean {
    return this.problems.some((p) => p.path.join(".") === path.join("."));
  }

  /** Trimmed text within length bounds; undefined when absent and optional. Given text must be non-empty unless `min: 0`. */
  text(path: string[], value: string | null | undefined, bounds: { min?: number; max: number; required?: boolean }) {
    if (value === null || value === undefined) {
      if (bounds.required) this.add(path, "is required");
      return undefined;
    }
    const trimmed = value.trim();
    // A text that is given must say something, unless the field allows empty (to clear it).
    const min = bounds.min ?? 1;
    // Control characters are never prose; XML feeds cannot carry them, and PostgreSQL refuses U+0000.
    // Checked as sent, not trimmed: some callers store the text as it was written.
    const forbidden = forbiddenCharacter(value);
    if (forbidden) {
      const name = forbidden.codePoint === "U+0000" ? "the NUL character (U+0000)" : `the character ${forbidden.codePoint}`;
      this.add(path, `must not contain ${name}, found at position ${forbidden.index + 1}`);
    } else if (trimmed.length < min) this.add(path, min === 1 ? "must not be empty" : `must be at least ${min} characters`);
    else if (trimmed.length > bounds.max) this.add(path, `must be at most ${bounds.max} characters`);
    return trimmed;
  }

  /**
   * Markdown text: as `text`, and within what the renderer can take (see
   * checkMarkdown). Text refused by `text` (too long, say) is never parsed.
   */
  async markdown(path: string[], value: string | null | undefined, bounds: { min?: number; max: number; required?: boolean }) {
    const before = this.problems.length;
    const text = this.text(path, value, bounds);
    if (text && this.problems.length === before) {
      const problem = await markdownProblem(text);
      if (problem) this.add(path, problem);
    }
    return text;
  }

  /**
   * A post body: as `markdown`, and its notes, resolved to what they cite, for
   * the write to store. Null when the body is absent or refused.
   */
  async postBody(path: string[], value: string | null | undefined, bounds: { max: number; maxNotes: number; required?: boolean }) {
    const before = this.problems.length;
    const text = this.text(path, value, bounds);
    if (!text || this.problems.length !== before) return null;
    const analysis = await analyzePostBody(text);
    if (analysis.problem) this.add(path, analysis.problem);
    else if (analysis.notes.length > bounds.maxNotes) {
      this.add(path, `has ${analysis.notes.length} footnotes; a post may have at most ${bounds.maxNotes}`);
    } else return analysis.notes;
    return null;
  }

  slug(path: string[], value: string | null | undefined): string | undefined {
    if (value === null || value === undefined) return undefined;
    if (value.length > MAX_SLUG_LENGTH) this.add(path, `must be at most ${MAX_SLUG_LENGTH} characters`);
    else if (!SLUG_PATTERN.test(value)) this.add(path, "must be lower-case letters and digits separated by single hyphens");
    return value;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new ValidationError(this.problems);
  }
}

export type { ResolvedFootnote };

/** A slug another object already has: a validation problem on the input's `slug`, never a database error. */

export function slugTaken(slug: string): never {
  throw new ValidationError([{ path: ["slug"], message: `"${slug}" is already taken` }]);
}
