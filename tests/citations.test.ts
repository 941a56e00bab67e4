import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CITATION_STARTS, parseNote, type NoteParseStats } from "../src/content/citations/parse-note.js";
import { syncPostFootnotes } from "../src/domain/footnotes.js";
import { issueToken } from "../src/auth/tokens.js";
import type { PostCitationsQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Colloquy reads each post's footnotes as Chicago-style citations: every note
// below is written as an essayist would write it, and the API shows what
// Colloquy understood.

let server: TestServer;
let authorId: number;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const author = await server.db.prisma.author.create({ data: { slug: "ada-reyes", name: "Ada Reyes", role: "FACULTY" } });
  authorId = author.id;
});
afterAll(() => server.close());

const PostCitations = graphql(`
  query PostCitations($slug: String!) {
    post(slug: $slug) {
      footnotes {
        number
        text
        pages
        isIbid
        kind
        refersTo { number }
        source {
          id
          kind
          title
          authors
          container
          volume
          issue
          publisher
          place
          year
          url
          citedIn(first: 10) { totalCount }
        }
      }
    }
  }
`);

const CreateLeadInPost = graphql(`
  mutation CitationsCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { slug } }
      ... on ValidationError { fields { path message } }
    }
  }
`);

type Note = NonNullable<PostCitationsQuery["post"]>["footnotes"][number];

/** A body that references each note once, in the order given. */
function essayWith(notes: string[]): string {
  const prose = notes.map((_, i) => `Claim ${i + 1}.[^${i + 1}]`).join(" ");
  return `${prose}\n\n${notes.map((note, i) => `[^${i + 1}]: ${note}`).join("\n")}\n`;
}

let posts = 0;

async function publish(body: string): Promise<string> {
  const slug = `essay-${++posts}`;
  await server.db.prisma.$transaction(async (tx) => {
    const post = await tx.post.create({
      data: { slug, title: `Essay ${posts}`, body, status: "PUBLISHED", publishedAt: new Date(Date.UTC(2026, 2, posts)), authorId },
    });
    await syncPostFootnotes(tx, post.id, body);
  });
  return slug;
}

async function edit(slug: string, body: string): Promise<void> {
  await server.db.prisma.$transaction(async (tx) => {
    const post = await tx.post.update({ where: { slug_slugScope: { slug, slugScope: 0 } }, data: { body } });
    await syncPostFootnotes(tx, post.id, body);
  });
}

async function notesOf(slug: string): Promise<Note[]> {
  return dataOf(await server.execute(PostCitations, { slug })).post!.footnotes;
}

/** The source's bibliographic fields, without its id and citations. */
function fieldsOf(note: Note | undefined) {
  if (!note?.source) return null;
  const { id: _id, citedIn: _citedIn, ...fields } = note.source;
  return fields;
}

const NO_DETAILS = { container: null, volume: null, issue: null, publisher: null, place: null, year: null, url: null };

