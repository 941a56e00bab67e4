import type { Plugin } from "graphql-yoga";
import { createHash } from "node:crypto";

// HTTP caching: the two halves of conditional GET, shared by the feeds and
// GraphQL GET queries, and the plugin that applies them to the queries.

/** A strong ETag for a response body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether a request's If-None-Match header names this ETag (weak or strong), or `*`. */
export function ifNoneMatchHits(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
  return tags.includes(etag) || tags.includes("*");
}

// The body behind each 304 answered here, for the front cache, which keeps the whole answer.
const withheld = new WeakMap<Response, string>();

/** The body a 304 made by useHttpCaching stands for; undefined for any other response. */
export function withheldBody(response: Response): string | undefined {
  return withheld.get(response);
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
      if (!failed && ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
        headers.delete("content-length");
        const notModified = new fetchAPI.Response(null, { status: 304, headers });
        withheld.set(notModified, body);
        setResponse(notModified);
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
