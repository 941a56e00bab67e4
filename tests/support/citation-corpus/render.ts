import { emptySource, type ParsedSource, type SourceKindName } from "../../../src/content/citations/types.js";
import { CHINESE_WORKS, WORKS, type ChineseWork, type Day, type Person, type Work } from "./works.js";

// Every work of works.ts printed as essayists print it, in each style and in
// the shapes copy and paste leaves behind, with what the parser should read
// back: the corpus of tests/fixtures/citations/. Each printing is an "essay"
// of a few notes: the full citation, then its repeats (a short form and
// "Ibid." in their spellings), so that repeats are measured with it.

export type Style = "CHICAGO" | "AUTHOR_DATE" | "MLA" | "CHINESE";
export type Kind = SourceKindName;

/** What a note says of its work, field by field, as printed in that note (a style's casing and abbreviations included): the parser's fields. */
export type ExpectedSource = ParsedSource;

export type CorpusNote =
  /** A full citation: it gives a Source with exactly these fields. */
  | { form: "full"; text: string; style: Style; work: string; pages: string | null; expected: ExpectedSource }
  /** A repeat ("Ibid.", a short form) of note `refersTo` of the same essay, and so of its work, if it has one. */
  | { form: "ibid" | "short"; text: string; work: string | null; pages: string | null; refersTo: number }
  /** Commentary, or a citation of something that is no Source (an interview, a conversation): no Source at all. */
  | { form: "plain"; text: string };

export interface CorpusEssay {
  /** "ostrom-commons/chicago-plain": the work and the way it is printed. */
  id: string;
  notes: CorpusNote[];
}

// ---------------------------------------------------------------------------
// Names

const natural = (person: Person): string => ("org" in person ? person.org : person.familyFirst ? `${person.family} ${person.given}` : `${person.given} ${person.family}`);

/** "James C." as "J. C." (APA) or "J.C." (Harvard). */
function initials(given: string, spaced: boolean): string {
  return given
    .split(/\s+/)
    .map((word) => (/^\p{Lu}\.$/u.test(word) ? word : `${word[0]}.`))
    .join(spaced ? " " : "");
}

const family = (person: Person): string => ("org" in person ? person.org : person.family);
const inverted = (person: Person, spaced: boolean): string => ("org" in person ? person.org : `${person.family}, ${initials(person.given, spaced)}`);
const initialled = (person: Person, spaced: boolean): string => ("org" in person ? person.org : `${initials(person.given, spaced)} ${person.family}`);

/** "A", "A and B", "A, B, and C". */
function series(names: string[], and = "and", serialComma = true): string {
  if (names.length <= 1) return names.join("");
  if (names.length === 2) return `${names[0]} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(", ")}${serialComma ? "," : ""} ${and} ${names.at(-1)}`;
}

/** Chicago notes name up to three; four or more are "First et al.". */
function chicagoNames(people: Person[]): { printed: string; expected: string[] } {
  if (people.length >= 4) return { printed: `${natural(people[0]!)} et al.`, expected: [natural(people[0]!)] };
  return { printed: series(people.map(natural)), expected: people.map(natural) };
}

function chicagoSurnames(people: Person[]): string {
  return people.length >= 4 ? `${family(people[0]!)} et al.` : series(people.map((person) => ("familyFirst" in person && person.familyFirst ? person.family : family(person))));
}

// ---------------------------------------------------------------------------
// Dates, titles, pages

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const usDate = (d: Day) => (d.day ? `${MONTHS[d.month - 1]} ${d.day}, ${d.year}` : `${MONTHS[d.month - 1]} ${d.year}`);
const mlaDate = (d: Day) => (d.day ? `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}` : `${MLA_MONTHS[d.month - 1]} ${d.year}`);
const ukDate = (d: Day) => `${d.day ?? 1} ${MONTHS[d.month - 1]} ${d.year}`;

const full = (title: string, subtitle?: string) => (subtitle ? `${title}: ${subtitle}` : title);
/** Harvard keeps the subtitle in lower case after its colon. */
const harvardFull = (title: string, subtitle?: string) => (subtitle ? `${title}: ${subtitle[0]!.toLowerCase()}${subtitle.slice(1)}` : title);

/** MLA's page ranges: "1243–48", "369–446". */
function mlaRange(range: string): string {
  const [from, to] = range.split("–") as [string, string];
  if (from.length !== to.length || from.length < 3) return range;
  let same = 0;
  while (same < from.length - 2 && from[same] === to[same]) same++;
  return `${from}–${to.slice(same)}`;
}

/** The pages a title's own "?" or "!" ends: no comma is set after it. */
const endsInMark = (text: string) => /[?!]$/.test(text);