const FULL_CITATIONS: { format: string; note: string; source: NonNullable<ReturnType<typeof fieldsOf>>; pages: string | null }[] = [
  {
    format: "a book by one author",
    note: "Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 58–102.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Elinor Ostrom"],
      title: "Governing the Commons: The Evolution of Institutions for Collective Action",
      place: "Cambridge",
      publisher: "Cambridge University Press",
      year: 1990,
    },
    pages: "58–102",
  },
  {
    format: "a book by two authors",
    note: "David Bollier and Silke Helfrich, *Free, Fair, and Alive: The Insurgent Power of the Commons* (Gabriola Island, BC: New Society Publishers, 2019), 75.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["David Bollier", "Silke Helfrich"],
      title: "Free, Fair, and Alive: The Insurgent Power of the Commons",
      place: "Gabriola Island, BC",
      publisher: "New Society Publishers",
      year: 2019,
    },
    pages: "75",
  },
  {
    format: "a book by three authors",
    note: "Paul Dragos Aligica, Peter J. Boettke, and Vlad Tarko, *Public Governance and the Classical-Liberal Perspective: Political Economy Foundations* (New York: Oxford University Press, 2019), 112–15.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Paul Dragos Aligica", "Peter J. Boettke", "Vlad Tarko"],
      title: "Public Governance and the Classical-Liberal Perspective: Political Economy Foundations",
      place: "New York",
      publisher: "Oxford University Press",
      year: 2019,
    },
    pages: "112–15",
  },
  {
    format: "a book whose editors are abbreviated with et al.",
    note: "Elinor Ostrom et al., eds., *The Drama of the Commons* (Washington, DC: National Academy Press, 2002), 3.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Elinor Ostrom"],
      title: "The Drama of the Commons",
      place: "Washington, DC",
      publisher: "National Academy Press",
      year: 2002,
    },
    pages: "3",
  },
  {
    format: "an edited book, its editors standing for authors",
    note: "Charlotte Hess and Elinor Ostrom, eds., *Understanding Knowledge as a Commons: From Theory to Practice* (Cambridge, MA: MIT Press, 2007), xi–xiv.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Charlotte Hess", "Elinor Ostrom"],
      title: "Understanding Knowledge as a Commons: From Theory to Practice",
      place: "Cambridge, MA",
      publisher: "MIT Press",
      year: 2007,
    },
    pages: "xi–xiv",
  },
  {
    format: "a translation, with an underscored title and no final period",
    note: "Pierre Bourdieu, _Distinction: A Social Critique of the Judgement of Taste_, trans. Richard Nice (Cambridge, MA: Harvard University Press, 1984), 170",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Pierre Bourdieu"],
      title: "Distinction: A Social Critique of the Judgement of Taste",
      place: "Cambridge, MA",
      publisher: "Harvard University Press",
      year: 1984,
    },
    pages: "170",
  },
  {
    format: "an edition, citing a note on a page",
    note: "Kate L. Turabian, *A Manual for Writers of Research Papers, Theses, and Dissertations*, 9th ed. (Chicago: University of Chicago Press, 2018), 152n4.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Kate L. Turabian"],
      title: "A Manual for Writers of Research Papers, Theses, and Dissertations",
      place: "Chicago",
      publisher: "University of Chicago Press",
      year: 2018,
    },
    pages: "152n4",
  },
  {
    format: "a reprint, dated by the edition cited",
    note: "Karl Polanyi, *The Great Transformation: The Political and Economic Origins of Our Time* (1944; repr., Boston: Beacon Press, 2001), 71–80.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Karl Polanyi"],
      title: "The Great Transformation: The Political and Economic Origins of Our Time",
      place: "Boston",
      publisher: "Beacon Press",
      year: 2001,
    },
    pages: "71–80",
  },
  {
    format: "a journal article with volume and issue",
    note: "Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1243–48.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Garrett Hardin"],
      title: "The Tragedy of the Commons",
      container: "Science",
      volume: "162",
      issue: "3859",
      year: 1968,
    },
    pages: "1243–48",
  },
  {
    format: "a journal article without an issue, in straight quotes",
    note: "Yochai Benkler, \"Coase's Penguin, or, Linux and The Nature of the Firm,\" *Yale Law Journal* 112 (2002): 369–446.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Yochai Benkler"],
      title: "Coase's Penguin, or, Linux and The Nature of the Firm",
      container: "Yale Law Journal",
      volume: "112",
      year: 2002,
    },
    pages: "369–446",
  },
  {
    format: "a journal article dated by season",
    note: "Bruno Latour, “Why Has Critique Run Out of Steam? From Matters of Fact to Matters of Concern,” *Critical Inquiry* 30 (Winter 2004): 225–48.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Bruno Latour"],
      title: "Why Has Critique Run Out of Steam? From Matters of Fact to Matters of Concern",
      container: "Critical Inquiry",
      volume: "30",
      year: 2004,
    },
    pages: "225–48",
  },
  {
    format: "a journal article dated by month, with a DOI",
    note: "Sherry R. Arnstein, “A Ladder of Citizen Participation,” *Journal of the American Institute of Planners* 35, no. 4 (July 1969): 216–24, https://doi.org/10.1080/01944366908977225.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Sherry R. Arnstein"],
      title: "A Ladder of Citizen Participation",
      container: "Journal of the American Institute of Planners",
      volume: "35",
      issue: "4",
      year: 1969,
      url: "https://doi.org/10.1080/01944366908977225",
    },
    pages: "216–24",
  },
  {
    format: "a journal article numbered by issue only",
    note: "David Harvey, “The Future of the Commons,” *Radical History Review*, no. 109 (2011): 101–7.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["David Harvey"],
      title: "The Future of the Commons",
      container: "Radical History Review",
      issue: "109",
      year: 2011,
    },
    pages: "101–7",
  },
  {
    format: "an article in British single quotes",
    note: "Mary Beard, ‘The Public Voice of Women’, *London Review of Books* 36, no. 6 (2014): 11–14.",
    source: {
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Mary Beard"],
      title: "The Public Voice of Women",
      container: "London Review of Books",
      volume: "36",
      issue: "6",
      year: 2014,
    },
    pages: "11–14",
  },
  {
    format: "a magazine article dated by day",
    note: "Jill Lepore, “The Cobweb,” *New Yorker*, January 26, 2015, 34.",
    source: { ...NO_DETAILS, kind: "ARTICLE", authors: ["Jill Lepore"], title: "The Cobweb", container: "New Yorker", year: 2015 },
    pages: "34",
  },
  {
    format: "a chapter in an edited volume",
    note: "Nancy Kranich, “Countering Enclosure: Reclaiming the Knowledge Commons,” in *Understanding Knowledge as a Commons: From Theory to Practice*, ed. Charlotte Hess and Elinor Ostrom (Cambridge, MA: MIT Press, 2007), 87–90.",
    source: {
      ...NO_DETAILS,
      kind: "CHAPTER",
      authors: ["Nancy Kranich"],
      title: "Countering Enclosure: Reclaiming the Knowledge Commons",
      container: "Understanding Knowledge as a Commons: From Theory to Practice",
      place: "Cambridge, MA",
      publisher: "MIT Press",
      year: 2007,
    },
    pages: "87–90",
  },
  {
    format: "a blog post by its author, the link on its title",
    note: "David Bollier, “[The Commons, Short and Sweet](https://www.bollier.org/commons-short-and-sweet),” *News and Perspectives on the Commons* (blog), July 15, 2011.",
    source: {
      ...NO_DETAILS,
      kind: "WEB_PAGE",
      authors: ["David Bollier"],
      title: "The Commons, Short and Sweet",
      container: "News and Perspectives on the Commons",
      year: 2011,
      url: "https://www.bollier.org/commons-short-and-sweet",
    },
    pages: null,
  },
  {
    format: "a web page without an author",
    note: "“Privacy Policy,” Google Privacy & Terms, last modified April 17, 2017, https://www.google.com/policies/privacy/.",
    source: {
      ...NO_DETAILS,
      kind: "WEB_PAGE",
      authors: [],
      title: "Privacy Policy",
      container: "Google Privacy & Terms",
      year: 2017,
      url: "https://www.google.com/policies/privacy/",
    },
    pages: null,
  },
  {
    format: "a web page by the organization whose site it is",
    note: "Wikimedia Foundation, “Terms of Use,” last modified June 7, 2023, https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use.",
    source: {
      ...NO_DETAILS,
      kind: "WEB_PAGE",
      authors: ["Wikimedia Foundation"],
      title: "Terms of Use",
      // Chicago leaves the site out when its organization wrote the page: the note names none, and none is stored.
      container: null,
      year: 2023,
      url: "https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use",
    },
    pages: null,
  },
  {
    format: "a url ending in a parenthesis and a period, dated only by access",
    note: "“Commons,” Wikipedia, accessed March 3, 2026, https://en.wikipedia.org/wiki/Commons_(disambiguation).",
    source: {
      ...NO_DETAILS,
      kind: "WEB_PAGE",
      authors: [],
      title: "Commons",
      container: "Wikipedia",
      url: "https://en.wikipedia.org/wiki/Commons_(disambiguation)",
    },
    pages: null,
  },
  {
    format: "a citation after \"See\", with a hyphenated range and a remark",
    note: "See E. P. Thompson, *Customs in Common* (New York: New Press, 1991), 97-184; the argument is developed at length.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["E. P. Thompson"],
      title: "Customs in Common",
      place: "New York",
      publisher: "New Press",
      year: 1991,
    },
    pages: "97–184",
  },
  {
    format: "a citation after \"On this, see\", followed by commentary",
    note: "On this, see Jane Jacobs, *The Death and Life of Great American Cities* (New York: Random House, 1961), 31–35. Jacobs calls the sidewalk a ballet.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Jane Jacobs"],
      title: "The Death and Life of Great American Cities",
      place: "New York",
      publisher: "Random House",
      year: 1961,
    },
    pages: "31–35",
  },
  {
    format: "a citation after \"Cf.\", by an author with a suffix",
    note: "Cf. Martin Luther King Jr., *Why We Can't Wait* (New York: Harper & Row, 1964), pp. 77–78.",
    source: {
      ...NO_DETAILS,
      kind: "BOOK",
      authors: ["Martin Luther King Jr."],
      title: "Why We Can't Wait",
      place: "New York",
      publisher: "Harper & Row",
      year: 1964,
    },
    pages: "77–78",
  },
];

