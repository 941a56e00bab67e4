import { LINK_OPEN, linkFrom, plain, type FlatNote } from "./flat.js";
import { normalizeEdition, normalizePages } from "./locators.js";
import { emptySource, type Candidate, type ParsedSource } from "./types.js";

// Chinese-language citations, as the bilingual blogs Colloquy serves write
// them: full-width punctuation, titles in book-title marks, the year with 年.
//   费孝通：《乡土中国》，北京：北京出版社，2005年，第12页。
//   费孝通：《乡土中国》，北京出版社2005年版，第12页。
//   [美]詹姆斯·C. 斯科特：《国家的视角》，王晓毅译，北京：社会科学文献出版社，2004年，第3页。
//   王汎森：《思想史研究方法经验谈》，《近代中国史研究通讯》2001年第32期，第12页。
//   陈平原：《作为学科的文学史》，载陈平原主编《中国现代学术之建立》，北京：北京大学出版社，1998年，第5页。
// and the reference-list form of GB/T 7714:
//   费孝通. 乡土中国[M]. 北京: 北京出版社, 2005: 12.
//   王汎森. 思想史研究方法经验谈[J]. 近代中国史研究通讯, 2001(32): 12-15.

/** Full-width punctuation as its ASCII counterpart, so that one pattern reads both. */
function halfWidth(text: string): string {
  return text
    .replace(/：/g, ":")
    .replace(/，/g, ",")
    .replace(/。/g, ".")
    .replace(/；/g, ";")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/［/g, "[")
    .replace(/］/g, "]")
    .replace(/\u3000/g, " ")
    .replace(/[—–－]/g, "-");
}

/** 第12页, 第12-15页; a newspaper's page, 第1版. */
function pagesOf(text: string): string | null {
  const page = /第\s*([\d\s,-]+?)\s*页/.exec(text) ?? /\d{1,2}\s*日\s*第\s*(\d+)\s*版/.exec(text);
  return page ? normalizePages(page[1]!.trim()) : null;
}

/** 修订版 and 修订本 as "rev. ed."; 第7版 or 7版 as "7th ed.". */
function chineseEdition(text: string): string {
  const number = /(\d+)/.exec(text);
  return number ? normalizeEdition(number[1]!) : "rev. ed.";
}

/** Names joined by 、 or ， with a nationality in brackets before them, and 等 for "et al.": 费孝通; [美]詹姆斯·C. 斯科特; 张三、李四等. */
function chineseNames(text: string): { names: string[]; role: "AUTHOR" | "EDITOR" } | null {
  let names = text.trim();
  // "参见费孝通": a lead-in, after which the citation is read again.
  if (/^(?:参见|参看|见|转引自|引自|详见)/.test(names)) return null;
  let role: "AUTHOR" | "EDITOR" = "AUTHOR";
  if (/(?:主编|编著|编)$/.test(names)) {
    role = "EDITOR";
    names = names.replace(/[,\s]*(?:主编|编著|编)$/, "");
  }
  names = names.replace(/(?:著|撰|等著|等)$/, "").replace(/等$/, "");
  const list = names
    // "中共中央 国务院": two bodies, set apart by a space, as official documents print them.
    .split(/[、,;]|\s+和\s+|\s+and\s+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .map((name) => name.replace(/^\s*[[(（〔【][^\])）〕】]{1,4}[\])）〕】]\s*/, "").trim())
    .filter(Boolean);
  if (list.length === 0 || list.length > 12) return null;
  // A Chinese, Japanese or Korean name, or a romanized or foreign name in Chinese transcription (with its ·).
  if (!list.every((name) => /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·.\s\p{L}-]{1,40}$/u.test(name) && [...name].length <= 30)) return null;
  return { names: list, role };
}

