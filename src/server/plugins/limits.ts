import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { operationOf } from "./operation.js";
import { ErrorCode } from "../../errors.js";

// Limits on what one operation may ask for. Depth, aliases, directives and
// tokens are GraphQL Armor's rules; the cost is Colloquy's own, because it
// has to know the schema's lists: a page of 100 posts with 100 comments each
// is 10,100 objects, not two fields.

export interface OperationLimits {
  /** Deepest nesting of fields (`COLLOQUY_MAX_DEPTH`). */
  maxDepth: number;
  /** Aliases per operation (`COLLOQUY_MAX_ALIASES`). */
  maxAliases: number;
  /** Lexical tokens per document (`COLLOQUY_MAX_TOKENS`). */
  maxTokens: number;
  /** Directives per operation (`COLLOQUY_MAX_DIRECTIVES`). */
  maxDirectives: number;
  /** Most objects an operation may return, counted as below (`COLLOQUY_MAX_COST`). */
  maxCost: number;
  /** Longest document, in characters, before it is even parsed (`COLLOQUY_MAX_DOCUMENT_LENGTH`). */
  maxDocumentLength: number;
}

export const defaultOperationLimits: OperationLimits = {
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 50_000,
  // Room for the longest post body written inline in a mutation, with its escapes.
  maxDocumentLength: 256 * 1024,
};

/**
 * Rejects an operation whose cost is above the limit, before it runs, with
 * COST_LIMIT_EXCEEDED. A subscription is costed per event: each event runs
 * its selection once for every subscriber.
 */
function useCostLimit(maxCost: number): Plugin {
  const check = ({ args, setResultAndStopExecution }: OperationStart) => {
      const { cost } = operationOf(args);
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `This operation could return about ${Math.round(cost).toLocaleString("en")} objects; the limit is ${maxCost.toLocaleString("en")}. Ask for smaller pages or fewer nested lists.`,
            { extensions: { code: ErrorCode.COST_LIMIT_EXCEEDED, cost, maxCost } },
          ),
        ],
      });
  };
  return { onExecute: check, onSubscribe: check };
}

/** What the cost and rate-limit checks need of an operation about to run: the same for onExecute and onSubscribe. */
export interface OperationStart {
  args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: unknown; contextValue: unknown };
  setResultAndStopExecution(result: { errors: GraphQLError[] }): void;
}

/**
 * A document longer than the limit is refused before it is parsed, hashed or
 * kept anywhere: with DOCUMENT_TOO_LARGE. The token limit does not count
 * comments and string literals, so it cannot stand in for this one.
 */
function useDocumentLength(maxLength: number): Plugin {
  return {
    onParams({ params }) {
      const error = documentTooLong(params.query, maxLength);
      if (error) throw error;
    },
  };
}

/** DOCUMENT_TOO_LARGE for a document over the limit, or null: for useDocumentLength and the endpoints outside yoga's request pipeline. */
export function documentTooLong(query: unknown, maxLength: number): GraphQLError | null {
  if (typeof query !== "string" || query.length <= maxLength) return null;
  return new GraphQLError(
    `The document is ${query.length.toLocaleString("en")} characters long; the limit is ${maxLength.toLocaleString("en")}. Send long texts as variables.`,
    { extensions: { code: ErrorCode.DOCUMENT_TOO_LARGE, maxLength, http: { status: 400 } } },
  );
}

/**
 * Armor's rejections, by their message, and the code each gets: Armor reports
 * them as "Syntax Error: …" without a code. useErrorHygiene (hardening.ts)
 * gives each its code, its plain message and status 400.
 */
export const ARMOR_REJECTIONS: [RegExp, string][] = [
  [/^Syntax Error: (Query depth limit .*)$/s, ErrorCode.DEPTH_LIMIT_EXCEEDED],
  [/^Syntax Error: (Aliases limit .*)$/s, ErrorCode.ALIAS_LIMIT_EXCEEDED],
  [/^Syntax Error: (Directives limit .*)$/s, ErrorCode.DIRECTIVE_LIMIT_EXCEEDED],
  [/^Syntax Error: (Token limit .*)$/s, ErrorCode.TOKEN_LIMIT_EXCEEDED],
];

/** Every operation limit, as plugins. Field suggestions are blocked when `blockSuggestions` is set (production). */
export function useOperationLimits(limits: OperationLimits, options: { blockSuggestions: boolean }): Plugin[] {
  return [
    useDocumentLength(limits.maxDocumentLength),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, flattenFragments: true },
      maxAliases: { n: limits.maxAliases },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: limits.maxDirectives },
      // Colloquy's own cost model replaces Armor's, which does not know list sizes.
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: options.blockSuggestions },
    }) as Plugin,
    useCostLimit(limits.maxCost),
  ];
}
