import type { InternalErrorEntry } from "../../src/server/plugins/hardening.js";
import { LEAK_MARKERS } from "./fuzz-operations.js";
import type { FuzzRequest, FuzzResponse } from "./fuzz-requests.js";

// What every answer of the fuzz test must satisfy. The first runs found six
// departures (crashes on malformed params, refusals without a code, GET
// answers labelled text/plain); all are fixed in src/, and none is tolerated.

export interface GraphQLError {
  message: string;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

export interface GraphQLResult {
  data?: unknown;
  errors?: GraphQLError[];
  extensions?: unknown;
}

export interface Verdict {
  /** Everything wrong with the answer; empty when it is acceptable. */
  problems: string[];
  /** The GraphQL results the answer held: one, one per batched operation, or one per streamed part. */
  results: GraphQLResult[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Server-sent events: each `next` event's data is one result. */
function parseEventStream(text: string): unknown[] | null {
  const values: unknown[] = [];
  for (const block of text.split("\n\n")) {
    const lines = block.split("\n");
    if (!lines.includes("event: next")) continue;
    const data = lines.filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
    const parsed = parseJson(data);
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  return values;
}

/** multipart/mixed: each part's body is one result. */
function parseMultipart(text: string, contentType: string): unknown[] | null {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return null;
  const values: unknown[] = [];
  for (const part of text.split(`\r\n--${boundary}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const parsed = parseJson(part.slice(split + 4).trim());
    if (!parsed.ok) return null;
    values.push(parsed.value);
  }
  return values;
}

function checkError(error: unknown, where: string, problems: string[]): error is GraphQLError {
  if (!isRecord(error)) {
    problems.push(`${where}: an error that is not an object`);
    return false;
  }
  if (typeof error.message !== "string" || error.message === "") problems.push(`${where}: an error without a message`);
  if (error.locations !== undefined) {
    const ok =
      Array.isArray(error.locations) &&
      error.locations.every((l) => isRecord(l) && Number.isInteger(l.line) && Number.isInteger(l.column) && (l.line as number) >= 1);
    if (!ok) problems.push(`${where}: malformed locations`);
  }
  if (error.path !== undefined) {
    const ok = Array.isArray(error.path) && error.path.every((p) => typeof p === "string" || Number.isInteger(p));
    if (!ok) problems.push(`${where}: malformed path`);
  }
  if (error.extensions !== undefined && !isRecord(error.extensions)) problems.push(`${where}: extensions that are not an object`);
  return true;
}

/** The shape of one GraphQL response: `data` and/or `errors`, well-formed errors, nothing else at the top level. */
function checkResult(value: unknown, where: string, problems: string[]): GraphQLResult | null {
  if (!isRecord(value)) {
    problems.push(`${where}: not a GraphQL response object`);
    return null;
  }
  const extra = Object.keys(value).filter((k) => !["data", "errors", "extensions"].includes(k));
  if (extra.length) problems.push(`${where}: unexpected top-level keys ${extra.join(", ")}`);
  if (!("data" in value) && !("errors" in value)) problems.push(`${where}: neither data nor errors`);
  if ("data" in value && value.data !== null && !isRecord(value.data)) problems.push(`${where}: data is neither an object nor null`);
  if ("errors" in value) {
    if (!Array.isArray(value.errors) || value.errors.length === 0) {
      problems.push(`${where}: errors is not a non-empty list`);
    } else {
      value.errors.forEach((error, i) => checkError(error, `${where}.errors[${i}]`, problems));
    }
  } else if (value.data === null || value.data === undefined) {
    problems.push(`${where}: no errors, and no data`);
  }
  return value as GraphQLResult;
}

/** Codes of refusals that happen before an operation runs, and so before the token is looked at. */
const REFUSED_BEFORE_EXECUTION = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "DEPTH_LIMIT_EXCEEDED",
  "ALIAS_LIMIT_EXCEEDED",
  "DIRECTIVE_LIMIT_EXCEEDED",
  "TOKEN_LIMIT_EXCEEDED",
]);

const codeOf = (error: GraphQLError) => (typeof error.extensions?.code === "string" ? error.extensions.code : undefined);

/** The GraphQL params a request sent as JSON, in its body or in a multipart `operations` field, if they parse. */
function sentJson(request: FuzzRequest): unknown {
  if (typeof request.body !== "string") return undefined;
  const contentType = request.headers["content-type"] ?? "";
  let text = request.body;
  if (contentType.startsWith("multipart/form-data")) {
    text = /name="operations"\r\n\r\n([\s\S]*?)\r\n--/.exec(request.body)?.[1] ?? "";
  } else if (!/json/.test(contentType)) {
    return undefined;
  }
  const parsed = parseJson(text.replace(/^\ufeff/, ""));
  return parsed.ok ? parsed.value : undefined;
}

/**
 * Checks one answer against everything the fuzz test promises. `logged` is
 * what the server's error log received while answering: each entry must be an
 * error the answer reports, and a known issue.
 */
export function checkResponse(request: FuzzRequest, response: FuzzResponse, logged: InternalErrorEntry[] = []): Verdict {
  const problems: string[] = [];
  const results: GraphQLResult[] = [];
  const { status, contentType, text } = response;

  if (status >= 500) problems.push(`status ${status}`);
  if (status < 200 || (status >= 300 && status < 400)) problems.push(`unexpected status ${status}`);
  for (const { label, pattern } of LEAK_MARKERS) if (pattern.test(text)) problems.push(`the body contains a ${label} (${pattern})`);

  let values: unknown[] | null = null;
  let top: unknown;
  if (/json/.test(contentType)) {
    const parsed = parseJson(text);
    if (!parsed.ok) problems.push(`a ${contentType} body that does not parse`);
    else top = parsed.value;
  } else if (contentType.startsWith("text/event-stream")) {
    values = parseEventStream(text);
    if (!values) problems.push("an event stream whose data does not parse");
  } else if (contentType.startsWith("multipart/mixed")) {
    values = parseMultipart(text, contentType);
    if (!values) problems.push("a multipart answer whose parts do not parse");
  } else if (text !== "") {
    problems.push(`a ${contentType || "untyped"} body: ${text.slice(0, 80)}`);
  } else if (status < 400 && !(request.method === "OPTIONS" && status === 204)) {
    problems.push(`an empty ${status} answer`);
  }

  // A batch streamed as one part or event is one list of results.
  if (values?.length === 1 && Array.isArray(values[0])) {
    top = values[0];
    values = null;
  }
  const sent = sentJson(request);
  const batch = Array.isArray(sent) ? sent : undefined;
  if (top !== undefined) {
    if (Array.isArray(top)) {
      if (!Array.isArray(sent)) problems.push("a list of results for a request that was not a batch");
      else if (top.length !== sent.length) problems.push(`${top.length} results for a batch of ${sent.length}`);
      values = top;
    } else {
      values = [top];
    }
  }

  (values ?? []).forEach((value, i) => {
    const result = checkResult(value, values!.length > 1 ? `result[${i}]` : "result", problems);
    if (result) results.push(result);
  });

  for (const [i, result] of results.entries()) {
    const where = results.length > 1 ? `result[${i}]` : "result";
    for (const error of result.errors ?? []) {
      if (!isRecord(error)) continue;
      const code = codeOf(error);
      if (code === undefined) problems.push(`${where}: an error without extensions.code: ${JSON.stringify(error.message.slice(0, 200))}`);
      else if (code === "INTERNAL_SERVER_ERROR") problems.push(`${where}: INTERNAL_SERVER_ERROR (errorId ${String(error.extensions?.errorId)})`);
    }
  }
  const reported = new Set(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.errorId));
  for (const entry of logged) {
    if (!reported.has(entry.errorId)) problems.push(`logged an error the answer does not report: ${entry.message.slice(0, 200)}`);
  }
  if (status >= 400 && values !== null && !results.some((r) => r.errors?.length)) problems.push(`status ${status} without errors`);

  // Refusals that do not depend on chance: a subscription asked for as plain JSON, and a body over the limit.
  const hasCode = (code: string) => results[0]?.errors?.some((e) => codeOf(e) === code) ?? false;
  if (request.category === "subscription" && status !== 406 && !(request.auth === "garbage" && status === 401)) {
    problems.push(`a subscription over plain JSON got ${status}, not 406`);
  }
  if (request.category === "oversized body" && status !== 406 && !(status === 413 && hasCode("PAYLOAD_TOO_LARGE"))) {
    problems.push(`an oversized body got ${status}, not 413 PAYLOAD_TOO_LARGE`);
  }

  // A token that is not valid never gets data. Each operation is refused with
  // UNAUTHENTICATED (and a single one with status 401), unless it was refused
  // before the token is checked: for its document or its variables.
  if (request.auth === "garbage" && request.operations?.length) {
    if (results.some((r) => r.data !== undefined)) problems.push("a garbage token got data");
    for (const [i, result] of results.entries()) {
      const first = result.errors?.[0];
      const code = first ? codeOf(first) : undefined;
      const refusedFirst =
        code !== undefined && (REFUSED_BEFORE_EXECUTION.has(code) || (code === "BAD_USER_INPUT" && first!.message.startsWith('Variable "$')));
      if (refusedFirst || (code === "UNAUTHENTICATED" && (batch || status === 401))) continue;
      problems.push(`a garbage token got ${status} ${String(code)} for operation ${i}, not 401 UNAUTHENTICATED`);
    }
  }
  return { problems, results };
}
