/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WhoAmI {\n    viewer { role author { slug name } }\n    site { title }\n  }\n": typeof types.WhoAmIDocument,
    "\n      mutation MatrixCreatePost($input: CreatePostInput!) {\n        createPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixCreatePostDocument,
    "\n      mutation MatrixUpdatePublished($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixUpdatePublishedDocument,
    "\n      mutation MatrixUpdateDraft($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixUpdateDraftDocument,
    "\n      mutation MatrixPublish($input: PostIdInput!) {\n        publishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixPublishDocument,
    "\n      mutation MatrixUnpublish($input: PostIdInput!) {\n        unpublishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixUnpublishDocument,
    "\n      mutation MatrixDelete($input: PostIdInput!) {\n        deletePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixDeleteDocument,
    "\n      mutation MatrixAddComment($input: AddCommentInput!) {\n        addComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixAddCommentDocument,
    "\n      mutation MatrixEditComment($input: EditCommentInput!) {\n        editComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixEditCommentDocument,
    "\n      mutation MatrixModerate($input: ModerateCommentInput!) {\n        moderateComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixModerateDocument,
    "\n      mutation MatrixUpdateAuthor($input: UpdateAuthorInput!) {\n        updateAuthor(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixUpdateAuthorDocument,
    "\n      mutation MatrixCreateDiscussion($input: CreateDiscussionInput!) {\n        createDiscussion(input: $input) { __typename ... on UserError { code } }\n      }\n    ": typeof types.MatrixCreateDiscussionDocument,
    "\n  mutation BackupCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } ... on UserError { code } }\n  }\n": typeof types.BackupCreatePostDocument,
    "\n  mutation BackupAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on UserError { code } }\n  }\n": typeof types.BackupAddCommentDocument,
    "\n  query BackupCounts {\n    posts(first: 1) { totalCount }\n  }\n": typeof types.BackupCountsDocument,
    "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.NestedFeedDocument,
    "\n  query NestedWithKeys($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          slug\n          author { slug name affiliation }\n          footnotes { number source { kind title year authors } }\n          comments(first: 5) { edges { node { body(format: MARKDOWN) author { slug name } } } }\n        }\n      }\n    }\n  }\n": typeof types.NestedWithKeysDocument,
    "\n  query DatedPage($after: String) {\n    posts(first: 7, after: $after) { pageInfo { endCursor } edges { node { slug publishedAt updatedAt } } }\n  }\n": typeof types.DatedPageDocument,
    "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n": typeof types.WithCountsDocument,
    "\n  query PostTexts($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          ...PostText\n          otherResponses(first: 2) { edges { node { slug wordCount readingTimeMinutes } } }\n          author { posts(first: 2) { edges { node { ... on Post { slug excerpt(maxLength: 40) } } } } }\n        }\n      }\n    }\n  }\n  fragment PostText on Post { slug body(format: MARKDOWN) }\n": typeof types.PostTextsDocument,
    "\n  query PostTextBySlug($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) wordCount readingTimeMinutes excerpt(maxLength: 40) }\n  }\n": typeof types.PostTextBySlugDocument,
    "\n  mutation CorpusCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CorpusCreatePostDocument,
    "\n  query CorpusFootnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        kind\n        pages\n        style\n        needsReview\n        refersTo { number }\n        source { id }\n        citation { kind title authors authorRole editors translators container volume issue edition publisher place year url }\n      }\n    }\n  }\n": typeof types.CorpusFootnotesDocument,
    "\n  query PostCitations($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        text\n        pages\n        isIbid\n        kind\n        refersTo { number }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 10) { totalCount }\n        }\n      }\n    }\n  }\n": typeof types.PostCitationsDocument,
    "\n  mutation CitationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CitationsCreatePostDocument,
    "\n  mutation ExportsWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug publishedAt } } }\n  }\n": typeof types.ExportsWriteDocument,
    "\n  query ExportsRead($slug: String!) {\n    post(slug: $slug) {\n      footnotes { source { id csl } }\n      citedWorks {\n        csl\n        bibtex\n        ris\n        chicago: bibliography(style: CHICAGO)\n        apa: bibliography(style: APA)\n        mla: bibliography(style: MLA)\n        html: bibliography(style: CHICAGO, format: HTML)\n      }\n      citeAs { chicago apa mla chicagoHtml: chicago(format: HTML) bibtex ris csl }\n    }\n  }\n": typeof types.ExportsReadDocument,
    "\n  query PostThread($slug: String!) {\n    post(slug: $slug) {\n      id\n      commentCount\n      comments(first: 100) { edges { node { id authorName body(format: MARKDOWN) replies(first: 20) { edges { node { id body(format: MARKDOWN) } } } } } }\n    }\n  }\n": typeof types.PostThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id status authorName author { slug } body(format: MARKDOWN) parent { id } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation Moderate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { code }\n    }\n  }\n": typeof types.ModerateDocument,
    "\n  query Queue($status: [CommentStatus!], $postId: ID) {\n    moderationQueue(first: 50, status: $status, postId: $postId) {\n      totalCount\n      edges { node { id status authorName body(format: MARKDOWN) post { slug } } }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  query EmailField {\n    __type(name: \"Comment\") { fields { name } }\n  }\n": typeof types.EmailFieldDocument,
    "\n  query CompiledNested($n: Int!, $withNotes: Boolean!) {\n    posts(first: $n) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          slug\n          title\n          publishedAt\n          readingTimeMinutes\n          author { name slug }\n          footnotes @include(if: $withNotes) { number isIbid source { title year authors } }\n          ...Thread\n          others: otherResponses(first: 2) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n  fragment Thread on Post {\n    comments(first: 3) { totalCount edges { node { body authorName replies(first: 2) { edges { node { body(format: MARKDOWN) } } } } } }\n  }\n": typeof types.CompiledNestedDocument,
    "\n  query CompiledDefaults($slug: String! = \"the-commons-is-a-verb\", $first: Int = 2, $last: Int = 3) {\n    post(slug: $slug) { title responses(first: $first) { edges { node { title } } } }\n    posts(last: $last) { edges { node { title } } }\n  }\n": typeof types.CompiledDefaultsDocument,
    "\n  query CompiledCoerced($authors: [String!], $filter: PostFilter) {\n    byAuthors: posts(first: 3, filter: { authorSlugs: $authors }) { totalCount edges { node { title } } }\n    filtered: posts(first: 3, filter: $filter) { totalCount }\n  }\n": typeof types.CompiledCoercedDocument,
    "\n  query CompiledFailing($after: String, $slug: String!) {\n    missing: post(slug: $slug) { title }\n    posts(first: 2, after: $after) { edges { node { title } } }\n  }\n": typeof types.CompiledFailingDocument,
    "\n  query CompiledNode($id: ID!) {\n    node(id: $id) { __typename id ... on Post { title } ... on Author { name } }\n  }\n": typeof types.CompiledNodeDocument,
    "\n  query CompiledModeration {\n    moderationQueue(first: 5) { totalCount edges { node { body status } } }\n  }\n": typeof types.CompiledModerationDocument,
    "\n  mutation CompiledCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { title } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CompiledCreateDiscussionDocument,
    "\n  fragment PostPage on PostConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n": typeof types.PostPageFragmentDoc,
    "\n  fragment CommentPage on CommentConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n": typeof types.CommentPageFragmentDoc,
    "\n  query RootLists($first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n    authors(first: $first, after: $after, last: $last, before: $before) @include(if: $b) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n    discussions(first: $first, after: $after, last: $last, before: $before) @include(if: $c) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n": typeof types.RootListsDocument,
    "\n  query PostLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Post {\n        responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        otherResponses(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage }\n      }\n    }\n  }\n": typeof types.PostListsDocument,
    "\n  query AuthorLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Author {\n        posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...CommentPage }\n      }\n    }\n  }\n": typeof types.AuthorListsDocument,
    "\n  query OtherLists($discussion: ID!, $source: ID!, $comment: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    discussion: node(id: $discussion) {\n      __typename\n      ... on Discussion { responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage } }\n    }\n    source: node(id: $source) {\n      __typename\n      ... on Source { citedIn(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage } }\n    }\n    comment: node(id: $comment) {\n      __typename\n      ... on Comment { replies(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage } }\n    }\n  }\n": typeof types.OtherListsDocument,
    "\n  mutation NewDiscussionAfterDataSet($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on CreateDiscussionPayload { discussion { title } } }\n  }\n": typeof types.NewDiscussionAfterDataSetDocument,
    "\n  query CorsSite {\n    site { title }\n  }\n": typeof types.CorsSiteDocument,
    "\n  query DraftPaths($id: ID!) {\n    post(slug: \"against-ibid\") { slug status publishedAt createdAt footnotes { source { id } } comments { totalCount } }\n    node(id: $id) { id }\n    posts(first: 100) { totalCount edges { node { slug } } }\n    author(slug: \"theo-marchetti\") { posts(first: 20) { totalCount edges { node { slug } } } }\n    discussion(slug: \"why-footnote\") { responses(first: 20) { totalCount edges { node { slug } } } }\n    answered: post(slug: \"the-footnote-as-an-open-door\") {\n      responses(first: 20) { totalCount edges { node { slug } } }\n      otherResponses(first: 20) { totalCount edges { node { slug } } }\n    }\n    wen: author(slug: \"wen-sorensen\") { comments(first: 50) { totalCount edges { node { body(format: MARKDOWN) } } } }\n  }\n": typeof types.DraftPathsDocument,
    "\n  query DraftSource($id: ID!) {\n    node(id: $id) { ... on Source { title citedIn(first: 5) { totalCount edges { node { slug } } } } }\n  }\n": typeof types.DraftSourceDocument,
    "\n  query DraftsByStatus($status: PostStatus) {\n    posts(first: 100, filter: { status: $status }) { totalCount edges { node { slug status } } }\n    feed(first: 100, filter: { status: $status }) { totalCount edges { node { __typename ... on Post { slug status } } } }\n  }\n": typeof types.DraftsByStatusDocument,
    "\n  mutation DraftSlugCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status author { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.DraftSlugCreateDocument,
    "\n  mutation DraftSlugPublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { code message } }\n  }\n": typeof types.DraftSlugPublishDocument,
    "\n  query DraftSlugLookup($slug: String!, $id: ID!) {\n    post(slug: $slug) { author { slug } status }\n    node(id: $id) { ... on Post { slug status } }\n  }\n": typeof types.DraftSlugLookupDocument,
    "\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n": typeof types.PageDocument,
    "\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n": typeof types.NestedPageDocument,
    "\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n": typeof types.AuthorsPageDocument,
    "\n  query AuthorPostsAfter($after: String) {\n    author(slug: \"eleanor-voss\") { posts(first: 2, after: $after) { edges { cursor } } }\n  }\n": typeof types.AuthorPostsAfterDocument,
    "\n  query TitleOrder($after: String) {\n    posts(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n  }\n": typeof types.TitleOrderDocument,
    "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n": typeof types.ExcerptDocument,
    "\n  query ExcerptAfterDiscussion($maxLength: Int!) {\n    posts(first: 50) { edges { node { discussion { slug } excerpt(maxLength: $maxLength) } } }\n  }\n": typeof types.ExcerptAfterDiscussionDocument,
    "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  ": typeof types.EmptySlugDocument,
    "\n  query StreamPostId($slug: String!) {\n    post(slug: $slug) { id title }\n  }\n": typeof types.StreamPostIdDocument,
    "\n  mutation StreamComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": typeof types.StreamCommentDocument,
    "\n  subscription StreamCommentAdded($slug: String!) {\n    commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName }\n  }\n": typeof types.StreamCommentAddedDocument,
    "\n  subscription StreamPostPublished {\n    postPublished { title }\n  }\n": typeof types.StreamPostPublishedDocument,
    "\n  query ExportedPost($slug: String!) {\n    post(slug: $slug) {\n      title\n      status\n      publishedAt\n      excerpt\n      author { slug name bio(format: MARKDOWN) affiliation }\n      discussion { slug title prompt }\n      inResponseTo { slug }\n      footnotes { number kind refersTo { number } pages html source { kind title authors year publisher } }\n      comments(first: 50) {\n        totalCount\n        edges { node { authorName author { slug } createdAt body(format: MARKDOWN) replies(first: 20) { totalCount edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n": typeof types.ExportedPostDocument,
    "\n  query ExportedDrafts {\n    posts(first: 50) { totalCount edges { node { slug title status publishedAt author { slug } } } }\n  }\n": typeof types.ExportedDraftsDocument,
    "\n  query ExportedModeration {\n    moderationQueue(first: 50) { totalCount edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": typeof types.ExportedModerationDocument,
    "\n  query ExportedLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug status legacyUrls categories { slug name } tags { slug name } scheduledAt excerpt }\n  }\n": typeof types.ExportedLegacyDocument,
    "\n  mutation ExcerptCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision excerpt } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.ExcerptCreateDocument,
    "\n  mutation ExcerptUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision excerpt(maxLength: 40) } } }\n  }\n": typeof types.ExcerptUpdateDocument,
    "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      syncCursor\n      pageInfo { hasNextPage endCursor }\n      edges { node { __typename ... on Post { slug } } }\n    }\n    posts(first: $first) { edges { node { slug } } }\n  }\n": typeof types.FeedPageDocument,
    "\n  query FeedSync($since: DateTime, $after: String, $first: Int) {\n    feed(updatedSince: $since, after: $after, first: $first) {\n      syncCursor\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Post { id slug title updatedAt }\n          ... on PostTombstone { id postId removedAt reason }\n        }\n      }\n    }\n  }\n": typeof types.FeedSyncDocument,
    "\n  mutation SyncEdit($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }\n": typeof types.SyncEditDocument,
    "\n  mutation SyncDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n": typeof types.SyncDeleteDocument,
    "\n  mutation SyncWithdraw($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n": typeof types.SyncWithdrawDocument,
    "\n  query FrontPosts($first: Int!) {\n    posts(first: $first) { edges { node { id title } } }\n  }\n": typeof types.FrontPostsDocument,
    "\n  mutation FrontRename($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n": typeof types.FrontRenameDocument,
    "\n  query GhostPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      excerpt\n      body(format: MARKDOWN)\n      author { slug name }\n      discussion { slug title }\n      tags { slug name }\n      legacyUrls\n      scheduledAt\n      footnotes { number isIbid refersTo { number } pages source { title authors publisher place year } }\n    }\n  }\n": typeof types.GhostPostDocument,
    "\n  query DisqusComments($slug: String!) {\n    post(slug: $slug) {\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } status body(format: MARKDOWN) replies(first: 10) { edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n": typeof types.DisqusCommentsDocument,
    "\n  query DisqusHeld {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": typeof types.DisqusHeldDocument,
    "\n  mutation ClientsPublish($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug } } }\n  }\n": typeof types.ClientsPublishDocument,
    "\n  subscription ClientsPublished {\n    postPublished { title author { slug } }\n  }\n": typeof types.ClientsPublishedDocument,
    "\n  query ImportedPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      revision\n      revisions { revision changedFields editor { slug } }\n      author { slug name affiliation bio(format: MARKDOWN) }\n      discussion { slug title prompt(format: MARKDOWN) }\n      inResponseTo { slug }\n      footnotes { number kind isIbid pages refersTo { number } source { title authors year } }\n      commentCount\n      comments(first: 20) {\n        edges {\n          node {\n            authorName\n            author { slug }\n            createdAt\n            body(format: MARKDOWN)\n            replies(first: 20) {\n              edges {\n                node {\n                  authorName\n                  author { slug }\n                  createdAt\n                  body(format: MARKDOWN)\n                  replies(first: 20) { edges { node { authorName author { slug } createdAt } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportedPostDocument,
    "\n  query ImportedSite {\n    site { title description(format: MARKDOWN) }\n    discussion(slug: \"reading-slowly\") { title prompt(format: MARKDOWN) }\n    authors(first: 20) { edges { node { slug name } } }\n  }\n": typeof types.ImportedSiteDocument,
    "\n  query CommentFields {\n    __type(name: \"Comment\") { fields { name } }\n  }\n": typeof types.CommentFieldsDocument,
    "\n  query InjectLookups($slug: String!) {\n    post(slug: $slug) { id }\n    author(slug: $slug) { id }\n    discussion(slug: $slug) { id }\n  }\n": typeof types.InjectLookupsDocument,
    "\n  query InjectFilter($slugs: [String!]) {\n    byAuthor: posts(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n    byDiscussion: posts(first: 5, filter: { discussionSlugs: $slugs }) { totalCount }\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n": typeof types.InjectFilterDocument,
    "\n  query InjectCursor($after: String) {\n    posts(first: 2, after: $after) { totalCount }\n  }\n": typeof types.InjectCursorDocument,
    "\n  mutation InjectCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug title body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n": typeof types.InjectCreateDocument,
    "\n  query ForgedCursors($after: String, $titleAfter: String, $syncAfter: String) {\n    posts(first: 2, after: $after) { edges { cursor } }\n    byTitle: posts(first: 2, after: $titleAfter, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n    feed(first: 2, after: $syncAfter) { edges { cursor } }\n  }\n": typeof types.ForgedCursorsDocument,
    "\n  query DatesAtTheEdges($since: DateTime!, $after: DateTime, $before: DateTime) {\n    feed(first: 2, updatedSince: $since) { totalCount }\n    posts(first: 2, filter: { publishedAfter: $after, publishedBefore: $before }) { totalCount }\n  }\n": typeof types.DatesAtTheEdgesDocument,
    "\n  query LongFilters($slugs: [String!]) {\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n": typeof types.LongFiltersDocument,
    "\n  query PostsWithComments($posts: Int!, $comments: Int!) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n": typeof types.PostsWithCommentsDocument,
    "\n  query PostsWithDefaultSizes($posts: Int = 100, $comments: Int = 100) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n": typeof types.PostsWithDefaultSizesDocument,
    "\n  query PostCount {\n    posts(first: 100) { totalCount }\n  }\n": typeof types.PostCountDocument,
    "\n  query NestedDefault {\n    posts { edges { node { author { name } footnotes { source { title } } } } }\n  }\n": typeof types.NestedDefaultDocument,
    "\n  query LimitsSiteTitle {\n    site { title }\n  }\n": typeof types.LimitsSiteTitleDocument,
    "\n  mutation MarkdownWorkAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.MarkdownWorkAddCommentDocument,
    "\n  mutation MarkdownWorkCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug footnotes { number } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.MarkdownWorkCreatePostDocument,
    "\n  query MarkdownWorkReadMany {\n    newest: posts(first: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n    oldest: posts(last: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n  }\n": typeof types.MarkdownWorkReadManyDocument,
    "\n  query MarkdownWorkReadPost($slug: String!) {\n    post(slug: $slug) { body(format: HTML) wordCount excerpt(maxLength: 80) }\n  }\n": typeof types.MarkdownWorkReadPostDocument,
    "\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n": typeof types.IdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  mutation ObservedComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": typeof types.ObservedCommentDocument,
    "\n  query ObservedPosts {\n    posts(first: 3) { edges { node { title comments(first: 2) { edges { node { id } } } } } }\n  }\n": typeof types.ObservedPostsDocument,
    "\n  mutation OutboxCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } }\n  }\n": typeof types.OutboxCreatePostDocument,
    "\n  mutation OutboxAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": typeof types.OutboxAddCommentDocument,
    "\n  query OutboxPostId($slug: String!) { post(slug: $slug) { id } }\n": typeof types.OutboxPostIdDocument,
    "\n  mutation PastedCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision body(format: MARKDOWN) footnotes { number kind refersTo { number } source { title year } } } }\n    }\n  }\n": typeof types.PastedCreateDocument,
    "\n  mutation PastedUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { body(format: MARKDOWN) footnotes { number source { title } } } }\n    }\n  }\n": typeof types.PastedUpdateDocument,
    "\n  query PastedRead($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) footnotes { number kind source { title } } }\n  }\n": typeof types.PastedReadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload {\n        replayed\n        post {\n          id\n          slug\n          title\n          status\n          publishedAt\n          revision\n          author { slug }\n          discussion { slug }\n          inResponseTo { slug }\n          footnotes { number kind isIbid pages refersTo { number } source { title year } }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload {\n        post {\n          title\n          body(format: MARKDOWN)\n          revision\n          footnotes { number source { title } }\n          revisions { revision editor { slug } changedFields status createdAt }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation Publish($id: ID!) {\n    publishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status publishedAt revision } }\n      ... on UserError { code }\n    }\n  }\n": typeof types.PublishDocument,
    "\n  mutation Unpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { code }\n    }\n  }\n": typeof types.UnpublishDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on UserError { code }\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  query PublicPost($slug: String!) {\n    post(slug: $slug) { id title status revision responses { totalCount } }\n  }\n": typeof types.PublicPostDocument,
    "\n  query RevisionHistory($slug: String!, $limit: Int!) {\n    post(slug: $slug) { revision latest: revisions { revision } some: revisions(limit: $limit) { revision } }\n  }\n": typeof types.RevisionHistoryDocument,
    "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n": typeof types.PostBySlugDocument,
    "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n": typeof types.LatestPostsDocument,
    "\n  mutation CreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug title prompt(format: MARKDOWN) responses { totalCount } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CreateDiscussionDocument,
    "\n  mutation UpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { id slug name bio(format: MARKDOWN) affiliation } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.UpdateAuthorDocument,
    "\n  query AuthorId($slug: String!) {\n    author(slug: $slug) { id name affiliation }\n  }\n": typeof types.AuthorIdDocument,
    "\n  query RatePost($slug: String!) {\n    post(slug: $slug) { id commentCount }\n  }\n": typeof types.RatePostDocument,
    "\n  mutation RateComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": typeof types.RateCommentDocument,
    "\n  mutation RateTwoComments($postId: ID!) {\n    a: addComment(input: { postId: $postId, body: \"One.\", authorName: \"Twin\" }) { __typename }\n    b: addComment(input: { postId: $postId, body: \"Two.\", authorName: \"Twin\" }) { __typename }\n  }\n": typeof types.RateTwoCommentsDocument,
    "\n  mutation RateProfile($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename }\n  }\n": typeof types.RateProfileDocument,
    "\n  query RateExpensive {\n    posts(first: 50) { edges { node { comments(first: 50) { totalCount edges { node { id } } } } } }\n  }\n": typeof types.RateExpensiveDocument,
    "\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n": typeof types.DiscussionPageDocument,
    "\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n": typeof types.FootnotesDocument,
    "\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n": typeof types.AuthorPageDocument,
    "\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n": typeof types.DirectoryDocument,
    "\n  query Rendered {\n    site { description }\n    post(slug: \"hostile\") {\n      body\n      text: body(format: TEXT)\n      excerpt\n      author { bio }\n      discussion { prompt }\n      footnotes { html }\n      comments(first: 5) { edges { node { body } } }\n    }\n  }\n": typeof types.RenderedDocument,
    "\n  query ReplicaPost($slug: String!) { post(slug: $slug) { title } }\n": typeof types.ReplicaPostDocument,
    "\n  mutation ReplicaUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n": typeof types.ReplicaUpdateDocument,
    "\n  query CachePost($slug: String!) {\n    post(slug: $slug) {\n      id\n      title\n      revision\n      commentCount\n      author { name }\n      comments(first: 50) { totalCount edges { node { id body(format: MARKDOWN) replies(first: 20) { totalCount } } } }\n    }\n  }\n": typeof types.CachePostDocument,
    "\n  query CacheFeed {\n    feed(first: 50) { totalCount edges { node { __typename ... on Post { id title } } } }\n  }\n": typeof types.CacheFeedDocument,
    "\n  query CacheSync($since: DateTime!) {\n    feed(first: 50, updatedSince: $since) { edges { node { __typename ... on Post { id } ... on PostTombstone { postId reason } } } }\n  }\n": typeof types.CacheSyncDocument,
    "\n  query CachePosts {\n    posts(first: 50) { totalCount edges { node { slug title } } }\n  }\n": typeof types.CachePostsDocument,
    "\n  query CacheAuthor($slug: String!) {\n    author(slug: $slug) { name posts(first: 50) { totalCount } comments(first: 50) { totalCount } }\n  }\n": typeof types.CacheAuthorDocument,
    "\n  query CacheThreadNames($slug: String!) {\n    post(slug: $slug) { comments(first: 50) { edges { node { authorName } } } }\n  }\n": typeof types.CacheThreadNamesDocument,
    "\n  query CacheSources($slug: String!) {\n    post(slug: $slug) { footnotes { number source { id title publisher } } }\n  }\n": typeof types.CacheSourcesDocument,
    "\n  mutation CacheCorrectSource($input: CorrectSourceInput!) {\n    correctSource(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheCorrectSourceDocument,
    "\n  query CacheNoteSources($slug: String!) {\n    post(slug: $slug) { id footnotes { number kind source { id } } }\n  }\n": typeof types.CacheNoteSourcesDocument,
    "\n  mutation CacheDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheDetachDocument,
    "\n  mutation CacheAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheAttachDocument,
    "\n  mutation CacheReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheResetDocument,
    "\n  mutation CacheMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheMergeDocument,
    "\n  query CacheAuthors {\n    authors(first: 50) { totalCount edges { node { slug name } } }\n  }\n": typeof types.CacheAuthorsDocument,
    "\n  query CacheDiscussion($slug: String!) {\n    discussion(slug: $slug) { title }\n    discussions(first: 50) { totalCount }\n  }\n": typeof types.CacheDiscussionDocument,
    "\n  query CacheViewer {\n    viewer { author { slug } role }\n  }\n": typeof types.CacheViewerDocument,
    "\n  query CacheQueue {\n    moderationQueue(first: 50) { totalCount }\n  }\n": typeof types.CacheQueueDocument,
    "\n  query CacheDeliveries {\n    webhookDeliveries(limit: 10) { id }\n  }\n": typeof types.CacheDeliveriesDocument,
    "\n  mutation CacheAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CacheAddCommentDocument,
    "\n  mutation CacheEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheEditCommentDocument,
    "\n  mutation CacheModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheModerateDocument,
    "\n  mutation CacheCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CacheCreatePostDocument,
    "\n  mutation CacheUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { revision } }\n      ... on UserError { message }\n    }\n  }\n": typeof types.CacheUpdatePostDocument,
    "\n  mutation CachePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": typeof types.CachePublishDocument,
    "\n  mutation CacheUnpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheUnpublishDocument,
    "\n  mutation CacheDelete($id: ID!) {\n    deletePost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheDeleteDocument,
    "\n  mutation CacheUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheUpdateAuthorDocument,
    "\n  mutation CacheCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on UserError { message } }\n  }\n": typeof types.CacheCreateDiscussionDocument,
    "\n  mutation CacheRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { __typename ... on RegisterWebhookPayload { endpoint { id } } ... on UserError { message } }\n  }\n": typeof types.CacheRegisterWebhookDocument,
    "\n  mutation ScaleComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id body } }\n    }\n  }\n": typeof types.ScaleCommentDocument,
    "\n  query ScalePostComments($slug: String!) {\n    post(slug: $slug) { id comments(first: 50) { totalCount } }\n  }\n": typeof types.ScalePostCommentsDocument,
    "\n  mutation ScaleCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { replayed post { id title } }\n    }\n  }\n": typeof types.ScaleCreatePostDocument,
    "\n  query ScaleSite { site { title } }\n": typeof types.ScaleSiteDocument,
    "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n": typeof types.SiteTitleDocument,
    "\n  query PostBodies {\n    posts(first: 20) { edges { node { slug body } } }\n  }\n": typeof types.PostBodiesDocument,
    "\n  query SharedPost($slug: String!) {\n    post(slug: $slug) { id title revision commentCount comments(first: 50) { totalCount } }\n  }\n": typeof types.SharedPostDocument,
    "\n  mutation SharedAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n": typeof types.SharedAddCommentDocument,
    "\n  mutation SharedUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { title } } }\n  }\n": typeof types.SharedUpdatePostDocument,
    "\n  mutation EditingWrite($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n    }\n  }\n": typeof types.EditingWriteDocument,
    "\n  mutation EditingUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision } } }\n  }\n": typeof types.EditingUpdateDocument,
    "\n  query EditingNotes($slug: String!) {\n    post(slug: $slug) {\n      id\n      revision\n      footnotes {\n        number\n        kind\n        needsReview\n        reviewReason\n        refersTo { number }\n        source { id title authors year }\n        correction { editor { name } at detached }\n      }\n    }\n  }\n": typeof types.EditingNotesDocument,
    "\n  query EditingQueue($first: Int!, $after: String, $postId: ID) {\n    footnotesToReview(first: $first, after: $after, postId: $postId) {\n      __typename\n      ... on FootnoteReviewQueue { totalCount hasMore endCursor notes { number text reviewReason post { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.EditingQueueDocument,
    "\n  mutation EditingAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id title } correction { editor { name } detached } } sources { id } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n": typeof types.EditingAttachDocument,
    "\n  mutation EditingDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } needsReview correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n": typeof types.EditingDetachDocument,
    "\n  mutation EditingReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n": typeof types.EditingResetDocument,
    "\n  mutation EditingMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) {\n      __typename\n      ... on MergeSourcesPayload { source { id title correctedBy { name } correctedAt citedIn(first: 10) { totalCount } } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n": typeof types.EditingMergeDocument,
    "\n  mutation EditingCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { id title correctedFields correctedBy { name } correctedAt } }\n    }\n  }\n": typeof types.EditingCorrectDocument,
    "\n  query EditingSource($id: ID!) {\n    node(id: $id) { ... on Source { id title publisher csl correctedFields citedIn(first: 10) { totalCount } } }\n  }\n": typeof types.EditingSourceDocument,
    "\n  mutation SourcesWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id footnotes { source { id } } } } }\n  }\n": typeof types.SourcesWriteDocument,
    "\n  mutation SourcesPublish($id: ID!) { publishPost(input: { id: $id }) { __typename } }\n": typeof types.SourcesPublishDocument,
    "\n  mutation SourcesUnpublish($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n": typeof types.SourcesUnpublishDocument,
    "\n  mutation SourcesDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n": typeof types.SourcesDeleteDocument,
    "\n  query SourcesRead($id: ID!) {\n    node(id: $id) { ... on Source { title authors publisher place year url correctedFields citedIn(first: 5) { totalCount } } }\n  }\n": typeof types.SourcesReadDocument,
    "\n  mutation SourcesCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { title publisher url year correctedFields } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code }\n    }\n  }\n": typeof types.SourcesCorrectDocument,
    "\n  mutation TextCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { title body(format: MARKDOWN) } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.TextCreatePostDocument,
    "\n  mutation TextAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": typeof types.TextAddCommentDocument,
    "\n  mutation TextUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": typeof types.TextUpdateAuthorDocument,
    "\n  mutation TextCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": typeof types.TextCreateDiscussionDocument,
    "\n  query TextImported($slug: String!) {\n    post(slug: $slug) { title body(format: MARKDOWN) comments(first: 5) { edges { node { body(format: MARKDOWN) } } } }\n  }\n": typeof types.TextImportedDocument,
    "\n  mutation SubscriptionLimitsPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename }\n  }\n": typeof types.SubscriptionLimitsPostDocument,
    "\n  mutation LiveComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n": typeof types.LiveCommentDocument,
    "\n  mutation LiveModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename }\n  }\n": typeof types.LiveModerateDocument,
    "\n  mutation LivePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id } } }\n  }\n": typeof types.LivePostDocument,
    "\n  mutation LivePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename }\n  }\n": typeof types.LivePublishDocument,
    "\n  query LivePostId($slug: String!) { post(slug: $slug) { id } }\n": typeof types.LivePostIdDocument,
    "\n  query HiddenNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.HiddenNodeDocument,
    "\n  query AuthorActivity {\n    author(slug: \"theo-marchetti\") {\n      posts(first: 50) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { body } } }\n    }\n  }\n": typeof types.AuthorActivityDocument,
    "\n  query HiddenLists {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    responses: posts(first: 100, filter: { isResponse: true }) { totalCount edges { node { slug inResponseTo { slug } } } }\n    standalone: posts(first: 100, filter: { isResponse: false }) { edges { node { slug } } }\n    post(slug: \"undated\") { slug }\n  }\n": typeof types.HiddenListsDocument,
    "\n  query CountedThread($slug: String!) {\n    post(slug: $slug) {\n      commentCount\n      comments(first: 100) {\n        edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { totalCount } } } } } } } } }\n      }\n    }\n  }\n": typeof types.CountedThreadDocument,
    "\n  mutation AnswerHiddenPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": typeof types.AnswerHiddenPostDocument,
    "\n  mutation ChangeHiddenPost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on NotFoundError { code } ... on ForbiddenError { code } }\n  }\n": typeof types.ChangeHiddenPostDocument,
    "\n  mutation CommentOnHiddenPost($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on NotFoundError { code } }\n  }\n": typeof types.CommentOnHiddenPostDocument,
    "\n  mutation EgressRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { endpoint { id url } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.EgressRegisterDocument,
    "\n  mutation EgressPublish($input: CreatePostInput!) { createPost(input: $input) { __typename } }\n": typeof types.EgressPublishDocument,
    "\n  query EgressDeliveries {\n    webhookDeliveries(limit: 50) { endpointId attempts status lastStatusCode lastError }\n  }\n": typeof types.EgressDeliveriesDocument,
    "\n  mutation RegisterHook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { secret endpoint { id url events } }\n      ... on UserError { code }\n    }\n  }\n": typeof types.RegisterHookDocument,
    "\n  query Deliveries {\n    webhookDeliveries(limit: 20) { id deliveryId endpointId event status attempts lastStatusCode payload }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation HookedCreate($input: CreatePostInput!) { createPost(input: $input) { __typename ... on PostPayload { post { id } } } }\n": typeof types.HookedCreateDocument,
    "\n  query WordPressPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      body(format: MARKDOWN)\n      author { slug name }\n      footnotes { number kind refersTo { number } pages source { kind title authors publisher place year container volume issue } }\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } body(format: MARKDOWN) replies(first: 5) { edges { node { authorName author { slug } } } } } }\n      }\n    }\n  }\n": typeof types.WordPressPostDocument,
    "\n  query WordPressLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug legacyUrls categories { slug name } tags { slug name } scheduledAt discussion { slug title } }\n  }\n": typeof types.WordPressLegacyDocument,
    "\n  query WordPressPostSchedule($slug: String!) {\n    post(slug: $slug) { scheduledAt }\n  }\n": typeof types.WordPressPostScheduleDocument,
    "\n  query WordPressQueue {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": typeof types.WordPressQueueDocument,
    "\n  mutation XssUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.XssUpdateAuthorDocument,
    "\n  mutation XssCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.XssCreateDiscussionDocument,
    "\n  mutation XssCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.XssCreatePostDocument,
    "\n  mutation XssUnpublishPost($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { message code }\n    }\n  }\n": typeof types.XssUnpublishPostDocument,
    "\n  mutation XssAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.XssAddCommentDocument,
    "\n  mutation XssModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { status } }\n      ... on UserError { message code }\n    }\n  }\n": typeof types.XssModerateCommentDocument,
    "\n  query XssAuthorId($slug: String!) {\n    author(slug: $slug) { id }\n  }\n": typeof types.XssAuthorIdDocument,
    "\n  query XssRendered($post: String!, $author: String!, $discussion: String!) {\n    site { title description(format: HTML) descriptionText: description(format: TEXT) }\n    post(slug: $post) {\n      title\n      body(format: HTML)\n      excerpt\n      footnotes {\n        number\n        html\n        source { url }\n      }\n      comments(first: 10) { edges { node { body(format: HTML) } } }\n    }\n    author(slug: $author) { name bio(format: HTML) bioText: bio(format: TEXT) }\n    discussion(slug: $discussion) { title prompt(format: HTML) promptText: prompt(format: TEXT) }\n  }\n": typeof types.XssRenderedDocument,
};
const documents: Documents = {
    "\n  query WhoAmI {\n    viewer { role author { slug name } }\n    site { title }\n  }\n": types.WhoAmIDocument,
    "\n      mutation MatrixCreatePost($input: CreatePostInput!) {\n        createPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixCreatePostDocument,
    "\n      mutation MatrixUpdatePublished($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixUpdatePublishedDocument,
    "\n      mutation MatrixUpdateDraft($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixUpdateDraftDocument,
    "\n      mutation MatrixPublish($input: PostIdInput!) {\n        publishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixPublishDocument,
    "\n      mutation MatrixUnpublish($input: PostIdInput!) {\n        unpublishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixUnpublishDocument,
    "\n      mutation MatrixDelete($input: PostIdInput!) {\n        deletePost(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixDeleteDocument,
    "\n      mutation MatrixAddComment($input: AddCommentInput!) {\n        addComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixAddCommentDocument,
    "\n      mutation MatrixEditComment($input: EditCommentInput!) {\n        editComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixEditCommentDocument,
    "\n      mutation MatrixModerate($input: ModerateCommentInput!) {\n        moderateComment(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixModerateDocument,
    "\n      mutation MatrixUpdateAuthor($input: UpdateAuthorInput!) {\n        updateAuthor(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixUpdateAuthorDocument,
    "\n      mutation MatrixCreateDiscussion($input: CreateDiscussionInput!) {\n        createDiscussion(input: $input) { __typename ... on UserError { code } }\n      }\n    ": types.MatrixCreateDiscussionDocument,
    "\n  mutation BackupCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } ... on UserError { code } }\n  }\n": types.BackupCreatePostDocument,
    "\n  mutation BackupAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on UserError { code } }\n  }\n": types.BackupAddCommentDocument,
    "\n  query BackupCounts {\n    posts(first: 1) { totalCount }\n  }\n": types.BackupCountsDocument,
    "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n": types.NestedFeedDocument,
    "\n  query NestedWithKeys($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          slug\n          author { slug name affiliation }\n          footnotes { number source { kind title year authors } }\n          comments(first: 5) { edges { node { body(format: MARKDOWN) author { slug name } } } }\n        }\n      }\n    }\n  }\n": types.NestedWithKeysDocument,
    "\n  query DatedPage($after: String) {\n    posts(first: 7, after: $after) { pageInfo { endCursor } edges { node { slug publishedAt updatedAt } } }\n  }\n": types.DatedPageDocument,
    "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n": types.WithCountsDocument,
    "\n  query PostTexts($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          ...PostText\n          otherResponses(first: 2) { edges { node { slug wordCount readingTimeMinutes } } }\n          author { posts(first: 2) { edges { node { ... on Post { slug excerpt(maxLength: 40) } } } } }\n        }\n      }\n    }\n  }\n  fragment PostText on Post { slug body(format: MARKDOWN) }\n": types.PostTextsDocument,
    "\n  query PostTextBySlug($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) wordCount readingTimeMinutes excerpt(maxLength: 40) }\n  }\n": types.PostTextBySlugDocument,
    "\n  mutation CorpusCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CorpusCreatePostDocument,
    "\n  query CorpusFootnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        kind\n        pages\n        style\n        needsReview\n        refersTo { number }\n        source { id }\n        citation { kind title authors authorRole editors translators container volume issue edition publisher place year url }\n      }\n    }\n  }\n": types.CorpusFootnotesDocument,
    "\n  query PostCitations($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        text\n        pages\n        isIbid\n        kind\n        refersTo { number }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 10) { totalCount }\n        }\n      }\n    }\n  }\n": types.PostCitationsDocument,
    "\n  mutation CitationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CitationsCreatePostDocument,
    "\n  mutation ExportsWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug publishedAt } } }\n  }\n": types.ExportsWriteDocument,
    "\n  query ExportsRead($slug: String!) {\n    post(slug: $slug) {\n      footnotes { source { id csl } }\n      citedWorks {\n        csl\n        bibtex\n        ris\n        chicago: bibliography(style: CHICAGO)\n        apa: bibliography(style: APA)\n        mla: bibliography(style: MLA)\n        html: bibliography(style: CHICAGO, format: HTML)\n      }\n      citeAs { chicago apa mla chicagoHtml: chicago(format: HTML) bibtex ris csl }\n    }\n  }\n": types.ExportsReadDocument,
    "\n  query PostThread($slug: String!) {\n    post(slug: $slug) {\n      id\n      commentCount\n      comments(first: 100) { edges { node { id authorName body(format: MARKDOWN) replies(first: 20) { edges { node { id body(format: MARKDOWN) } } } } } }\n    }\n  }\n": types.PostThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id status authorName author { slug } body(format: MARKDOWN) parent { id } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation Moderate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { code }\n    }\n  }\n": types.ModerateDocument,
    "\n  query Queue($status: [CommentStatus!], $postId: ID) {\n    moderationQueue(first: 50, status: $status, postId: $postId) {\n      totalCount\n      edges { node { id status authorName body(format: MARKDOWN) post { slug } } }\n    }\n  }\n": types.QueueDocument,
    "\n  query EmailField {\n    __type(name: \"Comment\") { fields { name } }\n  }\n": types.EmailFieldDocument,
    "\n  query CompiledNested($n: Int!, $withNotes: Boolean!) {\n    posts(first: $n) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          slug\n          title\n          publishedAt\n          readingTimeMinutes\n          author { name slug }\n          footnotes @include(if: $withNotes) { number isIbid source { title year authors } }\n          ...Thread\n          others: otherResponses(first: 2) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n  fragment Thread on Post {\n    comments(first: 3) { totalCount edges { node { body authorName replies(first: 2) { edges { node { body(format: MARKDOWN) } } } } } }\n  }\n": types.CompiledNestedDocument,
    "\n  query CompiledDefaults($slug: String! = \"the-commons-is-a-verb\", $first: Int = 2, $last: Int = 3) {\n    post(slug: $slug) { title responses(first: $first) { edges { node { title } } } }\n    posts(last: $last) { edges { node { title } } }\n  }\n": types.CompiledDefaultsDocument,
    "\n  query CompiledCoerced($authors: [String!], $filter: PostFilter) {\n    byAuthors: posts(first: 3, filter: { authorSlugs: $authors }) { totalCount edges { node { title } } }\n    filtered: posts(first: 3, filter: $filter) { totalCount }\n  }\n": types.CompiledCoercedDocument,
    "\n  query CompiledFailing($after: String, $slug: String!) {\n    missing: post(slug: $slug) { title }\n    posts(first: 2, after: $after) { edges { node { title } } }\n  }\n": types.CompiledFailingDocument,
    "\n  query CompiledNode($id: ID!) {\n    node(id: $id) { __typename id ... on Post { title } ... on Author { name } }\n  }\n": types.CompiledNodeDocument,
    "\n  query CompiledModeration {\n    moderationQueue(first: 5) { totalCount edges { node { body status } } }\n  }\n": types.CompiledModerationDocument,
    "\n  mutation CompiledCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { title } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CompiledCreateDiscussionDocument,
    "\n  fragment PostPage on PostConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n": types.PostPageFragmentDoc,
    "\n  fragment CommentPage on CommentConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n": types.CommentPageFragmentDoc,
    "\n  query RootLists($first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n    authors(first: $first, after: $after, last: $last, before: $before) @include(if: $b) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n    discussions(first: $first, after: $after, last: $last, before: $before) @include(if: $c) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n": types.RootListsDocument,
    "\n  query PostLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Post {\n        responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        otherResponses(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage }\n      }\n    }\n  }\n": types.PostListsDocument,
    "\n  query AuthorLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Author {\n        posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...CommentPage }\n      }\n    }\n  }\n": types.AuthorListsDocument,
    "\n  query OtherLists($discussion: ID!, $source: ID!, $comment: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    discussion: node(id: $discussion) {\n      __typename\n      ... on Discussion { responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage } }\n    }\n    source: node(id: $source) {\n      __typename\n      ... on Source { citedIn(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage } }\n    }\n    comment: node(id: $comment) {\n      __typename\n      ... on Comment { replies(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage } }\n    }\n  }\n": types.OtherListsDocument,
    "\n  mutation NewDiscussionAfterDataSet($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on CreateDiscussionPayload { discussion { title } } }\n  }\n": types.NewDiscussionAfterDataSetDocument,
    "\n  query CorsSite {\n    site { title }\n  }\n": types.CorsSiteDocument,
    "\n  query DraftPaths($id: ID!) {\n    post(slug: \"against-ibid\") { slug status publishedAt createdAt footnotes { source { id } } comments { totalCount } }\n    node(id: $id) { id }\n    posts(first: 100) { totalCount edges { node { slug } } }\n    author(slug: \"theo-marchetti\") { posts(first: 20) { totalCount edges { node { slug } } } }\n    discussion(slug: \"why-footnote\") { responses(first: 20) { totalCount edges { node { slug } } } }\n    answered: post(slug: \"the-footnote-as-an-open-door\") {\n      responses(first: 20) { totalCount edges { node { slug } } }\n      otherResponses(first: 20) { totalCount edges { node { slug } } }\n    }\n    wen: author(slug: \"wen-sorensen\") { comments(first: 50) { totalCount edges { node { body(format: MARKDOWN) } } } }\n  }\n": types.DraftPathsDocument,
    "\n  query DraftSource($id: ID!) {\n    node(id: $id) { ... on Source { title citedIn(first: 5) { totalCount edges { node { slug } } } } }\n  }\n": types.DraftSourceDocument,
    "\n  query DraftsByStatus($status: PostStatus) {\n    posts(first: 100, filter: { status: $status }) { totalCount edges { node { slug status } } }\n    feed(first: 100, filter: { status: $status }) { totalCount edges { node { __typename ... on Post { slug status } } } }\n  }\n": types.DraftsByStatusDocument,
    "\n  mutation DraftSlugCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status author { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.DraftSlugCreateDocument,
    "\n  mutation DraftSlugPublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { code message } }\n  }\n": types.DraftSlugPublishDocument,
    "\n  query DraftSlugLookup($slug: String!, $id: ID!) {\n    post(slug: $slug) { author { slug } status }\n    node(id: $id) { ... on Post { slug status } }\n  }\n": types.DraftSlugLookupDocument,
    "\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n": types.PageDocument,
    "\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n": types.NestedPageDocument,
    "\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n": types.AuthorsPageDocument,
    "\n  query AuthorPostsAfter($after: String) {\n    author(slug: \"eleanor-voss\") { posts(first: 2, after: $after) { edges { cursor } } }\n  }\n": types.AuthorPostsAfterDocument,
    "\n  query TitleOrder($after: String) {\n    posts(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n  }\n": types.TitleOrderDocument,
    "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n": types.ExcerptDocument,
    "\n  query ExcerptAfterDiscussion($maxLength: Int!) {\n    posts(first: 50) { edges { node { discussion { slug } excerpt(maxLength: $maxLength) } } }\n  }\n": types.ExcerptAfterDiscussionDocument,
    "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  ": types.EmptySlugDocument,
    "\n  query StreamPostId($slug: String!) {\n    post(slug: $slug) { id title }\n  }\n": types.StreamPostIdDocument,
    "\n  mutation StreamComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": types.StreamCommentDocument,
    "\n  subscription StreamCommentAdded($slug: String!) {\n    commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName }\n  }\n": types.StreamCommentAddedDocument,
    "\n  subscription StreamPostPublished {\n    postPublished { title }\n  }\n": types.StreamPostPublishedDocument,
    "\n  query ExportedPost($slug: String!) {\n    post(slug: $slug) {\n      title\n      status\n      publishedAt\n      excerpt\n      author { slug name bio(format: MARKDOWN) affiliation }\n      discussion { slug title prompt }\n      inResponseTo { slug }\n      footnotes { number kind refersTo { number } pages html source { kind title authors year publisher } }\n      comments(first: 50) {\n        totalCount\n        edges { node { authorName author { slug } createdAt body(format: MARKDOWN) replies(first: 20) { totalCount edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n": types.ExportedPostDocument,
    "\n  query ExportedDrafts {\n    posts(first: 50) { totalCount edges { node { slug title status publishedAt author { slug } } } }\n  }\n": types.ExportedDraftsDocument,
    "\n  query ExportedModeration {\n    moderationQueue(first: 50) { totalCount edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": types.ExportedModerationDocument,
    "\n  query ExportedLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug status legacyUrls categories { slug name } tags { slug name } scheduledAt excerpt }\n  }\n": types.ExportedLegacyDocument,
    "\n  mutation ExcerptCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision excerpt } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.ExcerptCreateDocument,
    "\n  mutation ExcerptUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision excerpt(maxLength: 40) } } }\n  }\n": types.ExcerptUpdateDocument,
    "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      syncCursor\n      pageInfo { hasNextPage endCursor }\n      edges { node { __typename ... on Post { slug } } }\n    }\n    posts(first: $first) { edges { node { slug } } }\n  }\n": types.FeedPageDocument,
    "\n  query FeedSync($since: DateTime, $after: String, $first: Int) {\n    feed(updatedSince: $since, after: $after, first: $first) {\n      syncCursor\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Post { id slug title updatedAt }\n          ... on PostTombstone { id postId removedAt reason }\n        }\n      }\n    }\n  }\n": types.FeedSyncDocument,
    "\n  mutation SyncEdit($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }\n": types.SyncEditDocument,
    "\n  mutation SyncDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n": types.SyncDeleteDocument,
    "\n  mutation SyncWithdraw($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n": types.SyncWithdrawDocument,
    "\n  query FrontPosts($first: Int!) {\n    posts(first: $first) { edges { node { id title } } }\n  }\n": types.FrontPostsDocument,
    "\n  mutation FrontRename($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n": types.FrontRenameDocument,
    "\n  query GhostPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      excerpt\n      body(format: MARKDOWN)\n      author { slug name }\n      discussion { slug title }\n      tags { slug name }\n      legacyUrls\n      scheduledAt\n      footnotes { number isIbid refersTo { number } pages source { title authors publisher place year } }\n    }\n  }\n": types.GhostPostDocument,
    "\n  query DisqusComments($slug: String!) {\n    post(slug: $slug) {\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } status body(format: MARKDOWN) replies(first: 10) { edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n": types.DisqusCommentsDocument,
    "\n  query DisqusHeld {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": types.DisqusHeldDocument,
    "\n  mutation ClientsPublish($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug } } }\n  }\n": types.ClientsPublishDocument,
    "\n  subscription ClientsPublished {\n    postPublished { title author { slug } }\n  }\n": types.ClientsPublishedDocument,
    "\n  query ImportedPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      revision\n      revisions { revision changedFields editor { slug } }\n      author { slug name affiliation bio(format: MARKDOWN) }\n      discussion { slug title prompt(format: MARKDOWN) }\n      inResponseTo { slug }\n      footnotes { number kind isIbid pages refersTo { number } source { title authors year } }\n      commentCount\n      comments(first: 20) {\n        edges {\n          node {\n            authorName\n            author { slug }\n            createdAt\n            body(format: MARKDOWN)\n            replies(first: 20) {\n              edges {\n                node {\n                  authorName\n                  author { slug }\n                  createdAt\n                  body(format: MARKDOWN)\n                  replies(first: 20) { edges { node { authorName author { slug } createdAt } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ImportedPostDocument,
    "\n  query ImportedSite {\n    site { title description(format: MARKDOWN) }\n    discussion(slug: \"reading-slowly\") { title prompt(format: MARKDOWN) }\n    authors(first: 20) { edges { node { slug name } } }\n  }\n": types.ImportedSiteDocument,
    "\n  query CommentFields {\n    __type(name: \"Comment\") { fields { name } }\n  }\n": types.CommentFieldsDocument,
    "\n  query InjectLookups($slug: String!) {\n    post(slug: $slug) { id }\n    author(slug: $slug) { id }\n    discussion(slug: $slug) { id }\n  }\n": types.InjectLookupsDocument,
    "\n  query InjectFilter($slugs: [String!]) {\n    byAuthor: posts(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n    byDiscussion: posts(first: 5, filter: { discussionSlugs: $slugs }) { totalCount }\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n": types.InjectFilterDocument,
    "\n  query InjectCursor($after: String) {\n    posts(first: 2, after: $after) { totalCount }\n  }\n": types.InjectCursorDocument,
    "\n  mutation InjectCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug title body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n": types.InjectCreateDocument,
    "\n  query ForgedCursors($after: String, $titleAfter: String, $syncAfter: String) {\n    posts(first: 2, after: $after) { edges { cursor } }\n    byTitle: posts(first: 2, after: $titleAfter, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n    feed(first: 2, after: $syncAfter) { edges { cursor } }\n  }\n": types.ForgedCursorsDocument,
    "\n  query DatesAtTheEdges($since: DateTime!, $after: DateTime, $before: DateTime) {\n    feed(first: 2, updatedSince: $since) { totalCount }\n    posts(first: 2, filter: { publishedAfter: $after, publishedBefore: $before }) { totalCount }\n  }\n": types.DatesAtTheEdgesDocument,
    "\n  query LongFilters($slugs: [String!]) {\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n": types.LongFiltersDocument,
    "\n  query PostsWithComments($posts: Int!, $comments: Int!) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n": types.PostsWithCommentsDocument,
    "\n  query PostsWithDefaultSizes($posts: Int = 100, $comments: Int = 100) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n": types.PostsWithDefaultSizesDocument,
    "\n  query PostCount {\n    posts(first: 100) { totalCount }\n  }\n": types.PostCountDocument,
    "\n  query NestedDefault {\n    posts { edges { node { author { name } footnotes { source { title } } } } }\n  }\n": types.NestedDefaultDocument,
    "\n  query LimitsSiteTitle {\n    site { title }\n  }\n": types.LimitsSiteTitleDocument,
    "\n  mutation MarkdownWorkAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.MarkdownWorkAddCommentDocument,
    "\n  mutation MarkdownWorkCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug footnotes { number } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.MarkdownWorkCreatePostDocument,
    "\n  query MarkdownWorkReadMany {\n    newest: posts(first: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n    oldest: posts(last: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n  }\n": types.MarkdownWorkReadManyDocument,
    "\n  query MarkdownWorkReadPost($slug: String!) {\n    post(slug: $slug) { body(format: HTML) wordCount excerpt(maxLength: 80) }\n  }\n": types.MarkdownWorkReadPostDocument,
    "\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n": types.IdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  mutation ObservedComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": types.ObservedCommentDocument,
    "\n  query ObservedPosts {\n    posts(first: 3) { edges { node { title comments(first: 2) { edges { node { id } } } } } }\n  }\n": types.ObservedPostsDocument,
    "\n  mutation OutboxCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } }\n  }\n": types.OutboxCreatePostDocument,
    "\n  mutation OutboxAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": types.OutboxAddCommentDocument,
    "\n  query OutboxPostId($slug: String!) { post(slug: $slug) { id } }\n": types.OutboxPostIdDocument,
    "\n  mutation PastedCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision body(format: MARKDOWN) footnotes { number kind refersTo { number } source { title year } } } }\n    }\n  }\n": types.PastedCreateDocument,
    "\n  mutation PastedUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { body(format: MARKDOWN) footnotes { number source { title } } } }\n    }\n  }\n": types.PastedUpdateDocument,
    "\n  query PastedRead($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) footnotes { number kind source { title } } }\n  }\n": types.PastedReadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload {\n        replayed\n        post {\n          id\n          slug\n          title\n          status\n          publishedAt\n          revision\n          author { slug }\n          discussion { slug }\n          inResponseTo { slug }\n          footnotes { number kind isIbid pages refersTo { number } source { title year } }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload {\n        post {\n          title\n          body(format: MARKDOWN)\n          revision\n          footnotes { number source { title } }\n          revisions { revision editor { slug } changedFields status createdAt }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation Publish($id: ID!) {\n    publishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status publishedAt revision } }\n      ... on UserError { code }\n    }\n  }\n": types.PublishDocument,
    "\n  mutation Unpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { code }\n    }\n  }\n": types.UnpublishDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on UserError { code }\n    }\n  }\n": types.DeletePostDocument,
    "\n  query PublicPost($slug: String!) {\n    post(slug: $slug) { id title status revision responses { totalCount } }\n  }\n": types.PublicPostDocument,
    "\n  query RevisionHistory($slug: String!, $limit: Int!) {\n    post(slug: $slug) { revision latest: revisions { revision } some: revisions(limit: $limit) { revision } }\n  }\n": types.RevisionHistoryDocument,
    "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n": types.PostBySlugDocument,
    "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n": types.LatestPostsDocument,
    "\n  mutation CreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug title prompt(format: MARKDOWN) responses { totalCount } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CreateDiscussionDocument,
    "\n  mutation UpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { id slug name bio(format: MARKDOWN) affiliation } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.UpdateAuthorDocument,
    "\n  query AuthorId($slug: String!) {\n    author(slug: $slug) { id name affiliation }\n  }\n": types.AuthorIdDocument,
    "\n  query RatePost($slug: String!) {\n    post(slug: $slug) { id commentCount }\n  }\n": types.RatePostDocument,
    "\n  mutation RateComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n": types.RateCommentDocument,
    "\n  mutation RateTwoComments($postId: ID!) {\n    a: addComment(input: { postId: $postId, body: \"One.\", authorName: \"Twin\" }) { __typename }\n    b: addComment(input: { postId: $postId, body: \"Two.\", authorName: \"Twin\" }) { __typename }\n  }\n": types.RateTwoCommentsDocument,
    "\n  mutation RateProfile($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename }\n  }\n": types.RateProfileDocument,
    "\n  query RateExpensive {\n    posts(first: 50) { edges { node { comments(first: 50) { totalCount edges { node { id } } } } } }\n  }\n": types.RateExpensiveDocument,
    "\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n": types.DiscussionPageDocument,
    "\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n": types.FootnotesDocument,
    "\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n": types.AuthorPageDocument,
    "\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n": types.DirectoryDocument,
    "\n  query Rendered {\n    site { description }\n    post(slug: \"hostile\") {\n      body\n      text: body(format: TEXT)\n      excerpt\n      author { bio }\n      discussion { prompt }\n      footnotes { html }\n      comments(first: 5) { edges { node { body } } }\n    }\n  }\n": types.RenderedDocument,
    "\n  query ReplicaPost($slug: String!) { post(slug: $slug) { title } }\n": types.ReplicaPostDocument,
    "\n  mutation ReplicaUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n": types.ReplicaUpdateDocument,
    "\n  query CachePost($slug: String!) {\n    post(slug: $slug) {\n      id\n      title\n      revision\n      commentCount\n      author { name }\n      comments(first: 50) { totalCount edges { node { id body(format: MARKDOWN) replies(first: 20) { totalCount } } } }\n    }\n  }\n": types.CachePostDocument,
    "\n  query CacheFeed {\n    feed(first: 50) { totalCount edges { node { __typename ... on Post { id title } } } }\n  }\n": types.CacheFeedDocument,
    "\n  query CacheSync($since: DateTime!) {\n    feed(first: 50, updatedSince: $since) { edges { node { __typename ... on Post { id } ... on PostTombstone { postId reason } } } }\n  }\n": types.CacheSyncDocument,
    "\n  query CachePosts {\n    posts(first: 50) { totalCount edges { node { slug title } } }\n  }\n": types.CachePostsDocument,
    "\n  query CacheAuthor($slug: String!) {\n    author(slug: $slug) { name posts(first: 50) { totalCount } comments(first: 50) { totalCount } }\n  }\n": types.CacheAuthorDocument,
    "\n  query CacheThreadNames($slug: String!) {\n    post(slug: $slug) { comments(first: 50) { edges { node { authorName } } } }\n  }\n": types.CacheThreadNamesDocument,
    "\n  query CacheSources($slug: String!) {\n    post(slug: $slug) { footnotes { number source { id title publisher } } }\n  }\n": types.CacheSourcesDocument,
    "\n  mutation CacheCorrectSource($input: CorrectSourceInput!) {\n    correctSource(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheCorrectSourceDocument,
    "\n  query CacheNoteSources($slug: String!) {\n    post(slug: $slug) { id footnotes { number kind source { id } } }\n  }\n": types.CacheNoteSourcesDocument,
    "\n  mutation CacheDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheDetachDocument,
    "\n  mutation CacheAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheAttachDocument,
    "\n  mutation CacheReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheResetDocument,
    "\n  mutation CacheMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheMergeDocument,
    "\n  query CacheAuthors {\n    authors(first: 50) { totalCount edges { node { slug name } } }\n  }\n": types.CacheAuthorsDocument,
    "\n  query CacheDiscussion($slug: String!) {\n    discussion(slug: $slug) { title }\n    discussions(first: 50) { totalCount }\n  }\n": types.CacheDiscussionDocument,
    "\n  query CacheViewer {\n    viewer { author { slug } role }\n  }\n": types.CacheViewerDocument,
    "\n  query CacheQueue {\n    moderationQueue(first: 50) { totalCount }\n  }\n": types.CacheQueueDocument,
    "\n  query CacheDeliveries {\n    webhookDeliveries(limit: 10) { id }\n  }\n": types.CacheDeliveriesDocument,
    "\n  mutation CacheAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message }\n    }\n  }\n": types.CacheAddCommentDocument,
    "\n  mutation CacheEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheEditCommentDocument,
    "\n  mutation CacheModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheModerateDocument,
    "\n  mutation CacheCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n      ... on UserError { message }\n    }\n  }\n": types.CacheCreatePostDocument,
    "\n  mutation CacheUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { revision } }\n      ... on UserError { message }\n    }\n  }\n": types.CacheUpdatePostDocument,
    "\n  mutation CachePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": types.CachePublishDocument,
    "\n  mutation CacheUnpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": types.CacheUnpublishDocument,
    "\n  mutation CacheDelete($id: ID!) {\n    deletePost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n": types.CacheDeleteDocument,
    "\n  mutation CacheUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheUpdateAuthorDocument,
    "\n  mutation CacheCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on UserError { message } }\n  }\n": types.CacheCreateDiscussionDocument,
    "\n  mutation CacheRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { __typename ... on RegisterWebhookPayload { endpoint { id } } ... on UserError { message } }\n  }\n": types.CacheRegisterWebhookDocument,
    "\n  mutation ScaleComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id body } }\n    }\n  }\n": types.ScaleCommentDocument,
    "\n  query ScalePostComments($slug: String!) {\n    post(slug: $slug) { id comments(first: 50) { totalCount } }\n  }\n": types.ScalePostCommentsDocument,
    "\n  mutation ScaleCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { replayed post { id title } }\n    }\n  }\n": types.ScaleCreatePostDocument,
    "\n  query ScaleSite { site { title } }\n": types.ScaleSiteDocument,
    "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n": types.SiteTitleDocument,
    "\n  query PostBodies {\n    posts(first: 20) { edges { node { slug body } } }\n  }\n": types.PostBodiesDocument,
    "\n  query SharedPost($slug: String!) {\n    post(slug: $slug) { id title revision commentCount comments(first: 50) { totalCount } }\n  }\n": types.SharedPostDocument,
    "\n  mutation SharedAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n": types.SharedAddCommentDocument,
    "\n  mutation SharedUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { title } } }\n  }\n": types.SharedUpdatePostDocument,
    "\n  mutation EditingWrite($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n    }\n  }\n": types.EditingWriteDocument,
    "\n  mutation EditingUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision } } }\n  }\n": types.EditingUpdateDocument,
    "\n  query EditingNotes($slug: String!) {\n    post(slug: $slug) {\n      id\n      revision\n      footnotes {\n        number\n        kind\n        needsReview\n        reviewReason\n        refersTo { number }\n        source { id title authors year }\n        correction { editor { name } at detached }\n      }\n    }\n  }\n": types.EditingNotesDocument,
    "\n  query EditingQueue($first: Int!, $after: String, $postId: ID) {\n    footnotesToReview(first: $first, after: $after, postId: $postId) {\n      __typename\n      ... on FootnoteReviewQueue { totalCount hasMore endCursor notes { number text reviewReason post { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.EditingQueueDocument,
    "\n  mutation EditingAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id title } correction { editor { name } detached } } sources { id } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n": types.EditingAttachDocument,
    "\n  mutation EditingDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } needsReview correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n": types.EditingDetachDocument,
    "\n  mutation EditingReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n": types.EditingResetDocument,
    "\n  mutation EditingMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) {\n      __typename\n      ... on MergeSourcesPayload { source { id title correctedBy { name } correctedAt citedIn(first: 10) { totalCount } } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n": types.EditingMergeDocument,
    "\n  mutation EditingCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { id title correctedFields correctedBy { name } correctedAt } }\n    }\n  }\n": types.EditingCorrectDocument,
    "\n  query EditingSource($id: ID!) {\n    node(id: $id) { ... on Source { id title publisher csl correctedFields citedIn(first: 10) { totalCount } } }\n  }\n": types.EditingSourceDocument,
    "\n  mutation SourcesWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id footnotes { source { id } } } } }\n  }\n": types.SourcesWriteDocument,
    "\n  mutation SourcesPublish($id: ID!) { publishPost(input: { id: $id }) { __typename } }\n": types.SourcesPublishDocument,
    "\n  mutation SourcesUnpublish($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n": types.SourcesUnpublishDocument,
    "\n  mutation SourcesDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n": types.SourcesDeleteDocument,
    "\n  query SourcesRead($id: ID!) {\n    node(id: $id) { ... on Source { title authors publisher place year url correctedFields citedIn(first: 5) { totalCount } } }\n  }\n": types.SourcesReadDocument,
    "\n  mutation SourcesCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { title publisher url year correctedFields } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code }\n    }\n  }\n": types.SourcesCorrectDocument,
    "\n  mutation TextCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { title body(format: MARKDOWN) } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.TextCreatePostDocument,
    "\n  mutation TextAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": types.TextAddCommentDocument,
    "\n  mutation TextUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": types.TextUpdateAuthorDocument,
    "\n  mutation TextCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": types.TextCreateDiscussionDocument,
    "\n  query TextImported($slug: String!) {\n    post(slug: $slug) { title body(format: MARKDOWN) comments(first: 5) { edges { node { body(format: MARKDOWN) } } } }\n  }\n": types.TextImportedDocument,
    "\n  mutation SubscriptionLimitsPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename }\n  }\n": types.SubscriptionLimitsPostDocument,
    "\n  mutation LiveComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n": types.LiveCommentDocument,
    "\n  mutation LiveModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename }\n  }\n": types.LiveModerateDocument,
    "\n  mutation LivePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id } } }\n  }\n": types.LivePostDocument,
    "\n  mutation LivePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename }\n  }\n": types.LivePublishDocument,
    "\n  query LivePostId($slug: String!) { post(slug: $slug) { id } }\n": types.LivePostIdDocument,
    "\n  query HiddenNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.HiddenNodeDocument,
    "\n  query AuthorActivity {\n    author(slug: \"theo-marchetti\") {\n      posts(first: 50) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { body } } }\n    }\n  }\n": types.AuthorActivityDocument,
    "\n  query HiddenLists {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    responses: posts(first: 100, filter: { isResponse: true }) { totalCount edges { node { slug inResponseTo { slug } } } }\n    standalone: posts(first: 100, filter: { isResponse: false }) { edges { node { slug } } }\n    post(slug: \"undated\") { slug }\n  }\n": types.HiddenListsDocument,
    "\n  query CountedThread($slug: String!) {\n    post(slug: $slug) {\n      commentCount\n      comments(first: 100) {\n        edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { totalCount } } } } } } } } }\n      }\n    }\n  }\n": types.CountedThreadDocument,
    "\n  mutation AnswerHiddenPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n": types.AnswerHiddenPostDocument,
    "\n  mutation ChangeHiddenPost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on NotFoundError { code } ... on ForbiddenError { code } }\n  }\n": types.ChangeHiddenPostDocument,
    "\n  mutation CommentOnHiddenPost($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on NotFoundError { code } }\n  }\n": types.CommentOnHiddenPostDocument,
    "\n  mutation EgressRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { endpoint { id url } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.EgressRegisterDocument,
    "\n  mutation EgressPublish($input: CreatePostInput!) { createPost(input: $input) { __typename } }\n": types.EgressPublishDocument,
    "\n  query EgressDeliveries {\n    webhookDeliveries(limit: 50) { endpointId attempts status lastStatusCode lastError }\n  }\n": types.EgressDeliveriesDocument,
    "\n  mutation RegisterHook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { secret endpoint { id url events } }\n      ... on UserError { code }\n    }\n  }\n": types.RegisterHookDocument,
    "\n  query Deliveries {\n    webhookDeliveries(limit: 20) { id deliveryId endpointId event status attempts lastStatusCode payload }\n  }\n": types.DeliveriesDocument,
    "\n  mutation HookedCreate($input: CreatePostInput!) { createPost(input: $input) { __typename ... on PostPayload { post { id } } } }\n": types.HookedCreateDocument,
    "\n  query WordPressPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      body(format: MARKDOWN)\n      author { slug name }\n      footnotes { number kind refersTo { number } pages source { kind title authors publisher place year container volume issue } }\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } body(format: MARKDOWN) replies(first: 5) { edges { node { authorName author { slug } } } } } }\n      }\n    }\n  }\n": types.WordPressPostDocument,
    "\n  query WordPressLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug legacyUrls categories { slug name } tags { slug name } scheduledAt discussion { slug title } }\n  }\n": types.WordPressLegacyDocument,
    "\n  query WordPressPostSchedule($slug: String!) {\n    post(slug: $slug) { scheduledAt }\n  }\n": types.WordPressPostScheduleDocument,
    "\n  query WordPressQueue {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n": types.WordPressQueueDocument,
    "\n  mutation XssUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.XssUpdateAuthorDocument,
    "\n  mutation XssCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.XssCreateDiscussionDocument,
    "\n  mutation XssCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.XssCreatePostDocument,
    "\n  mutation XssUnpublishPost($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { message code }\n    }\n  }\n": types.XssUnpublishPostDocument,
    "\n  mutation XssAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.XssAddCommentDocument,
    "\n  mutation XssModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { status } }\n      ... on UserError { message code }\n    }\n  }\n": types.XssModerateCommentDocument,
    "\n  query XssAuthorId($slug: String!) {\n    author(slug: $slug) { id }\n  }\n": types.XssAuthorIdDocument,
    "\n  query XssRendered($post: String!, $author: String!, $discussion: String!) {\n    site { title description(format: HTML) descriptionText: description(format: TEXT) }\n    post(slug: $post) {\n      title\n      body(format: HTML)\n      excerpt\n      footnotes {\n        number\n        html\n        source { url }\n      }\n      comments(first: 10) { edges { node { body(format: HTML) } } }\n    }\n    author(slug: $author) { name bio(format: HTML) bioText: bio(format: TEXT) }\n    discussion(slug: $discussion) { title prompt(format: HTML) promptText: prompt(format: TEXT) }\n  }\n": types.XssRenderedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    viewer { role author { slug name } }\n    site { title }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    viewer { role author { slug name } }\n    site { title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixCreatePost($input: CreatePostInput!) {\n        createPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixCreatePost($input: CreatePostInput!) {\n        createPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixUpdatePublished($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixUpdatePublished($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixUpdateDraft($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixUpdateDraft($input: UpdatePostInput!) {\n        updatePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixPublish($input: PostIdInput!) {\n        publishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixPublish($input: PostIdInput!) {\n        publishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixUnpublish($input: PostIdInput!) {\n        unpublishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixUnpublish($input: PostIdInput!) {\n        unpublishPost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixDelete($input: PostIdInput!) {\n        deletePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixDelete($input: PostIdInput!) {\n        deletePost(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixAddComment($input: AddCommentInput!) {\n        addComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixAddComment($input: AddCommentInput!) {\n        addComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixEditComment($input: EditCommentInput!) {\n        editComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixEditComment($input: EditCommentInput!) {\n        editComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixModerate($input: ModerateCommentInput!) {\n        moderateComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixModerate($input: ModerateCommentInput!) {\n        moderateComment(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixUpdateAuthor($input: UpdateAuthorInput!) {\n        updateAuthor(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixUpdateAuthor($input: UpdateAuthorInput!) {\n        updateAuthor(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixCreateDiscussion($input: CreateDiscussionInput!) {\n        createDiscussion(input: $input) { __typename ... on UserError { code } }\n      }\n    "): (typeof documents)["\n      mutation MatrixCreateDiscussion($input: CreateDiscussionInput!) {\n        createDiscussion(input: $input) { __typename ... on UserError { code } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } ... on UserError { code } }\n  }\n"): (typeof documents)["\n  mutation BackupCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } ... on UserError { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on UserError { code } }\n  }\n"): (typeof documents)["\n  mutation BackupAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on UserError { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupCounts {\n    posts(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query BackupCounts {\n    posts(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedWithKeys($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          slug\n          author { slug name affiliation }\n          footnotes { number source { kind title year authors } }\n          comments(first: 5) { edges { node { body(format: MARKDOWN) author { slug name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedWithKeys($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          slug\n          author { slug name affiliation }\n          footnotes { number source { kind title year authors } }\n          comments(first: 5) { edges { node { body(format: MARKDOWN) author { slug name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedPage($after: String) {\n    posts(first: 7, after: $after) { pageInfo { endCursor } edges { node { slug publishedAt updatedAt } } }\n  }\n"): (typeof documents)["\n  query DatedPage($after: String) {\n    posts(first: 7, after: $after) { pageInfo { endCursor } edges { node { slug publishedAt updatedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostTexts($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          ...PostText\n          otherResponses(first: 2) { edges { node { slug wordCount readingTimeMinutes } } }\n          author { posts(first: 2) { edges { node { ... on Post { slug excerpt(maxLength: 40) } } } } }\n        }\n      }\n    }\n  }\n  fragment PostText on Post { slug body(format: MARKDOWN) }\n"): (typeof documents)["\n  query PostTexts($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          ...PostText\n          otherResponses(first: 2) { edges { node { slug wordCount readingTimeMinutes } } }\n          author { posts(first: 2) { edges { node { ... on Post { slug excerpt(maxLength: 40) } } } } }\n        }\n      }\n    }\n  }\n  fragment PostText on Post { slug body(format: MARKDOWN) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostTextBySlug($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) wordCount readingTimeMinutes excerpt(maxLength: 40) }\n  }\n"): (typeof documents)["\n  query PostTextBySlug($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) wordCount readingTimeMinutes excerpt(maxLength: 40) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorpusCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CorpusCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorpusFootnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        kind\n        pages\n        style\n        needsReview\n        refersTo { number }\n        source { id }\n        citation { kind title authors authorRole editors translators container volume issue edition publisher place year url }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorpusFootnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        kind\n        pages\n        style\n        needsReview\n        refersTo { number }\n        source { id }\n        citation { kind title authors authorRole editors translators container volume issue edition publisher place year url }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostCitations($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        text\n        pages\n        isIbid\n        kind\n        refersTo { number }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 10) { totalCount }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostCitations($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        number\n        text\n        pages\n        isIbid\n        kind\n        refersTo { number }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 10) { totalCount }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CitationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CitationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportsWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug publishedAt } } }\n  }\n"): (typeof documents)["\n  mutation ExportsWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug publishedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsRead($slug: String!) {\n    post(slug: $slug) {\n      footnotes { source { id csl } }\n      citedWorks {\n        csl\n        bibtex\n        ris\n        chicago: bibliography(style: CHICAGO)\n        apa: bibliography(style: APA)\n        mla: bibliography(style: MLA)\n        html: bibliography(style: CHICAGO, format: HTML)\n      }\n      citeAs { chicago apa mla chicagoHtml: chicago(format: HTML) bibtex ris csl }\n    }\n  }\n"): (typeof documents)["\n  query ExportsRead($slug: String!) {\n    post(slug: $slug) {\n      footnotes { source { id csl } }\n      citedWorks {\n        csl\n        bibtex\n        ris\n        chicago: bibliography(style: CHICAGO)\n        apa: bibliography(style: APA)\n        mla: bibliography(style: MLA)\n        html: bibliography(style: CHICAGO, format: HTML)\n      }\n      citeAs { chicago apa mla chicagoHtml: chicago(format: HTML) bibtex ris csl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostThread($slug: String!) {\n    post(slug: $slug) {\n      id\n      commentCount\n      comments(first: 100) { edges { node { id authorName body(format: MARKDOWN) replies(first: 20) { edges { node { id body(format: MARKDOWN) } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query PostThread($slug: String!) {\n    post(slug: $slug) {\n      id\n      commentCount\n      comments(first: 100) { edges { node { id authorName body(format: MARKDOWN) replies(first: 20) { edges { node { id body(format: MARKDOWN) } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id status authorName author { slug } body(format: MARKDOWN) parent { id } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id status authorName author { slug } body(format: MARKDOWN) parent { id } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Moderate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation Moderate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($status: [CommentStatus!], $postId: ID) {\n    moderationQueue(first: 50, status: $status, postId: $postId) {\n      totalCount\n      edges { node { id status authorName body(format: MARKDOWN) post { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query Queue($status: [CommentStatus!], $postId: ID) {\n    moderationQueue(first: 50, status: $status, postId: $postId) {\n      totalCount\n      edges { node { id status authorName body(format: MARKDOWN) post { slug } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailField {\n    __type(name: \"Comment\") { fields { name } }\n  }\n"): (typeof documents)["\n  query EmailField {\n    __type(name: \"Comment\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledNested($n: Int!, $withNotes: Boolean!) {\n    posts(first: $n) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          slug\n          title\n          publishedAt\n          readingTimeMinutes\n          author { name slug }\n          footnotes @include(if: $withNotes) { number isIbid source { title year authors } }\n          ...Thread\n          others: otherResponses(first: 2) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n  fragment Thread on Post {\n    comments(first: 3) { totalCount edges { node { body authorName replies(first: 2) { edges { node { body(format: MARKDOWN) } } } } } }\n  }\n"): (typeof documents)["\n  query CompiledNested($n: Int!, $withNotes: Boolean!) {\n    posts(first: $n) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          slug\n          title\n          publishedAt\n          readingTimeMinutes\n          author { name slug }\n          footnotes @include(if: $withNotes) { number isIbid source { title year authors } }\n          ...Thread\n          others: otherResponses(first: 2) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n  fragment Thread on Post {\n    comments(first: 3) { totalCount edges { node { body authorName replies(first: 2) { edges { node { body(format: MARKDOWN) } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledDefaults($slug: String! = \"the-commons-is-a-verb\", $first: Int = 2, $last: Int = 3) {\n    post(slug: $slug) { title responses(first: $first) { edges { node { title } } } }\n    posts(last: $last) { edges { node { title } } }\n  }\n"): (typeof documents)["\n  query CompiledDefaults($slug: String! = \"the-commons-is-a-verb\", $first: Int = 2, $last: Int = 3) {\n    post(slug: $slug) { title responses(first: $first) { edges { node { title } } } }\n    posts(last: $last) { edges { node { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledCoerced($authors: [String!], $filter: PostFilter) {\n    byAuthors: posts(first: 3, filter: { authorSlugs: $authors }) { totalCount edges { node { title } } }\n    filtered: posts(first: 3, filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query CompiledCoerced($authors: [String!], $filter: PostFilter) {\n    byAuthors: posts(first: 3, filter: { authorSlugs: $authors }) { totalCount edges { node { title } } }\n    filtered: posts(first: 3, filter: $filter) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledFailing($after: String, $slug: String!) {\n    missing: post(slug: $slug) { title }\n    posts(first: 2, after: $after) { edges { node { title } } }\n  }\n"): (typeof documents)["\n  query CompiledFailing($after: String, $slug: String!) {\n    missing: post(slug: $slug) { title }\n    posts(first: 2, after: $after) { edges { node { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledNode($id: ID!) {\n    node(id: $id) { __typename id ... on Post { title } ... on Author { name } }\n  }\n"): (typeof documents)["\n  query CompiledNode($id: ID!) {\n    node(id: $id) { __typename id ... on Post { title } ... on Author { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledModeration {\n    moderationQueue(first: 5) { totalCount edges { node { body status } } }\n  }\n"): (typeof documents)["\n  query CompiledModeration {\n    moderationQueue(first: 5) { totalCount edges { node { body status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompiledCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { title } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CompiledCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { title } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostPage on PostConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n"): (typeof documents)["\n  fragment PostPage on PostConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentPage on CommentConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n"): (typeof documents)["\n  fragment CommentPage on CommentConnection {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootLists($first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n    authors(first: $first, after: $after, last: $last, before: $before) @include(if: $b) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n    discussions(first: $first, after: $after, last: $last, before: $before) @include(if: $c) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n"): (typeof documents)["\n  query RootLists($first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n    authors(first: $first, after: $after, last: $last, before: $before) @include(if: $b) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n    discussions(first: $first, after: $after, last: $last, before: $before) @include(if: $c) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Post {\n        responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        otherResponses(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Post {\n        responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        otherResponses(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Author {\n        posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...CommentPage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false) {\n    node(id: $id) {\n      __typename\n      ... on Author {\n        posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }\n        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...CommentPage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OtherLists($discussion: ID!, $source: ID!, $comment: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    discussion: node(id: $discussion) {\n      __typename\n      ... on Discussion { responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage } }\n    }\n    source: node(id: $source) {\n      __typename\n      ... on Source { citedIn(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage } }\n    }\n    comment: node(id: $comment) {\n      __typename\n      ... on Comment { replies(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage } }\n    }\n  }\n"): (typeof documents)["\n  query OtherLists($discussion: ID!, $source: ID!, $comment: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {\n    discussion: node(id: $discussion) {\n      __typename\n      ... on Discussion { responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage } }\n    }\n    source: node(id: $source) {\n      __typename\n      ... on Source { citedIn(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage } }\n    }\n    comment: node(id: $comment) {\n      __typename\n      ... on Comment { replies(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewDiscussionAfterDataSet($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on CreateDiscussionPayload { discussion { title } } }\n  }\n"): (typeof documents)["\n  mutation NewDiscussionAfterDataSet($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on CreateDiscussionPayload { discussion { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorsSite {\n    site { title }\n  }\n"): (typeof documents)["\n  query CorsSite {\n    site { title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPaths($id: ID!) {\n    post(slug: \"against-ibid\") { slug status publishedAt createdAt footnotes { source { id } } comments { totalCount } }\n    node(id: $id) { id }\n    posts(first: 100) { totalCount edges { node { slug } } }\n    author(slug: \"theo-marchetti\") { posts(first: 20) { totalCount edges { node { slug } } } }\n    discussion(slug: \"why-footnote\") { responses(first: 20) { totalCount edges { node { slug } } } }\n    answered: post(slug: \"the-footnote-as-an-open-door\") {\n      responses(first: 20) { totalCount edges { node { slug } } }\n      otherResponses(first: 20) { totalCount edges { node { slug } } }\n    }\n    wen: author(slug: \"wen-sorensen\") { comments(first: 50) { totalCount edges { node { body(format: MARKDOWN) } } } }\n  }\n"): (typeof documents)["\n  query DraftPaths($id: ID!) {\n    post(slug: \"against-ibid\") { slug status publishedAt createdAt footnotes { source { id } } comments { totalCount } }\n    node(id: $id) { id }\n    posts(first: 100) { totalCount edges { node { slug } } }\n    author(slug: \"theo-marchetti\") { posts(first: 20) { totalCount edges { node { slug } } } }\n    discussion(slug: \"why-footnote\") { responses(first: 20) { totalCount edges { node { slug } } } }\n    answered: post(slug: \"the-footnote-as-an-open-door\") {\n      responses(first: 20) { totalCount edges { node { slug } } }\n      otherResponses(first: 20) { totalCount edges { node { slug } } }\n    }\n    wen: author(slug: \"wen-sorensen\") { comments(first: 50) { totalCount edges { node { body(format: MARKDOWN) } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftSource($id: ID!) {\n    node(id: $id) { ... on Source { title citedIn(first: 5) { totalCount edges { node { slug } } } } }\n  }\n"): (typeof documents)["\n  query DraftSource($id: ID!) {\n    node(id: $id) { ... on Source { title citedIn(first: 5) { totalCount edges { node { slug } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsByStatus($status: PostStatus) {\n    posts(first: 100, filter: { status: $status }) { totalCount edges { node { slug status } } }\n    feed(first: 100, filter: { status: $status }) { totalCount edges { node { __typename ... on Post { slug status } } } }\n  }\n"): (typeof documents)["\n  query DraftsByStatus($status: PostStatus) {\n    posts(first: 100, filter: { status: $status }) { totalCount edges { node { slug status } } }\n    feed(first: 100, filter: { status: $status }) { totalCount edges { node { __typename ... on Post { slug status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSlugCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status author { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftSlugCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status author { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSlugPublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { code message } }\n  }\n"): (typeof documents)["\n  mutation DraftSlugPublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftSlugLookup($slug: String!, $id: ID!) {\n    post(slug: $slug) { author { slug } status }\n    node(id: $id) { ... on Post { slug status } }\n  }\n"): (typeof documents)["\n  query DraftSlugLookup($slug: String!, $id: ID!) {\n    post(slug: $slug) { author { slug } status }\n    node(id: $id) { ... on Post { slug status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n"): (typeof documents)["\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n"): (typeof documents)["\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPostsAfter($after: String) {\n    author(slug: \"eleanor-voss\") { posts(first: 2, after: $after) { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query AuthorPostsAfter($after: String) {\n    author(slug: \"eleanor-voss\") { posts(first: 2, after: $after) { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TitleOrder($after: String) {\n    posts(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n  }\n"): (typeof documents)["\n  query TitleOrder($after: String) {\n    posts(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n"): (typeof documents)["\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExcerptAfterDiscussion($maxLength: Int!) {\n    posts(first: 50) { edges { node { discussion { slug } excerpt(maxLength: $maxLength) } } }\n  }\n"): (typeof documents)["\n  query ExcerptAfterDiscussion($maxLength: Int!) {\n    posts(first: 50) { edges { node { discussion { slug } excerpt(maxLength: $maxLength) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  "): (typeof documents)["\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreamPostId($slug: String!) {\n    post(slug: $slug) { id title }\n  }\n"): (typeof documents)["\n  query StreamPostId($slug: String!) {\n    post(slug: $slug) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StreamComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation StreamComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StreamCommentAdded($slug: String!) {\n    commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName }\n  }\n"): (typeof documents)["\n  subscription StreamCommentAdded($slug: String!) {\n    commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StreamPostPublished {\n    postPublished { title }\n  }\n"): (typeof documents)["\n  subscription StreamPostPublished {\n    postPublished { title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedPost($slug: String!) {\n    post(slug: $slug) {\n      title\n      status\n      publishedAt\n      excerpt\n      author { slug name bio(format: MARKDOWN) affiliation }\n      discussion { slug title prompt }\n      inResponseTo { slug }\n      footnotes { number kind refersTo { number } pages html source { kind title authors year publisher } }\n      comments(first: 50) {\n        totalCount\n        edges { node { authorName author { slug } createdAt body(format: MARKDOWN) replies(first: 20) { totalCount edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportedPost($slug: String!) {\n    post(slug: $slug) {\n      title\n      status\n      publishedAt\n      excerpt\n      author { slug name bio(format: MARKDOWN) affiliation }\n      discussion { slug title prompt }\n      inResponseTo { slug }\n      footnotes { number kind refersTo { number } pages html source { kind title authors year publisher } }\n      comments(first: 50) {\n        totalCount\n        edges { node { authorName author { slug } createdAt body(format: MARKDOWN) replies(first: 20) { totalCount edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedDrafts {\n    posts(first: 50) { totalCount edges { node { slug title status publishedAt author { slug } } } }\n  }\n"): (typeof documents)["\n  query ExportedDrafts {\n    posts(first: 50) { totalCount edges { node { slug title status publishedAt author { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedModeration {\n    moderationQueue(first: 50) { totalCount edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"): (typeof documents)["\n  query ExportedModeration {\n    moderationQueue(first: 50) { totalCount edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug status legacyUrls categories { slug name } tags { slug name } scheduledAt excerpt }\n  }\n"): (typeof documents)["\n  query ExportedLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug status legacyUrls categories { slug name } tags { slug name } scheduledAt excerpt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcerptCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision excerpt } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ExcerptCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision excerpt } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcerptUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision excerpt(maxLength: 40) } } }\n  }\n"): (typeof documents)["\n  mutation ExcerptUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision excerpt(maxLength: 40) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      syncCursor\n      pageInfo { hasNextPage endCursor }\n      edges { node { __typename ... on Post { slug } } }\n    }\n    posts(first: $first) { edges { node { slug } } }\n  }\n"): (typeof documents)["\n  query FeedPage($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      syncCursor\n      pageInfo { hasNextPage endCursor }\n      edges { node { __typename ... on Post { slug } } }\n    }\n    posts(first: $first) { edges { node { slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSync($since: DateTime, $after: String, $first: Int) {\n    feed(updatedSince: $since, after: $after, first: $first) {\n      syncCursor\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Post { id slug title updatedAt }\n          ... on PostTombstone { id postId removedAt reason }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedSync($since: DateTime, $after: String, $first: Int) {\n    feed(updatedSince: $since, after: $after, first: $first) {\n      syncCursor\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Post { id slug title updatedAt }\n          ... on PostTombstone { id postId removedAt reason }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncEdit($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SyncEdit($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SyncDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncWithdraw($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SyncWithdraw($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontPosts($first: Int!) {\n    posts(first: $first) { edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query FrontPosts($first: Int!) {\n    posts(first: $first) { edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FrontRename($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n"): (typeof documents)["\n  mutation FrontRename($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GhostPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      excerpt\n      body(format: MARKDOWN)\n      author { slug name }\n      discussion { slug title }\n      tags { slug name }\n      legacyUrls\n      scheduledAt\n      footnotes { number isIbid refersTo { number } pages source { title authors publisher place year } }\n    }\n  }\n"): (typeof documents)["\n  query GhostPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      excerpt\n      body(format: MARKDOWN)\n      author { slug name }\n      discussion { slug title }\n      tags { slug name }\n      legacyUrls\n      scheduledAt\n      footnotes { number isIbid refersTo { number } pages source { title authors publisher place year } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisqusComments($slug: String!) {\n    post(slug: $slug) {\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } status body(format: MARKDOWN) replies(first: 10) { edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisqusComments($slug: String!) {\n    post(slug: $slug) {\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } status body(format: MARKDOWN) replies(first: 10) { edges { node { authorName author { slug } body(format: MARKDOWN) } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisqusHeld {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"): (typeof documents)["\n  query DisqusHeld {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsPublish($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug } } }\n  }\n"): (typeof documents)["\n  mutation ClientsPublish($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientsPublished {\n    postPublished { title author { slug } }\n  }\n"): (typeof documents)["\n  subscription ClientsPublished {\n    postPublished { title author { slug } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      revision\n      revisions { revision changedFields editor { slug } }\n      author { slug name affiliation bio(format: MARKDOWN) }\n      discussion { slug title prompt(format: MARKDOWN) }\n      inResponseTo { slug }\n      footnotes { number kind isIbid pages refersTo { number } source { title authors year } }\n      commentCount\n      comments(first: 20) {\n        edges {\n          node {\n            authorName\n            author { slug }\n            createdAt\n            body(format: MARKDOWN)\n            replies(first: 20) {\n              edges {\n                node {\n                  authorName\n                  author { slug }\n                  createdAt\n                  body(format: MARKDOWN)\n                  replies(first: 20) { edges { node { authorName author { slug } createdAt } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportedPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      revision\n      revisions { revision changedFields editor { slug } }\n      author { slug name affiliation bio(format: MARKDOWN) }\n      discussion { slug title prompt(format: MARKDOWN) }\n      inResponseTo { slug }\n      footnotes { number kind isIbid pages refersTo { number } source { title authors year } }\n      commentCount\n      comments(first: 20) {\n        edges {\n          node {\n            authorName\n            author { slug }\n            createdAt\n            body(format: MARKDOWN)\n            replies(first: 20) {\n              edges {\n                node {\n                  authorName\n                  author { slug }\n                  createdAt\n                  body(format: MARKDOWN)\n                  replies(first: 20) { edges { node { authorName author { slug } createdAt } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedSite {\n    site { title description(format: MARKDOWN) }\n    discussion(slug: \"reading-slowly\") { title prompt(format: MARKDOWN) }\n    authors(first: 20) { edges { node { slug name } } }\n  }\n"): (typeof documents)["\n  query ImportedSite {\n    site { title description(format: MARKDOWN) }\n    discussion(slug: \"reading-slowly\") { title prompt(format: MARKDOWN) }\n    authors(first: 20) { edges { node { slug name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentFields {\n    __type(name: \"Comment\") { fields { name } }\n  }\n"): (typeof documents)["\n  query CommentFields {\n    __type(name: \"Comment\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InjectLookups($slug: String!) {\n    post(slug: $slug) { id }\n    author(slug: $slug) { id }\n    discussion(slug: $slug) { id }\n  }\n"): (typeof documents)["\n  query InjectLookups($slug: String!) {\n    post(slug: $slug) { id }\n    author(slug: $slug) { id }\n    discussion(slug: $slug) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InjectFilter($slugs: [String!]) {\n    byAuthor: posts(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n    byDiscussion: posts(first: 5, filter: { discussionSlugs: $slugs }) { totalCount }\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n"): (typeof documents)["\n  query InjectFilter($slugs: [String!]) {\n    byAuthor: posts(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n    byDiscussion: posts(first: 5, filter: { discussionSlugs: $slugs }) { totalCount }\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InjectCursor($after: String) {\n    posts(first: 2, after: $after) { totalCount }\n  }\n"): (typeof documents)["\n  query InjectCursor($after: String) {\n    posts(first: 2, after: $after) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InjectCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug title body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation InjectCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug title body(format: MARKDOWN) } }\n      ... on UserError { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedCursors($after: String, $titleAfter: String, $syncAfter: String) {\n    posts(first: 2, after: $after) { edges { cursor } }\n    byTitle: posts(first: 2, after: $titleAfter, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n    feed(first: 2, after: $syncAfter) { edges { cursor } }\n  }\n"): (typeof documents)["\n  query ForgedCursors($after: String, $titleAfter: String, $syncAfter: String) {\n    posts(first: 2, after: $after) { edges { cursor } }\n    byTitle: posts(first: 2, after: $titleAfter, orderBy: { field: TITLE, direction: ASC }) { edges { cursor } }\n    feed(first: 2, after: $syncAfter) { edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatesAtTheEdges($since: DateTime!, $after: DateTime, $before: DateTime) {\n    feed(first: 2, updatedSince: $since) { totalCount }\n    posts(first: 2, filter: { publishedAfter: $after, publishedBefore: $before }) { totalCount }\n  }\n"): (typeof documents)["\n  query DatesAtTheEdges($since: DateTime!, $after: DateTime, $before: DateTime) {\n    feed(first: 2, updatedSince: $since) { totalCount }\n    posts(first: 2, filter: { publishedAfter: $after, publishedBefore: $before }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LongFilters($slugs: [String!]) {\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n"): (typeof documents)["\n  query LongFilters($slugs: [String!]) {\n    feed(first: 5, filter: { authorSlugs: $slugs }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsWithComments($posts: Int!, $comments: Int!) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n"): (typeof documents)["\n  query PostsWithComments($posts: Int!, $comments: Int!) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsWithDefaultSizes($posts: Int = 100, $comments: Int = 100) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n"): (typeof documents)["\n  query PostsWithDefaultSizes($posts: Int = 100, $comments: Int = 100) {\n    posts(first: $posts) { edges { node { title comments(first: $comments) { edges { node { authorName } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostCount {\n    posts(first: 100) { totalCount }\n  }\n"): (typeof documents)["\n  query PostCount {\n    posts(first: 100) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedDefault {\n    posts { edges { node { author { name } footnotes { source { title } } } } }\n  }\n"): (typeof documents)["\n  query NestedDefault {\n    posts { edges { node { author { name } footnotes { source { title } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsSiteTitle {\n    site { title }\n  }\n"): (typeof documents)["\n  query LimitsSiteTitle {\n    site { title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkdownWorkAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkdownWorkAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkdownWorkCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug footnotes { number } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkdownWorkCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { slug footnotes { number } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownWorkReadMany {\n    newest: posts(first: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n    oldest: posts(last: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n  }\n"): (typeof documents)["\n  query MarkdownWorkReadMany {\n    newest: posts(first: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n    oldest: posts(last: 100) { edges { node { slug body(format: HTML) excerpt(maxLength: 80) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownWorkReadPost($slug: String!) {\n    post(slug: $slug) { body(format: HTML) wordCount excerpt(maxLength: 80) }\n  }\n"): (typeof documents)["\n  query MarkdownWorkReadPost($slug: String!) {\n    post(slug: $slug) { body(format: HTML) wordCount excerpt(maxLength: 80) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n"): (typeof documents)["\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservedComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation ObservedComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservedPosts {\n    posts(first: 3) { edges { node { title comments(first: 2) { edges { node { id } } } } } }\n  }\n"): (typeof documents)["\n  query ObservedPosts {\n    posts(first: 3) { edges { node { title comments(first: 2) { edges { node { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } }\n  }\n"): (typeof documents)["\n  mutation OutboxCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id slug } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation OutboxAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPostId($slug: String!) { post(slug: $slug) { id } }\n"): (typeof documents)["\n  query OutboxPostId($slug: String!) { post(slug: $slug) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PastedCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision body(format: MARKDOWN) footnotes { number kind refersTo { number } source { title year } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PastedCreate($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision body(format: MARKDOWN) footnotes { number kind refersTo { number } source { title year } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PastedUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { body(format: MARKDOWN) footnotes { number source { title } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PastedUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { body(format: MARKDOWN) footnotes { number source { title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastedRead($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) footnotes { number kind source { title } } }\n  }\n"): (typeof documents)["\n  query PastedRead($slug: String!) {\n    post(slug: $slug) { body(format: MARKDOWN) footnotes { number kind source { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload {\n        replayed\n        post {\n          id\n          slug\n          title\n          status\n          publishedAt\n          revision\n          author { slug }\n          discussion { slug }\n          inResponseTo { slug }\n          footnotes { number kind isIbid pages refersTo { number } source { title year } }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload {\n        replayed\n        post {\n          id\n          slug\n          title\n          status\n          publishedAt\n          revision\n          author { slug }\n          discussion { slug }\n          inResponseTo { slug }\n          footnotes { number kind isIbid pages refersTo { number } source { title year } }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload {\n        post {\n          title\n          body(format: MARKDOWN)\n          revision\n          footnotes { number source { title } }\n          revisions { revision editor { slug } changedFields status createdAt }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload {\n        post {\n          title\n          body(format: MARKDOWN)\n          revision\n          footnotes { number source { title } }\n          revisions { revision editor { slug } changedFields status createdAt }\n        }\n      }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Publish($id: ID!) {\n    publishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status publishedAt revision } }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation Publish($id: ID!) {\n    publishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status publishedAt revision } }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation Unpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPost($slug: String!) {\n    post(slug: $slug) { id title status revision responses { totalCount } }\n  }\n"): (typeof documents)["\n  query PublicPost($slug: String!) {\n    post(slug: $slug) { id title status revision responses { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionHistory($slug: String!, $limit: Int!) {\n    post(slug: $slug) { revision latest: revisions { revision } some: revisions(limit: $limit) { revision } }\n  }\n"): (typeof documents)["\n  query RevisionHistory($slug: String!, $limit: Int!) {\n    post(slug: $slug) { revision latest: revisions { revision } some: revisions(limit: $limit) { revision } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug title prompt(format: MARKDOWN) responses { totalCount } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug title prompt(format: MARKDOWN) responses { totalCount } } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { id slug name bio(format: MARKDOWN) affiliation } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { id slug name bio(format: MARKDOWN) affiliation } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorId($slug: String!) {\n    author(slug: $slug) { id name affiliation }\n  }\n"): (typeof documents)["\n  query AuthorId($slug: String!) {\n    author(slug: $slug) { id name affiliation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePost($slug: String!) {\n    post(slug: $slug) { id commentCount }\n  }\n"): (typeof documents)["\n  query RatePost($slug: String!) {\n    post(slug: $slug) { id commentCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation RateComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTwoComments($postId: ID!) {\n    a: addComment(input: { postId: $postId, body: \"One.\", authorName: \"Twin\" }) { __typename }\n    b: addComment(input: { postId: $postId, body: \"Two.\", authorName: \"Twin\" }) { __typename }\n  }\n"): (typeof documents)["\n  mutation RateTwoComments($postId: ID!) {\n    a: addComment(input: { postId: $postId, body: \"One.\", authorName: \"Twin\" }) { __typename }\n    b: addComment(input: { postId: $postId, body: \"Two.\", authorName: \"Twin\" }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateProfile($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation RateProfile($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateExpensive {\n    posts(first: 50) { edges { node { comments(first: 50) { totalCount edges { node { id } } } } } }\n  }\n"): (typeof documents)["\n  query RateExpensive {\n    posts(first: 50) { edges { node { comments(first: 50) { totalCount edges { node { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n"): (typeof documents)["\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rendered {\n    site { description }\n    post(slug: \"hostile\") {\n      body\n      text: body(format: TEXT)\n      excerpt\n      author { bio }\n      discussion { prompt }\n      footnotes { html }\n      comments(first: 5) { edges { node { body } } }\n    }\n  }\n"): (typeof documents)["\n  query Rendered {\n    site { description }\n    post(slug: \"hostile\") {\n      body\n      text: body(format: TEXT)\n      excerpt\n      author { bio }\n      discussion { prompt }\n      footnotes { html }\n      comments(first: 5) { edges { node { body } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaPost($slug: String!) { post(slug: $slug) { title } }\n"): (typeof documents)["\n  query ReplicaPost($slug: String!) { post(slug: $slug) { title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { title revision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePost($slug: String!) {\n    post(slug: $slug) {\n      id\n      title\n      revision\n      commentCount\n      author { name }\n      comments(first: 50) { totalCount edges { node { id body(format: MARKDOWN) replies(first: 20) { totalCount } } } }\n    }\n  }\n"): (typeof documents)["\n  query CachePost($slug: String!) {\n    post(slug: $slug) {\n      id\n      title\n      revision\n      commentCount\n      author { name }\n      comments(first: 50) { totalCount edges { node { id body(format: MARKDOWN) replies(first: 20) { totalCount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheFeed {\n    feed(first: 50) { totalCount edges { node { __typename ... on Post { id title } } } }\n  }\n"): (typeof documents)["\n  query CacheFeed {\n    feed(first: 50) { totalCount edges { node { __typename ... on Post { id title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheSync($since: DateTime!) {\n    feed(first: 50, updatedSince: $since) { edges { node { __typename ... on Post { id } ... on PostTombstone { postId reason } } } }\n  }\n"): (typeof documents)["\n  query CacheSync($since: DateTime!) {\n    feed(first: 50, updatedSince: $since) { edges { node { __typename ... on Post { id } ... on PostTombstone { postId reason } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePosts {\n    posts(first: 50) { totalCount edges { node { slug title } } }\n  }\n"): (typeof documents)["\n  query CachePosts {\n    posts(first: 50) { totalCount edges { node { slug title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheAuthor($slug: String!) {\n    author(slug: $slug) { name posts(first: 50) { totalCount } comments(first: 50) { totalCount } }\n  }\n"): (typeof documents)["\n  query CacheAuthor($slug: String!) {\n    author(slug: $slug) { name posts(first: 50) { totalCount } comments(first: 50) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheThreadNames($slug: String!) {\n    post(slug: $slug) { comments(first: 50) { edges { node { authorName } } } }\n  }\n"): (typeof documents)["\n  query CacheThreadNames($slug: String!) {\n    post(slug: $slug) { comments(first: 50) { edges { node { authorName } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheSources($slug: String!) {\n    post(slug: $slug) { footnotes { number source { id title publisher } } }\n  }\n"): (typeof documents)["\n  query CacheSources($slug: String!) {\n    post(slug: $slug) { footnotes { number source { id title publisher } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCorrectSource($input: CorrectSourceInput!) {\n    correctSource(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheCorrectSource($input: CorrectSourceInput!) {\n    correctSource(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheNoteSources($slug: String!) {\n    post(slug: $slug) { id footnotes { number kind source { id } } }\n  }\n"): (typeof documents)["\n  query CacheNoteSources($slug: String!) {\n    post(slug: $slug) { id footnotes { number kind source { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheAuthors {\n    authors(first: 50) { totalCount edges { node { slug name } } }\n  }\n"): (typeof documents)["\n  query CacheAuthors {\n    authors(first: 50) { totalCount edges { node { slug name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheDiscussion($slug: String!) {\n    discussion(slug: $slug) { title }\n    discussions(first: 50) { totalCount }\n  }\n"): (typeof documents)["\n  query CacheDiscussion($slug: String!) {\n    discussion(slug: $slug) { title }\n    discussions(first: 50) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheViewer {\n    viewer { author { slug } role }\n  }\n"): (typeof documents)["\n  query CacheViewer {\n    viewer { author { slug } role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheQueue {\n    moderationQueue(first: 50) { totalCount }\n  }\n"): (typeof documents)["\n  query CacheQueue {\n    moderationQueue(first: 50) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheDeliveries {\n    webhookDeliveries(limit: 10) { id }\n  }\n"): (typeof documents)["\n  query CacheDeliveries {\n    webhookDeliveries(limit: 10) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheEditComment($input: EditCommentInput!) {\n    editComment(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { revision } }\n      ... on UserError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on PostPayload { post { revision } }\n      ... on UserError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CachePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUnpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheUnpublish($id: ID!) {\n    unpublishPost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheDelete($id: ID!) {\n    deletePost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheDelete($id: ID!) {\n    deletePost(input: { id: $id }) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { __typename ... on RegisterWebhookPayload { endpoint { id } } ... on UserError { message } }\n  }\n"): (typeof documents)["\n  mutation CacheRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { __typename ... on RegisterWebhookPayload { endpoint { id } } ... on UserError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id body } }\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { replayed comment { id body } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalePostComments($slug: String!) {\n    post(slug: $slug) { id comments(first: 50) { totalCount } }\n  }\n"): (typeof documents)["\n  query ScalePostComments($slug: String!) {\n    post(slug: $slug) { id comments(first: 50) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { replayed post { id title } }\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { replayed post { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleSite { site { title } }\n"): (typeof documents)["\n  query ScaleSite { site { title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostBodies {\n    posts(first: 20) { edges { node { slug body } } }\n  }\n"): (typeof documents)["\n  query PostBodies {\n    posts(first: 20) { edges { node { slug body } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedPost($slug: String!) {\n    post(slug: $slug) { id title revision commentCount comments(first: 50) { totalCount } }\n  }\n"): (typeof documents)["\n  query SharedPost($slug: String!) {\n    post(slug: $slug) { id title revision commentCount comments(first: 50) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n"): (typeof documents)["\n  mutation SharedAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { title } } }\n  }\n"): (typeof documents)["\n  mutation SharedUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingWrite($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingWrite($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug revision } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision } } }\n  }\n"): (typeof documents)["\n  mutation EditingUpdate($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on PostPayload { post { revision } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingNotes($slug: String!) {\n    post(slug: $slug) {\n      id\n      revision\n      footnotes {\n        number\n        kind\n        needsReview\n        reviewReason\n        refersTo { number }\n        source { id title authors year }\n        correction { editor { name } at detached }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditingNotes($slug: String!) {\n    post(slug: $slug) {\n      id\n      revision\n      footnotes {\n        number\n        kind\n        needsReview\n        reviewReason\n        refersTo { number }\n        source { id title authors year }\n        correction { editor { name } at detached }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingQueue($first: Int!, $after: String, $postId: ID) {\n    footnotesToReview(first: $first, after: $after, postId: $postId) {\n      __typename\n      ... on FootnoteReviewQueue { totalCount hasMore endCursor notes { number text reviewReason post { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  query EditingQueue($first: Int!, $after: String, $postId: ID) {\n    footnotesToReview(first: $first, after: $after, postId: $postId) {\n      __typename\n      ... on FootnoteReviewQueue { totalCount hasMore endCursor notes { number text reviewReason post { slug } } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id title } correction { editor { name } detached } } sources { id } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingAttach($input: AttachFootnoteSourceInput!) {\n    attachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id title } correction { editor { name } detached } } sources { id } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } needsReview correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingDetach($input: FootnoteInPostInput!) {\n    detachFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } needsReview correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingReset($input: FootnoteInPostInput!) {\n    resetFootnoteSource(input: $input) {\n      __typename\n      ... on FootnoteSourcePayload { footnote { number kind source { id } correction { detached } } }\n      ... on UserError { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) {\n      __typename\n      ... on MergeSourcesPayload { source { id title correctedBy { name } correctedAt citedIn(first: 10) { totalCount } } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingMerge($input: MergeSourcesInput!) {\n    mergeSources(input: $input) {\n      __typename\n      ... on MergeSourcesPayload { source { id title correctedBy { name } correctedAt citedIn(first: 10) { totalCount } } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditingCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { id title correctedFields correctedBy { name } correctedAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation EditingCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { id title correctedFields correctedBy { name } correctedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingSource($id: ID!) {\n    node(id: $id) { ... on Source { id title publisher csl correctedFields citedIn(first: 10) { totalCount } } }\n  }\n"): (typeof documents)["\n  query EditingSource($id: ID!) {\n    node(id: $id) { ... on Source { id title publisher csl correctedFields citedIn(first: 10) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id footnotes { source { id } } } } }\n  }\n"): (typeof documents)["\n  mutation SourcesWrite($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id footnotes { source { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesPublish($id: ID!) { publishPost(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SourcesPublish($id: ID!) { publishPost(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesUnpublish($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SourcesUnpublish($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SourcesDelete($id: ID!) { deletePost(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesRead($id: ID!) {\n    node(id: $id) { ... on Source { title authors publisher place year url correctedFields citedIn(first: 5) { totalCount } } }\n  }\n"): (typeof documents)["\n  query SourcesRead($id: ID!) {\n    node(id: $id) { ... on Source { title authors publisher place year url correctedFields citedIn(first: 5) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourcesCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { title publisher url year correctedFields } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation SourcesCorrect($input: CorrectSourceInput!) {\n    correctSource(input: $input) {\n      __typename\n      ... on CorrectSourcePayload { source { title publisher url year correctedFields } }\n      ... on ValidationError { fields { path message } }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { title body(format: MARKDOWN) } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TextCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { title body(format: MARKDOWN) } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"): (typeof documents)["\n  mutation TextAddComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"): (typeof documents)["\n  mutation TextUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TextCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"): (typeof documents)["\n  mutation TextCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextImported($slug: String!) {\n    post(slug: $slug) { title body(format: MARKDOWN) comments(first: 5) { edges { node { body(format: MARKDOWN) } } } }\n  }\n"): (typeof documents)["\n  query TextImported($slug: String!) {\n    post(slug: $slug) { title body(format: MARKDOWN) comments(first: 5) { edges { node { body(format: MARKDOWN) } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionLimitsPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation SubscriptionLimitsPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n"): (typeof documents)["\n  mutation LiveComment($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation LiveModerate($input: ModerateCommentInput!) {\n    moderateComment(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id } } }\n  }\n"): (typeof documents)["\n  mutation LivePost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on PostPayload { post { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LivePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation LivePublish($id: ID!) {\n    publishPost(input: { id: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivePostId($slug: String!) { post(slug: $slug) { id } }\n"): (typeof documents)["\n  query LivePostId($slug: String!) { post(slug: $slug) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiddenNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query HiddenNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorActivity {\n    author(slug: \"theo-marchetti\") {\n      posts(first: 50) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { body } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthorActivity {\n    author(slug: \"theo-marchetti\") {\n      posts(first: 50) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { body } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiddenLists {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    responses: posts(first: 100, filter: { isResponse: true }) { totalCount edges { node { slug inResponseTo { slug } } } }\n    standalone: posts(first: 100, filter: { isResponse: false }) { edges { node { slug } } }\n    post(slug: \"undated\") { slug }\n  }\n"): (typeof documents)["\n  query HiddenLists {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    responses: posts(first: 100, filter: { isResponse: true }) { totalCount edges { node { slug inResponseTo { slug } } } }\n    standalone: posts(first: 100, filter: { isResponse: false }) { edges { node { slug } } }\n    post(slug: \"undated\") { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedThread($slug: String!) {\n    post(slug: $slug) {\n      commentCount\n      comments(first: 100) {\n        edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { totalCount } } } } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedThread($slug: String!) {\n    post(slug: $slug) {\n      commentCount\n      comments(first: 100) {\n        edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { totalCount } } } } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerHiddenPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"): (typeof documents)["\n  mutation AnswerHiddenPost($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on ValidationError { fields { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeHiddenPost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on NotFoundError { code } ... on ForbiddenError { code } }\n  }\n"): (typeof documents)["\n  mutation ChangeHiddenPost($input: UpdatePostInput!) {\n    updatePost(input: $input) { __typename ... on NotFoundError { code } ... on ForbiddenError { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnHiddenPost($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on NotFoundError { code } }\n  }\n"): (typeof documents)["\n  mutation CommentOnHiddenPost($input: AddCommentInput!) {\n    addComment(input: $input) { __typename ... on NotFoundError { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EgressRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { endpoint { id url } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation EgressRegister($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { endpoint { id url } }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EgressPublish($input: CreatePostInput!) { createPost(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation EgressPublish($input: CreatePostInput!) { createPost(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EgressDeliveries {\n    webhookDeliveries(limit: 50) { endpointId attempts status lastStatusCode lastError }\n  }\n"): (typeof documents)["\n  query EgressDeliveries {\n    webhookDeliveries(limit: 50) { endpointId attempts status lastStatusCode lastError }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterHook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { secret endpoint { id url events } }\n      ... on UserError { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterHook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      __typename\n      ... on RegisterWebhookPayload { secret endpoint { id url events } }\n      ... on UserError { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries {\n    webhookDeliveries(limit: 20) { id deliveryId endpointId event status attempts lastStatusCode payload }\n  }\n"): (typeof documents)["\n  query Deliveries {\n    webhookDeliveries(limit: 20) { id deliveryId endpointId event status attempts lastStatusCode payload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HookedCreate($input: CreatePostInput!) { createPost(input: $input) { __typename ... on PostPayload { post { id } } } }\n"): (typeof documents)["\n  mutation HookedCreate($input: CreatePostInput!) { createPost(input: $input) { __typename ... on PostPayload { post { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WordPressPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      body(format: MARKDOWN)\n      author { slug name }\n      footnotes { number kind refersTo { number } pages source { kind title authors publisher place year container volume issue } }\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } body(format: MARKDOWN) replies(first: 5) { edges { node { authorName author { slug } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WordPressPost($slug: String!) {\n    post(slug: $slug) {\n      slug\n      title\n      status\n      publishedAt\n      body(format: MARKDOWN)\n      author { slug name }\n      footnotes { number kind refersTo { number } pages source { kind title authors publisher place year container volume issue } }\n      comments(first: 20) {\n        totalCount\n        edges { node { authorName author { slug } body(format: MARKDOWN) replies(first: 5) { edges { node { authorName author { slug } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WordPressLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug legacyUrls categories { slug name } tags { slug name } scheduledAt discussion { slug title } }\n  }\n"): (typeof documents)["\n  query WordPressLegacy($url: String!) {\n    postByLegacyUrl(url: $url) { slug legacyUrls categories { slug name } tags { slug name } scheduledAt discussion { slug title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WordPressPostSchedule($slug: String!) {\n    post(slug: $slug) { scheduledAt }\n  }\n"): (typeof documents)["\n  query WordPressPostSchedule($slug: String!) {\n    post(slug: $slug) { scheduledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WordPressQueue {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"): (typeof documents)["\n  query WordPressQueue {\n    moderationQueue(first: 20) { edges { node { authorName body(format: MARKDOWN) post { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation XssUpdateAuthor($input: UpdateAuthorInput!) {\n    updateAuthor(input: $input) {\n      __typename\n      ... on UpdateAuthorPayload { author { slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation XssCreateDiscussion($input: CreateDiscussionInput!) {\n    createDiscussion(input: $input) {\n      __typename\n      ... on CreateDiscussionPayload { discussion { id slug } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation XssCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on PostPayload { post { id slug status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssUnpublishPost($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation XssUnpublishPost($id: ID!) {\n    unpublishPost(input: { id: $id }) {\n      __typename\n      ... on PostPayload { post { status } }\n      ... on UserError { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation XssAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { id status } }\n      ... on UserError { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XssModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { status } }\n      ... on UserError { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation XssModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on CommentPayload { comment { status } }\n      ... on UserError { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XssAuthorId($slug: String!) {\n    author(slug: $slug) { id }\n  }\n"): (typeof documents)["\n  query XssAuthorId($slug: String!) {\n    author(slug: $slug) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XssRendered($post: String!, $author: String!, $discussion: String!) {\n    site { title description(format: HTML) descriptionText: description(format: TEXT) }\n    post(slug: $post) {\n      title\n      body(format: HTML)\n      excerpt\n      footnotes {\n        number\n        html\n        source { url }\n      }\n      comments(first: 10) { edges { node { body(format: HTML) } } }\n    }\n    author(slug: $author) { name bio(format: HTML) bioText: bio(format: TEXT) }\n    discussion(slug: $discussion) { title prompt(format: HTML) promptText: prompt(format: TEXT) }\n  }\n"): (typeof documents)["\n  query XssRendered($post: String!, $author: String!, $discussion: String!) {\n    site { title description(format: HTML) descriptionText: description(format: TEXT) }\n    post(slug: $post) {\n      title\n      body(format: HTML)\n      excerpt\n      footnotes {\n        number\n        html\n        source { url }\n      }\n      comments(first: 10) { edges { node { body(format: HTML) } } }\n    }\n    author(slug: $author) { name bio(format: HTML) bioText: bio(format: TEXT) }\n    discussion(slug: $discussion) { title prompt(format: HTML) promptText: prompt(format: TEXT) }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;