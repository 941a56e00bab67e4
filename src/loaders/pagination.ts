import { Prisma } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import type { Table } from "../db/direct-reads.js";

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
  /** Rows the listed rows point to, read in the same statement. */
  embeds?: readonly Embed[];
  /**
   * The select list over `t` without the table's long text columns (a post's
   * body), for pages whose reader asked for none of the fields made from them.
   * Fixed column names from the generated client, never input.
   */
  lean?: Prisma.Sql;
}

const everyColumn = Prisma.raw("t.*");

/** The select list of a page: every column, or the relation's lean list when the page was asked for lean rows. */
export const selectList = (lean: Prisma.Sql | undefined, wantsLean: boolean | undefined): Prisma.Sql =>
  (wantsLean && lean) || everyColumn;

/** A lean select list over `t`: every column of the generated client's field list but `omit`. */
export function columnsWithout(fields: Record<string, string>, omit: readonly string[]): Prisma.Sql {
  return Prisma.raw(
    Object.values(fields)
      .filter((column) => !omit.includes(column))
      .map((column) => `t."${column}"`)
      .join(", "),
  );
}

/**
 * A row of another table that each listed row points to (a post's author, a
 * note's source), read in the same statement by a LEFT JOIN and handed to
 * `receive`, which primes that table's by-id loader: the level below a list
 * then costs no statement of its own. Only for rows every viewer of the list
 * may see: authors, and the sources of notes of visible posts.
 */
export interface Embed {
  table: "Author" | "Source";
  /** The joined table's columns: names from the generated client, never input. */
  columns: readonly string[];
  /** The listed row's column holding the joined row's id, over the alias `t`. */
  via: '"authorId"' | '"sourceId"';
  receive(row: Record<string, unknown>): void;
}

const embedAlias = (index: number) => `__e${index}`;

// The select list and the joins of each kind of embeds, built once for the
// process: they depend only on the tables and columns, which are fixed in the
// code, so there are as many as there are kinds (two today).
const embedSql = new Map<string, { columns: Prisma.Sql; joins: Prisma.Sql }>();
const none = { columns: Prisma.empty, joins: Prisma.empty };

function sqlOfEmbeds(embeds: readonly Embed[] | undefined): { columns: Prisma.Sql; joins: Prisma.Sql } {
  if (!embeds?.length) return none;
  const kind = embeds.map(({ table, via }) => `${table}.${via}`).join(",");
  let built = embedSql.get(kind);
  if (!built) {
    const columns = embeds.flatMap(({ columns }, i) => columns.map((column) => `, ${embedAlias(i)}."${column}" AS "${embedAlias(i)}_${column}"`));
    const joins = embeds.map(({ table, via }, i) => ` LEFT JOIN "${table}" ${embedAlias(i)} ON ${embedAlias(i)}."id" = t.${via}`);
    built = { columns: Prisma.raw(columns.join("")), joins: Prisma.raw(joins.join("")) };
    embedSql.set(kind, built);
  }
  return built;
}

/** The embedded tables' columns, each named `__e<i>_<column>`, for the select list (empty when there are none). */
export const embedColumns = (embeds: readonly Embed[] | undefined): Prisma.Sql => sqlOfEmbeds(embeds).columns;

/** The joins that read the embedded rows (empty when there are none). */
export const embedJoins = (embeds: readonly Embed[] | undefined): Prisma.Sql => sqlOfEmbeds(embeds).joins;

/**
 * A statement's rows as objects of the listed table's own columns, with the
 * helper columns (`__parent`, `__rank`) and the embedded rows' columns taken
 * out, each embedded row that exists handed to its embed, and each row's
 * parent, when the statement has one. Which column goes where is worked out
 * once per statement; each row is then built in one pass, in one order, so
 * the rows share one shape, and no row is made only to be copied.
 */
export function shapeRows(table: Table, embeds?: readonly Embed[]): { rows: Record<string, unknown>[]; parents: number[] } {
  const own: [index: number, name: string][] = [];
  const embedded: { embed: Embed; id: number; columns: [index: number, name: string][] }[] = (embeds ?? []).map((embed) => ({ embed, id: -1, columns: [] }));
  let parent = -1;
  table.columns.forEach((name, index) => {
    if (name === "__parent") parent = index;
    else if (name === "__rank") return;
    else if (name.startsWith("__e")) {
      const separator = name.indexOf("_", 3);
      const target = embedded[Number(name.slice(3, separator))];
      if (!target) throw new Error(`Column ${name} belongs to no embed of this statement.`);
      const column = name.slice(separator + 1);
      if (column === "id") target.id = index;
      target.columns.push([index, column]);
    } else own.push([index, name]);
  });
  const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(table.rows.length);
  const parents: number[] = parent < 0 ? [] : new Array<number>(table.rows.length);
  table.rows.forEach((values, r) => {
    const row: Record<string, unknown> = {};
    for (const [index, name] of own) row[name] = values[index];
    rows[r] = row;
    if (parent >= 0) parents[r] = Number(values[parent]);
    for (const { embed, id, columns } of embedded) {
      if (values[id] === null || values[id] === undefined) continue;
      const other: Record<string, unknown> = {};
      for (const [index, name] of columns) other[name] = values[index];
      embed.receive(other);
    }
  });
  return { rows, parents };
}