describe("full citations", () => {
  let notes: Note[];
  beforeAll(async () => {
    notes = await notesOf(await publish(essayWith(FULL_CITATIONS.map((c) => c.note))));
  });

  it.each(FULL_CITATIONS.map((citation, i) => ({ ...citation, number: i + 1 })))(
    "reads $format",
    ({ number, note, source, pages }) => {
      const footnote = notes[number - 1];
      expect(footnote).toMatchObject({ number, text: note, pages, isIbid: false, refersTo: null });
      expect(fieldsOf(footnote)).toEqual(source);
    },
  );

  it("gives every distinct work its own source", () => {
    expect(new Set(notes.map((n) => n.source?.id)).size).toBe(FULL_CITATIONS.length);
  });
});

describe("Ibid.", () => {
  it("points every spelling of Ibid. at the note before it, citing its work, keeping its own pages", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "Lewis Hyde, *Common as Air: Revolution, Art, and Ownership* (New York: Farrar, Straus and Giroux, 2010), 23–38.",
          "Ibid., 90.",
          "Ibid.",
          "ibid., 57, emphasis added.",
          "Ibidem, 12",
          "*Ibid.*",
          "Ibid. 57",
          "Ibid., pp. 12-14",
          "*Ibid*., 41n2.",
        ]),
      ),
    );
    const [full, ...repeats] = notes;
    expect(full).toMatchObject({ number: 1, isIbid: false, refersTo: null, pages: "23–38" });
    expect(repeats.map((n) => n.pages)).toEqual(["90", null, "57", "12", null, "57", "12–14", "41n2"]);
    for (const note of repeats) {
      expect(note.isIbid).toBe(true);
      // Each repeats the one just before it, and so the same work.
      expect(note.refersTo).toEqual({ number: note.number - 1 });
      expect(note.source?.id).toBe(full!.source!.id);
    }
    expect(repeats[2]!.text).toBe("ibid., 57, emphasis added.");
  });

  it("repeats the note before it, whatever that note is: a full citation, a repeat, or a note that cites nothing", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "Jane Jacobs, *The Death and Life of Great American Cities* (New York: Random House, 1961), 31–35.",
          "Ibid., 35.",
          "I owe this point to a conversation with Ruth Alvarez, March 2026.",
          "Ibid., 50–54.",
        ]),
      ),
    );
    expect(notes.map((n) => n.refersTo?.number ?? null)).toEqual([null, 1, null, 3]);
    expect(notes[1]!.source?.id).toBe(notes[0]!.source?.id);
    expect(notes[2]).toMatchObject({ source: null, isIbid: false, pages: null });
    // The Ibid. after the conversation repeats the conversation, which cites no work: no source, and no guess at one.
    expect(notes[3]).toMatchObject({ isIbid: true, pages: "50–54", source: null });
  });

  it("keeps an Ibid. with nothing before it as written: an Ibid. that refers to nothing", async () => {
    const [note] = await notesOf(await publish(essayWith(["Ibid., 4."])));
    expect(note).toMatchObject({ number: 1, text: "Ibid., 4.", pages: "4", isIbid: true, refersTo: null, source: null });
  });
});

