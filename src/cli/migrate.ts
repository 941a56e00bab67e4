// Migrations from the command line, for deployments that migrate as a step of
// their own before new instances start (see docs/deploy.md):
//   npm run migrate             apply what DATABASE_URL's database has not applied yet
//   npm run migrate -- --check  list what is pending; exit 1 if anything is
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { describeUrl, migrateDatabaseAt, pendingMigrationsAt } from "../db/client.js";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const { database } = readConfig();
const where = database.provider === "sqlite" ? database.url : describeUrl(database.url);

try {
  if (values.check) {
    const pending = await pendingMigrationsAt(database);
    if (pending.length) {
      console.log(`${where}: ${pending.length} migration(s) pending:\n${pending.map((name) => `  ${name}`).join("\n")}`);
      process.exit(1);
    }
    console.log(`${where}: up to date.`);
  } else {
    const applied = await migrateDatabaseAt(database);
    console.log(
      applied.length
        ? `${where}: applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`
        : `${where}: up to date, nothing to apply.`,
    );
  }
} catch (error) {
  console.error(`${values.check ? "Checking" : "Migrating"} ${where} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
