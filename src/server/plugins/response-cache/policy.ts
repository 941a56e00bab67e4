import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  OperationTypeNode,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from "graphql";
import { encodeGlobalId } from "../../../global-id.js";
import type { ContentChange } from "../../../schema/context.js";

// What the response cache keeps, and what each change drops: the tags of a
// document, the tags of a change, and what is never kept. The stores
// (memory-store.ts, redis-store.ts) only file and drop by these.

/** What a cached result is filed under: a kind of thing, or one object of it. */
export type Tag = { typename: string; id?: string | number };

/** Types whose data does not depend on posts or comments existing: a post change leaves documents made only of these alone. */
const POST_INDEPENDENT_TYPES = new Set([
  "Author",
  "AuthorConnection",
  "AuthorEdge",
  "Discussion",
  "DiscussionConnection",
  "DiscussionEdge",
  "Site",
  "Viewer",
  "PageInfo",
]);

/** Results that must never be served from memory: delivery logs change in the background. */
export const UNCACHED_TYPES = ["WebhookDelivery", "WebhookEndpoint"];
export const UNCACHED_ROOTS = ["webhookDeliveries"];

/** Tag under which syndication feed bodies are kept. */
export const SYNDICATION: Tag = { typename: "syndication" };

export interface DocumentFacts {
  tags: Tag[];
  /** Whether the operation of this name (or the only one) is a query; nothing else may be stored. */
  isQuery(operationName: string | null | undefined): boolean;
}

/** The `type:` and `root:` tags of a document. A document that does not parse gets none (it is never cached: it fails). */
export function documentFacts(schema: GraphQLSchema, source: string): DocumentFacts {
  let document;
  try {
    document = parse(source);
  } catch {
    return { tags: [], isQuery: () => false };
  }
  const tags = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        const named = type && getNamedType(type);
        if (named && isCompositeType(named)) tags.add(`type:${named.name}`);
        const field = typeInfo.getFieldDef();
        if (field && typeInfo.getParentType() === queryType) tags.add(`root:${field.name}`);
      },
    }),
  );
  return {
    tags: [...tags].map((typename) => ({ typename })),
    isQuery: (operationName) => getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY,
  };
}

/** Query fields whose results can include an object of one of `typeNames`, directly, in a connection, or through an interface. */
function rootsReturning(schema: GraphQLSchema, typeNames: string[]): Tag[] {
  const wanted = new Set(typeNames.flatMap((name) => [name, `${name}Connection`, `${name}Edge`]));
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields
    .filter((field) => {
      const named = getNamedType(field.type);
      if (wanted.has(named.name)) return true;
      return isAbstractType(named) && schema.getPossibleTypes(named).some((member) => wanted.has(member.name));
    })
    .map((field) => ({ typename: `root:${field.name}` }));
}

/** What each kind of change drops, for this schema: the function the cache's `invalidate` files changes by. */
export function changeTags(schema: GraphQLSchema): (change: ContentChange) => Tag[] {
  const postDependentTypes = Object.values(schema.getTypeMap())
    .filter((type) => isCompositeType(type) && !type.name.startsWith("__") && !POST_INDEPENDENT_TYPES.has(type.name))
    .map((type) => ({ typename: `type:${type.name}` }));
  const commentRoots = rootsReturning(schema, ["Comment"]);
  const authorRoots = rootsReturning(schema, ["Author", "Viewer"]);
  const discussionRoots = rootsReturning(schema, ["Discussion"]);
  const entity = (typename: string, id: number): Tag => ({ typename, id: encodeGlobalId(typename, id) });

  return (change: ContentChange): Tag[] => {
    switch (change.kind) {
      case "post":
        // Publishing, withdrawing or deleting changes which posts, comments,
        // footnotes and sources are visible, and an edit can move a post
        // within any ordering: every list that could hold one of them goes.
        return [entity("Post", change.postId), ...postDependentTypes, SYNDICATION];
      case "commentAdded":
        return [
          entity("Post", change.postId),
          ...(change.parentId === null ? [] : [entity("Comment", change.parentId)]),
          ...(change.authorId === null ? [] : [entity("Author", change.authorId)]),
          entity("Comment", change.commentId),
          ...commentRoots,
        ];
      case "commentEdited":
        return [entity("Comment", change.commentId)];
      case "commentModerated":
        // Replies by anyone under the comment appear or disappear with it.
        return [
          entity("Post", change.postId),
          entity("Comment", change.commentId),
          { typename: "type:Comment" },
          { typename: "type:CommentConnection" },
          ...commentRoots,
        ];
      case "author":
        // A comment shows its author's name as `authorName`, in answers that may never select the author itself.
        return [entity("Author", change.authorId), ...authorRoots, { typename: "type:Comment" }, SYNDICATION];
      case "source":
        return [entity("Source", change.sourceId), { typename: "type:Source" }];
      case "discussion":
        return [entity("Discussion", change.discussionId), ...discussionRoots, SYNDICATION];
    }
  };
}