describe("short-form notes", () => {
  it("resolves a short form to the earlier full citation of the same work in the post", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "Anthony Grafton, *The Footnote: A Curious History* (Cambridge, MA: Harvard University Press, 1997), 5.",
          "Ibid., 24.",
          "Ibid., 31.",
          "Nancy Kranich, “Countering Enclosure: Reclaiming the Knowledge Commons,” in *Understanding Knowledge as a Commons: From Theory to Practice*, ed. Charlotte Hess and Elinor Ostrom (Cambridge, MA: MIT Press, 2007), 87–90.",
          "Grafton, *Footnote*, 190–222.",
          "Ibid., 222.",
          "Kranich, “Countering Enclosure,” 91.",
          "Grafton, The Footnote, 7.",
        ]),
      ),
    );
    const [grafton, , , kranich, shortGrafton, ibidAfterShort, shortKranich, romanShortGrafton] = notes;
    // The work was last cited through Ibid. notes; the short form still names the full citation.
    expect(shortGrafton).toMatchObject({ pages: "190–222", refersTo: { number: 1 }, kind: "SHORT_FORM", isIbid: false });
    expect(grafton).toMatchObject({ kind: "CITATION" });
    expect(shortGrafton!.source?.id).toBe(grafton!.source!.id);
    // The Ibid. after it repeats the short form, and cites the same work.
    expect(ibidAfterShort).toMatchObject({ pages: "222", refersTo: { number: 5 }, isIbid: true, kind: "IBID" });
    expect(ibidAfterShort!.source?.id).toBe(grafton!.source!.id);
    expect(shortKranich).toMatchObject({ pages: "91", refersTo: { number: 4 } });
    expect(shortKranich!.source?.id).toBe(kranich!.source!.id);
    expect(romanShortGrafton).toMatchObject({ pages: "7", refersTo: { number: 1 } });
  });

  it("gives no source to a short form whose work the post never cited in full", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "Lewis Hyde, *Common as Air: Revolution, Art, and Ownership* (New York: Farrar, Straus and Giroux, 2010), 27.",
          "Thompson, *Customs in Common*, 138–41.",
          "Hyde, *The Gift*, 12.",
        ]),
      ),
    );
    expect(notes[1]).toMatchObject({ text: "Thompson, *Customs in Common*, 138–41.", source: null, refersTo: null });
    expect(notes[2]).toMatchObject({ source: null, refersTo: null });
  });
});

