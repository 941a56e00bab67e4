import { parseArgs } from "node:util";

/**
 * The one path a command takes (`npm run backup -- <file>`): with -h or
 * --help, the usage on stdout and exit 0; with none, or more than one, the
 * usage on stderr and exit 2.
 */
export function singlePathArgument(usage: string): string {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    console.error(usage);
    process.exit(2);
  }
  return positionals[0]!;
}
