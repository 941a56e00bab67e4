import { defaultDatabaseUrl } from "../db/client.js";

/** Every setting Colloquy reads, from the environment, with its default. */
export interface Config {
  databaseUrl: string;
  port: number;
  /** Load the demo content into an empty database (`COLLOQUY_DEMO`, default on). */
  demo: boolean;
  /** Report `extensions.queryStats` on every response (`COLLOQUY_QUERY_STATS=1`). */
  queryStats: boolean;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "off", "false", "no"].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}".`);
  return {
    databaseUrl: env.DATABASE_URL || defaultDatabaseUrl,
    port,
    demo: flag(env.COLLOQUY_DEMO, true),
    queryStats: flag(env.COLLOQUY_QUERY_STATS, false),
  };
}
