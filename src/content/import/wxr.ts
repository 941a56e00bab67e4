import { createReadStream } from "node:fs";
import sax from "sax";
import { feedXml } from "./xml-stream.js";

// WordPress's export format, WXR 1.1 and 1.2: RSS 2.0 with the wp:, content:,
// excerpt: and dc: namespaces. The file is read as a stream with a SAX
// parser, one <item> at a time, so that a 100 MB export never sits in memory
// whole: the reader hands each author and each item to its caller as soon as
// its closing tag is read, and keeps nothing of it afterwards.

export interface WxrAuthor {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
  line: number;
}

export interface WxrComment {
  id: string;
  author: string;
  email: string | null;
  url: string | null;
  dateGmt: string;
  content: string;
  /** "1" approved, "0" held, "spam", "trash". */
  approved: string;
  /** "", "comment", "pingback", "trackback". */
  type: string;
  parent: string;
  userId: string;
}

export interface WxrTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  line: number;
  title: string;
  link: string | null;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDateGmt: string;
  postDate: string;
  postName: string;
  status: string;
  postType: string;
  password: string;
  terms: WxrTerm[];
  meta: Map<string, string>;
  comments: WxrComment[];
}

export interface WxrChannel {
  title: string;
  description: string;
  link: string | null;
  version: string | null;
}

export interface WxrHandlers {
  channel?: (channel: WxrChannel) => void;
  author: (author: WxrAuthor) => void | Promise<void>;
  item: (item: WxrItem) => void | Promise<void>;
}

/** The first bytes of a file say whether it is a WordPress export, whatever its name. */
export function looksLikeWxr(head: string): boolean {
  return /<rss[\s>]/.test(head) && /xmlns:wp="https?:\/\/wordpress\.org\/export\/1\.[0-9]+\/?"/.test(head);
}

const emptyItem = (line: number): WxrItem => ({
  line,
  title: "",
  link: null,
  creator: "",
  content: "",
  excerpt: "",
  postId: "",
  postDateGmt: "",
  postDate: "",
  postName: "",
  status: "",
  postType: "",
  password: "",
  terms: [],
  meta: new Map(),
  comments: [],
});

const emptyComment = (): WxrComment => ({ id: "", author: "", email: null, url: null, dateGmt: "", content: "", approved: "1", type: "", parent: "0", userId: "0" });

/** Which element of a <wp:comment> fills which field. */
const COMMENT_FIELDS: Record<string, keyof WxrComment> = {
  "wp:comment_id": "id",
  "wp:comment_author": "author",
  "wp:comment_author_email": "email",
  "wp:comment_author_url": "url",
  "wp:comment_date_gmt": "dateGmt",
  "wp:comment_content": "content",
  "wp:comment_approved": "approved",
  "wp:comment_type": "type",
  "wp:comment_parent": "parent",
  "wp:comment_user_id": "userId",
};

/** Which element of an <item> fills which field. */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_date": "postDate",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_type": "postType",
  "wp:post_password": "password",
};

/**
 * Read a WXR file, calling the handlers in document order. A handler's promise
 * is awaited before more of the file is read, so writes keep pace with the
 * reading and memory stays bounded by one item. Rejects on XML that is not
 * well formed, with its line.
 */
export function readWxr(file: string, handlers: WxrHandlers): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
    const parser = sax.parser(true, { trim: false, normalize: false, position: true });
    const path: string[] = [];
    let text = "";
    let channel: WxrChannel = { title: "", description: "", link: null, version: null };
    let author: WxrAuthor | null = null;
    let item: WxrItem | null = null;
    let comment: WxrComment | null = null;
    let term: WxrTerm | null = null;
    let metaKey = "";
    let metaValue = "";
    let pending: Promise<void> = Promise.resolve();
    let queued = 0;
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      // A handler may still be writing an item read before the fault: the caller hears of the fault once it is done.
      const settled = pending.catch(() => undefined);
      void settled.then(() => reject(error instanceof Error ? error : new Error(String(error))));
    };
    // Each handler runs after the previous one finished. The file is not read
    // on while any is waiting: at most one chunk's items are ever held.
    const hand = (run: () => void | Promise<void>) => {
      // sax goes on reading the rest of a chunk after an error: nothing after the fault is handed on.
      if (failed) return;
      queued++;
      pending = pending.then(run).then(() => {
        if (--queued === 0 && !failed) stream.resume();
      }, fail);
    };

    parser.onopentag = (tag) => {
      if (failed) return;
      path.push(tag.name);
      text = "";
      const line = parser.line + 1;
      if (tag.name === "item") item = emptyItem(line);
      else if (tag.name === "wp:author" && !item) author = { id: "", login: "", displayName: "", email: null, line };
      else if (tag.name === "wp:comment" && item) comment = emptyComment();
      else if (tag.name === "category" && item) {
        const attributes = tag.attributes as Record<string, string>;
        term = { domain: attributes.domain ?? "category", nicename: attributes.nicename ?? "", name: "" };
      } else if (tag.name === "wp:postmeta") metaKey = metaValue = "";
    };
    const onText = (chunk: string) => {
      text += chunk;
    };
    parser.ontext = onText;
    parser.oncdata = onText;
    parser.onclosetag = (name) => {
      if (failed) return;
      path.pop();
      const value = text;
      text = "";
      if (comment) {
        if (name === "wp:comment") {
          item!.comments.push(comment);
          comment = null;
          return;
        }
        const field = COMMENT_FIELDS[name];
        if (field) (comment[field] as string | null) = field === "email" || field === "url" ? value.trim() || null : field === "content" ? value : value.trim();
        return;
      }
      if (item) {
        if (name === "item") {
          const done = item;
          item = null;
          hand(() => handlers.item(done));
          return;
        }
        if (name === "category" && term) {
          term.name = value.trim();
          item.terms.push(term);
          term = null;
          return;
        }
        if (path.at(-1) === "wp:postmeta") {
          if (name === "wp:meta_key") metaKey = value.trim();
          else if (name === "wp:meta_value") metaValue = value;
          return;
        }
        if (name === "wp:postmeta") {
          if (metaKey) item.meta.set(metaKey, metaValue);
          return;
        }
        if (name === "link") item.link = value.trim() || null;
        else if (ITEM_FIELDS[name]) (item[ITEM_FIELDS[name]] as string) = name === "content:encoded" || name === "excerpt:encoded" ? value : value.trim();
        return;
      }
      if (author) {
        if (name === "wp:author") {
          const done = author;
          author = null;
          hand(() => handlers.author(done));
        } else if (name === "wp:author_id") author.id = value.trim();
        else if (name === "wp:author_login") author.login = value.trim();
        else if (name === "wp:author_display_name") author.displayName = value.trim();
        else if (name === "wp:author_email") author.email = value.trim() || null;
        return;
      }
      if (path.at(-1) === "channel") {
        if (name === "title") channel = { ...channel, title: value.trim() };
        else if (name === "description") channel = { ...channel, description: value.trim() };
        else if (name === "link") channel = { ...channel, link: value.trim() || null };
        else if (name === "wp:wxr_version") {
          channel = { ...channel, version: value.trim() };
          handlers.channel?.(channel);
        }
      }
    };
    feedXml(stream, parser, {
      failed: () => failed,
      fail,
      afterChunk: () => {
        if (queued > 0) stream.pause();
      },
      end: () =>
        pending.then(() => {
          if (!failed) resolve();
        }, fail),
    });
  });
}
