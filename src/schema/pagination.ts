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

/** Opaque cursor: the row's position in one named ordering. */
export function encodeCursor<Row>(order: SortOrder<Row>, row: Row): string {
  return Buffer.from(JSON.stringify([order.name, ...order.values(row)]), "utf8").toString("base64url");
}

function decodeCursor<Row>(order: SortOrder<Row>, cursor: string, argument: string): CursorValue[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new Error("not base64url");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor(argument, "it is malformed");
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== "string") throw invalidCursor(argument, "it is malformed");
  const [name, ...values] = parsed as [string, ...unknown[]];
  if (name !== order.name) throw invalidCursor(argument, "it comes from a different list or ordering");
  const wellTyped =
    values.length === order.columns.length &&
    values.every((v, i) =>
      order.dates[i] || i === values.length - 1
        ? typeof v === "number" && Number.isSafeInteger(v) && v >= 0
        : typeof v === "string" || (typeof v === "number" && Number.isFinite(v)),
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

/** Validate Relay connection arguments against one ordering. */
export function pageRequestFrom<Row>(args: ConnectionArguments, order: SortOrder<Row>): PageRequest {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first !== null && last !== null) {
    throw badUserInput("Pass either `first` or `last`, not both.", "last");
  }
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    direction: last !== null ? "backward" : "forward",
    after: args.after ? decodeCursor(order, args.after, "after") : null,
    before: args.before ? decodeCursor(order, args.before, "before") : null,
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
  request: PageRequest,
  totalCount: () => Promise<number>,
): ConnectionResult<Row> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(order, node), node }));
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
