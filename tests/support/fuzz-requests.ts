import { createHash } from "node:crypto";
import fc from "fast-check";
import { containsLeakMarker, textArbitrary, type GeneratedOperation } from "./fuzz-operations.js";

// HTTP requests for the fuzz test: valid operations sent the ways a client
// may send them, and malformed requests of every kind the transport layer
// must refuse cleanly.

export type Auth = "anonymous" | "editor" | "author" | "garbage";

export interface FuzzRequest {
  /** What the request is, for the statistics and for telling a known issue from a new one. */
  category: string;
  method: string;
  /** Path and query string, under http://colloquy.test. */
  path: string;
  /** Without Authorization for the editor and author tokens, which are added when sending. */
  headers: Record<string, string>;
  body?: string | Uint8Array;
  auth: Auth;
  /** The operations inside, for a request made of valid operations. */
  operations?: GeneratedOperation[];
}

export interface Tokens {
  editor: string;
  author: string;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Sends a request through yoga's own fetch; fails when no complete answer arrives in time. */
export async function send(
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>,
  request: FuzzRequest,
  tokens: Tokens,
  timeoutMs = 15_000,
): Promise<FuzzResponse> {
  const headers = { ...request.headers };
  if (request.auth === "editor" || request.auth === "author") headers.authorization = `Bearer ${tokens[request.auth]}`;
  let timer: NodeJS.Timeout | undefined;
  const answer = (async () => {
    const response = await fetch(`http://colloquy.test${request.path}`, {
      method: request.method,
      headers,
      body: request.body instanceof Uint8Array ? Buffer.from(request.body) : request.body,
    });
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No complete answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Header values are byte strings: printable ASCII only, so the client itself never throws. */
const headerText = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });

const garbageAuthorization = fc.oneof(
  fc.constantFrom(
    "Bearer",
    "Bearer x",
    "bearer cq_short",
    "Basic dXNlcjpwYXNzd29yZA==",
    "Token abc",
    "Bearer a b",
    `Bearer cq_${"A".repeat(43)}`,
    `Bearer ${"x".repeat(5000)}`,
    "Bearer null",
    "Bearer undefined",
  ),
  fc.base64String({ minLength: 44, maxLength: 44 }).map((s) => `Bearer cq_${s.replace(/[+/=]/g, "_").slice(0, 43)}`),
  headerText(60).filter((s) => s.trim() !== ""),
);

const authArbitrary = (weights: Record<Auth, number>): fc.Arbitrary<{ auth: Auth; headers: Record<string, string> }> =>
  fc.oneof(
    { weight: weights.anonymous, arbitrary: fc.constant({ auth: "anonymous" as const, headers: {} }) },
    { weight: weights.editor, arbitrary: fc.constant({ auth: "editor" as const, headers: {} }) },
    { weight: weights.author, arbitrary: fc.constant({ auth: "author" as const, headers: {} }) },
    { weight: weights.garbage, arbitrary: garbageAuthorization.map((value) => ({ auth: "garbage" as const, headers: { authorization: value } })) },
  );

const jsonAccept = fc.constantFrom(
  undefined,
  "application/json",
  "application/graphql-response+json",
  "application/graphql-response+json, application/json;q=0.9",
  "*/*",
);

const params = (operation: GeneratedOperation) => ({
  query: operation.query,
  ...(Object.keys(operation.variables).length ? { variables: operation.variables } : {}),
  ...(operation.operationName ? { operationName: operation.operationName } : {}),
});

/** A query string; a lone surrogate, which UTF-8 cannot carry, is sent as U+FFFD. */
function searchOf(entries: [string, string][]): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, "\ufffd"));
  return entries.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");
}

/** Percent-decoding that leaves what it cannot decode as it is, as a lenient server would. */
function safeDecode(text: string): string {
  return text.replace(/\+/g, " ").replace(/(%[0-9A-Fa-f]{2})+/g, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });
}

/** Whether a request is free of leak markers, as sent and as the server decodes it, so no echo can pass for a leak. */
export function withoutLeakMarkers(request: FuzzRequest): boolean {
  const body = request.body instanceof Uint8Array ? Buffer.from(request.body).toString("latin1") : (request.body ?? "");
  const sent = `${request.path} ${JSON.stringify(request.headers)} ${body}`;
  return !containsLeakMarker(sent) && !containsLeakMarker(safeDecode(sent));
}

/** fast-check prints a failing request as `describeRequest` does, not as a wall of JSON. */
const printable = (request: FuzzRequest): FuzzRequest =>
  Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(request), enumerable: false });

