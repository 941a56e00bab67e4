/** Who is asking: nobody in particular, or an author holding a token with a role. */
export type Viewer =
  | { kind: "anonymous" }
  | { kind: "author"; authorId: number; role: "AUTHOR" | "EDITOR"; tokenId: number };

export const anonymousViewer: Viewer = { kind: "anonymous" };