interface Printing {
  italic: boolean;
  curly: boolean;
}

const open = (p: Printing) => (p.curly ? "“" : '"');
const close = (p: Printing) => (p.curly ? "”" : '"');
const it = (p: Printing, text: string) => (p.italic ? `*${text}*` : text);
/** An apostrophe or inner quotation in the printing's quotes. */
const marks = (p: Printing, text: string) => (p.curly ? text.replace(/'(\p{L})/gu, "‘$1").replace(/'/g, "’") : text);

function expectedFor(work: Work, fields: Partial<ExpectedSource>): ExpectedSource {
  return { ...emptySource(work.kind), authorRole: work.role ?? "AUTHOR", ...fields };
}

// ---------------------------------------------------------------------------
// Chicago notes

function chicagoEdition(edition: string): string {
  return edition === "rev." ? "rev. ed." : `${edition} ed.`;
}

function chicagoFull(work: Work, p: Printing): { text: string; expected: ExpectedSource; pages: string | null } {
  const byline = chicagoNames(work.authors);
  const role = work.role === "EDITOR" ? (work.authors.length > 1 ? ", eds." : ", ed.") : "";
  const lead = work.authors.length ? `${byline.printed}${role}, ` : "";
  const title = marks(p, full(work.title, work.subtitle));
  const translators = (work.translators ?? []).map(natural);
  const facts = `(${work.place ? `${work.place}: ` : ""}${work.publisher}, ${work.year})`;
  const base = { authors: byline.expected, title: marks({ curly: true, italic: false }, full(work.title, work.subtitle)), year: work.year ?? null };
  const editorsOfWork = work.role === "EDITOR" ? byline.expected : [];
  switch (work.kind) {
    case "BOOK": {
      const details = [
        work.volume ? `vol. ${work.volume}` : null,
        translators.length ? `trans. ${series(translators)}` : null,
        work.edition ? chicagoEdition(work.edition) : null,
      ].filter(Boolean);
      const text = `${lead}${it(p, title)}${details.length ? `, ${details.join(", ")}` : ""} ${facts}, ${work.cited}.`;
      return {
        text,
        pages: work.cited,
        expected: expectedFor(work, {
          ...base,
          editors: editorsOfWork,
          translators,
          volume: work.volume ?? null,
          edition: work.edition ? chicagoEdition(work.edition) : null,
          publisher: work.publisher!,
          place: work.place ?? null,
        }),
      };
    }
    case "ARTICLE": {
      const quoted = `${open(p)}${title}${endsInMark(title) ? "" : ","}${close(p)}`;
      if (work.date && work.url) {
        return {
          text: `${lead}${quoted} ${it(p, work.container!)}, ${usDate(work.date)}, ${work.url}.`,
          pages: null,
          expected: expectedFor(work, { ...base, container: work.container!, url: work.url }),
        };
      }
      if (work.date) {
        return {
          text: `${lead}${quoted} ${it(p, work.container!)}, ${usDate(work.date)}, ${work.cited}.`,
          pages: work.cited,
          expected: expectedFor(work, { ...base, container: work.container! }),
        };
      }
      return {
        text: `${lead}${quoted} ${it(p, work.container!)} ${work.volume}, no. ${work.issue} (${work.year}): ${work.cited}.`,
        pages: work.cited,
        expected: expectedFor(work, { ...base, container: work.container!, volume: work.volume!, issue: work.issue! }),
      };
    }
    case "CHAPTER": {
      const editors = work.containerEditors ? chicagoNames(work.containerEditors) : null;
      const details = [editors ? `ed. ${editors.printed}` : null, translators.length ? `trans. ${series(translators)}` : null].filter(Boolean);
      const container = full(work.container!, work.containerSubtitle);
      const text = `${lead}${open(p)}${title},${close(p)} in ${it(p, container)}${details.length ? `, ${details.join(", ")}` : ""} ${facts}, ${work.cited}.`;
      return {
        text,
        pages: work.cited,
        expected: expectedFor(work, {
          ...base,
          container,
          editors: editors?.expected ?? [],
          translators,
          publisher: work.publisher!,
          place: work.place ?? null,
        }),
      };
    }
    case "WEB_PAGE": {
      const site = work.container ? `${work.container}, ` : "";
      const when = work.date ? usDate(work.date) : `accessed ${usDate(work.accessed!)}`;
      return {
        text: `${lead}${open(p)}${title},${close(p)} ${site}${when}, ${work.url}.`,
        pages: null,
        expected: expectedFor(work, {
          ...base,
          // Chicago leaves out the site when the organization that wrote the page runs it: then the note names none.
          container: work.container ?? null,
          year: work.date ? work.date.year : null,
          url: work.url!,
        }),
      };
    }
  }
}

