// Parsing and rendering Markdown costs far more than reading it from the
// database, and the same texts are rendered again on every request. Results
// are kept per process, keyed by the text itself (so an edit is a new key),
// in an LRU bounded by the characters it holds.

const MAX_CHARACTERS = 32 * 1024 * 1024;

const entries = new Map<string, string>();
let characters = 0;

export function memoizeRendering(kind: string, source: string, render: (source: string) => string): string {
  const key = `${kind}\u0000${source}`;
  const hit = entries.get(key);
  if (hit !== undefined) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const value = render(source);
  entries.set(key, value);
  characters += key.length + value.length;
  for (const [oldKey, oldValue] of entries) {
    if (characters <= MAX_CHARACTERS) break;
    entries.delete(oldKey);
    characters -= oldKey.length + oldValue.length;
  }
  return value;
}