function readNoteStyle(note: FlatNote, start: number): Candidate | null {
  const original = note.text.slice(start);
  const text = halfWidth(plain(original));
  // "[美]彭慕兰著，史建云译：《大分流》": the translators named with the author, before the title.
  const translatedHead = /^([^:,《]{1,60}?)(?:著|撰)\s*,\s*([^:,《]{1,60}?)(?:等)?译\s*[:,]\s*《([^》]+)》\s*,?\s*(.*)$/u.exec(text);
  const head = translatedHead ? [translatedHead[0], translatedHead[1], translatedHead[3], translatedHead[4]] : /^([^:,《]{1,60})[:,]\s*《([^》]+)》\s*,?\s*(.*)$/u.exec(text);
  if (!head) return null;
  const authors = chineseNames(head[1]!);
  if (!authors) return null;
  let rest = head[3]!;
  const source: ParsedSource = { ...emptySource("BOOK"), authors: authors.names, authorRole: authors.role, title: head[2]!.trim() };
  if (authors.role === "EDITOR") source.editors = [...authors.names];
  if (translatedHead) source.translators = translatedHead[2]!.split(/[、,]/).map((name) => name.trim()).filter(Boolean);
  // "（修订版）", "（第7版）": the edition, after the title.
  const edition = /^\(\s*(修订版|修订本|增订版|增订本|第\s*\d+\s*版)\s*\)\s*,?\s*/.exec(rest);
  if (edition) {
    source.edition = chineseEdition(edition[1]!);
    rest = rest.slice(edition[0].length);
  }
  // "《鲁迅全集》第1卷": a volume of the work.
  const volume = /^第\s*(\d+|[一二三四五六七八九十]+)\s*(?:卷|册)\s*,?\s*/.exec(rest);
  if (volume) {
    source.volume = volume[1]!;
    rest = rest.slice(volume[0].length);
  }
  // "鲁迅：《中国小说史略》，《鲁迅全集》第9卷，北京：…": a work within collected works.
  const collected = /^《([^》]+)》\s*第\s*(\d+|[一二三四五六七八九十]+)\s*(?:卷|册)\s*,\s*/.exec(rest);
  if (collected) {
    source.kind = "CHAPTER";
    source.container = collected[1]!.trim();
    source.volume = collected[2]!;
    rest = rest.slice(collected[0].length);
    const imprint = readImprint(rest);
    if (!imprint) return null;
    Object.assign(source, imprint);
    return { source, pages: pagesOf(rest), style: "CHINESE", confidence: 0.85 };
  }
  const pages = pagesOf(rest);
  const translated = /^([^,]{1,40}?)(?:等)?译\s*,\s*/.exec(rest);
  if (translated) {
    source.translators = translated[1]!.split(/[、,]/).map((name) => name.trim()).filter(Boolean);
    rest = rest.slice(translated[0].length);
  }
  let confidence = 0;
  let match: RegExpExecArray | null;
  if ((match = /^(?:载|见)?\s*《([^》]+)》\s*第\s*(\d+)\s*卷\s*(?:第\s*(\d+)\s*(?:号|期))?\s*,?\s*(\d{4})\s*年/.exec(rest))) {
    // 载《新青年》第4卷第5号，1918年5月: a periodical numbered by volume and number, then dated.
    source.kind = "ARTICLE";
    source.container = match[1]!.trim();
    source.volume = match[2]!;
    source.issue = match[3] ?? null;
    source.year = Number(match[4]);
    confidence = 0.88;
  } else if ((match = /^(?:载|见)?\s*《([^》]+)》\s*,?\s*(\d{4})\s*年\s*(?:第\s*(\d+)\s*期|(\d{1,2})\s*月)/.exec(rest))) {
    source.kind = "ARTICLE";
    source.container = match[1]!.trim();
    source.year = Number(match[2]);
    source.issue = match[3] ?? null;
    confidence = 0.9;
  } else if ((match = /^《([^》]+)》\s*,\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(rest))) {
    // A newspaper, by date.
    source.kind = "ARTICLE";
    source.container = match[1]!.trim();
    source.year = Number(match[2]);
    confidence = 0.85;
  } else if ((match = /^载\s*(?:(.+?)(?:主编|编)\s*:?\s*)?《([^》]+)》\s*,\s*(.+)$/.exec(rest))) {
    source.kind = "CHAPTER";
    source.container = match[2]!.trim();
    if (match[1]) source.editors = match[1].split(/[、,]/).map((name) => name.trim()).filter(Boolean);
    const imprint = readImprint(match[3]!);
    if (!imprint) return null;
    Object.assign(source, imprint);
    confidence = 0.88;
  } else if (original.includes(LINK_OPEN)) {
    source.kind = "WEB_PAGE";
    source.url = linkFrom(note, start);
    if (!source.url) return null;
    // The site before the address, if it is named; the date of publication, not the date it was read (访问, 查询, 引用).
    const beforeLink = halfWidth(plain(original.slice(original.indexOf("》") + 1, original.indexOf(LINK_OPEN)))).replace(/^[\s,]+|[\s,]+$/g, "");
    source.container = beforeLink && !/\d{4}\s*年/.test(beforeLink) ? beforeLink : null;
    const published = /(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?!\s*(?:访问|查询|引用|浏览|检索))/.exec(rest.replace(/(\d{4})\s*年[^,.]*?(?:访问|查询|引用|浏览|检索)/g, ""));
    source.year = published ? Number(published[1]) : null;
    confidence = 0.8;
  } else {
    const imprint = readImprint(rest);
    if (!imprint) return null;
    Object.assign(source, imprint);
    confidence = imprint.publisher ? 0.9 : 0.75;
  }
  return { source, pages, style: "CHINESE", confidence };
}