function chicagoShort(work: Work, p: Printing): string {
  const short = marks(p, work.short);
  if (work.kind === "WEB_PAGE" || !work.again) {
    const quoted = `${open(p)}${short}.${close(p)}`;
    return work.authors.length ? `${chicagoSurnames(work.authors)}, ${quoted}` : quoted;
  }
  const title = work.kind === "BOOK" ? it(p, short) : `${open(p)}${short}${endsInMark(short) ? "" : ","}${close(p)}`;
  const comma = work.kind === "BOOK" && !endsInMark(short) ? "," : "";
  return `${chicagoSurnames(work.authors)}, ${title}${comma} ${work.again}.`;
}

// ---------------------------------------------------------------------------
// APA 7 and Harvard

function apaNames(people: Person[]): { printed: string; expected: string[] } {
  const names = people.map((person) => inverted(person, true));
  const printed = names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]}, & ${names[1]}` : `${names.slice(0, -1).join(", ")}, & ${names.at(-1)}`;
  return { printed, expected: people.map((person) => initialled(person, true)) };
}

function apaEditors(people: Person[]): { printed: string; expected: string[] } {
  const names = people.map((person) => initialled(person, true));
  return { printed: names.length <= 2 ? names.join(" & ") : `${names.slice(0, -1).join(", ")}, & ${names.at(-1)}`, expected: names };
}

const apaEdition = (edition: string) => (edition === "rev." ? "Rev. ed." : `${edition} ed.`);

function apaFull(work: Work, p: Printing): { text: string; expected: ExpectedSource; pages: string | null } | null {
  const t = (text: string) => marks(p, text);
  const byline = apaNames(work.authors);
  const role = work.role === "EDITOR" ? (work.authors.length > 1 ? " (Eds.)." : " (Ed.).") : "";
  const date = work.date ? `${work.date.year}, ${MONTHS[work.date.month - 1]}${work.date.day ? ` ${work.date.day}` : ""}` : work.year ? String(work.year) : "n.d.";
  const title = t(full(work.sentenceTitle, work.sentenceSubtitle));
  const stop = endsInMark(title) ? "" : ".";
  const translators = (work.translators ?? []).map((person) => initialled(person, true));
  const base = { authors: byline.expected, title: marks({ curly: true, italic: false }, full(work.sentenceTitle, work.sentenceSubtitle)), year: work.year ?? null };
  // An organization's name takes a period before the date: "World Health Organization. (2015)."
  const orgLast = work.authors.length > 0 && "org" in work.authors.at(-1)! && !role;
  const lead = work.authors.length ? `${byline.printed}${orgLast ? "." : ""}${role} (${date}).` : null;
  switch (work.kind) {
    case "BOOK": {
      const notes = [
        work.edition ? apaEdition(work.edition) : null,
        work.volume ? `Vol. ${work.volume}` : null,
      ].filter(Boolean);
      const parts = [notes.length ? notes.join(", ") : null, translators.length ? `${series(translators, "&", false)}, Trans.` : null].filter(Boolean);
      const paren = parts.length ? ` (${parts.join("; ")})` : "";
      return {
        text: `${lead} ${it(p, title)}${paren}. ${work.publisher}.`,
        pages: null,
        expected: expectedFor(work, {
          ...base,
          editors: work.role === "EDITOR" ? byline.expected : [],
          translators,
          edition: work.edition ? chicagoEdition(work.edition) : null,
          volume: work.volume ?? null,
          publisher: work.publisher!,
        }),
      };
    }
    case "ARTICLE": {
      if (work.date && work.url) {
        return {
          text: `${lead} ${title}${stop} ${it(p, work.container!)}. ${work.url}`,
          pages: null,
          expected: expectedFor(work, { ...base, container: work.container!, url: work.url }),
        };
      }
      if (work.date) {
        return {
          text: `${lead} ${title}${stop} ${it(p, work.container!)}, ${work.range}.`,
          pages: work.range!,
          expected: expectedFor(work, { ...base, container: work.container! }),
        };
      }
      const journal = p.italic ? `*${work.container}, ${work.volume}*(${work.issue})` : `${work.container}, ${work.volume}(${work.issue})`;
      return {
        text: `${lead} ${title}${stop} ${journal}, ${work.range}.`,
        pages: work.range!,
        expected: expectedFor(work, { ...base, container: work.container!, volume: work.volume!, issue: work.issue! }),
      };
    }
    case "CHAPTER": {
      const editors = work.containerEditors ? apaEditors(work.containerEditors) : null;
      const trans = translators.length ? ` (${series(translators, "&", false)}, Trans.)` : "";
      const container = t(full(work.containerSentence!, work.containerSentenceSubtitle));
      const inPart = editors ? `In ${editors.printed} (${work.containerEditors!.length > 1 ? "Eds." : "Ed."}), ${it(p, container)}` : `In ${it(p, container)}`;
      return {
        text: `${lead} ${title}${trans}${stop} ${inPart} (pp. ${work.range}). ${work.publisher}.`,
        pages: work.range!,
        expected: expectedFor(work, { ...base, container: marks({ curly: true, italic: false }, container), editors: editors?.expected ?? [], translators, publisher: work.publisher! }),
      };
    }
    case "WEB_PAGE": {
      const site = work.container ? ` ${work.container}.` : "";
      const retrieved = work.date ? "" : ` Retrieved ${usDate(work.accessed!)}, from`;
      const expected = expectedFor(work, { ...base, container: work.container ?? null, year: work.date ? work.date.year : null, url: work.url! });
      // No author: the title moves into the author's place.
      if (!lead) return { text: `${it(p, title)}. (${date}).${site}${retrieved} ${work.url}`, pages: null, expected };
      return { text: `${lead} ${it(p, title)}.${site}${retrieved} ${work.url}`, pages: null, expected };
    }
  }
}

function apaShort(work: Work, narrative: boolean): string | null {
  if (!work.year) return null;
  const names = work.authors.map(family);
  const who = names.length >= 3 ? `${names[0]} et al.` : series(names, narrative ? "and" : "&");
  const page = work.kind === "WEB_PAGE" || !work.again ? "" : `, p. ${work.again}`;
  return narrative ? `${who} (${work.year}${page})` : `(${who}, ${work.year}${page})`;
}

function harvardNames(people: Person[]): { printed: string; expected: string[] } {
  if (people.length >= 4) return { printed: `${inverted(people[0]!, false)} et al.`, expected: [initialled(people[0]!, false)] };
  return { printed: series(people.map((person) => inverted(person, false)), "and", false), expected: people.map((person) => initialled(person, false)) };
}

function harvardFullNote(work: Work, p: Printing): { text: string; expected: ExpectedSource; pages: string | null } | null {
  if (!work.authors.length) return null;
  const byline = harvardNames(work.authors);
  const role = work.role === "EDITOR" ? (work.authors.length > 1 ? " (eds)" : " (ed.)") : "";
  const year = work.year ? String(work.year) : "no date";
  const title = marks(p, harvardFull(work.sentenceTitle, work.sentenceSubtitle));
  const translators = (work.translators ?? []).map((person) => initialled(person, false));
  const base = { authors: byline.expected, title: marks({ curly: true, italic: false }, harvardFull(work.sentenceTitle, work.sentenceSubtitle)), year: work.year ?? null };
  const lead = `${byline.printed}${role} (${year})`;
  const q = (text: string) => (p.curly ? `‘${text}’` : `'${text}'`);
  switch (work.kind) {
    case "BOOK": {
      const extra = [
        work.edition ? (work.edition === "rev." ? "Rev. edn." : `${work.edition} edn.`) : null,
        work.volume ? `Vol. ${work.volume}.` : null,
        translators.length ? `Translated by ${series(translators, "and", false)}.` : null,
      ].filter(Boolean);
      return {
        text: `${lead} ${it(p, title)}. ${extra.length ? `${extra.join(" ")} ` : ""}${work.place}: ${work.publisher}.`,
        pages: null,
        expected: expectedFor(work, {
          ...base,
          editors: work.role === "EDITOR" ? byline.expected : [],
          translators,
          edition: work.edition ? chicagoEdition(work.edition) : null,
          volume: work.volume ?? null,
          publisher: work.publisher!,
          place: work.place ?? null,
        }),
      };
    }
    case "ARTICLE": {
      const where = work.date ? `${work.date.day} ${MONTHS[work.date.month - 1]}` : `${work.volume}(${work.issue})`;
      if (work.url) {
        return {
          text: `${lead} ${q(title)}, ${it(p, work.container!)}, ${where}. Available at: ${work.url} (Accessed: 2 March 2026).`,
          pages: null,
          expected: expectedFor(work, { ...base, container: work.container!, url: work.url }),
        };
      }
      return {
        text: `${lead} ${q(title)}, ${it(p, work.container!)}, ${where}, pp. ${work.range}.`,
        pages: work.range!,
        expected: expectedFor(work, { ...base, container: work.container!, volume: work.volume ?? null, issue: work.issue ?? null }),
      };
    }
    case "CHAPTER": {
      const editors = work.containerEditors ? harvardNames(work.containerEditors) : null;
      const container = marks(p, harvardFull(work.containerSentence!, work.containerSentenceSubtitle));
      const inPart = editors ? `in ${editors.printed} (${work.containerEditors!.length > 1 ? "eds" : "ed."}) ${it(p, container)}.` : `in ${it(p, container)}.`;
      const trans = translators.length ? ` Translated by ${series(translators, "and", false)}.` : "";
      return {
        text: `${lead} ${q(title)}, ${inPart}${trans} ${work.place}: ${work.publisher}, pp. ${work.range}.`,
        pages: work.range!,
        expected: expectedFor(work, {
          ...base,
          container: marks({ curly: true, italic: false }, container),
          editors: editors?.expected ?? [],
          translators,
          publisher: work.publisher!,
          place: work.place ?? null,
        }),
      };
    }
    case "WEB_PAGE": {
      const accessed = work.accessed ?? { year: 2026, month: 3, day: 2 };
      return {
        text: `${lead} ${it(p, title)}. Available at: ${work.url} (Accessed: ${ukDate(accessed)}).`,
        pages: null,
        expected: expectedFor(work, { ...base, year: work.date ? work.date.year : null, url: work.url! }),
      };
    }
  }
}

function harvardShort(work: Work): string | null {
  if (!work.year || !work.authors.length) return null;
  const names = work.authors.map(family);
  const who = names.length >= 4 ? `${names[0]} et al.` : series(names, "and", false);
  return work.kind === "WEB_PAGE" || !work.again ? `(${who} ${work.year})` : `(${who} ${work.year}, p. ${work.again})`;
}

// ---------------------------------------------------------------------------
// MLA 9

function mlaNames(people: Person[]): { printed: string; expected: string[] } {
  const first = people[0]!;
  const head = "org" in first ? first.org : `${first.family}, ${first.given}`;
  const headExpected = "org" in first ? first.org : `${first.given} ${first.family}`;
  if (people.length === 1) return { printed: head, expected: [headExpected] };
  if (people.length === 2) return { printed: `${head}, and ${natural(people[1]!)}`, expected: [headExpected, natural(people[1]!)] };
  return { printed: `${head}, et al.`, expected: [headExpected] };
}

function mlaEditors(people: Person[]): { printed: string; expected: string[] } {
  if (people.length >= 3) return { printed: `${natural(people[0]!)} et al.`, expected: [natural(people[0]!)] };
  return { printed: series(people.map(natural)), expected: people.map(natural) };
}

const mlaEdition = (edition: string) => (edition === "rev." ? "Revised ed." : `${edition} ed.`);

function mlaFull(work: Work, p: Printing): { text: string; expected: ExpectedSource; pages: string | null } {
  const title = marks(p, full(work.title, work.subtitle));
  const plainTitle = marks({ curly: true, italic: false }, full(work.title, work.subtitle));
  // An organization that is both author and publisher is not named as the author.
  const orgIsSite = work.kind === "WEB_PAGE" && work.authors.length === 1 && "org" in work.authors[0]!;
  const authors = orgIsSite ? [] : work.authors;
  const byline = authors.length ? mlaNames(authors) : null;
  const role = work.role === "EDITOR" ? (work.authors.length > 1 ? ", editors" : ", editor") : "";
  const lead = byline ? `${byline.printed}${role}. ` : "";
  const translators = (work.translators ?? []).map(natural);
  const trans = translators.length ? `Translated by ${series(translators)}, ` : "";
  const base = { authors: byline?.expected ?? [], title: plainTitle, year: work.year ?? null };
  const quoted = `${open(p)}${title}${endsInMark(title) ? "" : "."}${close(p)}`;
  switch (work.kind) {
    case "BOOK": {
      const elements = [work.edition ? mlaEdition(work.edition) : null, work.volume ? `vol. ${work.volume}` : null, work.mlaPublisher ?? work.publisher, String(work.year)].filter(Boolean);
      return {
        text: `${lead}${it(p, title)}${endsInMark(title) ? "" : "."} ${trans}${elements.join(", ")}.`,
        pages: null,
        expected: expectedFor(work, {
          ...base,
          editors: work.role === "EDITOR" ? (byline?.expected ?? []) : [],
          translators,
          edition: work.edition ? chicagoEdition(work.edition) : null,
          volume: work.volume ?? null,
          publisher: work.mlaPublisher ?? work.publisher!,
        }),
      };
    }
    case "ARTICLE": {
      const where = work.date ? mlaDate(work.date) : `vol. ${work.volume}, no. ${work.issue}, ${work.year}`;
      if (work.url) {
        return {
          text: `${lead}${quoted} ${it(p, work.container!)}, ${where}, ${work.url}.`,
          pages: null,
          expected: expectedFor(work, { ...base, container: work.container!, url: work.url }),
        };
      }
      return {
        text: `${lead}${quoted} ${it(p, work.container!)}, ${where}, pp. ${mlaRange(work.range!)}.`,
        pages: mlaRange(work.range!),
        expected: expectedFor(work, { ...base, container: work.container!, volume: work.volume ?? null, issue: work.issue ?? null }),
      };
    }
    case "CHAPTER": {
      const editors = work.containerEditors ? mlaEditors(work.containerEditors) : null;
      const container = marks(p, full(work.container!, work.containerSubtitle));
      const elements = [editors ? `edited by ${editors.printed}` : null, translators.length ? `translated by ${series(translators)}` : null, work.mlaPublisher ?? work.publisher, String(work.year), `pp. ${mlaRange(work.range!)}`].filter(Boolean);
      return {
        text: `${lead}${quoted} ${it(p, container)}, ${elements.join(", ")}.`,
        pages: mlaRange(work.range!),
        expected: expectedFor(work, {
          ...base,
          container: marks({ curly: true, italic: false }, container),
          editors: editors?.expected ?? [],
          translators,
          publisher: work.mlaPublisher ?? work.publisher!,
        }),
      };
    }
    case "WEB_PAGE": {
      const site = work.container ?? natural(work.authors[0]!);
      const dated = work.date ? `${mlaDate(work.date)}, ` : "";
      const accessed = work.date ? "" : ` Accessed ${mlaDate(work.accessed!)}.`;
      return {
        text: `${lead}${quoted} ${it(p, site)}, ${dated}${work.url}.${accessed}`,
        pages: null,
        expected: expectedFor(work, { ...base, container: site, year: work.date ? work.date.year : null, url: work.url! }),
      };
    }
  }
}

function mlaShort(work: Work, p: Printing): string {
  // MLA names the work by its title only when it has no author (an organization that runs the site is not named as one).
  const orgIsSite = work.kind === "WEB_PAGE" && work.authors.length === 1 && "org" in work.authors[0]!;
  if (!work.authors.length || orgIsSite) return `(${open(p)}${marks(p, work.short)}${close(p)})`;
  const names = work.authors.map(family);
  const who = names.length >= 3 ? `${names[0]} et al.` : series(names);
  return work.kind === "WEB_PAGE" || !work.again ? `(${who})` : `(${who} ${work.again})`;
}

// ---------------------------------------------------------------------------
// Repeats

const IBIDS = ["Ibid., {p}.", "Ibid.", "ibid., {p}.", "Ibid, {p}", "*Ibid.*, {p}.", "Ibid., p. {p}.", "Ibid. {p}.", "Ibid.,{p}."];
const BARE_IBIDS = ["Ibid.", "Ibid", "ibid.", "*Ibid.*"];
const CHINESE_IBIDS = ["同上，第{p}页。", "同上。", "同上书，第{p}页。", "同上，第 {p} 页。"];

/** An "Ibid." in one of its spellings: with the page when there is one. */
function ibid(turn: number, page: string | null): { text: string; pages: string | null } {
  if (!page) return { text: BARE_IBIDS[turn % BARE_IBIDS.length]!, pages: null };
  const pattern = IBIDS[turn % IBIDS.length]!;
  return { text: pattern.replace("{p}", page), pages: pattern.includes("{p}") ? page : null };
}

// ---------------------------------------------------------------------------
// Chinese

function chineseNames(work: ChineseWork, separator: string): string {
  const names = work.authors.join(separator);
  return `${work.nationality ? `[${work.nationality}]` : ""}${names}${work.role === "EDITOR" ? "主编" : ""}`;
}

function chineseExpected(work: ChineseWork, fields: Partial<ExpectedSource>): ExpectedSource {
  return {
    kind: work.kind,
    authors: work.authors,
    authorRole: work.role ?? "AUTHOR",
    editors: work.role === "EDITOR" ? work.authors : [],
    translators: work.translators ?? [],
    title: work.title,
    container: null,
    volume: null,
    issue: null,
    edition: null,
    publisher: null,
    place: null,
    year: work.year ?? null,
    url: null,
    ...fields,
  };
}

const hyphenPages = (pages: string) => pages.replace("-", "–");
const cnDate = (d: Day) => `${d.year}年${d.month}月${d.day ?? 1}日`;
const isoDate = (d: Day) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day ?? 1).padStart(2, "0")}`;

