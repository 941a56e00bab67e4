// Reading settings from the environment, the same way everywhere: the
// server's configuration (src/server/config.ts) and the database options
// (src/db/client.ts), which the command-line tools read too.

/** A whole number from the environment, at least `min`, or the default when unset. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}; got "${raw}".`);
  return value;
}

/** On unless 0, off, false or no (any case); the default when unset or empty. */
export function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "off", "false", "no"].includes(value.toLowerCase());
}
