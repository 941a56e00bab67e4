// Writes schema.graphql from the Pothos schema. CI regenerates it and fails on
// any difference; tests/schema.test.ts compares it too.
import { writeFileSync } from "node:fs";
import { schemaSdl } from "../src/schema/sdl.js";

writeFileSync(new URL("../schema.graphql", import.meta.url), schemaSdl);
console.log("Wrote schema.graphql");
