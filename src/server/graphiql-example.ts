/**
 * The query GraphiQL opens with: a post, the posts answering it, their authors
 * and those authors' other work, and the rest of its discussion. The slug is a
 * variable with a default from the demo content; change it to explore.
 */
export const exampleQuery = `# Welcome to Colloquy. Run this query with the
# play button or Ctrl-Enter. It walks post -> responses
# -> author -> their posts, and every level is batched:
# start the server with COLLOQUY_QUERY_STATS=1 to see
# the SQL statement count in extensions.queryStats.
query PostConversation(
  $slug: String! = "the-commons-is-a-verb"
) {
  post(slug: $slug) {
    title
    publishedAt
    readingTimeMinutes
    author { name affiliation }
    discussion { title }
    footnotes {
      number
      text
      isIbid
      refersTo { number }
      source { title year }
    }
    responses(first: 5) {
      totalCount
      edges {
        node {
          title
          author {
            name
            posts(first: 3) {
              edges { node { title publishedAt } }
            }
          }
        }
      }
    }
    otherResponses(first: 5) {
      totalCount
      edges { node { title author { name } } }
    }
    commentCount
  }
  site { title }
}
`;
