// Characters no stored text may hold: those XML 1.0 forbids (the C0 controls
// other than tab, line feed and carriage return, and U+FFFE and U+FFFF) and
// lone surrogates, which are not characters at all. Feeds are XML, and
// PostgreSQL refuses U+0000 outright. The API refuses such text, naming the
// character; the importer, which reads what other systems exported, strips it.

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "g");

/** The first forbidden character, as "U+000B", and where it is (0-based, in UTF-16 units); null when there is none. */
export function forbiddenCharacter(text: string): { codePoint: string; index: number } | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  return { codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, index: match.index };
}

/** The text without its forbidden characters, and how many there were. */
export function stripForbiddenCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(FORBIDDEN_ALL, () => {
    removed += 1;
    return "";
  });
  return { text: cleaned, removed };
}