/** 北京: 北京出版社, 2005年 / 北京出版社2005年版 / 北京出版社, 2005. */
function readImprint(text: string): Pick<ParsedSource, "place" | "publisher" | "year"> | null {
  const match = /^(?:([^:,]{1,12}):\s*)?([^,:]{2,40}?)\s*,?\s*(\d{4})\s*(?:年(?:版)?)?/.exec(text.trim());
  if (!match) return null;
  const publisher = match[2]!.trim();
  // A publisher is a name, not a periodical ("载《新青年》…") or a volume.
  if (!/[\p{Script=Han}\p{L}]/u.test(publisher) || /[《》]|^(?:载|见)|第\s*\d+\s*(?:卷|期|号)/.test(publisher)) return null;
  return { place: match[1]?.trim() || null, publisher, year: Number(match[3]) };
}

/** GB/T 7714: `作者. 题名[M]. 出版地: 出版者, 年: 页码.` and `[J]`, `[EB/OL]`. */
function readGbtStyle(note: FlatNote, start: number): Candidate | null {
  const original = note.text.slice(start);
  const text = halfWidth(plain(original));
  // The names end at the first period that is not an initial's ("詹姆斯·C. 斯科特").
  const head = /^(.{1,80}?)(?<![A-Z])\.\s*(.+?)\s*\[(M|J|C|D|N|R|EB\/OL|G|Z)\]\s*\.?\s*(.*)$/u.exec(text);
  if (!head) return null;
  const authors = chineseNames(head[1]!.replace(/,\s*(?=\S)/g, "、").replace(/、(主编|编著|编)$/, "$1"));
  if (!authors) return null;
  const source: ParsedSource = { ...emptySource("BOOK"), authors: authors.names, authorRole: authors.role, title: head[2]!.trim() };
  if (authors.role === "EDITOR") source.editors = [...authors.names];
  let rest = head[4]!;
  // "2版." or "修订版.": the edition, after the type.
  const edition = /^((?:第\s*)?\d+\s*版|修订版|修订本)\s*\.\s*/.exec(rest);
  if (edition) {
    source.edition = chineseEdition(edition[1]!);
    rest = rest.slice(edition[0].length);
  }
  // A translator after the title: "王晓毅, 译."
  const translated = /^([^.:]{1,60}?),?\s*(?:等)?译\s*\.\s*/.exec(rest);
  if (translated) {
    source.translators = translated[1]!.split(/[、,]\s*/).map((name) => name.trim()).filter(Boolean);
    rest = rest.slice(translated[0].length);
  }
  let pages: string | null = null;
  let match: RegExpExecArray | null;
  if (head[3] === "J" || head[3] === "N") {
    if (!(match = /^([^,]+),\s*(\d{4})\s*(?:,\s*(\d+))?\s*(?:\((\d+)\))?\s*(?::\s*([\d-]+))?/.exec(rest))) return null;
    source.kind = "ARTICLE";
    source.container = match[1]!.trim();
    source.year = Number(match[2]);
    source.volume = match[3] ?? null;
    source.issue = match[4] ?? null;
    pages = match[5] ? normalizePages(match[5]) : null;
  } else if (head[3] === "EB/OL") {
    source.kind = "WEB_PAGE";
    source.url = original.includes(LINK_OPEN) ? linkFrom(note, start) : null;
    // "(2020-01-01)" is when the page was published, "[2026-02-01]" when it was read.
    const year = /\((\d{4})[^)]*\)/.exec(rest.replace(/\[[^\]]*\]/g, ""));
    source.year = year ? Number(year[1]) : null;
    if (!source.url) return null;
  } else if (head[3] === "C" && (match = /^\/\/\s*([^.]+?)\.\s*(.+?)\.\s*(?:([^:,]+):\s*)?([^,]+),\s*(\d{4})(?:\s*:\s*([\d-]+))?/.exec(rest))) {
    // A chapter: 题名[C]//编者. 书名. 出版地: 出版者, 年: 页码.
    source.kind = "CHAPTER";
    const host = match[1]!.replace(/[,\s]*(?:主编|编)$/, "").split(/[、,]\s*/).map((name) => name.trim()).filter(Boolean);
    // The host's responsible person: its editor, as a rule (in a collection of the author's own, the author again).
    source.editors = host;
    source.container = match[2]!.trim();
    source.place = match[3]?.trim() || null;
    source.publisher = match[4]!.trim();
    source.year = Number(match[5]);
    pages = match[6] ? normalizePages(match[6]) : null;
  } else {
    if (!(match = /^(?:([^:,]+):\s*)?([^,]+),\s*(\d{4})(?:\s*:\s*([\d-]+))?/.exec(rest))) return null;
    source.place = match[1]?.trim() || null;
    source.publisher = match[2]!.trim();
    source.year = Number(match[3]);
    pages = match[4] ? normalizePages(match[4]) : null;
  }
  return { source, pages, style: "CHINESE", confidence: 0.9 };
}

export function readChineseAt(note: FlatNote, start: number): Candidate | null {
  return readNoteStyle(note, start) ?? readGbtStyle(note, start);
}
