import { Prisma } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";

// Keyset pagination pushed into SQL. Per-parent pages are one statement per
// batch, in each database's natural form: on SQLite, ROW_NUMBER() over a
// partition by parent, limited in the same query; on PostgreSQL, a LATERAL
// join that runs the page query once per parent, so each parent's page is an
// index range scan that stops after `limit + 1` rows, however many rows the
// parent has. Every list's page is built here; the visibility rules it is
// given are SQL too (visibility.ts).

export type SortDirection = "ASC" | "DESC";
export type CursorValue = number | string;

/** A stable total order over one relation: sort columns, with the id as the final tiebreaker. */
export interface SortOrder<Row> {
  /** Identifies the ordering inside cursors, so a cursor from another list is refused. */
  name: string;
  direction: SortDirection;
  /** SQL expressions over the alias `t`, most significant first; fixed strings from code, never input. */
  columns: string[];
  /** The row's values for `columns`, as stored (dates as epoch milliseconds). */
  values(row: Row): CursorValue[];
  /** Whether each column holds a date-time, so cursor values are bound as dates. */
  dates: boolean[];
  /** Whether each column holds an integer; columns neither dates nor integers hold text. The last is always the id. */
  integers?: boolean[];
}

/** Where a page starts and how many rows it holds. Built by the API layer from connection arguments. */
export interface PageRequest {
  /** How many rows at most; `limit + 1` are read to learn whether more exist. */
  limit: number;
  /** Forward reads from the start of the order (`first`), backward from its end (`last`). */
  direction: "forward" | "backward";
  /** Only rows strictly after this position (Relay `after`). */
  after: CursorValue[] | null;
  /** Only rows strictly before this position (Relay `before`). */
  before: CursorValue[] | null;
}

export interface Page<Row> {
  /** Rows in the order's own direction, whichever way the page was read. */
  rows: Row[];
  /** Rows exist past the far end of the page, in the direction it was read. */
  hasMore: boolean;
}

/** A relation family: which rows, grouped by which parent. */
export interface RelationSpec {
  /** FROM clause, exposing the listed rows as `t`. */
  from: Prisma.Sql;
  /** Expression giving each row's parent key. */
  parent: Prisma.Sql;
  /** Extra condition on the rows (visibility, relation filters). */
  where: Prisma.Sql;
}

export function pageRequestKey({ limit, direction, after, before }: PageRequest): string {
  return JSON.stringify([limit, direction, after, before]);
}

function toSqlValue(value: CursorValue, isDate: boolean): unknown {
  return isDate ? new Date(value) : value;
}

function keysetCondition<Row>(order: SortOrder<Row>, values: CursorValue[], side: "after" | "before"): Prisma.Sql {
  const ascending = order.direction === "ASC";
  const greater = (side === "after") === ascending;
  const columns = Prisma.raw(order.columns.join(", "));
  const params = Prisma.join(values.map((v, i) => toSqlValue(v, order.dates[i] ?? false)));
  return greater ? Prisma.sql`(${columns}) > (${params})` : Prisma.sql`(${columns}) < (${params})`;
}

/** The keyset conditions of a request's `after` and `before`, with no limit: for counting what lies between them. */
export function pageConditions<Row>(order: SortOrder<Row>, request: Pick<PageRequest, "after" | "before">): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (request.after) parts.push(keysetCondition(order, request.after, "after"));
  if (request.before) parts.push(keysetCondition(order, request.before, "before"));
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`;
}

function orderClause<Row>(order: SortOrder<Row>, request: PageRequest): Prisma.Sql {
  const reversed = request.direction === "backward";
  const direction = (order.direction === "DESC") !== reversed ? "DESC" : "ASC";
  return Prisma.raw(order.columns.map((c) => `${c} ${direction}`).join(", "));
}

function finishPage<Row>(rows: Row[], request: PageRequest): Page<Row> {
  const hasMore = rows.length > request.limit;
  const kept = rows.slice(0, request.limit);
  if (request.direction === "backward") kept.reverse();
  return { rows: kept, hasMore };
}

function stripHelperColumns<Row>(raw: Record<string, unknown>): Row {
  const { __parent: _parent, __rank: _rank, ...row } = raw;
  return row as Row;
}

/** One page of a top-level list. One statement. */
export async function loadRootPage<Row>(
  db: PrismaClient,
  from: Prisma.Sql,
  where: Prisma.Sql,
  order: SortOrder<Row>,
  request: PageRequest,
): Promise<Page<Row>> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t.* FROM ${from}
    WHERE ${where} AND ${pageConditions(order, request)}
    ORDER BY ${orderClause(order, request)}
    LIMIT ${request.limit + 1}`;
  return finishPage(rows.map((r) => stripHelperColumns<Row>(r)), request);
}

