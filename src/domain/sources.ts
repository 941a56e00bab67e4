import { SOURCE_FIELDS, type SourceField } from "../content/footnotes.js";
import { refreshSources } from "./footnotes.js";
import type { PrismaClient } from "../db/client.js";
import type { Source, SourceKind } from "../generated/prisma/client.js";
import { NotFoundError } from "./errors.js";
import { reparseNotes } from "./reparse.js";
import { InputChecks } from "./validation.js";

// Shared sources as readers see them. A source's fields are computed from the
// published notes that cite it (content/footnotes.ts, refreshSources); an
// editor can correct any field, and a correction wins over every note, until
// it is reverted.

export const SOURCE_LIMITS = { title: 500, name: 200, names: 50, text: 300, number: 50 };

export interface CorrectSourceInput {
  sourceId: number;
  kind?: SourceKind | null;
  authors?: string[] | null;
  title?: string | null;
  container?: string | null;
  volume?: string | null;
  issue?: string | null;
  publisher?: string | null;
  place?: string | null;
  year?: number | null;
  url?: string | null;
  authorRole?: "AUTHOR" | "EDITOR" | null;
  editors?: string[] | null;
  translators?: string[] | null;
  edition?: string | null;
  /** Fields whose corrections are dropped, so that the notes decide them again. */
  revert?: SourceField[] | null;
  /** The editor making the correction, recorded with the time. */
  editorId?: number | null;
}

/**
 * Set an editor's corrections on a source. A field given a value is corrected
 * to it; a field given null is corrected to "none" (a wrong url removed, say);
 * an absent field keeps its correction or its lack of one; `revert` drops
 * corrections. Editors only (the schema says so).
 */
export async function correctSource(db: PrismaClient, input: CorrectSourceInput): Promise<Source> {
  const checks = new InputChecks();
  const given: Partial<Record<SourceField, unknown>> = {};
  if (input.kind !== undefined) {
    if (input.kind === null) checks.add(["kind"], "cannot be none: a source is a book, an article, a chapter or a web page");
    else given.kind = input.kind;
  }
  if (input.title !== undefined) {
    if (input.title === null) checks.add(["title"], "cannot be none");
    else given.title = checks.text(["title"], input.title, { required: true, max: SOURCE_LIMITS.title });
  }
  for (const field of ["authors", "editors", "translators"] as const) {
    if (input[field] === undefined) continue;
    const names = input[field] ?? [];
    if (names.length > SOURCE_LIMITS.names) checks.add([field], `may list at most ${SOURCE_LIMITS.names} names`);
    given[field] = names.map((name, i) => checks.text([field, String(i)], name, { required: true, max: SOURCE_LIMITS.name }));
  }
  if (input.authorRole !== undefined) {
    if (input.authorRole === null) checks.add(["authorRole"], "cannot be none: the leading names are authors or editors");
    else given.authorRole = input.authorRole;
  }
  if (input.edition !== undefined) given.edition = input.edition === null ? null : checks.text(["edition"], input.edition, { required: true, max: SOURCE_LIMITS.number });
  for (const field of ["container", "publisher", "place"] as const) {
    if (input[field] !== undefined) given[field] = input[field] === null ? null : checks.text([field], input[field], { required: true, max: SOURCE_LIMITS.text });
  }
  for (const field of ["volume", "issue"] as const) {
    if (input[field] !== undefined) given[field] = input[field] === null ? null : checks.text([field], input[field], { required: true, max: SOURCE_LIMITS.number });
  }
  if (input.year !== undefined) {
    if (input.year !== null && (!Number.isInteger(input.year) || input.year < 1 || input.year > 9999)) checks.add(["year"], "must be a year from 1 to 9999");
    given.year = input.year;
  }
  if (input.url !== undefined) {
    if (input.url !== null) {
      const url = checks.text(["url"], input.url, { required: true, max: 2_000 });
      let protocol = "";
      try {
        protocol = new URL(url ?? "").protocol;
      } catch {
        // Reported below.
      }
      if (url && protocol !== "http:" && protocol !== "https:") checks.add(["url"], "must be an http or https URL");
      given.url = url;
    } else given.url = null;
  }
  const revert = [...new Set(input.revert ?? [])];
  for (const field of revert) if (field in given) checks.add(["revert"], `cannot both correct and revert ${field}`);
  checks.throwIfAny();

  return db.$transaction(async (tx) => {
    const source = await tx.source.findFirst({ where: { id: input.sourceId } });
    if (!source) throw new NotFoundError("No such source.");
    const corrections = { ...(JSON.parse(source.corrections) as Record<string, unknown>), ...given };
    for (const field of revert) delete corrections[field];
    const kept = Object.fromEntries(SOURCE_FIELDS.filter((field) => field in corrections).map((field) => [field, corrections[field]]));
    await tx.source.update({
      where: { id: source.id },
      data: { corrections: JSON.stringify(kept), ...(input.editorId ? { correctedById: input.editorId, correctedAt: new Date() } : {}) },
    });
    await refreshSources(tx, [source.id]);
    return tx.source.findFirstOrThrow({ where: { id: source.id } });
  });
}

/** The fields an editor has corrected, in the order of SOURCE_FIELDS. */
export function correctedFields(source: Pick<Source, "corrections">): SourceField[] {
  const corrections = JSON.parse(source.corrections) as Record<string, unknown>;
  return SOURCE_FIELDS.filter((field) => field in corrections);
}

/**
 * Notes an older parser read, or saved before each note kept its citation,
 * are read again with today's parser (see reparseNotes), one post per
 * transaction. The server runs it in the background once it listens; it finds
 * nothing to do once it has run. Returns how many posts it read.
 */
export async function backfillCitations(db: PrismaClient): Promise<number> {
  return (await reparseNotes(db)).read;
}
