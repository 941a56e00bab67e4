/**
 * No stored text carries executable markup into any rendered output.
 *
 * Each payload of a hand-written corpus is stored, through the API, everywhere
 * text is kept: a post's title and body (with two footnotes, one of them a
 * Chicago citation), an anonymous reader's comment, an author's name and bio,
 * a discussion's title and prompt, and (standing in for the importer, the only
 * writer of it) the site's title and description. Every HTML output is then
 * read back over GraphQL and from every feed that carries it (the site's, the
 * author's and the discussion's, as RSS, Atom and JSON Feed), and parsed by
 * Chromium's own HTML parser: the parser whose reading decides what runs.
 * Plain-text outputs must come back exactly as stored.
 *
 * Needs a Chromium binary (CHROMIUM_PATH, /usr/bin/chromium or
 * /usr/bin/chromium-browser), as tests/graphiql.test.ts does. Without one the
 * suite is skipped locally with a warning, and fails on CI.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { findChromium } from "./support/chromium.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// ---------------------------------------------------------------------------
// The corpus, written for this test. Each payload calls alert() with a number
// of its own, so a finding in a feed can be traced back to its payload.

const corpus: [name: string, payload: string][] = [
  // Script elements
  ["plain script", "<script>alert(1)</script>"],
  ["upper-case script with src", "<SCRIPT SRC=//evil.example/1.js></SCRIPT>"],
  ["mixed-case script", "<ScRiPt>alert(2)</sCrIpT>"],
  ["script split by a script", "<scr<script>ipt>alert(3)</scr</script>ipt>"],
  ["script with a junk attribute name", '<script/xss src="//evil.example/4.js"></script>'],
  ["doubled angle bracket", "<<script>alert(5);//<</script>"],
  ["script closing a title", "</title><script>alert(6)</script>"],
  ["script closing a textarea", "</textarea><script>alert(7)</script>"],
  ["script after a comment close", "--></script><script>alert(8)</script>"],

  // Event handlers
  ["img onerror", "<img src=x onerror=alert(9)>"],
  ["img ONERROR quoted", '<img src="x" ONERROR="alert(10)">'],
  ["img with slashes for spaces", "<img/src/onerror=alert(11)>"],
  ["svg onload", "<svg onload=alert(12)>"],
  ["unclosed svg onload", "<svg/onload=alert(13)//"],
  ["body onload", "<body onload=alert(14)>"],
  ["details ontoggle", "<details open ontoggle=alert(15)><summary>s</summary></details>"],
  ["iframe onload", "<iframe onload=alert(16)></iframe>"],
  ["div onmouseover", '<div onmouseover="alert(17)">hover</div>'],
  ["anchor onmouseover", "<a onmouseover=alert(18)>hover me</a>"],
  ["input onfocus autofocus", "<input autofocus onfocus=alert(19)>"],
  ["video source onerror", "<video><source onerror=alert(20)></video>"],
  ["marquee onstart", "<marquee onstart=alert(21)>m</marquee>"],

  // javascript:, vbscript: and data: URLs in Markdown
  ["markdown link javascript:", "[click](javascript:alert(22))"],
  ["markdown link JaVaScRiPt:", "[click](JaVaScRiPt:alert(23))"],
  ["markdown link &#106;avascript:", "[click](&#106;avascript:alert(24))"],
  ["markdown link hex entities", "[click](&#x6A;&#x61;vascript:alert(25))"],
  ["markdown link tab entity", "[click](java&#09;script:alert(26))"],
  ["markdown link raw tab", "[click](<java\tscript:alert(27)>)"],
  ["markdown link &colon;", "[click](javascript&colon;alert(28))"],
  ["markdown link padded", "[click](   javascript:alert(29)   )"],
  ["markdown link vbscript:", "[click](vbscript:msgbox(30))"],
  ["markdown link data:text/html", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgzMSk8L3NjcmlwdD4=)"],
  ["markdown image javascript:", "![pic](javascript:alert(32))"],
  ["markdown image data:svg", "![pic](<data:image/svg+xml,%3Csvg%20onload=alert(33)%3E>)"],
  ["markdown link title breakout", '[x](https://example.com "t\\" onmouseover=\\"alert(34)")'],
  ["markdown link url breakout", '[x](https://example.com/"onclick="alert(35))'],
  ["autolink javascript:", "<javascript:alert(36)>"],
  ["autolink JAVASCRIPT:", "<JAVASCRIPT:alert(37)>"],
  ["reference link javascript:", "[ref link][evil38]\n\n[evil38]: javascript:alert(38)"],
  ["reference link vbscript: with title", '[ref][evil39]\n\n[evil39]: vbscript:msgbox(39) "title"'],
  ["reference image data:", "![ref image][evil40]\n\n[evil40]: data:text/html,<script>alert(40)</script>"],

  // URLs in raw HTML
  ["anchor javascript:", '<a href="javascript:alert(41)">raw anchor</a>'],
  [
    "anchor fully entity-encoded",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(42)">entity anchor</a>',
  ],
  ["anchor tab entity", '<a href="jav&#x09;ascript:alert(43)">tab anchor</a>'],
  ["anchor leading control char", '<a href=" &#14;  javascript:alert(44)">control char</a>'],
  ["anchor newline in scheme", '<a href="java\nscript:alert(45)">newline anchor</a>'],
  ["anchor vbscript:", "<a href=vbscript:msgbox(46)>vb</a>"],

  // SVG and MathML
  ["svg script", "<svg><script>alert(47)</script></svg>"],
  ["svg xlink:href", '<svg><a xlink:href="javascript:alert(48)"><text x="0" y="20">svg link</text></a></svg>'],
  ["svg animate href", '<svg><a><animate attributeName="href" values="javascript:alert(49)"/><text y="20">a</text></a></svg>'],
  ["svg set href", '<svg><a><set attributeName="href" to="javascript:alert(50)"/><text y="20">s</text></a></svg>'],
  ["svg use data:", '<svg><use href="data:image/svg+xml,&lt;svg id=%27x%27 onload=%27alert(51)%27/&gt;#x"/></svg>'],
  ["math mglyph style mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(52)></style></mglyph></table></mtext></math>"],
  ["math href", '<math href="javascript:alert(53)">click</math>'],
  ["math maction xlink:href", '<math><maction actiontype="statusline" xlink:href="javascript:alert(54)">m</maction></math>'],

  // Embedding, navigation and forms
  ["iframe srcdoc", '<iframe srcdoc="&lt;script&gt;alert(55)&lt;/script&gt;"></iframe>'],
  ["iframe javascript: src", '<iframe src="javascript:alert(56)"></iframe>'],
  ["object javascript: data", '<object data="javascript:alert(57)"></object>'],
  ["object data: html", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCg1OCk8L3NjcmlwdD4="></object>'],
  ["embed data: svg", '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNTkpPg==">'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(60)">'],
  ["base href", '<base href="javascript:alert(61)//">'],
  ["form action", '<form action="javascript:alert(62)"><input type="submit" value="go"></form>'],
  ["button formaction", '<button formaction="javascript:alert(63)">go</button>'],
  ["link stylesheet", '<link rel="stylesheet" href="javascript:alert(64)">'],

  // CSS
  ["style attribute expression()", '<div style="width: expression(alert(65))">css</div>'],
  ["style attribute url(javascript:)", '<p style="background:url(javascript:alert(66))">bg</p>'],
  ["style block @import", "<style>@import 'javascript:alert(67)';</style>"],
  ["style block url(javascript:)", '<style>body { background: url("javascript:alert(68)") }</style>'],

  // Comments, CDATA and attribute breakouts
  ["comment close trick", "<!--><script>alert(69)</script>-->"],
  ["bogus comment close", "<!-- --!><img src=x onerror=alert(70)> -->"],
  ["CDATA in HTML", "<![CDATA[><script>alert(71)</script>]]>"],
  ["two CDATA ends then markup", "]]> and ]]><img src=x onerror=alert(72)>"],
  ["two CDATA ends then escaped markup", "`]]>` and `]]>` then `<img src=x onerror=alert(73)>`"],
  ["double-quote attribute breakout", '"><script>alert(74)</script>'],
  ["single-quote attribute breakout", "'><img src=x onerror=alert(75)>"],
  ["unquoted attribute breakout", '" autofocus onfocus="alert(76)'],

  // Markup that Markdown turns into text: it must stay text in every output
  ["inline code", "`<img src=x onerror=alert(77)>`"],
  ["entities in text", "&lt;img src=x onerror=alert(78)&gt;"],
  ["backslash-escaped tags", "\\<script>alert(79)\\</script>"],
  ["fenced code", "```html\n<script>alert(80)</script>\n```"],

  // Footnotes and citations
  ["footnote with a javascript: link", "A claim.[^evil81]\n\n[^evil81]: [the source](javascript:alert(81))"],
  ["footnote with raw HTML", "A claim.[^evil82]\n\n[^evil82]: See <img src=x onerror=alert(82)> here."],
  ["web citation titled with a javascript: link", 'Jane Roe, "[A Page](javascript:alert(83))," Example Site, accessed May 1, 2020.'],
  ["web citation with a trailing javascript: link", 'Jane Roe, "A Page," Example Site, accessed May 1, 2020, [link](javascript:alert(84)).'],
  ["book citation with a data: link", "Lewis Hyde, *Common as Air* (New York: Farrar, 2010), 23, [doi](data:text/html,<script>alert(85)</script>)."],
  ["web citation with a javascript: autolink", 'Jane Roe, "A Page," Example Site, 2020, <javascript:alert(86)>.'],
  ["web citation with a JAVASCRIPT: link", 'Jane Roe, "[A Page](  JAVASCRIPT:alert(87) )," Example Site, 2020.'],
  ["web citation with a tab-split scheme", 'Jane Roe, "[A Page](<java\tscript:alert(88)>)," Example Site, 2020.'],
  ["book citation with markup as its title", "Jane Roe, *&lt;svg onload=alert(89)&gt;* (New York: Evil Press, 2010), 5."],
  ["article citation with markup as its journal", 'Jane Roe, "An Article," *&lt;img src=x onerror=alert(90)&gt;* 12, no. 3 (2001): 4.'],
  ["ibid with markup", "Ibid., &lt;img src=x onerror=alert(91)&gt;, 41."],
];

// ---------------------------------------------------------------------------
// Where a payload is stored

/** The payload in every Markdown context a document can hold, and in two footnotes: one on its own, one inside a Chicago citation. */
function markdownCarrying(payload: string, n: number): string {
  const oneLine = payload.replace(/\n+/g, " ");
  return [
    `Essay ${n} opens and cites a source.[^xss-a] A second note follows.[^xss-b]`,
    payload,
    `Mid-sentence: ${oneLine} and on.`,
    `> ${oneLine}`,
    `- ${oneLine}`,
    `| Cell |\n| --- |\n| ${oneLine.replace(/\|/g, "\\|")} |`,
    `*${oneLine}* and **${oneLine}**`,
    `[^xss-a]: ${payload.replace(/\n/g, "\n    ")}`,
    `[^xss-b]: Jane Roe, "${oneLine}," Example Site, accessed May 1, 2020, https://example.com/xss/${n}.`,
  ].join("\n\n");
}

