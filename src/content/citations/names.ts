import { CJK } from "./flat.js";

// Names as notes print them: "Elinor Ostrom", "C. S. Smith", "MJJ van
// Rensburg", "Martin Luther King Jr.", "World Health Organization", "OECD",
// "费孝通", "김현식"; in lists joined by commas, "and" or "&", with "et al.";
// and, for author–date and MLA references, inverted: "Ostrom, E.",
// "Hess, Charlotte". A byline that does not read as names is no byline.

export type AuthorRole = "AUTHOR" | "EDITOR";

export interface Byline {
  names: string[];
  /** The list ended in "et al.": more names stand behind the first ones. */
  etAl: boolean;
  role: AuthorRole;
}

const PARTICLES = new Set([
  "de", "del", "della", "der", "den", "di", "da", "du", "des", "la", "le", "van", "von", "vom", "zu", "y", "bin", "ibn", "ten", "ter",
  "dos", "das", "do", "e", "st.", "al", "el",
]);
const ORGANIZATION_WORDS = new Set(["of", "the", "for", "on", "in", "and", "&"]);
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V)$/;
/** Words that open commentary, never a name. */
const LEAD_WORDS = new Set([
  "see", "cf", "cf.", "compare", "contra", "also", "quoted", "cited", "on", "for", "in", "as", "but", "however",
  "similarly", "e.g.", "e.g.,", "here", "again", "thus", "this", "that", "my", "our", "i", "the", "a", "an", "ibid.", "ibid", "id.",
]);

const ORGANIZATION =
  /\b(?:Library|Museum|University|College|Institute|Foundation|Association|Society|Organi[sz]ation|Council|Department|Agency|Commission|Center|Centre|Office|Bureau|Trust|Project|Archives?|Committee|Ministry|Press|Bank|Fund|Group|Board|Service|Union|Network|Alliance|Federation|Academy|Company|Corporation|Inc\.?|Ltd\.?|Programme|Program|Nations|Forum|Conference|Survey)\b/;

export function isOrganization(name: string): boolean {
  return ORGANIZATION.test(name) || /^[A-Z][A-Z&.-]{1,11}$/.test(name) || (CJK.test(name) && /(?:组织|委员会|大学|学会|研究院|研究所|协会|部|局|中心|署|院)$/.test(name));
}

/** A word of a personal name: capitalized, a particle, initials, or CJK script, which has no case. */
function isNameWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  if (CJK.test(word)) return /^[\p{L}\p{M}·・.-]+$/u.test(word);
  return (
    /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) ||
    PARTICLES.has(word.toLowerCase()) ||
    /^(?:d['’]|al-|el-|de'|dell['’]|l['’])\p{L}/u.test(word)
  );
}

/**
 * A personal or corporate name as printed in natural order. A single word
 * passes only where `allowSingleWord` says so (a byline of one name: "Plato",
 * "OECD"), or in CJK script, where a whole name is one word.
 */
export function isNaturalName(name: string, allowSingleWord: boolean, maxWords = 7): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  const lead = words[0]!.toLowerCase();
  if (LEAD_WORDS.has(lead) && lead !== "the") return false;
  // "The New York Public Library" is a name although "The" opens commentary too: every other word is capitalized.
  if (isOrganization(name) && words.every((w) => isNameWord(w) || ORGANIZATION_WORDS.has(w.toLowerCase()) || /^\d{4}$/.test(w))) return true;
  if (lead === "the") return false;
  if (!words.every(isNameWord)) return false;
  if (words.length === 1) {
    const word = words[0]!;
    if (CJK.test(word)) return [...word].length >= 2 && [...word].length <= 12;
    return allowSingleWord && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(word);
  }
  // The last word is the family name, or a particle's companion: it must not be a bare particle.
  return !PARTICLES.has(words.at(-1)!.toLowerCase()) || words.length > 2;
}

const ROLE_SUFFIX = /(?:,\s*|\s+)\(?(?:eds?\.?|editors?|comp\.|comps\.|compilers?)\)?$/i;
const ET_AL = /(?:,\s*|\s+)et\s+al\.?$/i;