/**
 * `column` is one of `keys`, bound as one parameter (an array on PostgreSQL,
 * a JSON array on SQLite), so the statement's text is the same however many
 * keys a batch has, and stays prepared (db/direct-reads.ts).
 */
export function oneOf(db: PrismaClient, column: Prisma.Sql, keys: readonly (number | string)[], type: "integer" | "text"): Prisma.Sql {
  if (db.dialect === "postgresql") {
    return type === "integer" ? Prisma.sql`${column} = ANY(${[...keys]}::integer[])` : Prisma.sql`${column} = ANY(${[...keys]}::text[])`;
  }
  return Prisma.sql`${column} IN (SELECT "value" FROM json_each(${JSON.stringify(keys)}))`;
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

/** One page of a top-level list. One statement. */
export async function loadRootPage<Row>(
  db: PrismaClient,
  from: Prisma.Sql,
  where: Prisma.Sql,
  order: SortOrder<Row>,
  request: PageRequest,
  embeds?: readonly Embed[],
  columns: Prisma.Sql = everyColumn,
): Promise<Page<Row>> {
  const table = await db.reads.table(Prisma.sql`
    SELECT ${columns}${embedColumns(embeds)} FROM ${from}${embedJoins(embeds)}
    WHERE ${where} AND ${pageConditions(order, request)}
    ORDER BY ${orderClause(order, request)}
    LIMIT ${request.limit + 1}`);
  return finishPage(shapeRows(table, embeds).rows as Row[], request);
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
  lean?: boolean,
): Promise<Page<Row>[]> {
  if (parents.length === 0) return [];
  const columns = selectList(relation.lean, lean);
  const table =
    db.dialect === "postgresql"
      ? await db.reads.table(Prisma.sql`
    SELECT page.*, parents."id" AS "__parent"
    FROM unnest(${[...parents]}::integer[]) AS parents("id")
    CROSS JOIN LATERAL (
      SELECT ${columns}${embedColumns(relation.embeds)}, ROW_NUMBER() OVER (ORDER BY ${orderClause(order, request)}) AS "__rank"
      FROM ${relation.from}${embedJoins(relation.embeds)}
      WHERE ${relation.parent} = parents."id"
        AND ${relation.where} AND ${pageConditions(order, request)}
      ORDER BY ${orderClause(order, request)}
      LIMIT ${request.limit + 1}
    ) page
    ORDER BY "__parent", page."__rank"`)
      : await db.reads.table(Prisma.sql`
    SELECT * FROM (
      SELECT ${columns}${embedColumns(relation.embeds)}, ${relation.parent} AS "__parent",
             ROW_NUMBER() OVER (PARTITION BY ${relation.parent} ORDER BY ${orderClause(order, request)}) AS "__rank"
      FROM ${relation.from}${embedJoins(relation.embeds)}
      WHERE ${oneOf(db, relation.parent, parents, "integer")}
        AND ${relation.where} AND ${pageConditions(order, request)}
    ) ranked
    WHERE "__rank" <= ${request.limit + 1}
    ORDER BY "__parent", "__rank"`);
  const { rows, parents: parentOf } = shapeRows(table, relation.embeds);
  const byParent = new Map<number, Row[]>();
  rows.forEach((row, i) => {
    const parent = parentOf[i]!;
    let list = byParent.get(parent);
    if (!list) byParent.set(parent, (list = []));
    list.push(row as Row);
  });
  return parents.map((p) => finishPage(byParent.get(p) ?? [], request));
}

/** How many rows of a relation each parent has. One statement for the batch. */
export async function countByParent<Key extends number>(
  db: PrismaClient,
  relation: RelationSpec,
  parents: readonly Key[],
): Promise<number[]> {
  if (parents.length === 0) return [];
  const raw = await db.reads.rows<{ parent: unknown; total: unknown }>(Prisma.sql`
    SELECT ${relation.parent} AS "parent", COUNT(*) AS "total"
    FROM ${relation.from}
    WHERE ${oneOf(db, relation.parent, parents, "integer")} AND ${relation.where}
    GROUP BY ${relation.parent}`);
  const counts = new Map(raw.map((r) => [Number(r.parent), Number(r.total)]));
  return parents.map((p) => counts.get(p) ?? 0);
}

/** How many rows a top-level list has. One statement. */
export async function countRoot(db: PrismaClient, from: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  const [row] = await db.reads.rows<{ total: unknown }>(Prisma.sql`SELECT COUNT(*) AS "total" FROM ${from} WHERE ${where}`);
  return Number(row?.total ?? 0);
}