/** Valid operations as a client sends them: mostly a JSON POST, sometimes GET, application/graphql or a small batch. */
export function validRequestArbitrary(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<FuzzRequest> {
  const auth = authArbitrary({ anonymous: 45, editor: 30, author: 15, garbage: 10 });
  const post = fc.tuple(operations, auth, jsonAccept).map(
    ([operation, { auth, headers }, accept]): FuzzRequest => ({
      category: `valid ${operation.kind} POST`,
      method: "POST",
      path: "/graphql",
      headers: { ...headers, "content-type": "application/json", ...(accept ? { accept } : {}) },
      body: JSON.stringify(params(operation)),
      auth,
      operations: [operation],
    }),
  );
  const get = fc
    .tuple(operations, auth, fc.constantFrom("x-graphql-yoga-csrf", "apollo-require-preflight", "graphql-require-preflight"))
    .filter(([operation]) => operation.kind === "query")
    .map(([operation, { auth, headers }, csrf]): FuzzRequest => {
      const entries: [string, string][] = [["query", operation.query]];
      if (Object.keys(operation.variables).length) entries.push(["variables", JSON.stringify(operation.variables)]);
      if (operation.operationName) entries.push(["operationName", operation.operationName]);
      return {
        category: "valid query GET",
        method: "GET",
        path: `/graphql?${searchOf(entries)}`,
        headers: { ...headers, [csrf]: "1", accept: "application/graphql-response+json" },
        auth,
        operations: [operation],
      };
    });
  const graphqlBody = fc
    .tuple(operations, auth)
    .filter(([operation]) => Object.keys(operation.variables).length === 0 && !operation.operationName)
    .map(([operation, { auth, headers }]): FuzzRequest => ({
      category: `valid ${operation.kind} application/graphql`,
      method: "POST",
      path: "/graphql",
      headers: { ...headers, "content-type": "application/graphql" },
      body: operation.query,
      auth,
      operations: [operation],
    }));
  const batch = fc.tuple(fc.array(operations, { minLength: 1, maxLength: 3 }), auth).map(
    ([batch, { auth, headers }]): FuzzRequest => ({
      category: "valid batch",
      method: "POST",
      path: "/graphql",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(batch.map(params)),
      auth,
      operations: batch,
    }),
  );
  return fc
    .oneof({ weight: 80, arbitrary: post }, { weight: 10, arbitrary: get }, { weight: 5, arbitrary: graphqlBody }, { weight: 5, arbitrary: batch })
    .filter(withoutLeakMarkers)
    .map(printable);
}

/** Lexical tokens of GraphQL, so that soup made of them gets past the lexer and into the parser and validation. */
const tokenSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "{", "}", "(", ")", "[", "]", ":", "...", "$", "@", "!", "=", "|", "&", ",",
        "query", "mutation", "fragment", "on", "true", "false", "null",
        "post", "posts", "node", "nodes", "author", "edges", "title", "first", "last", "after", "id", "slug", "input",
        "addComment", "createPost", "__typename", "__schema", "__type", "Post", "Int", "String!", "[ID!]!",
        "include", "skip", "if", "\"\"\"block\"\"\"", "\"str\"", "0", "-1", "1.5e3", "#", "\n",
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((tokens) => tokens.join(" "));

const garbageQuery = fc.oneof(
  { weight: 3, arbitrary: tokenSoup },
  { weight: 2, arbitrary: textArbitrary() },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("{".repeat(5000), "{ a ".repeat(2000) + "}".repeat(2000), "query Q($a: [[[[[[[[[[Int]]]]]]]]]]) { __typename }", "{ __typename @skip(if: true) @skip(if: true) }", `{ ${"__typename ".repeat(3000)}}`, `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(" ")} }`) },
);

/** One document cut short or with one character changed: almost right, which is where parsers slip. */
const damagedDocument = (operations: fc.Arbitrary<GeneratedOperation>) =>
  fc.tuple(operations, fc.nat(), fc.constantFrom("truncate", "delete", "insert", "replace"), fc.string({ minLength: 1, maxLength: 2 })).map(
    ([operation, at, how, text]) => {
      const position = at % Math.max(operation.query.length, 1);
      const query =
        how === "truncate"
          ? operation.query.slice(0, position)
          : how === "delete"
            ? operation.query.slice(0, position) + operation.query.slice(position + 1)
            : how === "insert"
              ? operation.query.slice(0, position) + text + operation.query.slice(position)
              : operation.query.slice(0, position) + text + operation.query.slice(position + text.length);
      return { ...operation, query };
    },
  );

