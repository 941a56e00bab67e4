// API tokens from the command line:
//   npm run token -- create --author <slug> --role AUTHOR|EDITOR   prints the new token, once
//   npm run token -- list
//   npm run token -- revoke <id>
import { parseArgs } from "node:util";
import { issueToken, listTokens, revokeToken, TokenError } from "../auth/tokens.js";
import { readConfig } from "../config.js";
import { openDatabase } from "../db/client.js";

const usage = `Usage:
  npm run token -- create --author <slug> --role AUTHOR|EDITOR
  npm run token -- list
  npm run token -- revoke <id>`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { author: { type: "string" }, role: { type: "string" } },
});
const [command, argument] = positionals;
if (!command || !["create", "list", "revoke"].includes(command)) fail(usage);

const db = await openDatabase(readConfig().database);
try {
  if (command === "create") {
    const role = values.role?.toUpperCase();
    if (!values.author || (role !== "AUTHOR" && role !== "EDITOR")) fail(usage);
    const issued = await issueToken(db.prisma, values.author, role);
    console.log(`Token ${issued.id} for ${issued.authorSlug} (${issued.role}). It is shown only this once:\n`);
    console.log(issued.token);
    console.log("\nSend it as: Authorization: Bearer <token>");
  } else if (command === "list") {
    const tokens = await listTokens(db.prisma);
    if (tokens.length === 0) console.log("No tokens.");
    for (const t of tokens) {
      const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "active";
      const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : "never used";
      console.log(`${t.id}\t${t.prefix}…\t${t.author.slug}\t${t.role}\t${state}\t${used}`);
    }
  } else {
    const id = Number(argument);
    if (!Number.isSafeInteger(id) || id <= 0) fail(usage);
    if (!(await revokeToken(db.prisma, id))) fail(`No active token has the id ${id}.`);
    console.log(`Revoked token ${id}.`);
  }
} catch (error) {
  if (error instanceof TokenError) fail(error.message);
  throw error;
} finally {
  await db.close();
}
