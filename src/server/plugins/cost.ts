import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { POST_LIMITS } from "../../domain/posts.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../schema/pagination.js";

// What an operation costs: the most objects it can return, worked out from
// the document and the schema's lists before anything runs. The cost limit
// (limits.ts) and the expensive-read rate limit (rate-limit.ts) read it,
// once per execution, through operation.ts.

/**
 * How many items each list without a page size can hold at most, by its
 * schema coordinate. Costs are upper bounds, so these are the limits the
 * writes enforce, not typical sizes. A list missing here is costed at
 * MAX_LIST_SIZE.
 */
export const UNPAGED_LIST_BOUNDS: Record<string, number> = {
  "Post.footnotes": POST_LIMITS.footnotes,
};

/** Every paged list in the schema returns at most this many items: larger sizes are refused when the field runs. */
const MAX_LIST_SIZE = MAX_PAGE_SIZE;

/**
 * A size argument's value, at most MAX_LIST_SIZE. A value that is not a valid
 * size counts as absent: the operation fails on it with BAD_USER_INPUT anyway,
 * which says more than a cost error would.
 */
function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  const value = node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.VARIABLE ? variables[node.name.value] : null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return null;
  return Math.min(value, MAX_LIST_SIZE);
}

function listLength(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.LIST) return Math.min(node.values.length, MAX_LIST_SIZE);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return Array.isArray(value) ? Math.min(value.length, MAX_LIST_SIZE) : value == null ? null : 1;
  }
  return 1;
}

const isConnection = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === "first" || a.name === "last");

/**
 * How many items a list field may return: its page size (`first`, `last`,
 * 20 when neither is given), its `limit`, or the number of `ids`. Null for a
 * field that is not a list.
 */
function listSize(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | null {
  const argument = (name: string) => node.arguments?.find((a) => a.name.value === name)?.value;
  const declared = (name: string) => field.args.find((a) => a.name === name);
  if (isConnection(field)) {
    const first = intValue(argument("first"), variables);
    const last = intValue(argument("last"), variables);
    if (first === null && last === null) return DEFAULT_PAGE_SIZE;
    return Math.max(first ?? 0, last ?? 0);
  }
  const limit = declared("limit");
  if (limit) return intValue(argument("limit"), variables) ?? (typeof limit.defaultValue === "number" ? limit.defaultValue : null);
  if (declared("ids")) return listLength(argument("ids"), variables);
  return isListType(getNullableType(field.type)) ? (UNPAGED_LIST_BOUNDS[`${parent.name}.${field.name}`] ?? MAX_LIST_SIZE) : null;
}

/**
 * The operation's variables as it will run with them: defaults filled in and
 * values coerced, so that `$n: Int = 100` costs 100. Variables that do not
 * coerce make the operation fail before it runs; they are costed as sent.
 */
function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return coerced.coerced ?? variables;
}

/**
 * The number of objects an operation may return, at most: each object field
 * counts once per parent, and a list counts its size per parent, which
 * multiplies everything below it. A connection's edges and nodes are the
 * items already counted. Scalars and introspection are free.
 *
 *   posts(first: 100) { edges { node { comments(first: 100) { ... } } } }
 *   = 100 posts + 100 × 100 comments = 10,100
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  which: string | null | undefined | OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const operation = typeof which === "object" && which !== null ? which : getOperationAST(document, which);
  if (!operation) return 0;
  variables = coercedVariables(schema, operation, variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const selectsItems = (selectionSet: SelectionSetNode, seen: string[]): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === "edges" || selection.name.value === "nodes";
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectsItems(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      return !!fragment && !seen.includes(fragment.name.value) && selectsItems(fragment.selectionSet, [...seen, fragment.name.value]);
    });
  // Cost is linear in the multiplier, so a fragment is costed once, at 1:
  // fragments that spread each other many times cannot make this exponential.
  const fragmentCost = new Map<string, number>();

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, multiplier: number, path: string[]): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || selection.name.value.startsWith("__")) continue;
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const name = selection.name.value;
        const sameItems =
          (parent.name.endsWith("Connection") && (name === "edges" || name === "nodes")) || (parent.name.endsWith("Edge") && name === "node");
        let childMultiplier = multiplier;
        if (!sameItems) {
          // A connection asked only for its totalCount or pageInfo returns no items.
          const items = !isConnection(field) || selectsItems(selection.selectionSet, []);
          const size = items ? listSize(parent, field, selection, variables) : 1;
          childMultiplier = multiplier * (size ?? 1);
          total += childMultiplier;
        }
        total += costOf(selection.selectionSet, getNamedType(field.type), childMultiplier, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type, multiplier, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || path.includes(name)) continue;
        let unit = fragmentCost.get(name);
        if (unit === undefined) {
          unit = costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), 1, [...path, name]);
          fragmentCost.set(name, unit);
        }
        total += unit * multiplier;
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 1, []);
}
