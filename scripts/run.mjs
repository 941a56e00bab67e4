// Runs one entry point of the compiled build: `node scripts/run.mjs server/main`
// for `npm start`, `node scripts/run.mjs cli/migrate -- ...` for the command-line
// tools. It compiles src/ to dist/ first when dist/ is missing or older than
// the sources (scripts/build.mjs), then loads dist/<entry>.js in this same
// process, so signals reach the server directly and no second Node starts.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIfStale, distDir } from "./build.mjs";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run.mjs <entry under dist/, such as server/main> [arguments]");
  process.exit(2);
}
const file = path.join(distDir, `${entry}.js`);
buildIfStale();
if (!existsSync(file)) {
  console.error(`No such entry point in the build: ${path.relative(process.cwd(), file)}`);
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2), as it would
// when started as `node dist/<entry>.js ...`.
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(file).href);