/** The note style: 作者：《书名》，出版地：出版社，年份，第x页。 and its variants. */
function chineseNote(work: ChineseWork, variant: "a" | "b"): { text: string; expected: ExpectedSource; pages: string | null } {
  const after = variant === "a" ? "：" : "，";
  const lead = `${chineseNames(work, "、")}${after}《${work.title}》，`;
  const trans = work.translators ? `${work.translators.join("、")}译，` : "";
  const page = work.cited ? `，第${work.cited}页` : "";
  switch (work.kind) {
    case "BOOK":
      if (variant === "a") {
        return {
          text: `${lead}${trans}${work.place}：${work.publisher}，${work.year}年${page}。`,
          pages: work.cited,
          expected: chineseExpected(work, { publisher: work.publisher!, place: work.place! }),
        };
      }
      return { text: `${lead}${trans}${work.publisher}${work.year}年版${page}。`, pages: work.cited, expected: chineseExpected(work, { publisher: work.publisher! }) };
    case "ARTICLE":
      return {
        text: `${lead}${variant === "b" ? "载" : ""}《${work.container}》${work.year}年第${work.issue}期${page}。`,
        pages: work.cited,
        expected: chineseExpected(work, { container: work.container!, issue: work.issue! }),
      };
    case "CHAPTER": {
      const editors = `${work.containerEditors!.join("、")}主编`;
      const imprint = variant === "a" ? `${work.place}：${work.publisher}，${work.year}年` : `${work.publisher}${work.year}年版`;
      return {
        text: `${lead}载${editors}${variant === "a" ? "：" : ""}《${work.container}》，${imprint}${page}。`,
        pages: work.cited,
        expected: chineseExpected(work, { container: work.container!, editors: work.containerEditors!, publisher: work.publisher!, place: variant === "a" ? work.place! : null }),
      };
    }
    case "WEB_PAGE":
      return {
        text: `${lead}${work.url}，${cnDate(work.accessed!)}访问。`,
        pages: null,
        expected: chineseExpected(work, { url: work.url! }),
      };
  }
}

