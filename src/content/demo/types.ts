/**
 * The shape of Colloquy's built-in demo content. The seeder turns it into rows;
 * footnotes, their sources and "Ibid." links are derived from each post's Markdown.
 */
export type AuthorRoleName = "FACULTY" | "STUDENT_FELLOW" | "STAFF" | "GUEST";

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
  comments?: DemoComment[];
}

export interface DemoContent {
  site: { title: string; description: string };
  authors: DemoAuthor[];
  discussions: DemoDiscussion[];
  posts: DemoPost[];
}
