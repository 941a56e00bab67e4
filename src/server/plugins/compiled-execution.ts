import {
  BREAK,
  GraphQLError,
  TypeInfo,
  getNamedType,
  getVariableValues,
  isScalarType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type Source,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";
import { boundedMemo } from "../../bounded-memo.js";
import { operationOf } from "./operation.js";

// Queries and mutations run through graphql-jit: the operation is compiled once
// into plain JavaScript that calls the same resolvers, without the general
// executor's walk over the document and its promise per field. On the nested
// benchmark query this roughly halved the server's CPU per request
// (docs/benchmarks.md). Subscriptions keep the standard executor.
//
// What is compiled is bounded. Only documents seen at least `hotAfter` times
// are compiled, so a client sending a new document on every request costs no
// compilation. Only documents up to `maxDocumentLength` characters: compiling
// takes about 13 ms per thousand characters of document and blocks the event
// loop meanwhile, so the 4 KiB default keeps any one compilation near 50 ms
// (docs/benchmarks.md). And the compiled code, about 200 bytes per character
// of document, is kept in a bounded memo, least recently used first out. An
// operation graphql-jit cannot compile runs on the standard executor, and so
// does an execution whose variables do not coerce: graphql-js's messages say
// why a value was refused (a scalar's own explanation), where graphql-jit's
// only name the type. A document that writes a literal for a scalar whose
// literals may hold variables (JSON, JSONObject) is not compiled either:
// graphql-jit reads such literals without the variables.

export interface CompiledExecutionOptions {
  /** Executions of a document before it is compiled (default 2: the second request compiles it); 0 never compiles. */
  hotAfter: number;
  /** Longer documents are never compiled (default 4 KiB). */
  maxDocumentLength: number;
}

const defaults: CompiledExecutionOptions = { hotAfter: 2, maxDocumentLength: 4 * 1024 };

/** The compiled code's weight in the memo, per character of document: about 200 bytes, as measured. */
const COMPILED_CHARACTERS_PER_CHARACTER = 100;

type Compiled = CompiledQuery | null;

// Process-wide counts of executions by executor, for the metrics.
const executions = { compiled: 0, standard: 0 };
export function executionCounts(): Readonly<typeof executions> {
  return executions;
}

export function useCompiledExecution(options: Partial<CompiledExecutionOptions> = {}): Plugin {
  const { hotAfter, maxDocumentLength } = { ...defaults, ...options };
  // Each parsed document gets a number: yoga's parse cache hands out the same
  // document for the same text, and the response cache the same rewritten
  // document for the same document. Two documents of one text (as given, and
  // as the response cache rewrote it) are different operations, so the memo is
  // keyed by the document, not by its text.
  const documents = new WeakMap<DocumentNode, { id: number; seen: number }>();
  let lastId = 0;
  // By document and operation name: the compiled form, or a mark where it cannot be compiled.
  const compiled = boundedMemo<CompiledQuery | { failed: true }>(
    { name: "compiled operations", maxEntries: 500, maxCharacters: 16 * 1024 * 1024 },
    () => 0,
  );

  const compiledFor = (args: ExecutionArgs): Compiled => {
    const { document } = args;
    const text = document.loc?.source.body;
    if (hotAfter === 0 || text === undefined || text.length > maxDocumentLength) return null;
    let known = documents.get(document);
    if (!known) documents.set(document, (known = { id: ++lastId, seen: 0 }));
    const key = `${known.id}\u0000${args.operationName ?? ""}`;
    const cached = compiled.get(key);
    if (cached) return "failed" in cached ? null : cached;
    known.seen += 1;
    if (known.seen < hotAfter) return null;
    const result = writesVariableLiteral(args.schema, document) ? null : compileQuery(args.schema, document, args.operationName ?? undefined);
    const entry = result && isCompiledQuery(result) ? result : null;
    compiled.set(key, entry ?? { failed: true }, text.length * COMPILED_CHARACTERS_PER_CHARACTER);
    return entry;
  };

  return {
    // The executor is chosen per call, from the arguments it is called with:
    // plugins that wrap it (the response cache) may hand it a document of their
    // own making, and that is the one to compile and run.
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const { definition, kind } = operationOf(args);
        const query = definition && kind !== "subscription" ? compiledFor(args) : null;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        if (!query || (definition!.variableDefinitions?.length && getVariableValues(args.schema, definition!.variableDefinitions, variables).errors)) {
          executions.standard += 1;
          return executeFn(args);
        }
        executions.compiled += 1;
        const result = query.query(args.rootValue, args.contextValue, withDefaults(definition!, variables)) as ExecutionResult | Promise<ExecutionResult>;
        const source = args.document.loc?.source;
        return result instanceof Promise ? result.then((done) => locateErrors(done, source)) : locateErrors(result, source);
      });
    },
  };
}

/**
 * The variables with the operation's defaults filled in for those not given.
 * graphql-jit refuses a non-null variable that has a default but was not
 * given ("was not provided"), where GraphQL uses the default; GraphiQL's
 * example query is one such. A variable given as null stays null.
 */
function withDefaults(definition: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let filled = variables;
  for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
    if (!defaultValue || Object.hasOwn(variables, variable.name.value)) continue;
    if (filled === variables) filled = { ...variables };
    filled[variable.name.value] = valueFromASTUntyped(defaultValue);
  }
  return filled;
}

/** Whether the document writes a literal value where a scalar whose literals may hold variables is expected. */
function writesVariableLiteral(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  const literal = () => {
    const type = typeInfo.getInputType();
    const named = type ? getNamedType(type) : null;
    if (named && isScalarType(named) && named.parseLiteral.length > 1) {
      found = true;
      return BREAK;
    }
    return undefined;
  };
  visit(document, visitWithTypeInfo(typeInfo, { ObjectValue: literal, ListValue: literal, StringValue: literal, IntValue: literal, FloatValue: literal, BooleanValue: literal, NullValue: literal }));
  return found;
}

/**
 * graphql-jit's errors carry their line and column but not the document's
 * nodes, and yoga rebuilds every error from its nodes, source and positions
 * when it writes the response: they would reach clients without locations.
 * Each is made a graphql-js error at the same place in the same source.
 */
function locateErrors(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length || !source) return result;
  let lineStarts: number[] | null = null;
  const errors = result.errors.map((error) => {
    if (error.nodes || !error.locations?.length) return error;
    lineStarts ??= [0, ...[...source.body.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
    const starts = lineStarts;
    const positions = error.locations.map(({ line, column }) => (starts[line - 1] ?? 0) + column - 1);
    return new GraphQLError(error.message, {
      source,
      positions,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
  });
  return { ...result, errors };
}