describe("notes that cite nothing", () => {
  it("keeps commentary and unreadable notes verbatim, without a source", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "I owe this point to a conversation with Ruth Alvarez, March 2026.",
          "For a different reading of *Hamlet* (1603), see my earlier post.",
          "hardin (sort of) p 12 -- see the book?",
        ]),
      ),
    );
    expect(notes.map((n) => n.text)).toEqual([
      "I owe this point to a conversation with Ruth Alvarez, March 2026.",
      "For a different reading of *Hamlet* (1603), see my earlier post.",
      "hardin (sort of) p 12 -- see the book?",
    ]);
    for (const note of notes) expect(note).toMatchObject({ source: null, pages: null, isIbid: false, refersTo: null });
  });
});

describe("numbering", () => {
  it("numbers notes by first reference and keeps an unreferenced definition after them", async () => {
    const body = [
      "Hardin's pasture[^pasture] is less famous than his lifeboat,[^lifeboat] but the pasture came first.[^pasture]",
      "",
      "[^lifeboat]: Garrett Hardin, “Lifeboat Ethics: The Case against Helping the Poor,” *Psychology Today* 8 (September 1974): 38–43.",
      "[^unused]: A note the writer forgot to cite.",
      "[^pasture]: Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244.",
      "",
    ].join("\n");
    const notes = await notesOf(await publish(body));
    expect(notes.map((n) => [n.number, n.source?.title ?? n.text])).toEqual([
      [1, "The Tragedy of the Commons"],
      [2, "Lifeboat Ethics: The Case against Helping the Poor"],
      [3, "A note the writer forgot to cite."],
    ]);
    expect(fieldsOf(notes[1])).toEqual({
      ...NO_DETAILS,
      kind: "ARTICLE",
      authors: ["Garrett Hardin"],
      title: "Lifeboat Ethics: The Case against Helping the Poor",
      container: "Psychology Today",
      volume: "8",
      year: 1974,
    });
  });
});

