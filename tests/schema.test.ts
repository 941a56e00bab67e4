import { readFileSync } from "node:fs";
import { buildSchema, lexicographicSortSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schemaSdl as printedSchema } from "../src/schema/sdl.js";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema` after changing a type)", () => {
    expect(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8")).toBe(printedSchema);
  });

  it("describes every type and field, since that is what GraphiQL shows", () => {
    const schema = lexicographicSortSchema(buildSchema(printedSchema));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Boolean", "ID", "Float"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(printSchema(schema)).toContain("interface Node");
  });
});
