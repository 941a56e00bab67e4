/** The query GraphiQL opens with: one post, its discussion's other responses, and their authors' other work. */
export const exampleQuery = `# Welcome to Colloquy. Press the run button (or Ctrl-Enter) to try this query.
# It walks post -> responses -> author -> their posts, all batched.
query LatestPostAndConversation {
  posts(first: 1) {
    totalCount
    edges {
      node {
        title
        publishedAt
        readingTimeMinutes
        author { name affiliation }
        discussion { title }
        footnotes { number text isIbid source { title year } }
        responses(first: 3) {
          edges { node { title author { name } } }
        }
        otherResponses(first: 5) {
          totalCount
          edges {
            node {
              title
              author {
                name
                posts(first: 3) { edges { node { title } } }
              }
            }
          }
        }
        commentCount
      }
    }
  }
}
`;