/** "A and B", "A, B, and C", "A & B", "A et al.", with a trailing "ed." or "eds."; null when it is not a byline of names. */
export function parseNaturalByline(byline: string): Byline | null {
  let text = byline.trim().replace(/[,;:]$/, "").trim();
  let role: AuthorRole = "AUTHOR";
  if (ROLE_SUFFIX.test(text)) {
    role = "EDITOR";
    text = text.replace(ROLE_SUFFIX, "").trim();
  }
  let etAl = false;
  if (ET_AL.test(text)) {
    etAl = true;
    text = text.replace(ET_AL, "").trim();
  }
  if (!text || /[()[\]\uE000-\uE003“”"«»《》:;]/.test(text)) return null;
  const pieces: string[] = [];
  for (const piece of text.split(/\s*,\s*/)) {
    if (NAME_SUFFIX.test(piece) && pieces.length) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece.replace(/^(?:and|&)\s+/i, ""));
  }
  const names = pieces.flatMap((piece) => {
    const parts = piece.split(/\s+(?:and|&|und|et|y|e|og|och|i|и)\s+/);
    if (parts.length === 1) return parts;
    // "Food and Agriculture Organization" is one organization, "Charlotte Hess and Elinor Ostrom" two people.
    if (isOrganization(piece) && !parts.every((part) => isNaturalName(part, false))) return [piece];
    return parts;
  });
  if (names.some((name) => !name)) return null;
  const single = names.length === 1;
  if (!names.every((name) => isNaturalName(name, single))) return null;
  return { names, etAl, role };
}

/** A family name and its given names or initials, as an inverted list writes them: "Ostrom, E.", "Hess, Charlotte", "van Rensburg, M. J. J.". */
function isFamilyName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every(isNameWord) && !LEAD_WORDS.has(words[0]!.toLowerCase());
}

