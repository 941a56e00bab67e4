import fc from "fast-check";
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

// Random operations that are valid against the schema: a walk from Query (or,
// less often, Mutation) that picks fields, arguments of the right types with
// edge values, aliases, fragments and variables. Most stay within the
// server's limits; some are refused on purpose (a page of 101, an Int above
// 2^31, a variable of the wrong type), which is part of what is tested.

/** Values taken from the running server, so that lookups hit real rows as well as misses. */
export interface FuzzPools {
  /** Global IDs of every kind of node in the database. */
  ids: string[];
  /** Slugs of posts, authors and discussions. */
  slugs: string[];
  /** Cursors the server handed out, from several lists. */
  cursors: string[];
  /** Names of the schema's types, for `__type(name:)`. */
  typeNames: string[];
}

export interface GeneratedOperation {
  kind: "query" | "mutation";
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/**
 * Strings a response must never contain (a stack frame, the ORM, the
 * database, SQL, a server path). Generated input never contains them either,
 * so that an echo of the request cannot pass for a leak.
 */
export const LEAK_MARKERS: { label: string; pattern: RegExp }[] = [
  { label: "stack frame", pattern: / {4}at / },
  { label: "prisma", pattern: /prisma/i },
  { label: "sqlite", pattern: /sqlite/i },
  { label: "SQL", pattern: /SELECT / },
  { label: "file path", pattern: /\/work\/|node_modules|colloquy-test-|colloquy\.db/ },
];

export const containsLeakMarker = (text: string) => LEAK_MARKERS.some(({ pattern }) => pattern.test(text));

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** Any text a client might type, from empty to huge, unicode and markup included. */
export function textArbitrary(): fc.Arbitrary<string> {
  const huge = fc
    .tuple(fc.constantFrom(1_000, 10_001, 60_000), fc.constantFrom("a", "é", "🤖", "word ", "[^1] ", "> ", "*", "](", "<b>", "\\"))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));
  const tricky = fc.constantFrom(
    "",
    " ",
    "\n\n",
    "\t",
    "\u0000",
    "\u200b",
    "\ufeff",
    "🤖🧵",
    "e\u0301",
    "עברית",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "Text[^1]\n\n[^1]: Ibid., 12.",
    "Text[^a][^a]\n\n[^a]: Hardin, *The Tragedy of the Commons* (1968), 1243–48.",
    "'; DROP TABLE Post; --",
    '"quoted" \\ back',
    "%s%n%x",
    "${jndi:ldap://x}",
    "\ud800",
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 3, arbitrary: tricky },
    { weight: 1, arbitrary: huge },
  );
}

/** IDs: real ones, well-formed ones that name nothing, and garbage. */
export function idArbitrary(pools: FuzzPools): fc.Arbitrary<string | number> {
  const lookalikes = fc.constantFrom(
    base64url("Post:1"),
    base64url("Comment:1"),
    base64url("Author:1"),
    base64url("Post:0"),
    base64url("Post:-1"),
    base64url("Post:01"),
    base64url("Post:2147483647"),
    base64url("Post:2147483648"),
    base64url("Post:9007199254740993"),
    base64url("Post:9999999999999999"),
    base64url("Post:99999999999999999"),
    base64url("post:1"),
    base64url("Viewer:1"),
    base64url("Nope:1"),
    base64url("Post:1:2"),
    base64url("Post:1\n"),
    base64url("Post:1.5"),
    base64url("Post:"),
    base64url(":1"),
    `${base64url("Post:1")}=`,
    `${base64url("Post:1")}==`,
  );
  const garbage = fc.oneof(
    fc.constantFrom("", "=", "===", "!!", "0", "-1", "a".repeat(250), "UG9zdDox\n", "UG9zd Dox", "../../etc/passwd"),
    fc.base64String({ maxLength: 24 }),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 200 }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: pools.ids.length ? fc.constantFrom(...pools.ids) : lookalikes },
    { weight: 3, arbitrary: lookalikes },
    { weight: 2, arbitrary: garbage },
  );
}

function intArbitrary(name: string): fc.Arbitrary<number> {
  if (name === "first" || name === "last" || name === "limit") {
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(0, 1, 2, 3, 5) },
      { weight: 3, arbitrary: fc.constantFrom(10, 20, 50) },
      { weight: 2, arbitrary: fc.constantFrom(100, 101, -1, 2_147_483_647, -2_147_483_648) },
    );
  }
  if (name === "maxLength") return fc.constantFrom(20, 21, 280, 1000, 19, 1001, 0, -1, 2_147_483_647);
  if (name === "expectedRevision") return fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 2_147_483_647));
  return fc.oneof(fc.constantFrom(0, 1, -1, 101, 2_147_483_647, -2_147_483_648), fc.integer({ min: -1000, max: 1000 }));
}

