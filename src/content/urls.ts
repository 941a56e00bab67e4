/** Where readers find a post on the blog: `<publicUrl>/posts/<slug>`, for feeds, links and citations. */
export function postUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/posts/${encodeURIComponent(slug)}`;
}
