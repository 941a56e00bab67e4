import type { Plugin } from "graphql-yoga";
import { createHash } from "node:crypto";

// HTTP caching: the two halves of conditional GET, shared by the feeds and
// GraphQL GET queries, and the plugin that applies them to the queries.

/** A strong ETag for a response body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether the request's If-None-Match names this ETag (weak or strong), or `*`. */
export function ifNoneMatchHits(request: Request, etag: string): boolean {
  const tags = (request.headers.get("if-none-match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes(etag) || tags.includes("*");
}

/**
 * HTTP caching for queries sent with GET: an ETag over the body, a
 * Cache-Control that never lets a shared cache keep a response made for a
 * token, and a bodiless 304 when the client already holds the same body.
 */
export function useHttpCaching(maxAgeSeconds = 30): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== "GET" || response.status !== 200) return;
      const type = response.headers.get("content-type") ?? "";
      if (!type.includes("json")) return;
      const body = await response.text();
      const headers = new fetchAPI.Headers(response.headers);
      // Set again explicitly: a body given as a string would otherwise be labelled text/plain.
      headers.set("content-type", type);
      const authenticated = request.headers.has("authorization");
      const failed = body.includes('"errors"');
      headers.set(
        "cache-control",
        failed ? "no-store" : authenticated ? "private, no-cache" : `public, max-age=${maxAgeSeconds}, must-revalidate`,
      );
      headers.append("vary", "Authorization");
      const etag = etagOf(body);
      if (!failed) headers.set("etag", etag);
      if (!failed && ifNoneMatchHits(request, etag)) {
        headers.delete("content-length");
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
