import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { CursorValue, Page, PageRequest, SortOrder } from "../loaders/pagination.js";
import { forbiddenCharacter } from "../content/characters.js";
import { MAX_ROW_ID } from "../loaders/storable.js";
import { badUserInput, invalidCursor } from "./errors.js";

export const MAX_PAGE_SIZE = 100;
/** Values one filter list may hold: each is a bound parameter, and databases cap how many one statement takes. */
export const MAX_FILTER_VALUES = 50;

/** The slug lists of a posts or feed filter, each within MAX_FILTER_VALUES; BAD_USER_INPUT naming the list otherwise. */
export function checkFilterLists(filter: { authorSlugs?: readonly string[] | null; discussionSlugs?: readonly string[] | null } | null | undefined): void {
  for (const name of ["authorSlugs", "discussionSlugs"] as const) {
    const values = filter?.[name];
    if (values && values.length > MAX_FILTER_VALUES) {
      throw badUserInput(`\`filter.${name}\` may list at most ${MAX_FILTER_VALUES} values; got ${values.length}.`, `filter.${name}`, {
        maximum: MAX_FILTER_VALUES,
      });
    }
  }
}
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

// Cursor positions must be values the databases can compare with: ids and
// other integers fit a 32-bit integer column (PostgreSQL's INTEGER), dates lie
// in the years 0001 to 9999 that both databases store, and text holds no
// character a stored text cannot (PostgreSQL refuses U+0000 outright).
const MIN_EPOCH_MS = Date.parse("0001-01-01T00:00:00.000Z");
const MAX_EPOCH_MS = Date.parse("9999-12-31T23:59:59.999Z");

/** Opaque cursor: the row's position in one list under one ordering. */
export function encodeCursor<Row>(list: string, order: SortOrder<Row>, row: Row): string {
  return Buffer.from(JSON.stringify([list, order.name, ...order.values(row)]), "utf8").toString("base64url");
}

function isValidCursorValue(value: unknown, kind: "date" | "id" | "text"): boolean {
  if (kind === "text") return typeof value === "string" && value.length <= 1_000 && forbiddenCharacter(value) === null;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) return false;
  return kind === "id" ? value >= 0 && value <= MAX_ROW_ID : value >= MIN_EPOCH_MS && value <= MAX_EPOCH_MS;
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
  const edges = page.rows.map((node) => new Edge(request.list, order, node));
  const forward = request.direction === "forward";
  return {
    edges,
    pageInfo: {
      hasNextPage: forward ? page.hasMore : request.before !== null,
      hasPreviousPage: forward ? request.after !== null : page.hasMore,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}

/** An edge whose cursor is encoded when it is first read: most queries select none. */
class Edge<Row> {
  #cursor: string | undefined;
  constructor(
    private readonly list: string,
    private readonly order: SortOrder<Row>,
    readonly node: Row,
  ) {}
  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.list, this.order, this.node));
  }
}

/**
 * A connection field's whole recipe, which every connection field calls: the
 * page request for `list` (whose cursors only it accepts) under `order`, the
 * page `loadPage` reads for it, and the count, read only when asked for.
 */
export async function pagedConnection<Row>(
  args: ConnectionArguments,
  list: string,
  order: SortOrder<Row>,
  loadPage: (request: ListPageRequest) => Promise<Page<Row>>,
  count: () => Promise<number>,
): Promise<ConnectionResult<Row>> {
  const request = pageRequestFrom(args, order, list);
  return connectionFromPage(await loadPage(request), order, request, count);
}

/** A relation's page and count loaders, as loaders/ makes them (createPageLoader, createCountLoader). */
export interface ParentPages<Row> {
  page: { load(key: { parent: number; order: SortOrder<Row>; request: PageRequest; lean?: boolean }): Promise<Page<Row>> };
  count: { load(parent: number): Promise<number> };
}

/** The fields a selection set asks for at its own level, through fragment spreads and inline fragments. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, into);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) fieldsOf(fragment.selectionSet, info, into);
    }
  }
  return into;
}

/**
 * Whether the nodes of the connection being resolved (under `edges { node }`
 * or `nodes`) select a field named in `names`, whatever the type condition of
 * the fragment it is in, and whatever @skip or @include says: it errs towards
 * yes. A list whose nodes select none of a table's long-text fields reads its
 * rows without them (RelationSpec.lean).
 */
export function nodesSelectAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  if (!info?.fieldNodes) return true;
  const top = info.fieldNodes.flatMap((field) => fieldsOf(field.selectionSet, info));
  const nodes = [
    ...top.filter((field) => field.name.value === "nodes"),
    ...top
      .filter((field) => field.name.value === "edges")
      .flatMap((edges) => fieldsOf(edges.selectionSet, info))
      .filter((field) => field.name.value === "node"),
  ];
  return nodes.some((node) => fieldsOf(node.selectionSet, info).some((field) => names.has(field.name.value)));
}

/** The same recipe for one parent's list (an author's posts, a comment's replies): a page of the parent's rows, and their count. */
export function childConnection<Row>(
  args: ConnectionArguments,
  list: string,
  order: SortOrder<Row>,
  parent: number,
  { page, count }: ParentPages<Row>,
  lean?: boolean,
): Promise<ConnectionResult<Row>> {
  return pagedConnection(args, list, order, (request) => page.load({ parent, order, request, lean }), () => count.load(parent));
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