function isGivenNames(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  // Initials ("E.", "J.-P.", "M.J.J.") or given names ("Charlotte", "Jean-Paul").
  return words.every((w) => /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*|\p{Lu}{1,3})$/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** "Family, Given" as "Given Family", the order the other styles print. */
function natural(family: string, given: string): string {
  return `${given} ${family}`.replace(/\s+/g, " ").trim();
}

/**
 * An author–date (APA, Harvard) list of inverted names: "Ostrom, E.",
 * "Hess, C., & Ostrom, E.", "Hess, C. and Ostrom, E.", "Hess, C., Ostrom, E.,
 * Smith, J., et al.", a corporate author, or a CJK name. Names come back in
 * natural order ("E. Ostrom").
 */
export function parseInvertedByline(byline: string): Byline | null {
  // A trailing period may be an initial's ("Ostrom, E."): only a comma goes.
  let text = byline.trim().replace(/,$/, "").trim();
  let role: AuthorRole = "AUTHOR";
  const roleMatch = /\s*\((?:eds?|Ed|Eds|editors?)\.?\)\.?$/i.exec(text);
  if (roleMatch) {
    role = "EDITOR";
    text = text.slice(0, roleMatch.index).trim().replace(/,$/, "");
  }
  let etAl = false;
  if (ET_AL.test(text) || /,?\s*\.\.\.\s*$/.test(text)) {
    etAl = true;
    text = text.replace(ET_AL, "").replace(/,?\s*\.\.\.\s*$/, "").trim();
  }
  if (!text || /[()[\]\uE000-\uE003“”"«»《》;]/.test(text)) return null;
  // A corporate author or a CJK name stands alone; APA sets a period after an organization's name.
  if (!text.includes(",")) {
    const name = text.replace(/(?<!\b\p{Lu})\.$/u, "");
    if (isOrganization(name) || (CJK.test(name) && isNaturalName(name, true))) return { names: [name], etAl, role };
  }
  const parts = text
    .replace(/,?\s+(?:&|and)\s+/g, ", ")
    .split(/\s*,\s*/)
    .filter(Boolean);
  if (parts.length < 2 || parts.length % 2 !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const [family, given] = [parts[i]!, parts[i + 1]!];
    if (!isFamilyName(family) || !isGivenNames(given)) return null;
    names.push(natural(family, given));
  }
  return { names, etAl, role };
}

/**
 * An MLA list: the first name inverted, the others in natural order:
 * "Ostrom, Elinor", "Hess, Charlotte, and Elinor Ostrom", "Hess, Charlotte,
 * et al.", with ", editor" or ", editors" after it.
 */
export function parseMlaByline(byline: string): Byline | null {
  let text = byline.trim().replace(/(?<!\b\p{Lu})\.$/u, "").trim();
  // "King, Martin Luther, Jr.": the suffix goes after the name.
  const suffix = /,\s*(Jr\.?|Sr\.?|II|III|IV)$/.exec(text);
  if (suffix) text = text.slice(0, suffix.index);
  let role: AuthorRole = "AUTHOR";
  const roleMatch = /,\s*(?:editors?|eds?\.)$/i.exec(text);
  if (roleMatch) {
    role = "EDITOR";
    text = text.slice(0, roleMatch.index).trim();
  }
  let etAl = false;
  if (ET_AL.test(text)) {
    etAl = true;
    text = text.replace(ET_AL, "").trim();
  }
  if (!text || /[()[\]\uE000-\uE003“”"«»《》;:]/.test(text)) return null;
  if (!text.includes(",")) {
    // An organization, a CJK name, or a name that is not inverted: "Lu Xun", "Plato".
    if (isOrganization(text) || CJK.test(text)) return { names: [text], etAl, role };
    const words = text.split(/\s+/);
    return words.length <= 3 && isNaturalName(text, true) ? { names: [text], etAl, role } : null;
  }
  const match = /^([^,]+),\s*([^,]+?)(?:,?\s+and\s+(.+))?$/.exec(text);
  if (!match) return null;
  const [, family, given, second] = match;
  if (!isFamilyName(family!) || !isGivenNames(given!)) return null;
  const names = [`${natural(family!, given!)}${suffix ? ` ${suffix[1]!.replace(/^(Jr|Sr)$/, "$1.")}` : ""}`];
  if (second) {
    if (!isNaturalName(second, false)) return null;
    names.push(second);
  }
  return { names, etAl, role };
}

/**
 * The surnames of a short form's byline: "Ostrom", "Hess and Ostrom", "Barthe,
 * Katoen, and Silva", "Sutherland et al.", "van Rensburg", "萨曼 and 高". Null
 * when it is not such a list; a list of full names is not one either.
 */
export function parseSurnames(byline: string): string[] | null {
  const text = byline.trim().replace(/[,;:]$/, "").replace(ET_AL, "").trim();
  if (!text || /[()[\]\uE000-\uE003“”"«»《》:;]/.test(text)) return null;
  const names = text
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .filter(Boolean);
  if (names.length === 0) return null;
  const surname = (name: string) => {
    const words = name.split(/\s+/);
    if (CJK.test(name)) return words.length === 1 && [...name].length <= 6;
    if (words.length > 3 || !words.every(isNameWord) || /^(?:the|a|an)$/i.test(words[0]!)) return false;
    // A surname may carry particles ("van Rensburg", "de la Cruz"); its last word is a capitalized name.
    return /^\p{Lu}/u.test(words.at(-1)!) && words.slice(0, -1).every((word) => PARTICLES.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
  };
  return names.every(surname) ? names : null;
}

const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** The family name by which a name is filed: "King" for "Martin Luther King Jr.", the whole name in CJK script. */
export function familyName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, " ")
    .split(/\s+/)
    .filter((word) => word && !NAME_SUFFIXES.has(word));
  return words.at(-1) ?? "";
}

/**
 * Whether a container is a newspaper or magazine by its name ("New York Times
 * Magazine", "The Atlantic", "人民日报"): an article there is an article, online
 * or not. Other sites' pages ("Medium", "Literary Hub") are web pages.
 */
export function isPeriodicalName(name: string): boolean {
  return (
    /\b(?:Times|Post|Magazine|Journal|Review|Herald|Tribune|Guardian|Atlantic|New Yorker|Economist|Gazette|Telegraph|Chronicle|Observer|Independent|Monthly|Weekly|Quarterly|Newsweek|Newspaper|Spectator|Harper['’]s|Le Monde|Spiegel|Zeitung|Financial|Bulletin|Wall Street|Globe|Mail|Express)\b/.test(name) ||
    /(?:报|杂志|周刊|月刊|日报|晚报)$/.test(name)
  );
}
