import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The import rules of docs/architecture.md that the code holds today. Each
// step of the layout's move adds the rules it makes true.

const src = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, "utf8") }));

/** The folder (or top-level module) of src/ that each relative import of a file reaches. */
function importedAreas(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return specifiers.map((specifier) => path.relative(src, path.resolve(path.dirname(path.join(src, file)), specifier)).split(path.sep)[0]!.replace(/\.(js|ts)$/, ""));
}

const areaOf = (file: string) => file.split(path.sep)[0]!.replace(/\.(ts|mjs)$/, "");

function violations(from: string[], forbidden: string[]): string[] {
  return files
    .filter(({ file }) => from.includes(areaOf(file)))
    .flatMap(({ file, text }) => importedAreas(file, text).filter((area) => forbidden.includes(area)).map((area) => `${file} imports ${area}/`));
}

describe("the layers", () => {
  it("below server/, nothing imports server/", () => {
    expect(violations(["schema", "content", "domain", "loaders", "auth", "db"], ["server", "cli"])).toEqual([]);
  });

  it("loaders/, auth/ and db/ import no layer above them", () => {
    expect(violations(["loaders", "auth", "db"], ["schema", "content", "domain", "server", "cli"])).toEqual([]);
    expect(violations(["db"], ["loaders", "auth"])).toEqual([]);
  });

  it("domain/ and content/ import nothing from schema/: what they share with it is neutral (error codes, the global-id format)", () => {
    expect(violations(["domain", "content"], ["schema"])).toEqual([]);
  });

  it("domain/ knows nothing of GraphQL: its errors are plain errors with a code", () => {
    const graphqlUsers = files.filter(({ file, text }) => areaOf(file) === "domain" && /from\s*"graphql"/.test(text)).map(({ file }) => file);
    expect(graphqlUsers).toEqual([]);
  });

  it("domain/ is the only write path: nothing in content/ writes rows or opens a transaction", () => {
    const writes = /\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\(\s*\{|\$transaction\b|\$executeRaw/;
    const writers = files.filter(({ file, text }) => areaOf(file) === "content" && writes.test(text)).map(({ file }) => file);
    expect(writers).toEqual([]);
    // The rule is not vacuous: domain/ is where the writes are.
    expect(files.some(({ file, text }) => file === path.join("domain", "imports.ts") && writes.test(text))).toBe(true);
  });

  it("domain/ uses content/ for parsing only: never the importers' readers or the demo content", () => {
    const readers = files
      .filter(({ file }) => areaOf(file) === "domain")
      .flatMap(({ file, text }) =>
        [...text.matchAll(/from\s*"(\.{1,2}\/[^"]+)"/g)]
          .map((m) => path.relative(src, path.resolve(path.dirname(path.join(src, file)), m[1]!)))
          .filter((target) => target.startsWith(path.join("content", "import")) || target.startsWith(path.join("content", "demo")))
          .map((target) => `${file} imports ${target}`),
      );
    expect(readers).toEqual([]);
  });

  it("only src/config.ts reads the environment, and only the entry points read the config", () => {
    expect(files.filter(({ text }) => /process\.env\b/.test(text)).map(({ file }) => file)).toEqual(["config.ts"]);
    const readers = files.filter(({ text }) => /import\s*\{[^}]*\breadConfig\b[^}]*\}\s*from/.test(text)).map(({ file }) => file);
    expect(readers.filter((file) => file !== path.join("server", "main.ts") && !file.startsWith(`cli${path.sep}`))).toEqual([]);
    expect(readers).toContain(path.join("server", "main.ts"));
  });
});
