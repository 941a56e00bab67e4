import DataLoader from "dataloader";
import { recordBatch } from "./batch-stats.js";
import type { PrismaClient } from "../db/client.js";
import {
  countByParent,
  loadPagesByParent,
  pageRequestKey,
  type Page,
  type PageRequest,
  type RelationSpec,
  type SortOrder,
} from "./pagination.js";

/**
 * Dispatch a batch on the next turn of the event loop rather than DataLoader's
 * default (right after the current promise jobs). Sibling fields whose parents
 * arrived from different statements then still share one batch, so the number of
 * statements a query costs does not depend on which statement finished first.
 */
export const batchPerEventLoopTurn = {
  batchScheduleFn: (dispatch: () => void) => void setImmediate(dispatch),
};

export interface PageKey<Row> {
  parent: number;
  order: SortOrder<Row>;
  request: PageRequest;
  /** Rows without the relation's long text columns (RelationSpec.lean): the reader asked for nothing made from them. */
  lean?: boolean;
}

const shapeOf = <Row>(key: PageKey<Row>) => `${key.order.name}|${key.lean === true ? "lean" : "all"}|${pageRequestKey(key.request)}`;

/**
 * Pages of one relation family for many parents. Keys asking for the same page
 * shape (order and arguments) share one statement; different shapes in the same
 * tick get one statement each.
 */
export function createPageLoader<Row>(db: PrismaClient, relation: RelationSpec): DataLoader<PageKey<Row>, Page<Row>, string> {
  return new DataLoader<PageKey<Row>, Page<Row>, string>(
    async (keys) => {
      recordBatch("page", keys.length);
      const groups = new Map<string, { order: SortOrder<Row>; request: PageRequest; lean: boolean; indexes: number[] }>();
      keys.forEach((key, index) => {
        const shape = shapeOf(key);
        const group = groups.get(shape) ?? { order: key.order, request: key.request, lean: key.lean === true, indexes: [] };
        group.indexes.push(index);
        groups.set(shape, group);
      });
      const results: Page<Row>[] = new Array<Page<Row>>(keys.length);
      await Promise.all(
        [...groups.values()].map(async ({ order, request, lean, indexes }) => {
          const parents = indexes.map((i) => keys[i]!.parent);
          const pages = await loadPagesByParent(db, relation, order, request, parents, lean);
          indexes.forEach((keyIndex, i) => (results[keyIndex] = pages[i]!));
        }),
      );
      return results;
    },
    { ...batchPerEventLoopTurn, cacheKeyFn: (key) => `${key.parent}|${shapeOf(key)}` },
  );
}

/** Row counts of one relation family for many parents, one statement per batch. */
export function createCountLoader(db: PrismaClient, relation: RelationSpec): DataLoader<number, number> {
  return new DataLoader<number, number>((parents) => {
    recordBatch("count", parents.length);
    return countByParent(db, relation, parents);
  }, batchPerEventLoopTurn);
}

/**
 * A to-many relation loaded whole (short, unpaginated lists such as a post's
 * footnotes), grouped per parent in key order.
 */
export function createGroupLoader<Row>(
  fetch: (parents: readonly number[]) => Promise<Row[]>,
  parentOf: (row: Row) => number,
): DataLoader<number, Row[]> {
  return new DataLoader<number, Row[]>(async (parents) => {
    recordBatch("group", parents.length);
    const grouped = new Map<number, Row[]>(parents.map((p) => [p, []]));
    for (const row of await fetch(parents)) grouped.get(parentOf(row))?.push(row);
    return parents.map((p) => grouped.get(p) ?? []);
  }, batchPerEventLoopTurn);
}

/** Single records by a unique key (a slug; `kind` "id" for the id itself); null where none matches. */
export function createUniqueLoader<Key extends string | number, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  kind: "unique" | "id" = "unique",
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    recordBatch(kind, keys.length);
    const rows = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  }, batchPerEventLoopTurn);
}
