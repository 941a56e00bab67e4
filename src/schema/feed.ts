import type { Post } from "../generated/prisma/client.js";
import { countChanges, loadChangesPage, changesInOrder, type ChangeRow } from "../loaders/changes.js";
import { newestPosts } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { encodeGlobalId } from "../global-id.js";
import { checkFilterLists, connectionFromPage, cursorList, encodeCursor, pagedConnection, pageRequestFrom } from "./pagination.js";
import { PostStatusEnum } from "./post.js";
import { leanPosts, PostRef } from "./refs.js";

// The app feed: newest posts for reading, or, with `updatedSince`, the change
// log an offline reader syncs from.

interface Tombstone {
  postId: number;
  removedAt: Date;
  reason: "DELETED" | "UNPUBLISHED";
}

const TombstoneReasonEnum = builder.enumType("TombstoneReason", {
  description: "Why a post left the feed.",
  values: {
    DELETED: { description: "The post was deleted." },
    UNPUBLISHED: { description: "The post was withdrawn to draft (it may come back, as a post, in a later sync)." },
  } as const,
});

const PostTombstoneRef = builder.objectRef<Tombstone>("PostTombstone").implement({
  description: "A post that readers had and should drop: it was deleted or withdrawn.",
  fields: (t) => ({
    id: t.id({
      description:
        "The tombstone's own global ID, never a Post's: a client store that keys records by `id` alone (Relay's) keeps the post and its tombstone apart.",
      resolve: (tomb) => encodeGlobalId("PostTombstone", tomb.postId),
    }),
    postId: t.id({ description: "The global ID the post had, as readers knew it: the record to drop.", resolve: (tomb) => encodeGlobalId("Post", tomb.postId) }),
    removedAt: t.field({ type: "DateTime", description: "When it left.", resolve: (tomb) => tomb.removedAt }),
    reason: t.field({ type: TombstoneReasonEnum, description: "Deleted or withdrawn.", resolve: (tomb) => tomb.reason }),
  }),
});

const FeedItemUnion = builder.unionType("FeedItem", {
  description: "A post to show, or a tombstone for a post to drop.",
  types: [PostRef, PostTombstoneRef],
  resolveType: (item) => ("reason" in item ? PostTombstoneRef : PostRef),
});

const FeedConnection = builder.connectionObject(
  {
    type: FeedItemUnion,
    name: "FeedConnection",
    description: "A page of the feed.",
    fields: (t) => ({
      syncCursor: t.string({
        nullable: true,
        description:
          "Where the next sync starts: pass it as `after` (with or without `updatedSince`) to get only what changed after this page. Null outside sync mode.",
        resolve: (connection) => (connection as unknown as { syncCursor: string | null }).syncCursor,
      }),
    }),
  },
  { name: "FeedEdge", description: "A feed item and its cursor." },
);

builder.objectField(FeedConnection, "totalCount", (t) =>
  t.int({
    description:
      "Reading mode: how many posts the whole feed holds for this viewer and filter. Sync mode: how many changes are left to deliver from this page on, this page's included: every change since `updatedSince` on a sync's first page, and after an `after` cursor (a `syncCursor`, say) only those past it. So the first page's count is the number of updates to show, and `totalCount` minus the items received so far is what remains.",
    resolve: (page) => page.totalCount(),
  }),
);

const FeedFilterInput = builder.inputType("FeedFilter", {
  description: "Narrows the feed. Conditions combine with AND.",
  fields: (t) => ({
    authorSlugs: t.stringList({ description: "Posts by any of these authors." }),
    discussionSlugs: t.stringList({ description: "Posts responding to any of these discussions." }),
    publishedAfter: t.field({ type: "DateTime", description: "Published at or after this instant (reading mode only)." }),
    publishedBefore: t.field({ type: "DateTime", description: "Published before this instant (reading mode only)." }),
    status: t.field({
      type: PostStatusEnum,
      description: "Reading mode only: only published posts, or only the drafts the viewer may read (an author's own, every draft for an editor).",
    }),
  }),
});

const SYNC_LIST = "Query.feed.sync";

builder.queryField("feed", (t) =>
  t.connection(
    {
      type: FeedItemUnion,
      description: `Posts for apps.

Reading mode (no \`updatedSince\`): posts newest first, exactly as \`posts\` lists them: the published posts for anonymous readers; with a token, also an author's own drafts, or every draft for an editor. \`filter.status\` narrows to one or the other.

Sync mode (\`updatedSince\`, or an \`after\` cursor from an earlier sync): every change since that instant, oldest first, so a client can page forward and stop anywhere. Each change is the post as it is now (created or edited) or a \`PostTombstone\` (deleted, or withdrawn to draft). A post that changed several times appears once, at its latest change. Changes at the same instant are ordered by kind and id, and cursors include both, so none is lost or repeated at a page boundary. Keep \`syncCursor\` and pass it as \`after\` next time to receive only later changes. Only what the viewer may see is reported, and drafts that were never published leave no tombstone.`,
      args: {
        filter: t.arg({ type: FeedFilterInput, description: "Which posts." }),
        updatedSince: t.arg({ type: "DateTime", description: "Switch to sync mode: changes at or after this instant." }),
      },
      resolve: async (_root, args, ctx, info) => {
        checkFilterLists(args.filter);
        const syncing = args.updatedSince != null || cursorList(args.after) === SYNC_LIST;
        if (!syncing) {
          const order = newestPosts(ctx.visibility.includesDrafts);
          const filter = { ...args.filter };
          const lean = leanPosts(info);
          const connection = await pagedConnection(args, "Query.feed", order, (request) => ctx.loaders.posts.listedPage(filter, order, request, lean), () =>
            ctx.loaders.posts.count(filter),
          );
          return { ...connection, syncCursor: null };
        }
        const request = pageRequestFrom(args, changesInOrder, SYNC_LIST);
        const filter = {
          since: args.updatedSince ?? new Date(0),
          authorSlugs: args.filter?.authorSlugs,
          discussionSlugs: args.filter?.discussionSlugs,
        };
        const page = await loadChangesPage(ctx.db, ctx.visibility, filter, request);
        const posts = await ctx.loaders.records.postById.loadMany(page.rows.filter((r) => r.kind === 0).map((r) => r.id));
        const byId = new Map(posts.filter((p): p is Post => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
        const items = page.rows.map((row: ChangeRow): { row: ChangeRow; item: Post | Tombstone } => {
          const post = row.kind === 0 ? byId.get(row.id) : undefined;
          return {
            row,
            item: post ?? { postId: row.id, removedAt: row.changedAt, reason: row.kind === 1 ? "DELETED" : "UNPUBLISHED" },
          };
        });
        const connection = connectionFromPage({ rows: items.map((i) => i.row), hasMore: page.hasMore }, changesInOrder, request, () =>
          countChanges(ctx.db, ctx.visibility, filter, request),
        );
        return {
          ...connection,
          edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: items[i]!.item })),
          // An empty page still gives a place to resume from: just after `updatedSince`.
          syncCursor:
            connection.pageInfo.endCursor ??
            args.after ??
            encodeCursor(SYNC_LIST, changesInOrder, { kind: 0, id: 0, changedAt: filter.since }),
        };
      },
    },
    FeedConnection,
  ),
);
