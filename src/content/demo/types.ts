/**
 * The shape of Colloquy's built-in demo content. The seeder turns it into rows;
 * footnote numbers, texts and "Ibid." links are derived from each post's Markdown.
 */
export type AuthorRoleName = "FACULTY" | "STUDENT_FELLOW" | "STAFF" | "GUEST";
export type SourceKindName = "BOOK" | "ARTICLE" | "CHAPTER" | "WEB_PAGE";

export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
  affiliation: string | null;
  role: AuthorRoleName;
}

export interface DemoDiscussion {
  slug: string;
  title: string;
  /** Markdown. */
  prompt: string;
  /** ISO date-time. */
  createdAt: string;
}

export interface DemoSource {
  /** Identifier used only inside the demo content to link citations to this work. */
  key: string;
  kind: SourceKindName;
  authors: string[];
  title: string;
  /** Journal, magazine, website or edited volume. */
  container?: string;
  volume?: string;
  issue?: string;
  publisher?: string;
  place?: string;
  year?: number;
  url?: string;
}

/** What a footnote cites. Keyed in `DemoPost.citations` by the Markdown footnote label. */
export interface DemoCitation {
  source: string;
  pages?: string;
  /** True when the note is an "Ibid." repeat of the previous note citing the same source. */
  ibid?: boolean;
}

export interface DemoComment {
  /** Slug of a registered author; when absent, `name` is a guest display name. */
  author?: string;
  name?: string;
  /** Markdown. */
  body: string;
  createdAt: string;
  status?: "PENDING" | "APPROVED" | "REJECTED";
  replies?: DemoComment[];
}

export interface DemoPost {
  slug: string;
  title: string;
  /** Author slug. */
  author: string;
  discussion?: string;
  /** Slug of the post this one answers. */
  inResponseTo?: string;
  status: "PUBLISHED" | "DRAFT";
  /** ISO date-time; required when published. */
  publishedAt?: string;
  /** ISO date-time of the last edit, when it differs from publication. */
  updatedAt?: string;
  /** Markdown with GFM footnotes: `[^label]` markers and `[^label]: ...` definitions. */
  body: string;
  citations?: Record<string, DemoCitation>;
  comments?: DemoComment[];
}

export interface DemoContent {
  site: { title: string; description: string };
  authors: DemoAuthor[];
  discussions: DemoDiscussion[];
  sources: DemoSource[];
  posts: DemoPost[];
}
