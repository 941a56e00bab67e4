// The compiled build: `npm run build` compiles src/ to dist/ with tsc
// (tsconfig.build.json) and copies the files that are not TypeScript (the CSL
// styles). dist/.build-inputs records a fingerprint of what it was built from
// (every file's path, size and modification time under src/, and the build
// settings), so `npm start` can tell a stale build from a current one without
// compiling anything.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const srcDir = path.join(root, "src");
export const distDir = path.join(root, "dist");
const stampName = ".build-inputs";
const inputs = [path.join(root, "tsconfig.build.json"), path.join(root, "tsconfig.json"), import.meta.filename];
/** Files under src/ that the build copies as they are. */
const assets = (file) => file.endsWith(".csl");

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

function fingerprint() {
  const hash = createHash("sha256");
  for (const file of [...walk(srcDir).sort(), ...inputs]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function isStale() {
  const stamp = path.join(distDir, stampName);
  return !existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== fingerprint();
}

/** Compile into a fresh folder, then swap it in, so a failed build leaves the last good one. */
export function build() {
  const started = Date.now();
  const print = fingerprint();
  const staging = path.join(root, `.dist-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    throw new Error("dist/ is missing or stale, and TypeScript is not installed to build it: run `npm install`, then `npm run build`.");
  }
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json"), "--outDir", staging], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`tsc failed (exit ${result.status ?? result.signal}); dist/ was left as it was.`);
  }
  for (const file of walk(srcDir)) {
    if (assets(file)) cpSync(file, path.join(staging, path.relative(srcDir, file)));
  }
  writeFileSync(path.join(staging, stampName), `${print}\n`);
  rmSync(distDir, { recursive: true, force: true });
  renameSync(staging, distDir);
  return Date.now() - started;
}

/** Build, report the time on stderr, and exit 1 with tsc's reason when it fails. */
function buildOrExit() {
  try {
    const ms = build();
    console.error(`Built dist/ in ${(ms / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

export function buildIfStale() {
  if (!isStale()) return;
  console.error(existsSync(distDir) ? "The sources changed since the last build: compiling src/ to dist/ ..." : "No build yet: compiling src/ to dist/ ...");
  buildOrExit();
}

// `node scripts/build.mjs` always compiles; `--if-stale` only when the sources changed.
if (import.meta.filename === process.argv[1]) {
  if (process.argv.includes("--if-stale")) buildIfStale();
  else buildOrExit();
}