/** Within a field's length limit, as the API stores it (trimmed). */
const fitted = (text: string, max: number) => text.slice(0, max).trim();

// ---------------------------------------------------------------------------
// Checking HTML

const FORBIDDEN_ELEMENTS = new Set([
  "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form",
  "style", "svg", "math", "template",
]);
const URL_ATTRIBUTES = new Set([
  "href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "srcset", "cite", "ping",
  "values", "to", "from", "by",
]);

interface ParsedFragment {
  elements: { name: string; attributes: [string, string][] }[];
  /** What a reader sees: the fragment's text. */
  text: string;
}

/**
 * Runs in the page: every element of each fragment, parsed as the body of a
 * document would be (a template's content is inert: nothing runs or loads).
 */
function parseFragments(fragments: string[]): ParsedFragment[] {
  return fragments.map((html) => {
    const elements: ParsedFragment["elements"] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll("*")) {
        elements.push({ name: element.localName, attributes: [...element.attributes].map((a) => [a.name, a.value]) });
        if (element instanceof HTMLTemplateElement) walk(element.content);
      }
    };
    const template = document.createElement("template");
    template.innerHTML = html;
    walk(template.content);
    return { elements, text: template.content.textContent ?? "" };
  });
}

/** Spaces, and the C0 and C1 control characters, which browsers skip in a scheme or ignore around it. */
const isIgnorable = (char: string) => char.codePointAt(0)! <= 0x20 || (char >= "\u007f" && char <= "\u009f");
const character = (codePoint: number) => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd");