/**
 * The same page of a relation for many parents at once. One statement for the
 * whole batch; the limit is applied per parent inside the database.
 */
export async function loadPagesByParent<Row, Key extends number>(
  db: PrismaClient,
  relation: RelationSpec,
  order: SortOrder<Row>,
  request: PageRequest,
  parents: readonly Key[],
): Promise<Page<Row>[]> {
  if (parents.length === 0) return [];
  const raw =
    db.dialect === "postgresql"
      ? await db.$queryRaw<Record<string, unknown>[]>`
    SELECT page.*, parents."id" AS "__parent"
    FROM unnest(ARRAY[${Prisma.join(parents as Key[])}]::integer[]) AS parents("id")
    CROSS JOIN LATERAL (
      SELECT t.*, ROW_NUMBER() OVER (ORDER BY ${orderClause(order, request)}) AS "__rank"
      FROM ${relation.from}
      WHERE ${relation.parent} = parents."id"
        AND ${relation.where} AND ${pageConditions(order, request)}
      ORDER BY ${orderClause(order, request)}
      LIMIT ${request.limit + 1}
    ) page
    ORDER BY "__parent", page."__rank"`
      : await db.$queryRaw<Record<string, unknown>[]>`
    SELECT * FROM (
      SELECT t.*, ${relation.parent} AS "__parent",
             ROW_NUMBER() OVER (PARTITION BY ${relation.parent} ORDER BY ${orderClause(order, request)}) AS "__rank"
      FROM ${relation.from}
      WHERE ${relation.parent} IN (${Prisma.join(parents as Key[])})
        AND ${relation.where} AND ${pageConditions(order, request)}
    ) ranked
    WHERE "__rank" <= ${request.limit + 1}
    ORDER BY "__parent", "__rank"`;
  const byParent = new Map<number, Row[]>();
  for (const r of raw) {
    const parent = Number(r.__parent);
    let list = byParent.get(parent);
    if (!list) byParent.set(parent, (list = []));
    list.push(stripHelperColumns<Row>(r));
  }
  return parents.map((p) => finishPage(byParent.get(p) ?? [], request));
}

/** How many rows of a relation each parent has. One statement for the batch. */
export async function countByParent<Key extends number>(
  db: PrismaClient,
  relation: RelationSpec,
  parents: readonly Key[],
): Promise<number[]> {
  if (parents.length === 0) return [];
  const raw = await db.$queryRaw<{ parent: unknown; total: unknown }[]>`
    SELECT ${relation.parent} AS "parent", COUNT(*) AS "total"
    FROM ${relation.from}
    WHERE ${relation.parent} IN (${Prisma.join(parents as Key[])}) AND ${relation.where}
    GROUP BY ${relation.parent}`;
  const counts = new Map(raw.map((r) => [Number(r.parent), Number(r.total)]));
  return parents.map((p) => counts.get(p) ?? 0);
}

/** How many rows a top-level list has. One statement. */
export async function countRoot(db: PrismaClient, from: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: unknown }[]>`SELECT COUNT(*) AS "total" FROM ${from} WHERE ${where}`;
  return Number(row?.total ?? 0);
}
