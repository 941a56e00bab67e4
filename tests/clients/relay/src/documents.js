// The documents relay-compiler compiles for the client suite: a paginated,
// refetchable connection, a post with its fragment, and the sync feed with
// its tombstones.
import { graphql } from "relay-runtime";

export const postList = graphql`
  query documentsPostListQuery {
    ...documents_posts
  }
`;

export const postsFragment = graphql`
  fragment documents_posts on Query
  @refetchable(queryName: "documentsPostsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    posts(first: $count, after: $cursor) @connection(key: "documents_posts") {
      edges { node { id ...documents_post } }
    }
  }
`;

export const postFragment = graphql`
  fragment documents_post on Post {
    id
    slug
    title
    publishedAt
    author { id name }
  }
`;

export const postQuery = graphql`
  query documentsPostQuery($slug: String!) {
    post(slug: $slug) { id title }
  }
`;

export const syncQuery = graphql`
  query documentsSyncQuery($since: DateTime!) {
    feed(first: 100, updatedSince: $since) {
      edges {
        node {
          __typename
          ... on Post { id title }
          ... on PostTombstone { id postId reason }
        }
      }
    }
  }
`;