/** Any JSON value, sometimes replaced by the right type, for each field of a GraphQL request. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

const randomParams = (operations: fc.Arbitrary<GeneratedOperation>) =>
  fc.record(
    {
      query: fc.oneof(operations.map((o) => o.query), garbageQuery, anyJson),
      variables: fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), anyJson, { maxKeys: 4 }), anyJson),
      operationName: fc.oneof(fc.constantFrom("Fuzz", "Q", "", "Nope"), anyJson),
      extensions: fc.oneof(
        anyJson,
        fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), anyJson), sha256Hash: fc.oneof(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }), anyJson) }, { requiredKeys: [] }) }),
      ),
      documentId: fc.oneof(fc.string({ maxLength: 70 }), anyJson),
      extra: anyJson,
    },
    { requiredKeys: [] },
  );

/** Automatic persisted queries: a hash that matches its query registers it; one that does not must be refused. */
const persisted = (operations: fc.Arbitrary<GeneratedOperation>) =>
  fc.tuple(operations, fc.constantFrom("match", "mismatch", "hash only", "unknown hash")).map(([operation, how]) => {
    const hash = createHash("sha256").update(operation.query).digest("hex");
    const sha256Hash = how === "mismatch" || how === "unknown hash" ? hash.replace(/^./, (c) => (c === "0" ? "1" : "0")) : hash;
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    return how === "hash only" || how === "unknown hash" ? { extensions } : { query: operation.query, extensions };
  });

/** Deep JSON, written out as text: building it as a value would overflow the client's own stack. */
const deepJson = fc.tuple(fc.constantFrom(1_000, 20_000, 300_000), fc.constantFrom("array", "object", "variables", "extensions")).map(([depth, where]) => {
  const array = "[".repeat(depth) + "]".repeat(depth);
  const object = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
  if (where === "array") return array;
  if (where === "object") return object;
  return `{"query":"query($a: Int) { __typename }","${where}":{"a":${array}}}`;
});

const nonJsonBody = (operations: fc.Arbitrary<GeneratedOperation>) =>
  fc.oneof(
    textArbitrary(),
    fc.constantFrom("", "{", "[", "NaN", "undefined", "{'query': '{ __typename }'}", '{"query": "{ __typename }",}', '\ufeff{"query":"{ __typename }"}', '{"query":"\\ud800"}', '{"__proto__":{"query":"{ __typename }"}}'),
    operations.chain((operation) => {
      const text = JSON.stringify(params(operation));
      return fc.nat({ max: Math.max(text.length - 1, 0) }).map((n) => text.slice(0, n));
    }),
  );

const contentTypes = fc.constantFrom(
  "text/plain",
  "application/xml",
  "multipart/form-data",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/graphql",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/graphql-response+json",
  "application/json-patch+json",
  "",
  ";;;",
  "*/*",
);

const csrfHeaders = fc.constantFrom<Record<string, string>>({}, { "x-graphql-yoga-csrf": "1" }, { "apollo-require-preflight": "true" });

const acceptHeaders = fc.constantFrom<Record<string, string>>(
  {},
  { accept: "application/json" },
  { accept: "application/graphql-response+json" },
  { accept: "*/*" },
  { accept: "text/event-stream" },
  { accept: "multipart/mixed" },
  { accept: "image/png" },
  { accept: "application/json;q=0, */*;q=0.1" },
);

function bodyFor(contentType: string, payload: unknown, text: string): string {
  if (contentType.startsWith("multipart/form-data; boundary=x")) {
    return `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${text}\r\n--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n`;
  }
  if (contentType === "application/x-www-form-urlencoded" && payload && typeof payload === "object" && !Array.isArray(payload)) {
    return searchOf(Object.entries(payload).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""]));
  }
  return text;
}

