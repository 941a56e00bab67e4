import { Prisma } from "../generated/prisma/client.js";
import { utcTimestamp } from "../db/direct-reads.js";
import {
  embedColumns,
  embedJoins,
  finishPage,
  orderClause,
  pageConditions,
  selectList,
  type Embed,
  type Page,
  type PageRequest,
  type RelationSpec,
  type RowExtras,
  type SortOrder,
} from "./pagination.js";

// Folds: the page of a relation below a list, read in the list's own
// statement (PostgreSQL only). Where a query asks for posts and, under each,
// their comments and those comments' replies, the posts' statement carries one
// correlated subquery per folded list, which returns that list's page for the
// row as a JSON array; the rows are decoded here and primed into the child
// list's loader under the key its resolver will ask for, so the level below
// costs no statement and no round trip. The schema decides what to fold by
// looking ahead in the query (schema/folds.ts); a fold that goes unused, or
// whose key does not match what the resolver then asks, costs only its
// subquery, and the resolver reads its page as it would without it.

/** The tables folds read, with their DateTime columns: JSON gives those as text, and rows must carry them as Date. */
export const DATE_COLUMNS = {
  Post: ["publishedAt", "createdAt", "updatedAt", "withdrawnAt", "scheduledAt"],
  Comment: ["createdAt"],
  Footnote: [],
  Author: ["createdAt"],
  Source: ["correctedAt", "createdAt"],
} as const satisfies Record<string, readonly string[]>;

export type FoldTable = keyof typeof DATE_COLUMNS;

/** The rows one parent's folded list read: every one the list's query matched, in order, one past the page when more exist. */
export type FoldReceiver = (parent: number, page: Page<Record<string, unknown>>) => void;

export interface Fold {
  /** What the statement reads for this fold, for batching: two keys share a statement only when their folds are the same. */
  signature: string;
  table: FoldTable;
  relation: RelationSpec;
  /** The outer row's column that the relation's parent expression equals. */
  outer: "id" | "discussionId";
  order: SortOrder<never>;
  /** The page asked for; null for the whole list (a post's notes). */
  request: PageRequest | null;
  lean: boolean;
  /** Lists below this one, folded into its subquery in turn. */
  folds: readonly Fold[];
  receive: FoldReceiver;
}

/** The signature of a list of folds: empty when there are none. */
const signatureOf = (folds: readonly Fold[]): string => `[${folds.map((f) => f.signature).join(",")}]`;

/** The extra columns (pagination.ts) that read `folds` for each listed row and hand each its page; none when there are no folds. */
export function foldExtras(folds: readonly Fold[] | undefined): RowExtras | undefined {
  if (!folds?.length) return undefined;
  return {
    signature: signatureOf(folds),
    columns: (alias) => foldColumns(folds, alias),
    receive: (row, values) => folds.forEach((fold, index) => receiveFold(fold, row[fold.outer], values[index])),
  };
}

const columnName = (index: number) => `__f${index}`;

/** Every column of each table folds read, in the generated client's order; a lean read leaves out the long text columns. */
const TABLE_COLUMNS: Record<FoldTable, readonly string[]> = {
  Post: Object.values(Prisma.PostScalarFieldEnum),
  Comment: Object.values(Prisma.CommentScalarFieldEnum),
  Footnote: Object.values(Prisma.FootnoteScalarFieldEnum),
  Author: Object.values(Prisma.AuthorScalarFieldEnum),
  Source: Object.values(Prisma.SourceScalarFieldEnum),
};
/** What a lean read leaves out (loaders/posts.ts reads the same columns without the body). */
const LEAN_OMITS: Partial<Record<FoldTable, readonly string[]>> = { Post: ["body"] };

/**
 * Where each value of a folded row's JSON array goes: the row's own columns,
 * then each embedded row's, then each nested fold's page. Worked out once per
 * fold, so a row is decoded by position, with no key looked at.
 */
interface Plan {
  own: readonly string[];
  ownDates: readonly number[];
  embeds: { embed: Embed; from: number; columns: readonly string[]; dates: readonly number[]; id: number }[];
  nested: number;
  /** The SQL items of the array, over the alias of the page's rows. */
  items: string[];
}
const plans = new WeakMap<Fold, Plan>();

