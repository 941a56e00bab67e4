import { getArgumentValues, type FieldNode, type GraphQLResolveInfo } from "graphql";
import type { Fold } from "../loaders/folds.js";
import { newestPosts, oldestCommentsFirst, postOrderFor } from "../loaders/orders.js";
import type { Context } from "./context.js";
import { nodeFieldsOf, pageRequestFrom, type ConnectionArguments } from "./pagination.js";
import { POST_BODY_FIELDS } from "./refs.js";

// Looking ahead in a query for the lists that can be read in the statement of
// the list above them (loaders/folds.ts). A connection's resolver asks for
// the folds under its nodes and hands them to its loader; each fold is the
// page the child list's own resolver will then ask for, with the same order,
// arguments and columns, so that resolver finds it primed. Where the look-ahead
// and the resolver disagree (a variable it could not read, a directive that
// skips the field), the resolver simply reads its page as it would have, so
// folding never changes an answer, only how many statements make it.

type NodeType = "Post" | "Comment";

/** How deep folds nest below the list that starts them, and how many one level holds: bounds on one statement's size. */
const MAX_DEPTH = 3;
const MAX_FOLDS_PER_LEVEL = 6;

interface Lookahead {
  ctx: Context;
  info: GraphQLResolveInfo;
}

/** The field's arguments as its resolver gets them (defaults applied, variables read); null when they do not coerce. */
function argumentsOf(look: Lookahead, type: NodeType, fields: readonly FieldNode[]): Record<string, unknown> | null {
  const definition = look.info.schema.getType(type);
  const field = definition && "getFields" in definition ? definition.getFields()[fields[0]!.name.value] : undefined;
  if (!field || !("args" in field)) return null;
  try {
    return getArgumentValues(field, fields[0]!, look.info.variableValues);
  } catch {
    return null;
  }
}

/** A connection's page request, or null when its arguments are ones its resolver will refuse. */
function requestOf<Row>(args: Record<string, unknown> | null, order: Parameters<typeof pageRequestFrom<Row>>[1], list: string) {
  if (!args) return null;
  try {
    return pageRequestFrom(args as ConnectionArguments, order, list);
  } catch {
    return null;
  }
}

type Folder = (look: Lookahead, fields: readonly FieldNode[], depth: number) => Fold | null;

const below = (look: Lookahead, type: NodeType, fields: readonly FieldNode[], depth: number) =>
  depth + 1 >= MAX_DEPTH ? [] : foldsAt(look, type, nodeFieldsOf(fields, look.info.fragments), depth + 1);

const leanOf = (look: Lookahead, fields: readonly FieldNode[]) =>
  !nodeFieldsOf(fields, look.info.fragments).some((field) => POST_BODY_FIELDS.has(field.name.value));

// The lists each node type can fold, each built exactly as its resolver
// (schema/post.ts, schema/comment.ts) builds its loader key.
const FOLDERS: Record<NodeType, Record<string, Folder>> = {
  Post: {
    comments: (look, fields, depth) => {
      const request = requestOf(argumentsOf(look, "Post", fields), oldestCommentsFirst, "Post.comments");
      return request
        ? look.ctx.loaders.comments.topLevelPageByPost.fold({ order: oldestCommentsFirst, request, folds: below(look, "Comment", fields, depth) })
        : null;
    },
    footnotes: (look) => look.ctx.loaders.footnotesFold,
    otherResponses: (look, fields, depth) => {
      const order = newestPosts(look.ctx.visibility.includesDrafts);
      const request = requestOf(argumentsOf(look, "Post", fields), order, "Post.otherResponses");
      if (!request) return null;
      return look.ctx.loaders.posts.pageByDiscussion.fold(
        { order, request: { ...request, limit: request.limit + 1 }, lean: leanOf(look, fields), folds: below(look, "Post", fields, depth) },
        "discussionId",
      );
    },
    responses: (look, fields, depth) => {
      const args = argumentsOf(look, "Post", fields);
      const order = postOrderFor(args?.orderBy as Parameters<typeof postOrderFor>[0], look.ctx.visibility.includesDrafts);
      const request = requestOf(args, order, "Post.responses");
      return request
        ? look.ctx.loaders.posts.responsesPageByPost.fold({ order, request, lean: leanOf(look, fields), folds: below(look, "Post", fields, depth) })
        : null;
    },
  },
  Comment: {
    replies: (look, fields, depth) => {
      const request = requestOf(argumentsOf(look, "Comment", fields), oldestCommentsFirst, "Comment.replies");
      return request
        ? look.ctx.loaders.comments.repliesPageByComment.fold({ order: oldestCommentsFirst, request, folds: below(look, "Comment", fields, depth) })
        : null;
    },
  },
};

/** The folds for the fields selected on nodes of `type`, fields of one response key taken together as GraphQL merges them. */
function foldsAt(look: Lookahead, type: NodeType, selected: readonly FieldNode[], depth: number): Fold[] {
  const byKey = new Map<string, FieldNode[]>();
  for (const field of selected) {
    if (!FOLDERS[type][field.name.value]) continue;
    const key = field.alias?.value ?? field.name.value;
    const same = byKey.get(key);
    if (same) same.push(field);
    else byKey.set(key, [field]);
  }
  const folds: Fold[] = [];
  for (const fields of byKey.values()) {
    if (folds.length >= MAX_FOLDS_PER_LEVEL) break;
    const fold = FOLDERS[type][fields[0]!.name.value]!(look, fields, depth);
    if (fold) folds.push(fold);
  }
  return folds;
}

// Every parent of a list asks with the same field nodes: the folds are worked
// out once per field of a request.
const known = new WeakMap<Context, WeakMap<readonly FieldNode[], readonly Fold[]>>();

/**
 * The folds for the lists under the nodes of the connection being resolved,
 * whose nodes are of `type`: none on SQLite, where the loaders fold nothing.
 */
export function foldsUnder(info: GraphQLResolveInfo, ctx: Context, type: NodeType): readonly Fold[] {
  if (!ctx.settings.folds || ctx.db.dialect !== "postgresql" || !info?.fieldNodes) return [];
  let forRequest = known.get(ctx);
  if (!forRequest) known.set(ctx, (forRequest = new WeakMap()));
  let folds = forRequest.get(info.fieldNodes);
  if (!folds) {
    folds = foldsAt({ ctx, info }, type, nodeFieldsOf(info.fieldNodes, info.fragments), 0);
    forRequest.set(info.fieldNodes, folds);
  }
  return folds;
}
