import type { ReadStream } from "node:fs";
import type sax from "sax";

// The reading half of the XML importers (WordPress's WXR, Disqus): a file fed
// to a sax parser chunk by chunk, never held whole.

export interface XmlFeed {
  /** Whether the reader has given up: nothing more is parsed. */
  failed(): boolean;
  /** Give up with this error (the reader's own fail, which stops the stream). */
  fail(error: unknown): void;
  /** After each chunk is parsed: the place to pause the stream while handlers catch up. */
  afterChunk?(): void;
  /** The whole file was parsed. */
  end(): void;
}

/** Feeds `stream` to `parser`; malformed XML fails with its line. */
export function feedXml(stream: ReadStream, parser: sax.SAXParser, feed: XmlFeed): void {
  parser.onerror = (error) => {
    feed.fail(new Error(`line ${parser.line + 1}: the XML is not well formed: ${error.message.split("\n")[0]}`));
  };
  stream.on("data", (chunk) => {
    if (feed.failed()) return;
    try {
      parser.write(String(chunk));
    } catch (error) {
      feed.fail(error);
      return;
    }
    feed.afterChunk?.();
  });
  stream.on("end", () => {
    if (feed.failed()) return;
    try {
      parser.close();
    } catch (error) {
      feed.fail(error);
      return;
    }
    feed.end();
  });
  stream.on("error", (error) => feed.fail(error));
}
