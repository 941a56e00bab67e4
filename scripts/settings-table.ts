// Rewrites the README's table of settings from SETTINGS in src/config.ts:
//   npm run docs:settings
// tests/settings.test.ts fails when the README's table is not what this writes.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { README_SETTINGS, settingsTable } from "../src/config.js";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const text = readFileSync(readme, "utf8");
const start = text.indexOf(README_SETTINGS.start);
const end = text.indexOf(README_SETTINGS.end);
if (start < 0 || end < start) throw new Error(`README.md has no ${README_SETTINGS.start} … ${README_SETTINGS.end} block.`);
const lineEnd = text.indexOf("\n", start) + 1;
writeFileSync(readme, `${text.slice(0, lineEnd)}${settingsTable()}\n${text.slice(end)}`);
console.log(`README.md: the table of ${settingsTable().split("\n").length - 2} settings is current.`);
