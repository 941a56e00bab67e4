import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import type { Context } from "./context.js";
import { ForbiddenError } from "../domain/errors.js";
import { ErrorCode } from "../errors.js";
import { badUserInput } from "./errors.js";
import { decodeGlobalId, encodeGlobalId } from "../global-id.js";

const MAX_NODES = 100;

export interface ConnectionExtras {
  /** Counted lazily, through a batched loader, only when the field is selected. */
  totalCount: () => Promise<number>;
}

export interface Types {
  Context: Context;
  AuthScopes: {
    /** Any valid token. */
    authenticated: boolean;
    /** A token with the EDITOR role. */
    editor: boolean;
  };
  DefaultFieldNullability: false;
  Connection: ConnectionExtras;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    URL: { Input: URL; Output: URL | string };
    NonEmptyString: { Input: string; Output: string };
    PositiveInt: { Input: number; Output: number };
    NonNegativeInt: { Input: number; Output: number };
    JSONObject: { Input: Record<string, unknown>; Output: object };
  };
}

export const builder = new SchemaBuilder<Types>({
  // Errors before scope-auth, so a refused scope becomes a typed ForbiddenError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.viewer.kind === "author",
      editor: ctx.viewer.kind === "author" && ctx.viewer.role === "EDITOR",
    }),
    // Anonymous callers must authenticate first: that is a request error, not a result.
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer.kind === "anonymous"
        ? new GraphQLError("This operation needs an API token: send `Authorization: Bearer <token>`.", {
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          })
        : new ForbiddenError("Your role does not allow this operation."),
  },
  errors: {
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
      description: "The mutation's payload, or the expected failure that stopped it.",
    },
  },
  // Fields are non-null unless they say otherwise, so nullability is a deliberate choice.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    idFieldOptions: { description: "Globally unique, opaque ID; stable across requests." },
    firstArgOptions: { description: "Return the first n items (0 to 100; 20 when neither first nor last is given)." },
    lastArgOptions: { description: "Return the last n items (0 to 100)." },
    afterArgOptions: { description: "Only items after this cursor, taken from an edge of the same list." },
    beforeArgOptions: { description: "Only items before this cursor, taken from an edge of the same list." },
    cursorFieldOptions: { description: "Opaque position of this item in the list, for `after` and `before`." },
    nodeFieldOptions: { nullable: false, description: "The item." },
    edgesFieldOptions: { nullable: false, description: "The items of this page, each with its cursor." },
    pageInfoFieldOptions: { description: "Whether more pages exist, and the cursors to reach them." },
    hasNextPageFieldOptions: { description: "More items follow this page." },
    hasPreviousPageFieldOptions: { description: "More items precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first item of the page; null when it is empty." },
    endCursorFieldOptions: { description: "Cursor of the last item of the page; null when it is empty." },
    nodeTypeOptions: { description: "An object with a globally unique, opaque ID, fetchable with `node(id:)`." },
    pageInfoTypeOptions: { description: "Where a page of a connection sits in the whole list." },
    nodeQueryOptions: {
      description: "Fetch any object by its global ID. Unknown IDs give null; malformed ones an INVALID_ID error.",
      args: { id: { description: "A global ID, as returned in some object's `id` field." } },
    },
    nodesQueryOptions: {
      description: "Fetch up to 100 objects by global ID, in the order asked; unknown IDs give null in their place.",
      args: { ids: { description: "Global IDs, as returned in objects' `id` fields." } },
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > MAX_NODES) {
          throw badUserInput(`\`ids\` may list at most ${MAX_NODES} IDs; got ${ids.length}.`, "ids", { maximum: MAX_NODES });
        }
        return resolveNodes(ids);
      },
    },
  },
});

builder.queryType({ description: "Read access to the blog: posts, authors, discussions, sources and comments." });
builder.mutationType({
  description: "Writes. Each takes one `input` and returns its payload or a typed error; nothing is written on error.",
});