/** GB/T 7714–2015: 作者. 题名[M]. 出版地: 出版者, 出版年: 页码. */
function gbt(work: ChineseWork): { text: string; expected: ExpectedSource; pages: string | null } {
  const authors = work.authors.join(", ");
  switch (work.kind) {
    case "BOOK": {
      const trans = work.translators ? `${work.translators.join(", ")}, 译. ` : "";
      return {
        text: `${authors}${work.role === "EDITOR" ? ", 主编" : ""}. ${work.title}[M]. ${trans}${work.place}: ${work.publisher}, ${work.year}: ${work.cited}.`,
        pages: work.cited,
        expected: chineseExpected(work, { publisher: work.publisher!, place: work.place! }),
      };
    }
    case "ARTICLE":
      return {
        text: `${authors}. ${work.title}[J]. ${work.container}, ${work.year}(${work.issue}): ${work.range}.`,
        pages: hyphenPages(work.range!),
        expected: chineseExpected(work, { container: work.container!, issue: work.issue! }),
      };
    case "CHAPTER":
      return {
        text: `${authors}. ${work.title}[C]//${work.containerEditors!.join(", ")}. ${work.container}. ${work.place}: ${work.publisher}, ${work.year}: ${work.range}.`,
        pages: hyphenPages(work.range!),
        expected: chineseExpected(work, { container: work.container!, editors: work.containerEditors!, publisher: work.publisher!, place: work.place! }),
      };
    case "WEB_PAGE":
      return {
        text: `${authors}. ${work.title}[EB/OL]. [${isoDate(work.accessed!)}]. ${work.url}.`,
        pages: null,
        expected: chineseExpected(work, { url: work.url! }),
      };
  }
}

