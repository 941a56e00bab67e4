// Starts a real Colloquy server for the client suite: a fresh SQLite database
// with the demo content, on a free port, and an author's token and an
// editor's for the writes. Stops it, and removes the database, when asked.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** `env`: settings beyond the defaults, such as COLLOQUY_TRUSTED_DOCUMENTS. */
export async function startColloquy(extraEnv = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-clients-"));
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "colloquy.db")}`, PORT: String(port), HOST: "127.0.0.1", COLLOQUY_LOG_LEVEL: "warn", ...extraEnv };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (i > 300) throw new Error("Colloquy did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // `npm run token -- create` prints the token alone on its third line.
  const token = (role, author) =>
    execFileSync(process.execPath, ["--import", "tsx", "src/cli/token.ts", "create", "--author", author, "--role", role], { cwd: root, env, encoding: "utf8" }).split("\n")[2].trim();
  return {
    url,
    port,
    authorToken: token("AUTHOR", "eleanor-voss"),
    editorToken: token("EDITOR", "miriam-tolle"),
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
