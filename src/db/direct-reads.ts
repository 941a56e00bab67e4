import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client.js";
import { boundedMemo } from "../bounded-memo.js";
import { countStatement } from "./query-stats.js";

// The loaders' reads, sent straight to the driver rather than through
// Prisma's raw-query path. Every list, page, count and lookup a GraphQL
// request makes is one of a few dozen fixed statement texts (id lists are one
// bound array, never a list of placeholders), so each is prepared once and
// reused: better-sqlite3 keeps the prepared statements, PostgreSQL keeps named
// ones per connection. Rows come back as Prisma would give them: DateTime
// columns as Date, Boolean columns as booleans. Statements are still built
// with Prisma.sql, so every value is a bound parameter, and each one is counted
// like the statements Prisma sends (query-stats.ts).

export interface DirectReader {
  /** The rows of a read-only statement. */
  rows<Row>(query: Prisma.Sql): Promise<Row[]>;
  /**
   * The same rows as arrays of values, in the order of `columns`, decoded the
   * same way: for callers that build their own objects from them, so that no
   * object is made per row only to be copied (loaders/pagination.ts).
   */
  table(query: Prisma.Sql): Promise<Table>;
  close(): Promise<void>;
}

/** A statement's column names, and its rows as arrays of values in that order. */
export interface Table {
  columns: string[];
  rows: unknown[][];
}

/** Statements kept prepared per connection; texts beyond these are sent unprepared. */
const MAX_PREPARED = 500;

/** SQLite: a second, read-only connection to the same file (WAL lets it read while the other one writes). */
export function sqliteReader(file: string, busyTimeoutMs: number): DirectReader {
  const connection = new Database(file, { timeout: busyTimeoutMs });
  connection.pragma("query_only = ON");
  type Decoder = (row: Record<string, unknown>) => void;
  type ArrayDecoder = (row: unknown[]) => void;
  interface Prepared {
    statement: Database.Statement;
    columns: string[];
    decode: Decoder | null;
    decodeArray: ArrayDecoder | null;
  }
  // The project's bounded memo (least recently used out), so the metrics show how many are kept.
  const prepared = boundedMemo<Prepared>(
    { name: "prepared statements (SQLite)", maxEntries: MAX_PREPARED, maxCharacters: 4 * 1024 * 1024 },
    () => 0,
  );
  const toDate = (value: unknown) => (value === null || value === undefined ? value : new Date(value as number));
  const toBoolean = (value: unknown) => (value === null || value === undefined ? value : value === 1 || value === 1n);
  const prepare = (sql: string): Prepared => {
    let entry = prepared.get(sql);
    if (entry) return entry;
    const statement = connection.prepare(sql);
    const columns = statement.columns();
    const dates = columns.flatMap((column, index) => (column.type?.toUpperCase() === "DATETIME" ? [index] : []));
    const booleans = columns.flatMap((column, index) => (column.type?.toUpperCase() === "BOOLEAN" ? [index] : []));
    const dateNames = dates.map((index) => columns[index]!.name);
    const booleanNames = booleans.map((index) => columns[index]!.name);
    const decoding = dates.length > 0 || booleans.length > 0;
    entry = {
      statement,
      columns: columns.map((column) => column.name),
      decode: decoding
        ? (row) => {
            for (const name of dateNames) row[name] = toDate(row[name]);
            for (const name of booleanNames) row[name] = toBoolean(row[name]);
          }
        : null,
      decodeArray: decoding
        ? (row) => {
            for (const index of dates) row[index] = toDate(row[index]);
            for (const index of booleans) row[index] = toBoolean(row[index]);
          }
        : null,
    };
    prepared.set(sql, entry);
    return entry;
  };
  const bind = (value: unknown): unknown => {
    if (value instanceof Date) return value.getTime();
    if (typeof value === "boolean") return value ? 1 : 0;
    return value;
  };
  return {
    rows<Row>(query: Prisma.Sql): Promise<Row[]> {
      try {
        const sql = query.sql;
        countStatement(sql);
        const { statement, decode } = prepare(sql);
        const rows = statement.raw(false).all(...query.values.map(bind)) as Record<string, unknown>[];
        if (decode) for (const row of rows) decode(row);
        return Promise.resolve(rows as Row[]);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    table(query: Prisma.Sql): Promise<Table> {
      try {
        const sql = query.sql;
        countStatement(sql);
        const { statement, columns, decodeArray } = prepare(sql);
        const rows = statement.raw(true).all(...query.values.map(bind)) as unknown[][];
        if (decodeArray) for (const row of rows) decodeArray(row);
        return Promise.resolve({ columns, rows });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {
      connection.close();
      return Promise.resolve();
    },
  };
}

// `timestamp(3)` columns hold UTC without a zone (Prisma writes them so): read
// and bind them as UTC, whatever the process's time zone.
const TIMESTAMP = 1114;
/** The number written in `text` from `from` to `to`, all ASCII digits (checked by the caller's pattern). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
const TIMESTAMP_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,3})?$/;
function utcTimestamp(text: string): Date {
  // "YYYY-MM-DD HH:MM:SS[.f[f[f]]]", read by position: the common case, and much cheaper than Date's own parser.
  if (TIMESTAMP_TEXT.test(text)) {
    const year = digits(text, 0, 4);
    // Milliseconds from up to three digits of fraction: ".5" is 500.
    const fraction = text.length > 20 ? digits(text, 20, text.length) * 10 ** (23 - text.length) : 0;
    const time = Date.UTC(year, digits(text, 5, 7) - 1, digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), fraction);
    const date = new Date(time);
    // Date.UTC reads years 0 to 99 as 1900 to 1999.
    if (year < 100) date.setUTCFullYear(year);
    return date;
  }
  return new Date(`${text.replace(" ", "T")}Z`);
}
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP && format !== "binary" ? utcTimestamp : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};
const pgValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString().slice(0, -1) : value);

/** PostgreSQL: the pool Prisma's adapter also uses, with named statements so each connection parses a text once. */
export function postgresReader(pool: pg.Pool): DirectReader {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known || names.size >= MAX_PREPARED) return known;
    const name = `colloquy_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
  return {
    async rows<Row>(query: Prisma.Sql): Promise<Row[]> {
      const text = query.text;
      countStatement(text);
      const result = await pool.query({ name: nameOf(text), text, values: query.values.map(pgValue), types: pgTypes });
      return result.rows as Row[];
    },
    async table(query: Prisma.Sql): Promise<Table> {
      const text = query.text;
      countStatement(text);
      const result = await pool.query({ name: nameOf(text), text, values: query.values.map(pgValue), types: pgTypes, rowMode: "array" });
      return { columns: result.fields.map((field) => field.name), rows: result.rows };
    },
    close: () => Promise.resolve(),
  };
}
