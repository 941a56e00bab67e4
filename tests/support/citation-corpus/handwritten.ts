import { emptySource } from "../../../src/content/citations/types.js";
import type { CorpusEssay, CorpusNote, ExpectedSource, Kind } from "./render.js";

// Notes written one by one, as essays on a bilingual blog write them and as
// other systems hand them over: commentary that must stay a plain note, lead-ins,
// several works in one note, reprints, forthcoming books, law-review "Id.",
// names in two scripts, and repeats of notes the parser cannot read.

function source(kind: Kind, fields: Partial<ExpectedSource> & Pick<ExpectedSource, "title">): ExpectedSource {
  return { ...emptySource(kind), ...fields };
}

const plain = (text: string): CorpusNote => ({ form: "plain", text });

/** Commentary and citations of things that are not works: each must stay a plain note with no source. */
const COMMENTARY = [
  "On this point I follow the fellows' seminar discussion of March 2024.",
  "All translations from the Chinese are my own unless noted otherwise.",
  "My thanks to the anonymous reviewers for pressing me on this point.",
  "Interview with the author, Shanghai, March 3, 2024.",
  "Personal communication with a village cadre, July 2023.",
  "The figures are rounded to the nearest thousand (see Table 2).",
  "See the discussion in section 3 above.",
  "Compare the opposite view, discussed in the previous response to this prompt.",
  "I use “commons” in the broad sense, following common usage rather than any one author.",
  "This is a point the other responses make too, in different ways.",
  "For the purposes of this essay, “village” and “community” are used interchangeably.",
  "Emphasis in the original.",
  "The names of interviewees have been changed.",
  "Field notes, Liangzhuang, August 12, 2019.",
  "Author’s calculation from the 2020 census tables.",
  "Cf. the remarks on method in the introduction.",
  "The survey (2021) asked 1,204 households the same nine questions.",
  "Quoted from memory; the wording may differ slightly.",
  "Here and below, page numbers refer to the 1998 edition.",
  "A fuller version of this argument appears in my dissertation, in progress.",
  "Thanks to Wei Lin and Sarah Okafor for comments on an earlier draft.",
  "The term is contested; see the debate summarized in note 4.",
  "Unpublished lecture notes, Spring 2022.",
  "In the original: “the land belongs to those who work it.”",
  "The map in figure 1 was drawn by the author.",
  "Draft of March 2, 2025; please do not cite without permission.",
  "这一点感谢匿名评审人的意见。",
  "本文所引译文均为笔者自译。",
  "参见本文第二节的讨论。",
  "访谈记录，2023年7月，北京。",
  "笔者2019年8月在梁庄的田野笔记。",
  "数据来自笔者整理的统计表（2020）。",
  "此处采用通行的说法，不一一注明。",
  "原文如此。",
  "Ibid-like words in commentary do not count: idle speculation aside, the point stands.",
  "Smith's remark (2019) is quoted in several responses.",
  "Chapter 3 develops this further, pp. 40–52 of the draft.",
  "On Ostrom's design principles, more below.",
  "A question the fellows left open (Spring 2024).",
  "Published posts in this discussion number twelve (as of 2026).",
];

const essays: CorpusEssay[] = [];
COMMENTARY.forEach((text, i) => essays.push({ id: `commentary/${i + 1}`, notes: [plain(text)] }));

const full = (text: string, style: CorpusNote extends infer N ? (N extends { form: "full"; style: infer S } ? S : never) : never, work: string, pages: string | null, expected: ExpectedSource): CorpusNote => ({
  form: "full",
  text,
  style,
  work,
  pages,
  expected,
});

const ostrom = source("BOOK", {
  authors: ["Elinor Ostrom"],
  title: "Governing the Commons: The Evolution of Institutions for Collective Action",
  place: "Cambridge",
  publisher: "Cambridge University Press",
  year: 1990,
});
const hardin = source("ARTICLE", { authors: ["Garrett Hardin"], title: "The Tragedy of the Commons", container: "Science", volume: "162", issue: "3859", year: 1968 });

