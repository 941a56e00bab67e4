import { rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Sqlite from "better-sqlite3";

export interface BackupReport {
  file: string;
  bytes: number;
  pages: number;
  /** Rows in the copy, by table, for comparing with the live database. */
  counts: Record<string, number>;
}

/** The tables whose row counts a backup reports. */
const COUNTED = ["Author", "Discussion", "Post", "Footnote", "Source", "Comment", "PostRevision"] as const;

/**
 * A consistent copy of the SQLite database at `source`, taken with SQLite's
 * online backup while the server goes on reading and writing. The copy is
 * made in one step, inside one read transaction: in WAL mode that blocks no
 * writer, and a write by another connection during the copy makes SQLite start
 * the step again, so what is copied is always one committed state. It is
 * written beside `target` and renamed into place only after `PRAGMA
 * integrity_check` passed on it, so `target` is never a half-written file.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupReport> {
  if (!(await stat(source).catch(() => null))?.isFile()) throw new Error(`no SQLite database at ${source}`);
  const partial = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.partial`);
  await rm(partial, { force: true });
  const live = new Sqlite(source, { readonly: true, fileMustExist: true, timeout: 5_000 });
  let pages = 0;
  try {
    const result = await live.backup(partial, {
      // The first step only counts the pages; the next copies them all at once.
      progress: ({ totalPages }) => {
        pages = totalPages;
        return 0x7fffffff;
      },
    });
    pages = result.totalPages;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    live.close();
  }
  const copy = new Sqlite(partial, { fileMustExist: true });
  let counts: Record<string, number>;
  try {
    const problems = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (problems.join() !== "ok") throw new Error(`the copy failed PRAGMA integrity_check: ${problems.slice(0, 5).join("; ")}`);
    // A copy that stands alone: its WAL is folded in, so one file is the whole backup.
    copy.pragma("journal_mode = DELETE");
    counts = Object.fromEntries(
      COUNTED.map((table) => [table, (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]),
    );
  } catch (error) {
    copy.close();
    await rm(partial, { force: true });
    throw error;
  }
  copy.close();
  await rename(partial, target);
  return { file: target, bytes: (await stat(target)).size, pages, counts };
}