/** Everything a client can get wrong: bodies, types, methods, query strings, batches, persisted queries. */
export function malformedRequestArbitrary(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<FuzzRequest> {
  const auth = authArbitrary({ anonymous: 60, editor: 15, author: 5, garbage: 20 });
  const jsonPost = (category: string, body: fc.Arbitrary<string | Uint8Array>) =>
    fc.tuple(body, auth, acceptHeaders).map(
      ([body, { auth, headers }, accept]): FuzzRequest => ({
        category,
        method: "POST",
        path: "/graphql",
        headers: { ...headers, ...accept, "content-type": "application/json" },
        body,
        auth,
      }),
    );
  const batchItem = fc.oneof(
    operations.map(params),
    randomParams(operations),
    garbageQuery.map((query) => ({ query })),
    anyJson,
  );
  const categories = [
    jsonPost("garbage query", garbageQuery.map((query) => JSON.stringify({ query }))),
    jsonPost("damaged document", damagedDocument(operations).map((operation) => JSON.stringify(params(operation)))),
    jsonPost("random params", randomParams(operations).map((body) => JSON.stringify(body))),
    jsonPost("random JSON body", anyJson.map((body) => JSON.stringify(body))),
    jsonPost("persisted query", persisted(operations).map((body) => JSON.stringify(body))),
    jsonPost("deep JSON", deepJson),
    jsonPost(
      "oversized body",
      fc.constantFrom(1024 * 1024 + 1, 1536 * 1024).map((size) => `{"query":"{ __typename }","variables":{"pad":"${"x".repeat(size)}"}}`),
    ),
    jsonPost("not JSON", nonJsonBody(operations)),
    jsonPost("random bytes", fc.uint8Array({ maxLength: 200 })),
    jsonPost("batch", fc.array(batchItem, { maxLength: 14 }).map((items) => JSON.stringify(items))),
    fc
      .tuple(contentTypes, fc.oneof(randomParams(operations), operations.map(params)), fc.option(fc.nat(), { freq: 3 }), csrfHeaders, auth)
      .map(([contentType, payload, cut, csrf, { auth, headers }]): FuzzRequest => {
        let text = contentType === "application/graphql" ? String((payload as { query?: unknown }).query) : JSON.stringify(payload);
        // Now and then the payload is cut short, so that a multipart `operations` field is not JSON either.
        if (cut !== null) text = text.slice(0, cut % Math.max(text.length, 1));
        return {
          category: "content type",
          method: "POST",
          path: "/graphql",
          headers: { ...headers, ...csrf, ...(contentType ? { "content-type": contentType } : {}) },
          body: bodyFor(contentType, payload, text),
          auth,
        };
      }),
    fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.constantFrom("query", "variables", "operationName", "extensions", "documentId", "query", "variables", "x"),
            fc.oneof(operations.map((o) => o.query), garbageQuery, anyJson.map((v) => JSON.stringify(v)), fc.constantFrom("{", "%zz", "null", "[]", "\"\"")),
          ),
          { maxLength: 5 },
        ),
        fc.boolean(),
        csrfHeaders,
        acceptHeaders,
        auth,
      )
      .map(([entries, raw, csrf, accept, { auth, headers }]): FuzzRequest => ({
        category: "GET",
        method: "GET",
        // Raw query strings keep their stray % and & as they are.
        path: `/graphql?${raw ? entries.map(([k, v]) => `${k}=${v.replace(/[#\s]/g, "+")}`).join("&") : searchOf(entries)}`,
        headers: { ...headers, ...csrf, ...accept },
        auth,
      })),
    // Subscriptions stream forever over SSE; asked for as plain JSON they must be refused (406), not hang.
    fc
      .tuple(
        fc.constantFrom("subscription { postPublished { id title } }", 'subscription S { commentAdded(postSlug: "why-footnote") { body } }'),
        fc.constantFrom("GET", "POST"),
        fc.constantFrom("application/json", "application/graphql-response+json"),
        auth,
      )
      .map(([query, method, accept, { auth, headers }]): FuzzRequest => ({
        category: "subscription",
        method,
        path: method === "GET" ? `/graphql?${searchOf([["query", query]])}` : "/graphql",
        headers: { ...headers, accept, "x-graphql-yoga-csrf": "1", ...(method === "POST" ? { "content-type": "application/json" } : {}) },
        body: method === "POST" ? JSON.stringify({ query }) : undefined,
        auth,
      })),
    fc.tuple(fc.constantFrom("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"), operations, auth).map(
      ([method, operation, { auth, headers }]): FuzzRequest => ({
        category: "method",
        method,
        path: "/graphql",
        headers: { ...headers, "content-type": "application/json" },
        body: method === "HEAD" ? undefined : JSON.stringify(params(operation)),
        auth,
      }),
    ),
  ];
  return fc.oneof(...categories).filter(withoutLeakMarkers).map(printable);
}

/** A request, short enough for an assertion message; FUZZ_SEED replays it whole. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ""
      : request.body instanceof Uint8Array
        ? `\n  body (bytes, base64): ${Buffer.from(request.body).toString("base64").slice(0, 2000)}`
        : `\n  body: ${request.body.length > 2000 ? `${request.body.slice(0, 2000)}… (${request.body.length} chars)` : request.body}`;
  const path = request.path.length > 2000 ? `${request.path.slice(0, 2000)}…` : request.path;
  return `${request.category}: ${request.method} ${path} as ${request.auth}\n  headers: ${JSON.stringify(request.headers)}${body}`;
}
