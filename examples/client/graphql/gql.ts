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
    "query LatestPosts($first: Int = 10, $after: String) {\n  posts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        excerpt\n        publishedAt\n        readingTimeMinutes\n        commentCount\n        author {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.LatestPostsDocument,
    "query PostPage($slug: String!, $commentsAfter: String) {\n  post(slug: $slug) {\n    id\n    title\n    body(format: HTML)\n    publishedAt\n    updatedAt\n    readingTimeMinutes\n    author {\n      slug\n      name\n      affiliation\n    }\n    discussion {\n      slug\n      title\n    }\n    inResponseTo {\n      slug\n      title\n    }\n    footnotes {\n      number\n      html\n      isIbid\n      source {\n        id\n        title\n        authors\n        year\n      }\n    }\n    otherResponses(first: 10) {\n      totalCount\n      edges {\n        node {\n          slug\n          title\n          excerpt\n          author {\n            name\n          }\n        }\n      }\n    }\n    commentCount\n    comments(first: 20, after: $commentsAfter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          authorName\n          body\n          createdAt\n          replies(first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                authorName\n                body\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PostPageDocument,
};
const documents: Documents = {
    "query LatestPosts($first: Int = 10, $after: String) {\n  posts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        excerpt\n        publishedAt\n        readingTimeMinutes\n        commentCount\n        author {\n          name\n        }\n      }\n    }\n  }\n}": types.LatestPostsDocument,
    "query PostPage($slug: String!, $commentsAfter: String) {\n  post(slug: $slug) {\n    id\n    title\n    body(format: HTML)\n    publishedAt\n    updatedAt\n    readingTimeMinutes\n    author {\n      slug\n      name\n      affiliation\n    }\n    discussion {\n      slug\n      title\n    }\n    inResponseTo {\n      slug\n      title\n    }\n    footnotes {\n      number\n      html\n      isIbid\n      source {\n        id\n        title\n        authors\n        year\n      }\n    }\n    otherResponses(first: 10) {\n      totalCount\n      edges {\n        node {\n          slug\n          title\n          excerpt\n          author {\n            name\n          }\n        }\n      }\n    }\n    commentCount\n    comments(first: 20, after: $commentsAfter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          authorName\n          body\n          createdAt\n          replies(first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                authorName\n                body\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.PostPageDocument,
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
export function graphql(source: "query LatestPosts($first: Int = 10, $after: String) {\n  posts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        excerpt\n        publishedAt\n        readingTimeMinutes\n        commentCount\n        author {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LatestPosts($first: Int = 10, $after: String) {\n  posts(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        slug\n        title\n        excerpt\n        publishedAt\n        readingTimeMinutes\n        commentCount\n        author {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostPage($slug: String!, $commentsAfter: String) {\n  post(slug: $slug) {\n    id\n    title\n    body(format: HTML)\n    publishedAt\n    updatedAt\n    readingTimeMinutes\n    author {\n      slug\n      name\n      affiliation\n    }\n    discussion {\n      slug\n      title\n    }\n    inResponseTo {\n      slug\n      title\n    }\n    footnotes {\n      number\n      html\n      isIbid\n      source {\n        id\n        title\n        authors\n        year\n      }\n    }\n    otherResponses(first: 10) {\n      totalCount\n      edges {\n        node {\n          slug\n          title\n          excerpt\n          author {\n            name\n          }\n        }\n      }\n    }\n    commentCount\n    comments(first: 20, after: $commentsAfter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          authorName\n          body\n          createdAt\n          replies(first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                authorName\n                body\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PostPage($slug: String!, $commentsAfter: String) {\n  post(slug: $slug) {\n    id\n    title\n    body(format: HTML)\n    publishedAt\n    updatedAt\n    readingTimeMinutes\n    author {\n      slug\n      name\n      affiliation\n    }\n    discussion {\n      slug\n      title\n    }\n    inResponseTo {\n      slug\n      title\n    }\n    footnotes {\n      number\n      html\n      isIbid\n      source {\n        id\n        title\n        authors\n        year\n      }\n    }\n    otherResponses(first: 10) {\n      totalCount\n      edges {\n        node {\n          slug\n          title\n          excerpt\n          author {\n            name\n          }\n        }\n      }\n    }\n    commentCount\n    comments(first: 20, after: $commentsAfter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          authorName\n          body\n          createdAt\n          replies(first: 10) {\n            totalCount\n            edges {\n              node {\n                id\n                authorName\n                body\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;