// ---------------------------------------------------------------------------
// Pasted text: what copy and paste does to a note

/** Straight quotes, "W.W.", a lost space before "&", "pp." and hyphens in ranges, doubled and trailing spaces, a no-break space. */
function pasted(text: string): string {
  return `${text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace("W. W. Norton", "W.W. Norton")
    .replace(" & ", "& ")
    .replace(/(\d)–(\d)/g, "$1-$2")
    .replace(/\), (\d)/, "), pp. $1")
    .replace(/: (\d+)\.$/, ": $1.")
    .replace(/ \(/, "\u00A0(")
    .replace(/, /, ",  ")}  `;
}

/** What `pasted` does to the fields a note gives, so that the expectation follows it. */
function pastedExpected(expected: ExpectedSource): ExpectedSource {
  const fix = (value: string | null) => (value === null ? null : value.replace("W. W. Norton", "W.W. Norton"));
  return { ...expected, publisher: fix(expected.publisher) };
}

// ---------------------------------------------------------------------------
// The corpus

const ITALIC_CURLY: Printing = { italic: true, curly: true };
const PLAIN_CURLY: Printing = { italic: false, curly: true };
const PLAIN_STRAIGHT: Printing = { italic: false, curly: false };

export function renderedEssays(): CorpusEssay[] {
  const essays: CorpusEssay[] = [];
  let turn = 0;
  const nextIbid = (page: string | null) => ibid(turn++, page);

  const essay = (id: string, first: { text: string; expected: ExpectedSource; pages: string | null }, style: Style, work: string, repeats: (string | null)[], againPages: string | null) => {
    const notes: CorpusNote[] = [{ form: "full", text: first.text, style, work, pages: first.pages, expected: first.expected }];
    for (const repeat of repeats) if (repeat) notes.push({ form: "short", text: repeat, work, pages: againPages, refersTo: 1 });
    const again = nextIbid(againPages);
    // An Ibid. repeats the note just before it.
    notes.push({ form: "ibid", text: again.text, work, pages: again.pages, refersTo: notes.length });
    essays.push({ id, notes });
  };

  for (const work of WORKS) {
    const again = work.again || null;
    const webShortPages = work.kind === "WEB_PAGE" ? null : again;
    const chicago = chicagoFull(work, ITALIC_CURLY);
    essay(`${work.id}/chicago`, chicago, "CHICAGO", work.id, [chicagoShort(work, ITALIC_CURLY)], webShortPages);
    essay(`${work.id}/chicago-plain`, chicagoFull(work, PLAIN_CURLY), "CHICAGO", work.id, [chicagoShort(work, PLAIN_CURLY)], webShortPages);
    const plain = chicagoFull(work, PLAIN_STRAIGHT);
    essay(
      `${work.id}/chicago-pasted`,
      { text: pasted(plain.text), expected: pastedExpected(plain.expected), pages: plain.pages },
      "CHICAGO",
      work.id,
      [chicagoShort(work, PLAIN_STRAIGHT).replace(/(\d)–(\d)/, "$1-$2")],
      webShortPages,
    );
    // A lead-in before the citation and a sentence of commentary after it.
    essay(
      `${work.id}/chicago-see`,
      { ...chicago, text: `See ${chicago.text} The argument is taken up again below.` },
      "CHICAGO",
      work.id,
      [],
      webShortPages,
    );
    const apa = apaFull(work, ITALIC_CURLY);
    if (apa) essay(`${work.id}/apa`, apa, "AUTHOR_DATE", work.id, [apaShort(work, turn % 2 === 0)], work.kind === "WEB_PAGE" ? null : again);
    const apaPlain = apaFull(work, PLAIN_STRAIGHT);
    if (apaPlain) essay(`${work.id}/apa-plain`, apaPlain, "AUTHOR_DATE", work.id, [apaShort(work, turn % 2 === 1)], work.kind === "WEB_PAGE" ? null : again);
    const harvard = harvardFullNote(work, { italic: true, curly: false });
    if (harvard) essay(`${work.id}/harvard`, harvard, "AUTHOR_DATE", work.id, [harvardShort(work)], work.kind === "WEB_PAGE" ? null : again);
    essay(`${work.id}/mla`, mlaFull(work, ITALIC_CURLY), "MLA", work.id, [mlaShort(work, ITALIC_CURLY)], work.kind === "WEB_PAGE" ? null : again);
    essay(`${work.id}/mla-plain`, mlaFull(work, PLAIN_STRAIGHT), "MLA", work.id, [mlaShort(work, PLAIN_STRAIGHT)], work.kind === "WEB_PAGE" ? null : again);
  }

  let chineseTurn = 0;
  for (const work of CHINESE_WORKS) {
    for (const [name, first] of [
      ["chinese", chineseNote(work, "a")],
      ["chinese-b", chineseNote(work, "b")],
      ["gbt", gbt(work)],
    ] as const) {
      const notes: CorpusNote[] = [{ form: "full", text: first.text, style: "CHINESE", work: work.id, pages: first.pages, expected: first.expected }];
      if (work.kind !== "WEB_PAGE" && name !== "gbt") {
        notes.push({ form: "short", text: `${work.authors.join("、")}：《${work.title}》，第${work.again}页。`, work: work.id, pages: hyphenPages(work.again), refersTo: 1 });
      }
      const pattern = CHINESE_IBIDS[chineseTurn++ % CHINESE_IBIDS.length]!;
      const page = work.again;
      const text = page ? pattern.replace("{p}", page) : "同上。";
      notes.push({ form: "ibid", text, work: work.id, pages: page && pattern.includes("{p}") ? hyphenPages(page) : null, refersTo: notes.length });
      essays.push({ id: `${work.id}/${name}`, notes });
    }
  }
  return essays;
}