essays.push(
  {
    // A citation, then commentary in the same note; the short form then an "Ibid." of it.
    id: "handwritten/commentary-after",
    notes: [
      full(
        "Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 58. Ostrom’s point here is about monitoring, not sanctions.",
        "CHICAGO",
        "ostrom-commons",
        "58",
        ostrom,
      ),
      { form: "short", text: "Ostrom, *Governing the Commons*, 90–91; on monitoring see also 94.", work: "ostrom-commons", pages: "90–91", refersTo: 1 },
      { form: "ibid", text: "Ibid.", work: "ostrom-commons", pages: null, refersTo: 2 },
    ],
  },
  {
    // Two works in one note: the first is the note's source.
    id: "handwritten/two-works",
    notes: [
      full(
        "Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244; see also Elinor Ostrom, *Governing the Commons* (Cambridge: Cambridge University Press, 1990), 2–3.",
        "CHICAGO",
        "hardin-tragedy",
        "1244",
        hardin,
      ),
      { form: "ibid", text: "Ibid., 1245.", work: "hardin-tragedy", pages: "1245", refersTo: 1 },
    ],
  },
  {
    // An "Ibid." after a note that is no citation repeats that note, and has no source.
    id: "handwritten/ibid-after-plain",
    notes: [
      plain("Interview with a retired teacher, Liangzhuang, August 14, 2019."),
      { form: "ibid", text: "Ibid.", work: null, pages: null, refersTo: 1 },
      { form: "ibid", text: "同上。", work: null, pages: null, refersTo: 2 },
    ],
  },
  {
    // A reprint: the edition cited is the one after "repr."; a volume's editor after the title.
    id: "handwritten/reprint",
    notes: [
      full(
        "Thomas Hobbes, *Leviathan*, ed. C. B. Macpherson (1651; repr., London: Penguin Books, 1985), 186.",
        "CHICAGO",
        "hobbes-leviathan",
        "186",
        source("BOOK", { authors: ["Thomas Hobbes"], title: "Leviathan", editors: ["C. B. Macpherson"], place: "London", publisher: "Penguin Books", year: 1985 }),
      ),
      { form: "short", text: "Hobbes, *Leviathan*, 188.", work: "hobbes-leviathan", pages: "188", refersTo: 1 },
    ],
  },
  {
    id: "handwritten/forthcoming",
    notes: [
      full(
        "Mei Zhang, *Reading Together: Fellowship and Argument on a University Blog* (Chicago: University of Chicago Press, forthcoming).",
        "CHICAGO",
        "zhang-forthcoming",
        null,
        source("BOOK", { authors: ["Mei Zhang"], title: "Reading Together: Fellowship and Argument on a University Blog", place: "Chicago", publisher: "University of Chicago Press" }),
      ),
    ],
  },
  {
    // Law-review repeats: "Id." and "Id. at".
    id: "handwritten/legal-id",
    notes: [
      full(
        "Carol Rose, “The Comedy of the Commons: Custom, Commerce, and Inherently Public Property,” *University of Chicago Law Review* 53, no. 3 (1986): 711.",
        "CHICAGO",
        "rose-comedy",
        "711",
        source("ARTICLE", {
          authors: ["Carol Rose"],
          title: "The Comedy of the Commons: Custom, Commerce, and Inherently Public Property",
          container: "University of Chicago Law Review",
          volume: "53",
          issue: "3",
          year: 1986,
        }),
      ),
      { form: "ibid", text: "Id. at 720.", work: "rose-comedy", pages: "720", refersTo: 1 },
      { form: "ibid", text: "*Id.*", work: "rose-comedy", pages: null, refersTo: 2 },
    ],
  },
  {
    // A romanized Chinese name family name first, and the original title in characters.
    id: "handwritten/two-scripts",
    notes: [
      full(
        "Fei Xiaotong, *Xiangtu Zhongguo* (Beijing: Sanlian Shudian, 1985), 12.",
        "CHICAGO",
        "fei-xiangtu-pinyin",
        "12",
        source("BOOK", { authors: ["Fei Xiaotong"], title: "Xiangtu Zhongguo", place: "Beijing", publisher: "Sanlian Shudian", year: 1985 }),
      ),
      { form: "short", text: "Fei, *Xiangtu Zhongguo*, 14.", work: "fei-xiangtu-pinyin", pages: "14", refersTo: 1 },
      { form: "ibid", text: "Ibid., 15.", work: "fei-xiangtu-pinyin", pages: "15", refersTo: 2 },
    ],
  },
  {
    // Short forms in a row, of two works, and Ibid. after each.
    id: "handwritten/interleaved",
    notes: [
      full(
        "Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1243.",
        "CHICAGO",
        "hardin-tragedy",
        "1243",
        hardin,
      ),
      full(
        "Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 2.",
        "CHICAGO",
        "ostrom-commons",
        "2",
        ostrom,
      ),
      { form: "short", text: "Hardin, “Tragedy,” 1244.", work: "hardin-tragedy", pages: "1244", refersTo: 1 },
      { form: "ibid", text: "Ibid.", work: "hardin-tragedy", pages: null, refersTo: 3 },
      { form: "short", text: "Ostrom, *Governing*, 3.", work: "ostrom-commons", pages: "3", refersTo: 2 },
      { form: "ibid", text: "Ibid., 4–5.", work: "ostrom-commons", pages: "4–5", refersTo: 5 },
      { form: "short", text: "Hardin, 1245.", work: "hardin-tragedy", pages: "1245", refersTo: 1 },
    ],
  },
  {
    // Quoted in: the work cited is the one the quotation was found in.
    id: "handwritten/quoted-in",
    notes: [
      full(
        "Quoted in Peter Linebaugh, *The Magna Carta Manifesto: Liberties and Commons for All* (Berkeley: University of California Press, 2008), 45.",
        "CHICAGO",
        "linebaugh-magna-carta",
        "45",
        source("BOOK", {
          authors: ["Peter Linebaugh"],
          title: "The Magna Carta Manifesto: Liberties and Commons for All",
          place: "Berkeley",
          publisher: "University of California Press",
          year: 2008,
        }),
      ),
    ],
  },
  {
    // A Chinese note with the place left out and the year in Western form; then repeats in the three Chinese shapes.
    id: "handwritten/chinese-mixed",
    notes: [
      full("梁鸿：《中国在梁庄》，江苏人民出版社，2010年，第33页。", "CHINESE", "liang-liangzhuang", "33", source("BOOK", { authors: ["梁鸿"], title: "中国在梁庄", publisher: "江苏人民出版社", year: 2010 })),
      { form: "ibid", text: "同上，第35—36页。", work: "liang-liangzhuang", pages: "35–36", refersTo: 1 },
      { form: "short", text: "梁鸿：《中国在梁庄》，第40页。", work: "liang-liangzhuang", pages: "40", refersTo: 1 },
      { form: "ibid", text: "同上书，第41页。", work: "liang-liangzhuang", pages: "41", refersTo: 3 },
    ],
  },
  {
    // 参见 before a Chinese citation.
    id: "handwritten/chinese-see",
    notes: [
      full(
        "参见费孝通：《乡土中国》，北京：北京出版社，2005年，第12页。",
        "CHINESE",
        "fei-xiangtu",
        "12",
        source("BOOK", { authors: ["费孝通"], title: "乡土中国", place: "北京", publisher: "北京出版社", year: 2005 }),
      ),
    ],
  },
  {
    // An English note citing an English translation, in a Chinese essay's English version.
    id: "handwritten/translated",
    notes: [
      full(
        "Liang Hong, *China in One Village: The Story of One Town and the Changing World*, trans. Emily Goedde (London: Verso, 2021), 12.",
        "CHICAGO",
        "liang-village",
        "12",
        source("BOOK", {
          authors: ["Liang Hong"],
          title: "China in One Village: The Story of One Town and the Changing World",
          translators: ["Emily Goedde"],
          place: "London",
          publisher: "Verso",
          year: 2021,
        }),
      ),
      { form: "short", text: "Liang, *China in One Village*, 19.", work: "liang-village", pages: "19", refersTo: 1 },
    ],
  },
  {
    // A web page cited with its title as the link, the way a blog editor pastes it.
    id: "handwritten/linked-title",
    notes: [
      full(
        "Cory Doctorow, “[The ‘Enshittification’ of TikTok](https://www.wired.com/story/tiktok-platforms-cory-doctorow/),” *Wired*, January 23, 2023.",
        "CHICAGO",
        "doctorow-tiktok",
        null,
        source("WEB_PAGE", {
          authors: ["Cory Doctorow"],
          title: "The ‘Enshittification’ of TikTok",
          container: "Wired",
          year: 2023,
          url: "https://www.wired.com/story/tiktok-platforms-cory-doctorow/",
        }),
      ),
      { form: "short", text: "Doctorow, “Enshittification.”", work: "doctorow-tiktok", pages: null, refersTo: 1 },
    ],
  },
  {
    // A book without a place, and one with "n.d."
    id: "handwritten/no-place",
    notes: [
      full(
        "David Graeber and David Wengrow, *The Dawn of Everything: A New History of Humanity* (Farrar, Straus and Giroux, 2021), 27.",
        "CHICAGO",
        "graeber-wengrow-dawn",
        "27",
        source("BOOK", {
          authors: ["David Graeber", "David Wengrow"],
          title: "The Dawn of Everything: A New History of Humanity",
          publisher: "Farrar, Straus and Giroux",
          year: 2021,
        }),
      ),
      { form: "short", text: "Graeber and Wengrow, *Dawn of Everything*, 30.", work: "graeber-wengrow-dawn", pages: "30", refersTo: 1 },
      { form: "ibid", text: "Ibidem, 31.", work: "graeber-wengrow-dawn", pages: "31", refersTo: 2 },
    ],
  },
  {
    // A name with a particle and one with a suffix.
    id: "handwritten/particles-suffix",
    notes: [
      full(
        "Martin Luther King Jr., *Why We Can’t Wait* (New York: Harper & Row, 1964), 77.",
        "CHICAGO",
        "king-wait",
        "77",
        source("BOOK", { authors: ["Martin Luther King Jr."], title: "Why We Can’t Wait", place: "New York", publisher: "Harper & Row", year: 1964 }),
      ),
      full(
        "Alexis de Tocqueville, *Democracy in America*, trans. Arthur Goldhammer (New York: Library of America, 2004), 595.",
        "CHICAGO",
        "tocqueville-democracy",
        "595",
        source("BOOK", {
          authors: ["Alexis de Tocqueville"],
          title: "Democracy in America",
          translators: ["Arthur Goldhammer"],
          place: "New York",
          publisher: "Library of America",
          year: 2004,
        }),
      ),
      { form: "short", text: "King, *Why We Can’t Wait*, 79.", work: "king-wait", pages: "79", refersTo: 1 },
      { form: "short", text: "Tocqueville, *Democracy in America*, 600.", work: "tocqueville-democracy", pages: "600", refersTo: 2 },
    ],
  },
  {
    // A note from a word processor: the title lost its italics, the quotes are straight, the pages have "pp." and a hyphen.
    id: "handwritten/word-processor",
    notes: [
      full(
        "James C. Scott, Seeing Like a State: How Certain Schemes to Improve the Human Condition Have Failed (New Haven: Yale University Press, 1998), pp. 4-5. ",
        "CHICAGO",
        "scott-state",
        "4–5",
        source("BOOK", {
          authors: ["James C. Scott"],
          title: "Seeing Like a State: How Certain Schemes to Improve the Human Condition Have Failed",
          place: "New Haven",
          publisher: "Yale University Press",
          year: 1998,
        }),
      ),
      { form: "short", text: "Scott, Seeing Like a State, 11.", work: "scott-state", pages: "11", refersTo: 1 },
      { form: "ibid", text: "Ibid, 12", work: "scott-state", pages: "12", refersTo: 2 },
    ],
  },
);

export function handwrittenEssays(): CorpusEssay[] {
  return essays;
}