const dateTimes = fc.oneof(
  fc.constantFrom(
    "2020-01-01T00:00:00Z",
    "1970-01-01T00:00:00.000Z",
    "2999-12-31T23:59:59Z",
    "2024-02-29T12:00:00+05:30",
    "2023-06-15T08:30:00.123456Z",
  ),
  fc.date({ min: new Date(0), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
);

const safeUrls = fc.constantFrom(
  // Webhook endpoints: the dispatcher really sends to them, so only addresses that refuse at once.
  "http://127.0.0.1:1/hook",
  "https://127.0.0.1:1/colloquy",
  "http://[::1]:1/x?y=1",
  "ftp://127.0.0.1/hook",
  "javascript:alert(1)",
  "not a url",
  "",
);

/** An input value, kept as a tree so that it can be printed as a literal or sent as a variable. */
type InputValue =
  | { kind: "null" }
  | { kind: "scalar"; value: string | number | boolean }
  | { kind: "enum"; value: string }
  | { kind: "list"; values: InputValue[] }
  | { kind: "object"; fields: [string, InputValue][] }
  | { kind: "variable"; name: string }
  /** An Int literal graphql-js cannot represent, such as 2^31. */
  | { kind: "bigInt"; value: number };

function printLiteral(value: InputValue): string {
  switch (value.kind) {
    case "null":
      return "null";
    case "scalar":
      return JSON.stringify(value.value);
    case "enum":
      return value.value;
    case "bigInt":
      return String(value.value);
    case "variable":
      return `$${value.name}`;
    case "list":
      return `[${value.values.map(printLiteral).join(", ")}]`;
    case "object":
      return `{${value.fields.map(([name, field]) => `${name}: ${printLiteral(field)}`).join(", ")}}`;
  }
}

function toJson(value: InputValue): unknown {
  switch (value.kind) {
    case "null":
      return null;
    case "scalar":
    case "enum":
    case "bigInt":
      return value.value;
    case "list":
      return value.values.map(toJson);
    case "object":
      return Object.fromEntries(value.fields.map(([name, field]) => [name, toJson(field)]));
    case "variable":
      throw new Error("A variable's value cannot hold another variable.");
  }
}

/** The node type an ID argument or input field ("Input.field") stands for, where its name says so. */
function expectedNodeType(name: string): string | undefined {
  const [input, field] = name.includes(".") ? name.split(".") : ["", name];
  if (field === "postId" || field === "inResponseToId") return "Post";
  if (field === "parentId") return "Comment";
  if (field === "discussionId") return "Discussion";
  if (field !== "id") return undefined;
  const byInput: Record<string, string> = {
    PostIdInput: "Post",
    UpdatePostInput: "Post",
    EditCommentInput: "Comment",
    ModerateCommentInput: "Comment",
    UpdateAuthorInput: "Author",
  };
  return byInput[input!];
}

type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

const SEPARATORS = [" ", " ", " ", "\n", ", ", "\t", " # note\n"];

/** One operation, built by walking the schema with values drawn from fast-check. */
class OperationBuilder {
  private readonly variables: { name: string; type: string; value?: unknown; defaultValue?: string }[] = [];
  private readonly fragments: string[] = [];
  private aliases = 0;
  private directives = 0;
  /** Fields and fragments left to place: they keep the document within the token limit most of the time. */
  private fieldBudget = 0;
  private fragmentBudget = 12;
  private maxDepth = 0;
  /** Whether this operation heads for its depth limit, taking a nested object at every level. */
  private dive = false;
  /** How often a field gets an alias it does not need; now and then, often enough to pass the alias limit. */
  private aliasPercent = 10;
  /** Whether this operation's variables may be of the wrong type, or missing. */
  private corruptVariables = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
    private readonly idsByType: Map<string, string[]>,
    private readonly draw: Draw,
    private readonly arbitraries: { text: fc.Arbitrary<string>; id: fc.Arbitrary<string | number>; json: fc.Arbitrary<fc.JsonValue> },
  ) {}

  // Unbiased: fast-check leans towards the smallest integers now and then,
  // which would make every "10 %" branch, fragments included, fire far more often.
  private chance(percent: number): boolean {
    return this.draw(fc.noBias(fc.integer({ min: 0, max: 99 }))) < percent;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.draw(fc.noBias(fc.integer({ min: 0, max: items.length - 1 })))]!;
  }

  private separator(): string {
    return this.pick(SEPARATORS);
  }

  build(): GeneratedOperation {
    const mutationType = this.schema.getMutationType();
    const kind = mutationType && this.chance(25) ? "mutation" : "query";
    this.corruptVariables = this.chance(12);
    this.maxDepth = this.draw(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2, max: 9 }) }, { weight: 1, arbitrary: fc.integer({ min: 10, max: 18 }) }));
    this.fieldBudget = this.draw(fc.integer({ min: 3, max: 45 }));
    this.dive = this.maxDepth >= 12 && this.chance(60);
    if (this.dive) this.fieldBudget = Math.max(this.fieldBudget, 30);
    this.aliasPercent = this.chance(5) ? 60 : 10;
    const selection =
      kind === "mutation" ? this.rootSelection(mutationType!, this.draw(fc.integer({ min: 1, max: 2 }))) : this.querySelection();
    const name = this.chance(50) ? this.pick(["Fuzz", "Q", "op_1", "_"]) : undefined;
    const definitions = this.variables.map(
      (v) => `$${v.name}: ${v.type}${v.defaultValue !== undefined ? ` = ${v.defaultValue}` : ""}`,
    );
    const signature = definitions.length ? `(${definitions.join(", ")})` : "";
    // Only a query without a name or variables may be written as a bare selection set; it sometimes is.
    const shorthand = kind === "query" && !name && !signature && this.chance(70);
    let query = `${shorthand ? "" : `${kind}${name ? ` ${name}` : ""}${signature}`} ${selection}`;
    for (const fragment of this.fragments) query += `${this.separator()}${fragment}`;
    let operationName: string | undefined = name && this.chance(70) ? name : undefined;
    // A second operation in the same document: the operation name picks the one to run.
    if (name && this.chance(8)) {
      query += `${this.separator()}query Other { __typename }`;
      operationName = name;
    }
    const variables: Record<string, unknown> = {};
    for (const v of this.variables) if (v.value !== undefined) variables[v.name] = v.value;
    return { kind, query: query.trim(), variables, ...(operationName ? { operationName } : {}) };
  }

  private querySelection(): string {
    const query = this.schema.getQueryType()!;
    // Introspection is free of cost and goes through the same server; now and then, ask for it.
    if (this.chance(4)) {
      const name = this.chance(70) ? this.pick(this.pools.typeNames) : this.draw(this.arbitraries.text);
      const introspection = this.chance(50)
        ? `__type(name: ${this.stringArgument(name)}) { name kind fields(includeDeprecated: true) { name type { name kind } } }`
        : "__schema { queryType { name } types { name } }";
      return `{ ${introspection} ${this.rootSelection(query, 1).slice(1, -1)} }`;
    }
    return this.rootSelection(query, this.draw(fc.integer({ min: 1, max: 4 })));
  }

  private stringArgument(value: string): string {
    if (!this.chance(25)) return JSON.stringify(value);
    return this.declareVariable("String!", value);
  }

  private rootSelection(root: GraphQLObjectType, count: number): string {
    const fields = Object.values(root.getFields());
    const chosen = this.draw(fc.shuffledSubarray(fields, { minLength: Math.min(count, fields.length), maxLength: Math.min(count, fields.length) }));
    const scope = new Map<string, string>();
    const parts = chosen.map((field) => this.field(field, 1, scope));
    return `{ ${parts.join(this.separator())} }`;
  }

  /** The selection set for a composite type; `depth` is the depth of its own fields. */
  private selectionSet(type: GraphQLCompositeType, depth: number, scope = new Map<string, string>()): string {
    const parts: string[] = [];
    const abstract = isUnionType(type) || isInterfaceType(type);
    if (this.chance(abstract ? 60 : 15)) parts.push("__typename");
    if (abstract) {
      if (isInterfaceType(type)) parts.push(...this.someFields(type.getFields(), depth, scope, 2));
      const possible = this.schema.getPossibleTypes(type);
      const members = this.draw(fc.shuffledSubarray([...possible], { minLength: 1, maxLength: Math.min(3, possible.length) }));
      for (const member of members) if (this.fragmentBudget > 0) parts.push(this.fragment(member, depth, scope));
    } else {
      const breadth = this.draw(fc.integer({ min: 1, max: 4 }));
      parts.push(...this.someFields(type.getFields(), depth, scope, breadth));
      if (this.fragmentBudget > 0 && this.chance(10)) parts.push(this.fragment(type, depth, scope));
    }
    if (parts.length === 0) parts.push("__typename");
    return `{ ${parts.join(this.separator())} }`;
  }

  /** An inline fragment or a named fragment's spread, on the given type, merged into the parent's scope. */
  private fragment(on: GraphQLCompositeType, depth: number, scope: Map<string, string>): string {
    this.fragmentBudget--;
    const body = this.selectionSet(on, depth, scope);
    if (this.chance(30)) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${on.name} ${body}`);
      return `...${name}`;
    }
    return `... on ${on.name} ${body}`;
  }

  private someFields(
    fields: Record<string, GraphQLField<unknown, unknown>>,
    depth: number,
    scope: Map<string, string>,
    breadth: number,
  ): string[] {
    let candidates = Object.values(fields);
    // At the depth limit only leaves fit; below it, a connection leans towards its edges, an edge towards its node.
    if (depth >= this.maxDepth) candidates = candidates.filter((f) => isLeafType(getNamedType(f.type)));
    if (candidates.length === 0 || this.fieldBudget <= 0) return [];
    const count = Math.min(breadth, candidates.length, this.fieldBudget);
    const chosen = this.draw(fc.shuffledSubarray(candidates, { minLength: count, maxLength: count }));
    for (const preferred of ["edges", "node"]) {
      const field = candidates.find((f) => f.name === preferred);
      if (field && !chosen.includes(field) && this.chance(75)) chosen.push(field);
    }
    if (this.dive && depth < this.maxDepth && chosen.every((f) => isLeafType(getNamedType(f.type)))) {
      const composite = candidates.filter((f) => !isLeafType(getNamedType(f.type)));
      if (composite.length) chosen.push(this.pick(composite));
    }
    this.fieldBudget -= chosen.length;
    return chosen.map((field) => this.field(field, depth, scope));
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, scope: Map<string, string>): string {
    const args = this.arguments(field.args);
    const named = getNamedType(field.type);
    const leaf = isLeafType(named);
    // Two selections with one response name must be the same field with the
    // same arguments, or validation refuses them: a repeat gets an alias.
    const signature = `${field.name}${args}:${String(field.type)}`;
    const seen = scope.get(field.name);
    let responseName = field.name;
    if (this.chance(this.aliasPercent) || (seen !== undefined && (seen !== signature || !leaf))) {
      responseName = `a${this.aliases++}`;
    }
    scope.set(responseName, signature);
    const alias = responseName === field.name ? "" : `${responseName}: `;
    const directive = this.directive();
    const selection = isCompositeType(named) ? ` ${this.selectionSet(named, depth + 1)}` : "";
    return `${alias}${field.name}${args}${directive}${selection}`;
  }

  private directive(): string {
    if (this.directives >= 6 || !this.chance(6)) return "";
    this.directives++;
    const name = this.chance(50) ? "include" : "skip";
    const condition = this.chance(30) ? this.declareVariable("Boolean!", this.chance(50)) : String(this.chance(50));
    return ` @${name}(if: ${condition})`;
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !this.chance(45)) continue;
      parts.push(`${arg.name}: ${this.argumentValue(arg.type, arg.name)}`);
    }
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  /** A literal, or now and then a variable of exactly the argument's type. */
  private argumentValue(type: GraphQLInputType, name: string): string {
    if (this.chance(20)) return this.declareVariable(String(type), toJson(this.value(type, name, false)));
    return printLiteral(this.value(type, name, true));
  }

  /**
   * Declares a variable and returns its reference. The value sent is the one
   * given, except in an operation chosen to corrupt its variables: there some
   * are of the wrong type, or left out.
   */
  private declareVariable(type: string, value: unknown): string {
    const name = `v${this.variables.length}`;
    const roll = this.draw(fc.noBias(fc.integer({ min: 0, max: 99 })));
    if (this.corruptVariables && roll < 30) {
      this.variables.push({ name, type, value: this.draw(this.arbitraries.json) });
    } else if (this.corruptVariables && roll < 45) {
      this.variables.push({ name, type });
    } else if (roll < 4 && !type.endsWith("!")) {
      this.variables.push({ name, type, defaultValue: "null" });
    } else {
      this.variables.push({ name, type, value });
    }
    return `$${name}`;
  }

  private value(type: GraphQLInputType, name: string, literal: boolean): InputValue {
    if (isNonNullType(type)) return this.nonNullValue(type.ofType, name, literal);
    if (this.chance(8)) return { kind: "null" };
    return this.nonNullValue(type, name, literal);
  }

  private nonNullValue(type: GraphQLInputType, name: string, literal: boolean): InputValue {
    if (isNonNullType(type)) return this.nonNullValue(type.ofType, name, literal);
    if (isListType(type)) {
      // A single value where a list is expected is coerced to a list of one.
      if (this.chance(10)) return this.value(type.ofType, name, literal);
      const length =
        name === "ids" && this.chance(5)
          ? this.pick([100, 101])
          : this.draw(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 12 }) }));
      return { kind: "list", values: Array.from({ length }, () => this.value(type.ofType, name, literal)) };
    }
    if (isEnumType(type)) return { kind: "enum", value: this.pick(type.getValues().map((v) => v.name)) };
    if (isInputObjectType(type)) {
      const fields: [string, InputValue][] = [];
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !this.chance(40)) continue;
        if (literal && this.chance(10)) {
          const value = toJson(this.value(field.type, `${type.name}.${field.name}`, false));
          fields.push([field.name, { kind: "variable", name: this.declareVariable(String(field.type), value).slice(1) }]);
        } else {
          fields.push([field.name, this.value(field.type, `${type.name}.${field.name}`, literal)]);
        }
      }
      return { kind: "object", fields };
    }
    // Input fields are named "Input.field"; what a value should look like depends on the field.
    const field = name.slice(name.lastIndexOf(".") + 1);
    switch (type.name) {
      case "Int": {
        // 2^31 is no Int: as a literal it fails validation, as a variable coercion.
        if (this.chance(2)) return { kind: "bigInt", value: 2 ** 31 };
        return { kind: "scalar", value: this.draw(intArbitrary(field)) };
      }
      case "Float":
        return { kind: "scalar", value: this.draw(fc.double({ noNaN: true, noDefaultInfinity: true })) };
      case "Boolean":
        return { kind: "scalar", value: this.chance(50) };
      case "ID": {
        // Mostly an ID of the type the field names, so that mutations reach their writes; otherwise any.
        const expected = this.idsByType.get(expectedNodeType(name) ?? "");
        if (expected?.length && this.chance(65)) return { kind: "scalar", value: this.pick(expected) };
        return { kind: "scalar", value: this.draw(this.arbitraries.id) };
      }
      case "DateTime":
        return { kind: "scalar", value: this.draw(dateTimes) };
      default:
        return { kind: "scalar", value: this.stringFor(field) };
    }
  }

  private stringFor(name: string): string {
    if (/slug/i.test(name)) {
      const roll = this.draw(fc.noBias(fc.integer({ min: 0, max: 99 })));
      if (roll < 55 && this.pools.slugs.length) return this.pick(this.pools.slugs);
      if (roll < 80) return `fuzz-${this.draw(fc.nat({ max: 10_000 }))}`;
    }
    if ((name === "after" || name === "before") && this.pools.cursors.length && this.chance(60)) return this.pick(this.pools.cursors);
    if (name === "url") return this.draw(safeUrls);
    if (name === "idempotencyKey" && this.chance(60)) return this.pick(["key-1", "key-2", "key-3"]);
    if (name === "authorEmail" && this.chance(50)) return this.pick(["reader@example.org", "not-an-email", "a@b"]);
    return this.draw(this.arbitraries.text);
  }
}

/**
 * Draws an operation by walking the schema, straight from the run's random
 * stream. (`fc.gen()` would be the obvious tool, but its draws do not advance
 * the stream: two operations in one tuple or array come out identical, and a
 * filter that rejects one retries it forever.) No shrinking: a failing case
 * runs against a server whose data has moved on, so it is reported whole.
 */
class OperationArbitrary extends fc.Arbitrary<GeneratedOperation> {
  constructor(private readonly build: (draw: Draw) => GeneratedOperation) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<GeneratedOperation> {
    return new fc.Value(this.build((arbitrary) => arbitrary.generate(mrng, biasFactor).value), undefined);
  }

  canShrinkWithoutContext(_value: unknown): _value is GeneratedOperation {
    return false;
  }

  shrink(): fc.Stream<fc.Value<GeneratedOperation>> {
    return fc.Stream.nil();
  }
}

/** Operations valid against `schema`; their text and variables never contain a leak marker. */
export function operationArbitrary(schema: GraphQLSchema, pools: FuzzPools): fc.Arbitrary<GeneratedOperation> {
  const idsByType = new Map<string, string[]>();
  for (const id of pools.ids) {
    const typename = Buffer.from(id, "base64url").toString("utf8").split(":")[0]!;
    idsByType.set(typename, [...(idsByType.get(typename) ?? []), id]);
  }
  const arbitraries = {
    text: textArbitrary().filter((text) => !containsLeakMarker(text)),
    id: idArbitrary(pools).filter((id) => !containsLeakMarker(String(id))),
    json: fc.jsonValue({ maxDepth: 2 }).filter((value) => !containsLeakMarker(JSON.stringify(value))),
  };
  return new OperationArbitrary((draw) => new OperationBuilder(schema, pools, idsByType, draw, arbitraries).build());
}
