// The addresses posts had on the system they were imported from. A lookup by
// an old address must find the post however the link that brought the reader
// was written: another host or scheme (the blog moved), a trailing slash or
// not, percent-escapes or not, upper case or lower. So an address is compared
// by its path and query only, decoded, lower-cased, without a trailing slash.

/** The comparable form of an address or a bare path; null when it is neither. */
export function legacyPath(address: string): string | null {
  const text = address.trim();
  if (!text || text.length > 2_000) return null;
  let url: URL;
  try {
    url = new URL(text, "http://legacy.invalid");
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: compared as written.
  }
  path = path.replace(/\/{2,}/g, "/").replace(/\/+$/, "") || "/";
  // WordPress's ?p=123 links name the post by its query.
  const query = [...url.searchParams].filter(([key]) => key === "p" || key === "page_id").map(([key, value]) => `${key}=${value}`);
  return `${path}${query.length ? `?${query.join("&")}` : ""}`.toLowerCase();
}
