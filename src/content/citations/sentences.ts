// The parts of a reference-list entry (author–date, MLA, a bibliography):
// split at ". " where a new part begins, not after an initial or an
// abbreviation, and never inside a quoted title.

const NO_BREAK_AFTER =
  /^(?:\p{Lu}\.|\p{Lu}\.-\p{Lu}\.|(?:\p{Lu}\.){2,3}|St\.|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Vol\.|vol\.|No\.|no\.|Ed\.|Eds\.|ed\.|eds\.|pp\.|p\.|Inc\.|Ltd\.|Co\.|Jr\.|Sr\.|U\.S\.|U\.K\.|vs\.|e\.g\.|i\.e\.|et al\.|al\.|trans\.|Trans\.|rev\.|Rev\.)$/u;

export function sentences(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const token of text.split(/(?<=[.?!]["”’'\uE001]?)\s+/)) {
    current = current ? `${current} ${token}` : token;
    const last = current.split(/\s+/).slice(-2).join(" ");
    const word = current.split(/\s+/).at(-1) ?? "";
    if (NO_BREAK_AFTER.test(word) || NO_BREAK_AFTER.test(last)) continue;
    // Inside an open quotation the title goes on.
    const curly = (current.match(/“/g) ?? []).length - (current.match(/”/g) ?? []).length;
    const straight = (current.match(/"/g) ?? []).length % 2;
    if (curly > 0 || straight === 1) continue;
    // Inside parentheses too: "(R. Nice, Trans.)", "(Vol. 1; B. Fowkes, Trans.)".
    if ((current.match(/\(/g) ?? []).length > (current.match(/\)/g) ?? []).length) continue;
    parts.push(current.trim());
    current = "";
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