describe("sources shared between posts", () => {
  it("finds the same source when another post cites the work in full, and completes it", async () => {
    const first = await notesOf(
      await publish(essayWith(["Peter Linebaugh, *The Magna Carta Manifesto* (University of California Press, 2008), 6."])),
    );
    const second = await notesOf(
      await publish(
        essayWith([
          "See Peter Linebaugh, _The Magna Carta Manifesto_ (Berkeley: University of California Press, 2008), 45–47, on the charter of the forest.",
        ]),
      ),
    );
    expect(second[0]!.source!.id).toBe(first[0]!.source!.id);
    expect(second[0]!.source!.citedIn.totalCount).toBe(2);
    expect(second[0]!.pages).toBe("45–47");
    // The second citation named the place the first left out.
    expect(fieldsOf(second[0])).toMatchObject({ publisher: "University of California Press", place: "Berkeley", year: 2008 });
  });

  it("does not take two works by one author in one year for the same source", async () => {
    const notes = await notesOf(
      await publish(
        essayWith([
          "Elinor Ostrom, “Beyond Markets and States: Polycentric Governance of Complex Economic Systems,” *American Economic Review* 100, no. 3 (2010): 641–72.",
          "Elinor Ostrom, “Polycentric Systems for Coping with Collective Action and Global Environmental Change,” *Global Environmental Change* 20, no. 4 (2010): 550–57.",
        ]),
      ),
    );
    expect(notes[0]!.source!.id).not.toBe(notes[1]!.source!.id);
  });
  it("gives posts that first cite a work at the same moment one Source between them", async () => {
    const { token } = await issueToken(server.db.prisma, "ada-reyes", "AUTHOR");
    // Each names the same two new works, in opposite orders, so that on PostgreSQL the writes overlap.
    const notes = [
      "Silvia Federici, *Re-enchanting the World: Feminism and the Politics of the Commons* (Oakland: PM Press, 2019), 12.",
      "Massimo De Angelis, *Omnia Sunt Communia: On the Commons and the Transformation to Postcapitalism* (London: Zed Books, 2017), 30.",
    ];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        server.execute(CreateLeadInPost, { input: { title: `At once ${i}`, body: essayWith(i % 2 ? notes : [...notes].reverse()), publish: true } }, { token }),
      ),
    );
    for (const result of results) expect(dataOf(result).createPost).toMatchObject({ __typename: "PostPayload" });
    const cited = await Promise.all(Array.from({ length: 8 }, (_, i) => notesOf(`at-once-${i}`)));
    const federici = new Set(cited.map((post) => post.find((note) => note.source?.title.startsWith("Re-enchanting"))!.source!.id));
    const deAngelis = new Set(cited.map((post) => post.find((note) => note.source?.title.startsWith("Omnia"))!.source!.id));
    expect([federici.size, deAngelis.size]).toEqual([1, 1]);
    expect(cited[0]!.find((note) => note.source?.title.startsWith("Omnia"))!.source!.citedIn.totalCount).toBe(8);
  });
});

