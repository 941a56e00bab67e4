import { existsSync } from "node:fs";

/** An explicit CHROMIUM_PATH is used as given (a wrong one counts as missing); otherwise the Debian locations. */
export function findChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
}
