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
    "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.NestedFeedDocument,
    "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n": typeof types.WithCountsDocument,
    "\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n": typeof types.PageDocument,
    "\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n": typeof types.NestedPageDocument,
    "\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n": typeof types.AuthorsPageDocument,
    "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n": typeof types.ExcerptDocument,
    "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  ": typeof types.EmptySlugDocument,
    "\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n": typeof types.IdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n": typeof types.PostBySlugDocument,
    "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n": typeof types.LatestPostsDocument,
    "\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n": typeof types.DiscussionPageDocument,
    "\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n": typeof types.FootnotesDocument,
    "\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n": typeof types.AuthorPageDocument,
    "\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n": typeof types.SiteTitleDocument,
};
const documents: Documents = {
    "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n": types.NestedFeedDocument,
    "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n": types.WithCountsDocument,
    "\n  query Page($first: Int, $last: Int, $after: String, $before: String) {\n    posts(first: $first, last: $last, after: $after, before: $before) { edges { cursor node { slug } } }\n  }\n": types.PageDocument,
    "\n  query NestedPage($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) { comments(first: $first, after: $after) { edges { cursor } } }\n  }\n": types.NestedPageDocument,
    "\n  query AuthorsPage($after: String) {\n    authors(first: 2, after: $after) { edges { cursor node { slug } } }\n  }\n": types.AuthorsPageDocument,
    "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n": types.ExcerptDocument,
    "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  ": types.EmptySlugDocument,
    "\n  query Ids {\n    post(slug: \"the-commons-is-a-verb\") {\n      id\n      author { id }\n      discussion { id }\n      footnotes { id source { id } }\n      comments(first: 1) { edges { node { id } } }\n    }\n  }\n": types.IdsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Post { slug }\n      ... on Author { slug }\n      ... on Discussion { slug }\n      ... on Footnote { number }\n      ... on Source { title }\n      ... on Comment { authorName }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n": types.PostBySlugDocument,
    "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n": types.LatestPostsDocument,
    "\n  query Conversation($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    post(slug: $slug) {\n      slug\n      responses(first: 10) { totalCount edges { node { slug inResponseTo { slug } } } }\n      otherResponses(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug publishedAt author { slug } } }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query DiscussionPage($slug: String!, $orderBy: PostOrder) {\n    discussion(slug: $slug) {\n      id\n      slug\n      title\n      prompt(format: MARKDOWN)\n      promptHtml: prompt\n      createdAt\n      responses(first: 50, orderBy: $orderBy) { totalCount edges { node { slug publishedAt author { slug } } } }\n    }\n  }\n": types.DiscussionPageDocument,
    "\n  query Footnotes($slug: String!) {\n    post(slug: $slug) {\n      footnotes {\n        id\n        number\n        text\n        html\n        pages\n        isIbid\n        refersTo { number }\n        post { slug }\n        source {\n          id\n          kind\n          title\n          authors\n          container\n          volume\n          issue\n          publisher\n          place\n          year\n          url\n          citedIn(first: 20) { totalCount edges { node { slug } } }\n        }\n      }\n    }\n  }\n": types.FootnotesDocument,
    "\n  query Thread($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            body(format: MARKDOWN)\n            html: body\n            createdAt\n            authorName\n            author { slug }\n            post { slug }\n            parent { id }\n            replies(first: 10) {\n              totalCount\n              edges {\n                node {\n                  authorName\n                  parent { id }\n                  replies(first: 10) { totalCount edges { node { authorName replies(first: 10) { totalCount } } } }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query AuthorPage($slug: String!) {\n    author(slug: $slug) {\n      id\n      slug\n      name\n      bio(format: TEXT)\n      affiliation\n      role\n      posts(first: 10) { totalCount edges { node { slug } } }\n      comments(first: 50) { totalCount edges { node { createdAt post { slug author { slug } } } } }\n    }\n  }\n": types.AuthorPageDocument,
    "\n  query Directory {\n    site { title description(format: MARKDOWN) html: description }\n    authors(first: 100) { totalCount edges { node { slug name role } } }\n    discussions(first: 10) { totalCount edges { node { slug createdAt } } }\n  }\n": types.DirectoryDocument,
    "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n": types.SiteTitleDocument,
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
export function graphql(source: "\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedFeed($n: Int!) {\n    posts(first: $n) {\n      edges {\n        node {\n          title\n          author { name }\n          footnotes { number source { title } }\n          comments(first: 5) {\n            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }\n          }\n          otherResponses(first: 3) { edges { node { title author { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WithCounts($n: Int!) {\n    posts(first: $n) {\n      totalCount\n      edges {\n        node {\n          commentCount\n          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }\n          responses(first: 2) { totalCount }\n          otherResponses(first: 3) { totalCount }\n          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }\n          footnotes { source { citedIn(first: 2) { totalCount } } }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n"): (typeof documents)["\n  query Excerpt($maxLength: Int!) {\n    posts(first: 1) { edges { node { excerpt(maxLength: $maxLength) } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  "): (typeof documents)["\n    query EmptySlug($slug: String!) {\n      post(slug: $slug) { title }\n    }\n  "];
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
export function graphql(source: "\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  query PostBySlug($slug: String!) {\n    post(slug: $slug) {\n      id\n      slug\n      title\n      excerpt(maxLength: 120)\n      markdown: body(format: MARKDOWN)\n      html: body\n      text: body(format: TEXT)\n      wordCount\n      readingTimeMinutes\n      publishedAt\n      updatedAt\n      author { slug name }\n      discussion { slug title }\n      inResponseTo { slug }\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n"): (typeof documents)["\n  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {\n    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { slug title publishedAt updatedAt author { slug } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query SiteTitle {\n    site { title }\n    posts(first: 1) { totalCount }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;