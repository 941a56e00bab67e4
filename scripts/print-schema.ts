// Writes schema.graphql from the Pothos schema. CI regenerates it and fails on any difference.
import { writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../src/schema/schema.js";

export const printedSchema = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[2] !== "--print-only") {
  writeFileSync(new URL("../schema.graphql", import.meta.url), printedSchema);
  console.log("Wrote schema.graphql");
}