/** A URL as a browser reads its scheme, and then some: entities decoded (again), whitespace and control characters dropped, lower case. */
function schemeView(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => character(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => character(Number(decimal)))
    .replace(/&colon;/gi, ":")
    .replace(/&(?:tab|newline);/gi, "")
    .split("")
    .filter((char) => !isIgnorable(char))
    .join("")
    .toLowerCase();
}

const isScriptable = (url: string) => /^(?:javascript|vbscript|data):/.test(schemeView(url));

/** What makes one parsed fragment executable; empty when it is inert. */
function executableParts({ elements }: ParsedFragment): string[] {
  const problems: string[] = [];
  for (const { name, attributes } of elements) {
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}> element`);
    for (const [attribute, value] of attributes) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith("on")) problems.push(`<${name} ${attribute}="${value}">`);
      if (lower === "style") problems.push(`<${name} style="${value}">`);
      if (URL_ATTRIBUTES.has(lower) && isScriptable(value)) problems.push(`<${name} ${attribute}="${value}">`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Reading feeds

/** An HTML output, where it came from, and, for a plain-text field that a feed declares HTML, the text it must show. */
interface HtmlOutput {
  where: string;
  html: string;
  shows?: string;
}

/** A plain-text output, and what it must equal. */
interface TextOutput {
  where: string;
  actual: string | undefined;
  expected: string;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  // Numeric character references, which XML has and the parser leaves alone by default.
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "author"].includes(name),
});

type XmlValue = string | { "#text"?: string; "@type"?: string } | undefined;
const textOf = (value: XmlValue | XmlValue[]): string =>
  Array.isArray(value) ? textOf(value[0]) : typeof value === "object" ? (value["#text"] ?? "") : (value ?? "");

/** Why `body` is not well-formed XML: a validator's complaint, or a CDATA section closed early ("]]>" outside one). */
function xmlProblems(body: string): string[] {
  const validation = XMLValidator.validate(body);
  return [
    ...(validation === true ? [] : [validation.err.msg]),
    ...(body.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("]]>") ? ['"]]>" outside a CDATA section'] : []),
  ];
}

/** What one feed must say in plain text: its own title and description, and the post under test's title, excerpt and author. */
interface FeedExpectations {
  where: string;
  postUrl: string;
  channelTitle: string;
  channelDescription: string;
  title: string;
  excerpt: string;
  author: string;
}

interface FeedReading {
  html: HtmlOutput[];
  text: TextOutput[];
}

function readRss(body: string, want: FeedExpectations): FeedReading {
  const { where } = want;
  const { channel } = xml.parse(body).rss as { channel: Record<string, XmlValue> & { item?: Record<string, XmlValue | XmlValue[]>[] } };
  const items = channel.item ?? [];
  const entry = items.find((item) => textOf(item.link) === want.postUrl);
  return {
    html: items.flatMap((item, i) => [
      // RSS 2.0 allows entity-encoded HTML in a description, and readers render it.
      { where: `${where} item ${i} description`, html: textOf(item.description), ...(item === entry && { shows: want.excerpt }) },
      { where: `${where} item ${i} content:encoded`, html: textOf(item["content:encoded"]) },
    ]),
    text: [
      { where: `${where} title`, actual: textOf(channel.title), expected: want.channelTitle },
      { where: `${where} description`, actual: textOf(channel.description), expected: want.channelDescription },
      // A zero-width space follows "]]" in "]]>" in RSS titles, which sit in CDATA sections (see src/server/endpoints/feeds.ts).
      { where: `${where} item title`, actual: entry && textOf(entry.title), expected: want.title.replaceAll("]]>", "]]\u200B>") },
      { where: `${where} item author`, actual: entry && textOf(entry["dc:creator"] ?? entry.author), expected: want.author },
    ],
  };
}

function readAtom(body: string, want: FeedExpectations): FeedReading {
  const { where } = want;
  type Entry = Record<string, XmlValue> & { link: { "@href": string }[]; author: { name: XmlValue }[] };
  const { feed } = xml.parse(body) as { feed: Record<string, XmlValue> & { entry?: Entry[] } };
  const entries = feed.entry ?? [];
  const entry = entries.find((e) => e.link.some((link) => link["@href"] === want.postUrl));
  const html: HtmlOutput[] = [];
  const text: TextOutput[] = [{ where: `${where} author`, actual: entry && textOf(entry.author[0]?.name), expected: want.author }];
  // A text construct is HTML or plain text as its type says (RFC 4287, section 3.1).
  const construct = (path: string, value: XmlValue, shows?: string) => {
    const type = typeof value === "object" ? value["@type"] : undefined;
    expect(type, `${path} type`).not.toBe("xhtml");
    if (type === "html") html.push({ where: path, html: textOf(value), ...(shows !== undefined && { shows }) });
    else if (shows !== undefined) text.push({ where: path, actual: textOf(value), expected: shows });
  };
  construct(`${where} title`, feed.title, want.channelTitle);
  construct(`${where} subtitle`, feed.subtitle, want.channelDescription);
  entries.forEach((e, i) => {
    const current = e === entry;
    construct(`${where} entry ${i} title`, e.title, current ? want.title : undefined);
    construct(`${where} entry ${i} summary`, e.summary, current ? want.excerpt : undefined);
    construct(`${where} entry ${i} content`, e.content);
  });
  return { html, text };
}

interface JsonFeed {
  title: string;
  description?: string;
  items: { url: string; title: string; summary?: string; content_html: string; authors: { name: string }[] }[];
}

function readJsonFeed(body: string, want: FeedExpectations): FeedReading {
  const { where } = want;
  const feed = JSON.parse(body) as JsonFeed;
  const entry = feed.items.find((item) => item.url === want.postUrl);
  return {
    // JSON Feed's title and summary are plain text by definition; only content_html is HTML.
    html: feed.items.map((item, i) => ({ where: `${where} item ${i} content_html`, html: item.content_html })),
    text: [
      { where: `${where} title`, actual: feed.title, expected: want.channelTitle },
      { where: `${where} description`, actual: feed.description, expected: want.channelDescription },
      { where: `${where} item title`, actual: entry?.title, expected: want.title },
      { where: `${where} item summary`, actual: entry?.summary, expected: want.excerpt },
      { where: `${where} item author`, actual: entry?.authors[0]?.name, expected: want.author },
    ],
  };
}

const readers = { rss: readRss, atom: readAtom, json: readJsonFeed } as const;

// ---------------------------------------------------------------------------
// The API

const XssUpdateAuthor = graphql(`
  mutation XssUpdateAuthor($input: UpdateAuthorInput!) {
    updateAuthor(input: $input) {
      __typename
      ... on UpdateAuthorPayload { author { slug } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const XssCreateDiscussion = graphql(`
  mutation XssCreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) {
      __typename
      ... on CreateDiscussionPayload { discussion { id slug } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const XssCreatePost = graphql(`
  mutation XssCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on PostPayload { post { id slug status } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const XssUnpublishPost = graphql(`
  mutation XssUnpublishPost($id: ID!) {
    unpublishPost(input: { id: $id }) {
      __typename
      ... on PostPayload { post { status } }
      ... on UserError { message code }
    }
  }
`);

const XssAddComment = graphql(`
  mutation XssAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on CommentPayload { comment { id status } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const XssModerateComment = graphql(`
  mutation XssModerateComment($input: ModerateCommentInput!) {
    moderateComment(input: $input) {
      __typename
      ... on CommentPayload { comment { status } }
      ... on UserError { message code }
    }
  }
`);

const XssAuthorId = graphql(`
  query XssAuthorId($slug: String!) {
    author(slug: $slug) { id }
  }
`);

const XssRendered = graphql(`
  query XssRendered($post: String!, $author: String!, $discussion: String!) {
    site { title description(format: HTML) descriptionText: description(format: TEXT) }
    post(slug: $post) {
      title
      body(format: HTML)
      excerpt
      footnotes {
        number
        html
        source { url }
      }
      comments(first: 10) { edges { node { body(format: HTML) } } }
    }
    author(slug: $author) { name bio(format: HTML) bioText: bio(format: TEXT) }
    discussion(slug: $discussion) { title prompt(format: HTML) promptText: prompt(format: TEXT) }
  }
`);

// ---------------------------------------------------------------------------

const PUBLIC_URL = "https://colloquy.test";
const AUTHOR = "miriam-tolle";


const executablePath = findChromium();
const onCI = Boolean(process.env.CI);
if (!executablePath && !onCI) {
  console.warn("[xss.test.ts] Skipping the XSS corpus: no Chromium to parse HTML with (set CHROMIUM_PATH, or apt-get install chromium).");
}

describe.skipIf(!executablePath && !onCI)("stored XSS", () => {
  let server: TestServer;
  let browser: Browser | undefined;
  let page: Page;
  let editor = "";
  let authorId = "";
  /** (payload × output) pairs checked. */
  let checks = 0;

  beforeAll(async () => {
    if (!executablePath) throw new Error("CI is set but the XSS corpus cannot run: no Chromium (set CHROMIUM_PATH).");
    server = await startTestServer({ publicUrl: PUBLIC_URL });
    editor = (await issueToken(server.db.prisma, AUTHOR, "EDITOR")).token;
    authorId = dataOf(await server.execute(XssAuthorId, { slug: AUTHOR })).author!.id;
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
    page = await browser.newPage();
    // Nothing parsed here should ever fetch anything.
    await page.route("**/*", (route) => route.abort());
  });

  afterAll(async () => {
    console.info(`[xss.test.ts] ${corpus.length} payloads, ${checks} (payload × output) checks`);
    await browser?.close();
    await server?.close();
  });

  it("has a corpus of at least 60 distinct payloads", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map(([, payload]) => payload)).size).toBe(corpus.length);
  });

  /** Parsed fragments by their HTML: the demo posts around each payload's post in the feeds are the same every time. */
  const parsedFragments = new Map<string, ParsedFragment>();
  async function parseAll(fragments: string[]): Promise<ParsedFragment[]> {
    const unseen = [...new Set(fragments.filter((html) => !parsedFragments.has(html)))];
    const parsed = await page.evaluate(parseFragments, unseen);
    unseen.forEach((html, i) => parsedFragments.set(html, parsed[i]!));
    return fragments.map((html) => parsedFragments.get(html)!);
  }

  /** Stores `payload` everywhere, as the editor and as an anonymous reader; the post is published. */
  async function storeEverywhere(payload: string, n: number) {
    const markdown = markdownCarrying(payload, n);
    const title = fitted(`Xss ${n}: ${payload}`, 200);
    await server.db.prisma.site.update({ where: { id: 1 }, data: { title: fitted(`Colloquy ${payload}`, 200), description: markdown } });
    const { updateAuthor } = dataOf(
      await server.execute(
        XssUpdateAuthor,
        { input: { id: authorId, name: fitted(`Miriam Tolle ${payload}`, 120), bio: markdown } },
        { token: editor },
      ),
    );
    expect(updateAuthor.__typename, JSON.stringify(updateAuthor)).toBe("UpdateAuthorPayload");

    const { createDiscussion } = dataOf(await server.execute(XssCreateDiscussion, { input: { title, prompt: markdown } }, { token: editor }));
    if (createDiscussion.__typename !== "CreateDiscussionPayload") throw new Error(JSON.stringify(createDiscussion));

    const { createPost } = dataOf(
      await server.execute(
        XssCreatePost,
        { input: { title, body: markdown, discussionId: createDiscussion.discussion.id, publish: true } },
        { token: editor },
      ),
    );
    if (createPost.__typename !== "PostPayload") throw new Error(JSON.stringify(createPost));
    expect(createPost.post.status).toBe("PUBLISHED");

    // The one writer that needs no token: a reader's comment, approved by the editor.
    const { addComment } = dataOf(
      await server.execute(XssAddComment, { input: { postId: createPost.post.id, body: markdown, authorName: fitted(payload, 80) } }),
    );
    if (addComment.__typename !== "CommentPayload") throw new Error(JSON.stringify(addComment));
    const { moderateComment } = dataOf(
      await server.execute(XssModerateComment, { input: { id: addComment.comment.id, status: "APPROVED" } }, { token: editor }),
    );
    expect(moderateComment).toMatchObject({ comment: { status: "APPROVED" } });
    return { post: createPost.post, discussion: createDiscussion.discussion };
  }

  it.each(corpus.map(([name, payload], i) => [`${i + 1}. ${name}`, payload, i + 1] as const))(
    "%s: inert in every output",
    async (_label, payload, n) => {
      const { post, discussion } = await storeEverywhere(payload, n);
      try {
        const rendered = dataOf(await server.execute(XssRendered, { post: post.slug, author: AUTHOR, discussion: discussion.slug }));
        const { site } = rendered;
        const [stored, author, prompt] = [rendered.post!, rendered.author!, rendered.discussion!];
        expect(stored.footnotes.length).toBeGreaterThanOrEqual(2);
        expect(stored.comments.edges).toHaveLength(1);
        const html: HtmlOutput[] = [
          { where: "Post.body", html: stored.body },
          ...stored.footnotes.map((note) => ({ where: `Footnote ${note.number} html`, html: note.html })),
          { where: "Comment.body", html: stored.comments.edges[0]!.node.body },
          { where: "Author.bio", html: author.bio },
          { where: "Discussion.prompt", html: prompt.prompt },
          { where: "Site.description", html: site.description },
        ];
        const problems: string[] = [];

        // A cited work's url is what clients link to: only a web address may be there.
        for (const { number, source } of stored.footnotes) {
          if (source?.url && !/^https?:\/\//i.test(source.url)) problems.push(`Source.url of note ${number}: ${source.url}`);
          checks++;
        }

        // Feeds carry rendered HTML in CDATA sections, which a "]]>" would end.
        for (const { where, html: fragment } of html) {
          if (fragment.includes("]]>")) problems.push(`${where}: "]]>", which would close a feed's CDATA section`);
          checks++;
        }

        // Every feed that carries the post, the author's name and bio, the discussion, and the site's title and description.
        const postUrl = `${PUBLIC_URL}/posts/${encodeURIComponent(post.slug)}`;
        const common = { postUrl, title: stored.title, excerpt: stored.excerpt, author: author.name };
        const scopes = [
          { path: "posts", channelTitle: site.title, channelDescription: site.descriptionText },
          { path: `authors/${AUTHOR}`, channelTitle: `${author.name} — ${site.title}`, channelDescription: author.bioText },
          { path: `discussions/${discussion.slug}`, channelTitle: `${prompt.title} — ${site.title}`, channelDescription: prompt.promptText },
        ];
        const feeds = scopes.flatMap((scope) => (["rss", "atom", "json"] as const).map((format) => ({ ...scope, format })));
        const bodies = await Promise.all(
          feeds.map(async ({ path, format }) => {
            const response = await server.yoga.fetch(`http://colloquy.test/feeds/${path}.${format}`);
            expect(response.status, `/feeds/${path}.${format}`).toBe(200);
            return response.text();
          }),
        );
        const text: TextOutput[] = [];
        feeds.forEach(({ path, format, ...scope }, i) => {
          const where = `/feeds/${path}.${format}`;
          const body = bodies[i]!;
          if (format !== "json") {
            checks++;
            const malformed = xmlProblems(body).map((problem) => `${where}: ${problem}`);
            problems.push(...malformed);
            if (malformed.length) return;
          }
          const reading = readers[format](body, { where, ...common, ...scope });
          html.push(...reading.html);
          text.push(...reading.text);
        });

        // Plain text comes back exactly as stored: escaped, never cut short or extended by markup.
        for (const { where, actual, expected } of text) {
          if (actual !== expected) problems.push(`${where}: ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
        }
        checks += text.length;

        // Every HTML output, parsed by the browser.
        const parsed = await parseAll(html.map((output) => output.html));
        html.forEach((output, i) => {
          const fragment = parsed[i]!;
          const found = executableParts(fragment).map((problem) => `${output.where}: ${problem}`);
          if (output.shows !== undefined && fragment.text !== output.shows) {
            found.push(`${output.where} shows ${JSON.stringify(fragment.text)}, not ${JSON.stringify(output.shows)}`);
          }
          problems.push(...found);
        });
        checks += html.length;

        expect(problems).toEqual([]);
      } finally {
        // Out of the site's and the author's feeds again, so each payload is judged on its own.
        const { unpublishPost } = dataOf(await server.execute(XssUnpublishPost, { id: post.id }, { token: editor }));
        expect(unpublishPost.__typename).toBe("PostPayload");
      }
    },
  );

});
