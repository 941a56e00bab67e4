import { getOperationAST, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type OperationTypeNode } from "graphql";
import { operationCost } from "./cost.js";

// What the plugins ask of the operation an execution is about to run: which
// operation of the document it is, its kind, its name and its cost. Each is
// worked out once per execution, whichever plugin asks first: every onExecute
// and onSubscribe hook of one execution receives the same `args`.

/** The execution arguments the facts are read from. */
export interface ExecutionArgsLike {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
}

export interface OperationFacts {
  /** The operation the request names (or the only one); null when there is none such. */
  definition: OperationDefinitionNode | null;
  kind: OperationTypeNode | null;
  /** The name written in the document, if any. */
  name: string | null;
  /** How many objects it may return (operationCost); computed on first read. */
  readonly cost: number;
}

const factsByExecution = new WeakMap<object, OperationFacts>();

export function operationOf(args: ExecutionArgsLike): OperationFacts {
  let facts = factsByExecution.get(args);
  if (!facts) {
    const definition = getOperationAST(args.document, args.operationName) ?? null;
    let cost: number | undefined;
    facts = {
      definition,
      kind: definition?.operation ?? null,
      name: definition?.name?.value ?? null,
      get cost() {
        cost ??= definition ? operationCost(args.schema, args.document, definition, (args.variableValues ?? {}) as Record<string, unknown>) : 0;
        return cost;
      },
    };
    factsByExecution.set(args, facts);
  }
  return facts;
}
