import type { PrismaClient } from "../src/db/client.js";
import type { Source } from "../src/generated/prisma/client.js";
import { sourceKey } from "../src/content/sources.js";
import { backfillCitations } from "../src/domain/sources.js";

// Synthetic essay-blog content for the benchmark and for tests that need more
// rows than the demo holds. Everything derives from one seeded PRNG, so the same
// options always produce the same rows. Ids are assigned here rather than read
// back, which lets every table go in with a few createMany calls.

export interface SyntheticBlogOptions {
  posts: number;
  footnotesPerPost: number;
  commentsPerPost: number;
  authors?: number;
  discussions?: number;
  seed?: number;
}

export interface SyntheticBlogCounts {
  posts: number;
  footnotes: number;
  comments: number;
  sources: number;
  authors: number;
  discussions: number;
}

type AuthorRole = "FACULTY" | "STUDENT_FELLOW" | "STAFF" | "GUEST";
type SourceKind = "BOOK" | "ARTICLE" | "CHAPTER" | "WEB_PAGE";
type CommentStatus = "PENDING" | "APPROVED" | "REJECTED";

interface AuthorRow {
  id: number;
  slug: string;
  name: string;
  bio: string;
  affiliation: string | null;
  role: AuthorRole;
  createdAt: Date;
}

interface DiscussionRow {
  id: number;
  slug: string;
  title: string;
  prompt: string;
  createdAt: Date;
}

/** A Source row exactly as the model defines it. */
type SourceRow = Source;

interface PostRow {
  id: number;
  slug: string;
  title: string;
  body: string;
  status: "PUBLISHED";
  publishedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  authorId: number;
  discussionId: number | null;
  inResponseToId: number | null;
}

interface FootnoteRow {
  id: number;
  postId: number;
  number: number;
  text: string;
  pages: string | null;
  sourceId: number | null;
  refersToId: number | null;
  kind: "CITATION" | "IBID" | "NOTE";
  /** What a full citation says of its work, as the app keeps it with the note (Footnote.citation). */
  citation: string | null;
}

