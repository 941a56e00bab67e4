import { createHash } from "node:crypto";

// The two halves of conditional GET, shared by feeds and GraphQL GET queries.

/** A strong ETag for a response body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether the request's If-None-Match names this ETag (weak or strong), or `*`. */
export function ifNoneMatchHits(request: Request, etag: string): boolean {
  const tags = (request.headers.get("if-none-match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes(etag) || tags.includes("*");
}
