// A consistent copy of the SQLite database named by DATABASE_URL, taken while
// the server runs and writes:
//   npm run backup -- <file>
// Restoring is described in docs/deploy.md ("Backups"). For PostgreSQL, use
// pg_dump and pg_restore, as described there too.
import { backupSqlite } from "../db/backup.js";
import { readConfig } from "../config.js";
import { defaultDatabaseUrl } from "../db/client.js";
import { singlePathArgument } from "./arguments.js";

const usage = `Usage: npm run backup -- <file>

Copies the SQLite database named by DATABASE_URL (default ${defaultDatabaseUrl})
to <file> with SQLite's online backup, while the server goes on serving and
writing. The copy is checked with PRAGMA integrity_check before it replaces
<file>. See docs/deploy.md for restoring, and for PostgreSQL's pg_dump.`;

const path = singlePathArgument(usage);
const { database } = readConfig();
if (database.provider !== "sqlite") {
  console.error("DATABASE_URL names a PostgreSQL database: back it up with pg_dump (see docs/deploy.md, \"Backups\").");
  process.exit(2);
}
try {
  const report = await backupSqlite(database.url.slice("file:".length), path);
  const counts = Object.entries(report.counts).map(([table, n]) => `${n} ${table}`).join(", ");
  console.log(`${report.file}: ${report.bytes} bytes, ${report.pages} pages, integrity ok; ${counts}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