function planOf(fold: Fold): Plan {
  let plan = plans.get(fold);
  if (plan) return plan;
  const omit = fold.lean ? (LEAN_OMITS[fold.table] ?? []) : [];
  const own = TABLE_COLUMNS[fold.table].filter((column) => !omit.includes(column));
  const datesOf = (table: FoldTable, columns: readonly string[]) =>
    columns.flatMap((column, index) => ((DATE_COLUMNS[table] as readonly string[]).includes(column) ? [index] : []));
  const items = own.map((column) => `"${column}"`);
  const embeds = (fold.relation.embeds ?? []).map((embed, i) => {
    const from = items.length;
    items.push(...embed.columns.map((column) => `"__e${i}_${column}"`));
    return { embed, from, columns: embed.columns, dates: datesOf(embed.table, embed.columns), id: embed.columns.indexOf("id") };
  });
  const nested = items.length;
  fold.folds.forEach((_child, k) => items.push(`"${columnName(k)}"`));
  plan = { own, ownDates: datesOf(fold.table, own), embeds, nested, items };
  plans.set(fold, plan);
  return plan;
}

/**
 * The select-list items, each `, (subquery) AS "__f<i>"`, that read each
 * fold's page for the row of the alias `outer`, as a JSON array of arrays
 * (cheaper for PostgreSQL to build, and for Node to read, than objects).
 * Every value is a bound parameter; the texts are fixed strings of the code.
 */
function foldColumns(folds: readonly Fold[], outer: string, depth = 0): Prisma.Sql {
  const inner = `__i${depth}`;
  const agg = `__j${depth}`;
  return Prisma.join(
    folds.map((fold, index) => {
      const order = fold.request ? orderClause(fold.order, fold.request) : orderClause(fold.order, wholeList);
      const page = Prisma.sql`
        SELECT ${selectList(fold.relation.lean, fold.lean)}${embedColumns(fold.relation.embeds)}, ROW_NUMBER() OVER (ORDER BY ${order}) AS "__rank"
        FROM ${fold.relation.from}${embedJoins(fold.relation.embeds)}
        WHERE ${fold.relation.parent} = ${Prisma.raw(`${outer}."${fold.outer}"`)} AND ${fold.relation.where}
          AND ${fold.request ? pageConditions(fold.order, fold.request) : Prisma.sql`1 = 1`}
        ORDER BY ${order}${fold.request ? Prisma.sql` LIMIT ${fold.request.limit + 1}` : Prisma.empty}`;
      const rows = fold.folds.length
        ? Prisma.sql`SELECT ${Prisma.raw(inner)}.*${foldColumns(fold.folds, inner, depth + 1)} FROM (${page}) ${Prisma.raw(inner)}`
        : page;
      const array = `json_build_array(${planOf(fold).items.map((item) => `${agg}.${item}`).join(", ")})`;
      return Prisma.sql`(SELECT COALESCE(json_agg(${Prisma.raw(array)} ORDER BY ${Prisma.raw(agg)}."__rank"), '[]'::json) FROM (${rows}) ${Prisma.raw(agg)}) AS ${Prisma.raw(`"${columnName(index)}"`)}`;
    }),
    ", ",
    ", ",
  );
}

const wholeList: PageRequest = { limit: 0, direction: "forward", after: null, before: null };

const timestampOf = (value: unknown): unknown => (typeof value === "string" ? utcTimestamp(value) : value);

/**
 * Hand one outer row's folded page to its fold: the JSON arrays decoded into
 * rows of the relation's table (their embedded rows to their embeds, their
 * own folds in turn), the page cut as a page loader would cut it.
 */
function receiveFold(fold: Fold, parent: unknown, value: unknown): void {
  if (parent === null || parent === undefined || !Array.isArray(value)) return;
  const { own, ownDates, embeds, nested } = planOf(fold);
  const rows = (value as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < own.length; i += 1) row[own[i]!] = values[i];
    for (const i of ownDates) row[own[i]!] = timestampOf(row[own[i]!]);
    for (const { embed, from, columns, dates, id } of embeds) {
      if (values[from + id] === null || values[from + id] === undefined) continue;
      const other: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i += 1) other[columns[i]!] = values[from + i];
      for (const i of dates) other[columns[i]!] = timestampOf(other[columns[i]!]);
      embed.receive(other);
    }
    for (let k = 0; k < fold.folds.length; k += 1) receiveFold(fold.folds[k]!, row[fold.folds[k]!.outer], values[nested + k]);
    return row;
  });
  fold.receive(Number(parent), fold.request ? finishPage(rows, fold.request) : { rows, hasMore: false });
}