describe("editing a post", () => {
  it("replaces its notes on re-sync without duplicating or stranding sources", async () => {
    const citeHess = "Charlotte Hess, “Mapping the New Commons” (paper, Twelfth Biennial Conference of the IASC, Cheltenham, July 2008).";
    const citeBenkler = "Yochai Benkler, *The Wealth of Networks: How Social Production Transforms Markets and Freedom* (New Haven: Yale University Press, 2006), 60.";
    const citeSuber = "Peter Suber, *Open Access* (Cambridge, MA: MIT Press, 2012), 4.";
    const citeBollier = "David Bollier, *Think Like a Commoner: A Short Introduction to the Life of the Commons* (Gabriola Island, BC: New Society Publishers, 2014), 15.";
    const slug = await publish(essayWith([citeBenkler, citeSuber, "Ibid., 8.", citeHess]));
    const before = await notesOf(slug);
    expect(before.map((n) => n.source?.title ?? null)).toEqual(["The Wealth of Networks: How Social Production Transforms Markets and Freedom", "Open Access", "Open Access", null]);

    await edit(slug, essayWith([citeBollier, citeBenkler.replace("60.", "70–74."), "Ibid., 75."]));
    const after = await notesOf(slug);
    expect(after.map((n) => [n.number, n.source?.title, n.pages, n.refersTo?.number ?? null])).toEqual([
      [1, "Think Like a Commoner: A Short Introduction to the Life of the Commons", "15", null],
      [2, "The Wealth of Networks: How Social Production Transforms Markets and Freedom", "70–74", null],
      [3, "The Wealth of Networks: How Social Production Transforms Markets and Freedom", "75", 2],
    ]);
    expect(after[1]!.source!.id).toBe(before[0]!.source!.id);

    await edit(slug, essayWith([citeBollier, citeBenkler.replace("60.", "70–74."), "Ibid., 75."]));
    expect((await notesOf(slug)).map((n) => n.source?.id ?? null)).toEqual(after.map((n) => n.source?.id ?? null));

    const prisma = server.db.prisma;
    expect(await prisma.footnote.count({ where: { post: { slug } } })).toBe(3);
    expect(await prisma.source.count({ where: { title: { startsWith: "The Wealth of Networks" } } })).toBe(1);
    // Open Access was cited only here, and no longer is.
    expect(await prisma.source.count({ where: { title: "Open Access" } })).toBe(0);
  });
});

describe("notes full of lead-ins", () => {
  const leadIns = (count: number) => `${Array.from({ length: count }, (_, i) => (i % 2 ? "cf. this, " : "see that, ")).join("")}and so on.`;

  it("cost the parser the same few attempts however many lead-ins they hold", () => {
    const attempts = (note: string) => {
      const stats: NoteParseStats = { starts: 0 };
      expect(parseNote(note, stats)).toEqual({ kind: "unparsed", review: null });
      return stats.starts;
    };
    const few = attempts(leadIns(100));
    expect(few).toBeLessThanOrEqual(MAX_CITATION_STARTS);
    // 200 times the lead-ins, the same work per character: linear in the note's length, not quadratic.
    expect(attempts(leadIns(20_000))).toBe(few);
  });

  it("still find a citation after the first lead-ins, and save a post whose note holds twenty thousand", async () => {
    const cited = parseNote(
      "Cf. the debate in note 3; see, for example, the survey; see also Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 58.",
    );
    expect(cited).toMatchObject({ kind: "full", source: { title: "Governing the Commons", year: 1990 }, pages: "58" });

    const { token } = await issueToken(server.db.prisma, "ada-reyes", "AUTHOR");
    const body = essayWith([leadIns(20_000).slice(0, 190_000)]);
    const created = dataOf(await server.execute(CreateLeadInPost, { input: { title: "Lead-ins", body, publish: true } }, { token }));
    expect(created.createPost).toMatchObject({ __typename: "PostPayload", post: { slug: "lead-ins" } });
    const [note] = await notesOf("lead-ins");
    expect(note).toMatchObject({ number: 1, kind: "NOTE", source: null });
  });
});
