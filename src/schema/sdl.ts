import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.js";

/** schema.graphql's exact contents: the SDL of the built schema, sorted so diffs stay small. */
export const schemaSdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