interface CommentRow {
  id: number;
  postId: number;
  parentId: number | null;
  authorId: number | null;
  authorName: string | null;
  authorEmail: string | null;
  body: string;
  status: CommentStatus;
  createdAt: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST_POST_AT = Date.UTC(2019, 8, 2, 9, 0, 0);
/** Rows per INSERT: well under SQLite's bound-variable limit for the widest table. */
const BATCH = 500;

/** mulberry32: small, fast and good enough to vary synthetic text. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}

type Random = ReturnType<typeof createRandom>;

const FIRST_NAMES = [
  "Ada", "Bruno", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Imani", "Jonas", "Keiko", "Lucia",
  "Mateo", "Nadia", "Oren", "Priya", "Quentin", "Rosa", "Samir", "Tamsin", "Ulrich", "Vera", "Wen", "Yusuf", "Zora",
];
const LAST_NAMES = [
  "Abernathy", "Baptiste", "Castellanos", "Drummond", "Eklund", "Fairweather", "Gallagher", "Hollis", "Ibarra",
  "Jaworski", "Kettering", "Lindqvist", "Mbeki", "Nakamura", "Okafor", "Pellegrini", "Quist", "Rasmussen",
  "Szabo", "Thorne", "Umberfield", "Vasquez", "Whitlock", "Xiong", "Yardley", "Zeller",
];
const ROLES: readonly AuthorRole[] = ["FACULTY", "FACULTY", "STUDENT_FELLOW", "STUDENT_FELLOW", "STUDENT_FELLOW", "STAFF", "GUEST"];
const DEPARTMENTS = ["History", "Philosophy", "Economics", "English", "Sociology", "Urban Planning", "Law", "Computer Science"];

const SUBJECTS = [
  "the commons", "the public library", "a shared pasture", "the sidewalk", "an open archive", "the village green",
  "a community garden", "the encyclopedia", "a public square", "the river", "the seminar room", "a tool library",
  "the neighbourhood", "the footnote", "the reading room", "a mutual aid network",
];
const VERBS = [
  "depends on", "quietly reshapes", "resists", "invites", "outlasts", "complicates", "rewards", "is sustained by",
  "is undone by", "teaches us about", "borrows from", "makes visible",
];
const OBJECTS = [
  "ordinary maintenance", "the labour of care", "collective memory", "rules nobody wrote down", "patient neighbours",
  "small acts of repair", "the trust of strangers", "long habits of use", "the threat of enclosure", "public attention",
  "a history of disputes", "unpaid stewardship",
];
const CONNECTIVES = ["Yet", "Still", "In practice", "Seen this way", "More often than not", "Even so", "At first glance", "Over time"];
const TITLE_NOUNS = ["Commons", "Stewards", "Thresholds", "Margins", "Pastures", "Ledgers", "Gardens", "Archives", "Footpaths", "Quarrels"];
const TITLE_ADJECTIVES = ["Shared", "Quiet", "Unfinished", "Ordinary", "Borrowed", "Common", "Public", "Patient", "Forgotten", "Careful"];
const TITLE_THEMES = ["Care", "Use", "Repair", "Enclosure", "Memory", "Trust", "Neighbourhood", "Stewardship", "Access", "Custom"];
const PUBLISHERS: readonly (readonly [string, string])[] = [
  ["Cambridge University Press", "Cambridge"],
  ["University of Chicago Press", "Chicago"],
  ["Yale University Press", "New Haven"],
  ["Verso", "London"],
  ["MIT Press", "Cambridge, MA"],
  ["Princeton University Press", "Princeton"],
];
const JOURNALS = ["Journal of Common Affairs", "Urban History Review", "Public Culture", "Studies in Stewardship", "The Commons Quarterly"];
const WEBSITES = ["Commons Notes", "The Maintenance Blog", "Field Reports", "Neighbourhood Almanac"];
const GUEST_NAMES = ["A reader", "Pat from Leeds", "J. Morrow", "Lindsey", "Old Seminarian", "K. Osei", "Marguerite", "Tom B."];

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function sentence(random: Random): string {
  const lead = random.chance(0.3) ? `${random.pick(CONNECTIVES)}, ` : "";
  const subject = random.pick(SUBJECTS);
  const text = `${lead}${lead ? subject : subject[0]!.toUpperCase() + subject.slice(1)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
  return random.chance(0.15) ? `${text}, which is to say *${random.pick(OBJECTS)}*.` : `${text}.`;
}

function sentences(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => sentence(random));
}

function titleOf(random: Random): string {
  return random.chance(0.5)
    ? `${random.pick(TITLE_ADJECTIVES)} ${random.pick(TITLE_NOUNS)}`
    : `On ${random.pick(TITLE_THEMES)} and ${random.pick(TITLE_THEMES)}`;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function chunks<T>(rows: T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

function makeAuthors(random: Random, count: number): AuthorRow[] {
  return Array.from({ length: count }, (_, i) => {
    const name = personName(random);
    const role = ROLES[i % ROLES.length]!;
    const department = random.pick(DEPARTMENTS);
    return {
      id: i + 1,
      slug: `${slugify(name)}-${i + 1}`,
      name,
      bio: `${name} writes about ${random.pick(SUBJECTS)} and ${random.pick(OBJECTS)}.`,
      affiliation: role === "GUEST" ? null : `Department of ${department}, Ashgrove University`,
      role,
      createdAt: new Date(FIRST_POST_AT - 30 * DAY + i * HOUR),
    };
  });
}

function makeSources(random: Random, count: number): SourceRow[] {
  const keys = new Set<string>();
  const rows: SourceRow[] = [];
  for (let i = 0; i < count; i++) {
    const kind: SourceKind = random.pick(["BOOK", "BOOK", "ARTICLE", "ARTICLE", "CHAPTER", "WEB_PAGE"] as const);
    const authors = kind === "WEB_PAGE" && random.chance(0.5)
      ? []
      : Array.from({ length: random.int(1, 3) }, () => personName(random));
    const year = kind === "WEB_PAGE" ? null : random.int(1950, 2025);
    const mainTitle = `${random.pick(TITLE_ADJECTIVES)} ${random.pick(TITLE_NOUNS)}`;
    const subtitle = `${random.pick(TITLE_THEMES)} in ${random.pick(SUBJECTS)}`;
    const url = kind === "WEB_PAGE" ? `https://example.org/notes/${i + 1}` : null;
    // Word lists repeat, and a work is known by its main title and year: a number in the main title keeps each work distinct.
    let title = `${mainTitle}: ${subtitle}`;
    let key = sourceKey({ kind, authors, title, year, url });
    for (let n = 2; keys.has(key); n++) {
      title = `${mainTitle} ${n}: ${subtitle}`;
      key = sourceKey({ kind, authors, title, year, url });
    }
    keys.add(key);
    const [publisher, place] = random.pick(PUBLISHERS);
    const bookLike = kind === "BOOK" || kind === "CHAPTER";
    rows.push({
      id: i + 1,
      key,
      kind,
      authors: JSON.stringify(authors),
      title,
      container:
        kind === "ARTICLE" ? random.pick(JOURNALS)
        : kind === "CHAPTER" ? `Essays on ${random.pick(TITLE_THEMES)}`
        : kind === "WEB_PAGE" ? random.pick(WEBSITES)
        : null,
      volume: kind === "ARTICLE" ? String(random.int(1, 60)) : null,
      issue: kind === "ARTICLE" ? String(random.int(1, 4)) : null,
      publisher: bookLike ? publisher : null,
      place: bookLike ? place : null,
      year,
      url,
      corrections: "{}",
      authorRole: "AUTHOR",
      editors: "[]",
      translators: "[]",
      edition: null,
      correctedById: null,
      correctedAt: null,
      createdAt: new Date(FIRST_POST_AT - 30 * DAY),
    });
  }
  return rows;
}

function citationText(source: SourceRow, pages: string | null): string {
  const authors = JSON.parse(source.authors) as string[];
  const by = authors.length ? `${authors.join(", ")}, ` : "";
  const at = pages ? `, ${pages}` : "";
  switch (source.kind) {
    case "BOOK":
      return `${by}*${source.title}* (${source.place}: ${source.publisher}, ${source.year})${at}.`;
    case "CHAPTER":
      return `${by}"${source.title}," in *${source.container}* (${source.place}: ${source.publisher}, ${source.year})${at}.`;
    case "ARTICLE":
      return `${by}"${source.title}," *${source.container}* ${source.volume}, no. ${source.issue} (${source.year})${at}.`;
    case "WEB_PAGE":
      return `${by}"${source.title}," *${source.container}*, ${source.url}.`;
  }
}

/** Sources are cited unevenly, as in real essays: a few works turn up everywhere. */
function citedSource(random: Random, sources: SourceRow[]): SourceRow {
  return sources[Math.floor(sources.length * random.next() ** 2)]!;
}

function makeFootnotes(
  random: Random,
  postId: number,
  count: number,
  sources: SourceRow[],
  firstId: number,
): FootnoteRow[] {
  const notes: FootnoteRow[] = [];
  // An "Ibid." note refers to the latest full citation of the same work in this post.
  const fullCitations = new Map<number, number>();
  for (let number = 1; number <= count; number++) {
    const id = firstId + number - 1;
    const previous = notes.at(-1);
    const pages = random.chance(0.8) ? `${random.int(1, 300)}` : null;
    const pageRange = pages && random.chance(0.4) ? `${pages}–${Number(pages) + random.int(1, 12)}` : pages;
    if (previous?.sourceId != null && random.chance(0.3)) {
      const refersToId = fullCitations.get(previous.sourceId) ?? null;
      notes.push({ id, postId, number, text: pageRange ? `Ibid., ${pageRange}.` : "Ibid.", pages: pageRange, sourceId: previous.sourceId, refersToId, kind: "IBID", citation: null });
    } else if (sources.length && random.chance(0.85)) {
      const source = citedSource(random, sources);
      const text = source.kind === "WEB_PAGE" ? citationText(source, null) : citationText(source, pageRange);
      const { kind, title, container, volume, issue, publisher, place, year, url } = source;
      const citation = JSON.stringify({ kind, authors: JSON.parse(source.authors) as string[], title, container, volume, issue, publisher, place, year, url });
      notes.push({ id, postId, number, text, pages: source.kind === "WEB_PAGE" ? null : pageRange, sourceId: source.id, refersToId: null, kind: "CITATION", citation });
      fullCitations.set(source.id, id);
    } else {
      notes.push({ id, postId, number, text: `A side note: ${sentence(random)}`, pages: null, sourceId: null, refersToId: null, kind: "NOTE", citation: null });
    }
  }
  return notes;
}

/** A few paragraphs with the markers spread through them in order, and the definitions at the end. */
function makeBody(random: Random, notes: FootnoteRow[]): string {
  const paragraphs = Array.from({ length: random.int(3, 5) }, () => sentences(random, random.int(3, 5)));
  const slots = paragraphs.flatMap((paragraph, p) => paragraph.map((_, s) => [p, s] as const));
  // Markers go on distinct sentences in reading order, so GFM numbers them 1..k.
  const chosen = new Set<number>();
  while (chosen.size < Math.min(notes.length, slots.length)) chosen.add(random.int(0, slots.length - 1));
  const ordered = [...chosen].sort((a, b) => a - b);
  notes.forEach((note, i) => {
    const slot = ordered[Math.min(i, ordered.length - 1)]!;
    const [p, s] = slots[slot]!;
    paragraphs[p]![s] = `${paragraphs[p]![s]}[^${note.number}]`;
  });
  const text = paragraphs.map((paragraph) => paragraph.join(" ")).join("\n\n");
  const definitions = notes.map((note) => `[^${note.number}]: ${note.text}`).join("\n");
  return definitions ? `${text}\n\n${definitions}\n` : `${text}\n`;
}

function makeComments(
  random: Random,
  post: PostRow,
  count: number,
  authors: AuthorRow[],
  firstId: number,
): CommentRow[] {
  const comments: CommentRow[] = [];
  const approved: CommentRow[] = [];
  let at = post.publishedAt.getTime();
  for (let i = 0; i < count; i++) {
    at += random.int(10, 36 * 60) * 60_000;
    const parent = approved.length && random.chance(0.4) ? random.pick(approved) : null;
    const registered = random.chance(0.35) ? random.pick(authors) : null;
    const guestName = registered ? null : random.pick(GUEST_NAMES);
    const roll = random.next();
    const status: CommentStatus = roll < 0.06 ? "PENDING" : roll < 0.08 ? "REJECTED" : "APPROVED";
    const comment: CommentRow = {
      id: firstId + i,
      postId: post.id,
      parentId: parent?.id ?? null,
      authorId: registered?.id ?? null,
      authorName: guestName,
      authorEmail: guestName ? `${slugify(guestName)}@example.com` : null,
      body: sentences(random, random.int(1, 3)).join(" "),
      status,
      createdAt: new Date(Math.max(at, (parent?.createdAt.getTime() ?? 0) + 60_000)),
    };
    comments.push(comment);
    if (status === "APPROVED") approved.push(comment);
  }
  return comments;
}

/**
 * Fill an empty, migrated database with deterministic synthetic content:
 * `posts` published posts, each with exactly `footnotesPerPost` footnotes and
 * `commentsPerPost` comments, plus the authors, discussions and sources they use.
 */
export async function generateSyntheticBlog(
  db: PrismaClient,
  options: SyntheticBlogOptions,
): Promise<SyntheticBlogCounts> {
  const random = createRandom(options.seed ?? 20261128);
  const postCount = Math.max(0, Math.floor(options.posts));
  const footnotesPerPost = Math.max(0, Math.floor(options.footnotesPerPost));
  const commentsPerPost = Math.max(0, Math.floor(options.commentsPerPost));
  const authorCount = Math.max(1, Math.floor(options.authors ?? Math.min(200, Math.max(3, Math.ceil(postCount / 20)))));
  const discussionCount = Math.max(0, Math.floor(options.discussions ?? Math.max(1, Math.ceil(postCount / 25))));
  const sourceCount = footnotesPerPost ? Math.max(4, Math.ceil((postCount * footnotesPerPost) / 8)) : 0;

  const authors = makeAuthors(random, authorCount);
  const sources = makeSources(random, sourceCount);

  // Posts come about every 1.5 days on average; each discussion spans a run of
  // consecutive posts and opens a couple of days before the first of them.
  const publishedAt: Date[] = [];
  for (let i = 0, at = FIRST_POST_AT; i < postCount; i++, at += random.int(2, 70) * HOUR) publishedAt.push(new Date(at));
  const discussionOf = (index: number): number => Math.floor((index * discussionCount) / Math.max(1, postCount));
  const discussions: DiscussionRow[] = Array.from({ length: discussionCount }, (_, d) => {
    const firstPost = publishedAt[Math.ceil((d * postCount) / discussionCount)];
    const opensAt = firstPost?.getTime() ?? FIRST_POST_AT;
    const subject = random.pick(SUBJECTS);
    return {
      id: d + 1,
      slug: `discussion-${d + 1}-${slugify(subject)}`,
      title: `Who keeps ${subject}?`,
      prompt: sentences(random, 3).join(" "),
      createdAt: new Date(opensAt - 2 * DAY),
    };
  });

  const posts: PostRow[] = [];
  const footnotes: FootnoteRow[] = [];
  const comments: CommentRow[] = [];
  const postsByDiscussion = discussions.map((): number[] => []);
  for (let i = 0; i < postCount; i++) {
    const id = i + 1;
    const discussionId = discussionCount && random.chance(0.75) ? discussionOf(i) + 1 : null;
    const sameDiscussion = discussionId ? postsByDiscussion[discussionId - 1]! : [];
    let inResponseToId: number | null = null;
    if (i > 0 && random.chance(0.2)) {
      inResponseToId = sameDiscussion.length ? random.pick(sameDiscussion) : random.int(Math.max(1, id - 50), id - 1);
    }
    const notes = makeFootnotes(random, id, footnotesPerPost, sources, footnotes.length + 1);
    const title = titleOf(random);
    const at = publishedAt[i]!;
    const post: PostRow = {
      id,
      slug: `${slugify(title)}-${id}`,
      title,
      body: makeBody(random, notes),
      status: "PUBLISHED",
      publishedAt: at,
      createdAt: new Date(at.getTime() - random.int(1, 72) * HOUR),
      updatedAt: random.chance(0.2) ? new Date(at.getTime() + random.int(1, 30) * DAY) : at,
      authorId: random.int(1, authorCount),
      discussionId,
      inResponseToId,
    };
    posts.push(post);
    footnotes.push(...notes);
    comments.push(...makeComments(random, post, commentsPerPost, authors, comments.length + 1));
    sameDiscussion.push(id);
  }

  await db.$transaction(
    async (tx) => {
      await tx.site.create({
        data: {
          id: 1,
          title: "The Synthetic Seminar",
          description: "Generated essays, notes and comments for benchmarks and tests.",
        },
      });
      for (const batch of chunks(authors)) await tx.author.createMany({ data: batch });
      for (const batch of chunks(discussions)) await tx.discussion.createMany({ data: batch });
      for (const batch of chunks(sources)) await tx.source.createMany({ data: batch });
      for (const batch of chunks(posts, 200)) await tx.post.createMany({ data: batch });
      for (const batch of chunks(footnotes)) await tx.footnote.createMany({ data: batch });
      for (const batch of chunks(comments)) await tx.comment.createMany({ data: batch });
    },
    { timeout: 600_000 },
  );
  // The rows went in with their ids. PostgreSQL's sequences do not move for
  // those, so the next row the server creates would take an id in use.
  if ((db as { dialect?: string }).dialect === "postgresql") {
    for (const table of ["Author", "Discussion", "Source", "Post", "Footnote", "Comment"]) {
      await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
    }
  }

  return {
    posts: posts.length,
    footnotes: footnotes.length,
    comments: comments.length,
    sources: sources.length,
    authors: authors.length,
    discussions: discussions.length,
  };
}

/** The data set the benchmarks measure: 1,000 posts with 4 notes and 20 comments each. */
export const BENCH_DATASET: SyntheticBlogOptions = { posts: 1000, footnotesPerPost: 4, commentsPerPost: 20, seed: 20261128 };

/**
 * Fill a migrated, empty database with the bench data set, its notes already
 * read as the server reads older notes once it starts (backfillCitations):
 * otherwise that work would run in the server's background while it is measured.
 */
export async function fillBenchDatabase(db: PrismaClient): Promise<SyntheticBlogCounts> {
  const counts = await generateSyntheticBlog(db, BENCH_DATASET);
  await backfillCitations(db);
  return counts;
}
