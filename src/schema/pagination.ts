import type { CursorValue, Page, PageRequest, SortOrder } from "../loaders/pagination.js";
import { badUserInput, invalidCursor } from "./errors.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArguments {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A page request for one named list (such as "Author.posts"), whose cursors only it accepts. */
export interface ListPageRequest extends PageRequest {
  list: string;
}

// The latest instant a JavaScript Date can hold.
const MAX_EPOCH_MS = 8.64e15;

/** Opaque cursor: the row's position in one list under one ordering. */
export function encodeCursor<Row>(list: string, order: SortOrder<Row>, row: Row): string {
  return Buffer.from(JSON.stringify([list, order.name, ...order.values(row)]), "utf8").toString("base64url");
}

function isValidCursorValue(value: unknown, kind: "date" | "id" | "text"): boolean {
  if (kind === "text") return typeof value === "string";
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && (kind === "id" || value <= MAX_EPOCH_MS);
}

function decodeCursor<Row>(list: string, order: SortOrder<Row>, cursor: string, argument: string): CursorValue[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new Error("not base64url");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor(argument, "it is malformed");
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") {
    throw invalidCursor(argument, "it is malformed");
  }
  const [cursorList, orderName, ...values] = parsed as [string, string, ...unknown[]];
  if (cursorList !== list || orderName !== order.name) {
    throw invalidCursor(argument, "it comes from a different list or ordering");
  }
  const last = order.columns.length - 1;
  const wellTyped =
    values.length === order.columns.length &&
    values.every((v, i) =>
      isValidCursorValue(v, i === last || order.integers?.[i] ? "id" : order.dates[i] ? "date" : "text"),
    );
  if (!wellTyped) throw invalidCursor(argument, "it is malformed");
  return values as CursorValue[];
}

function checkSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) throw badUserInput(`\`${argument}\` must not be negative; got ${value}.`, argument);
  if (value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` may be at most ${MAX_PAGE_SIZE}; got ${value}.`, argument, { maximum: MAX_PAGE_SIZE });
  }
  return value;
}

/** Validate Relay connection arguments for one list under one ordering. */
export function pageRequestFrom<Row>(args: ConnectionArguments, order: SortOrder<Row>, list: string): ListPageRequest {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first !== null && last !== null) {
    throw badUserInput("Pass either `first` or `last`, not both.", "last");
  }
  return {
    list,
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    direction: last !== null ? "backward" : "forward",
    after: args.after == null ? null : decodeCursor(list, order, args.after, "after"),
    before: args.before == null ? null : decodeCursor(list, order, args.before, "before"),
  };
}

export interface ConnectionResult<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function connectionFromPage<Row>(
  page: Page<Row>,
  order: SortOrder<Row>,
  request: ListPageRequest,
  totalCount: () => Promise<number>,
): ConnectionResult<Row> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(request.list, order, node), node }));
  const forward = request.direction === "forward";
  return {
    edges,
    pageInfo: {
      hasNextPage: forward ? page.hasMore : request.before !== null,
      hasPreviousPage: forward ? request.after !== null : page.hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** The list a cursor belongs to, or null when it is not one of ours; for fields whose mode a cursor decides. */
export function cursorList(cursor: string | null | undefined): string | null {
  if (!cursor || !/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(parsed) && typeof parsed[0] === "string" ? parsed[0] : null;
  } catch {
    return null;
  }
}
