import { LRUCache } from "lru-cache";

// Every memo that a request can add to is bounded twice: in entries and in
// the characters it holds, so that a few huge keys cannot take the memory
// that many small ones were allowed. Each memo has a name, and its current
// size is reported in the metrics (colloquy_memo_characters and
// colloquy_memo_entries), so an operator sees what the process keeps.

/** Anything but null and undefined, which lru-cache cannot hold. */
export type MemoValue = string | number | boolean | object;

export interface MemoBounds {
  /** Shown in the metrics. */
  name: string;
  maxEntries: number;
  /** The most characters the memo's keys and values may hold together. */
  maxCharacters: number;
  /** Entries weighing more than this are not kept at all (default: a tenth of maxCharacters). */
  maxEntryCharacters?: number;
  /** Called with the key of each entry dropped to make room (not for deletes or replacements). */
  onEvict?: (key: string) => void;
}

export interface BoundedMemo<V extends MemoValue> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Keeps the value unless it alone is over the entry bound; the least recently used entries make room. */
  set(key: string, value: V, weight?: number): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
  readonly characters: number;
}

// Weak, so that a memo goes with the yoga instance (or test) that made it.
const memos = new Map<string, Set<WeakRef<BoundedMemo<MemoValue>>>>();

/**
 * A least-recently-used memo keyed by text. `weigh` gives a value's size in
 * characters (its key's length is added); a value that is not text weighs
 * what `weigh` says, so give one for anything but strings.
 */
export function boundedMemo<V extends MemoValue>(bounds: MemoBounds, weigh: (value: V) => number = (value) => String(value).length): BoundedMemo<V> {
  const maxEntryCharacters = Math.min(bounds.maxEntryCharacters ?? Math.floor(bounds.maxCharacters / 10), bounds.maxCharacters);
  const cache = new LRUCache<string, V>({
    max: bounds.maxEntries,
    maxSize: bounds.maxCharacters,
    maxEntrySize: maxEntryCharacters,
    sizeCalculation: (value, key) => Math.max(1, key.length + weigh(value)),
    ...(bounds.onEvict ? { dispose: (_value: V, key: string, reason: string) => reason === "evict" && bounds.onEvict!(key) } : {}),
  });
  const memo: BoundedMemo<V> = {
    get: (key) => cache.get(key),
    has: (key) => cache.has(key),
    set(key, value, weight) {
      const size = Math.max(1, key.length + (weight ?? weigh(value)));
      // lru-cache refuses (and warns about) an entry over maxEntrySize; such an entry is simply not kept.
      if (size > maxEntryCharacters) {
        cache.delete(key);
        return;
      }
      cache.set(key, value, { size });
    },
    delete: (key) => void cache.delete(key),
    clear: () => cache.clear(),
    get size() {
      return cache.size;
    },
    get characters() {
      return cache.calculatedSize;
    },
  };
  const named = memos.get(bounds.name) ?? new Set();
  named.add(new WeakRef(memo as BoundedMemo<MemoValue>));
  memos.set(bounds.name, named);
  return memo;
}

/** Every memo's entries and characters, summed by name (several yoga instances in one process each have their own). */
export function memoSizes(): { name: string; entries: number; characters: number }[] {
  const sizes: { name: string; entries: number; characters: number }[] = [];
  for (const [name, refs] of memos) {
    let entries = 0;
    let characters = 0;
    for (const ref of refs) {
      const memo = ref.deref();
      if (!memo) {
        refs.delete(ref);
        continue;
      }
      entries += memo.size;
      characters += memo.characters;
    }
    sizes.push({ name, entries, characters });
  }
  return sizes;
}
