import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { ExecutionResult } from "graphql";
import { createGraphQLError, isAsyncIterable, maskError as yogaMaskError, type MaskError, type Plugin } from "graphql-yoga";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { DomainError, ServerBusyError } from "../../domain/errors.js";
import { ErrorCode } from "../../errors.js";
import { ARMOR_REJECTIONS } from "./limits.js";

/** One line of the error log: what went wrong, under the id the client was given. */
export interface InternalErrorEntry {
  errorId: string;
  message: string;
  stack?: string;
  path?: readonly (string | number)[];
}

export type ErrorLogger = (entry: InternalErrorEntry) => void;

/**
 * A domain error (domain/errors.ts), thrown by itself or located at a field,
 * as the response's error: its message, code and details, where it happened,
 * and for SERVER_BUSY the 503 and Retry-After of HTTP. Null for any other error.
 */
function domainError(error: unknown): GraphQLError | null {
  const located = error instanceof GraphQLError ? error : undefined;
  const domain = error instanceof DomainError ? error : located?.originalError instanceof DomainError ? located.originalError : null;
  if (!domain) return null;
  const http =
    domain instanceof ServerBusyError ? { http: { status: 503, headers: { "Retry-After": String(domain.retryAfterSeconds) } } } : {};
  return new GraphQLError(domain.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: { ...domain.extensions, ...http },
  });
}

/**
 * Unexpected errors reach clients as "Unexpected error." with
 * INTERNAL_SERVER_ERROR and an `errorId`; the message, stack and path go to
 * the log under that id. Errors raised on purpose pass: a GraphQLError with a
 * code unchanged, a domain error made a GraphQL error with its code. Nothing
 * of SQL, Prisma, file paths or stacks reaches a response.
 */
export function maskedErrors(log: ErrorLogger): { maskError: MaskError } {
  return {
    maskError(error: unknown, message: string): Error {
      const reported = domainError(error);
      if (reported) return reported;
      const masked = yogaMaskError(error, message, false);
      if (masked === error) return masked;
      const errorId = randomUUID();
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      log({
        errorId,
        message: original instanceof Error ? original.message : String(original),
        stack: original instanceof Error ? original.stack : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
      });
      return new GraphQLError(message, {
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
      });
    },
  };
}

/**
 * Bodies above `maxBytes` are refused with 413 and PAYLOAD_TOO_LARGE, whether
 * they declare their length or stream it: the body is read with a running
 * count and abandoned at the limit, never buffered whole.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  const tooLarge = () =>
    createGraphQLError(`The request body is larger than the limit of ${maxBytes} bytes.`, {
      extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, maxBytes, http: { status: 413 } },
    });
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== "POST" || !requestParser) return;
      const declared = Number(request.headers.get("content-length") ?? "0");
      if (declared > maxBytes) throw tooLarge();
      setRequestParser(async (incoming) => {
        const body = await readBoundedBody(incoming, maxBytes);
        if (body === null) throw tooLarge();
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
      });
    },
  };
}

/**
 * A request's body, read with a running count and abandoned at `maxBytes`:
 * null when it is larger, so that an oversized body is never buffered whole.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<ReturnType<typeof Buffer.concat> | null> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks, total);
}

/**
 * A GraphQL request must carry one of these headers, or a JSON body, so that
 * a browser would have sent a CORS preflight first. A page on another site
 * cannot make a reader's browser run an operation behind their back.
 */
export const CSRF_HEADERS = ["x-graphql-yoga-csrf", "graphql-require-preflight", "apollo-require-preflight", "authorization"];

/** yoga's CSRF prevention, on every request ("all") or on POSTs only ("posts"; see csrfPreventionOf in config.ts). */
export function useCsrfPrevention(mode: "all" | "posts"): Plugin {
  const check = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      if (mode === "posts" && (payload.request.method === "GET" || payload.request.method === "HEAD")) return;
      return check.onRequestParse?.(payload);
    },
  };
}

/** The code of an error raised without one, if it is of a kind this server knows. */
function codeFor(error: GraphQLError, status: number | undefined): string | undefined {
  // graphql-js reports bad variable values (wrong type, out of range, missing) without a code.
  if (error.message.startsWith('Variable "$')) return ErrorCode.BAD_USER_INPUT;
  if (error.message === "Required CSRF header(s) not present") return ErrorCode.CSRF_HEADER_MISSING;
  // A request refused as malformed (multipart fields, for one): a 4xx, or an
  // error about no place in a document or a result.
  if ((status !== undefined && status >= 400 && status < 500) || (!error.path && !error.locations?.length)) return ErrorCode.BAD_REQUEST;
  return undefined;
}

/**
 * A POST whose content type no GraphQL request parser accepts gets a GraphQL
 * error saying which types are accepted, rather than yoga's bodiless 415.
 */
export function useUnsupportedMediaType(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      if (request.method !== "POST" || requestParser) return;
      throw createGraphQLError(
        "Send the operation as application/json (or application/graphql+json, application/graphql, multipart/form-data or application/x-www-form-urlencoded).",
        { extensions: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, http: { status: 415 } } },
      );
    },
  };
}

/**
 * Every error a client sees has a code, and none carries internals. This is
 * the one place codes are given to errors raised without one: Armor's limit
 * rejections get their own (ARMOR_REJECTIONS), bad variable values
 * BAD_USER_INPUT, yoga's CSRF refusal CSRF_HEADER_MISSING, other 4xx refusals
 * BAD_REQUEST; and `extensions.originalError`
 * (which yoga adds to request-parsing errors, with the parser's message and
 * a piece of the body) is removed.
 */
export function useErrorHygiene(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (isAsyncIterable(result)) return;
      const cleaned = Array.isArray(result) ? result.map(withCleanErrors) : withCleanErrors(result);
      const changed = Array.isArray(result) ? (cleaned as ExecutionResult[]).some((r, i) => r !== result[i]) : cleaned !== result;
      if (changed) setResult(cleaned);
    },
  };
}

/** One result with its errors made as useErrorHygiene makes them; the same result when nothing needed changing. */
export function withCleanErrors(single: ExecutionResult): ExecutionResult {
  if (!single.errors?.length) return single;
  const errors = single.errors.map(cleanError);
  return errors.every((error, i) => error === single.errors![i]) ? single : { ...single, errors };
}

function cleanError(error: GraphQLError): GraphQLError {
  for (const [pattern, limitCode] of ARMOR_REJECTIONS) {
    const match = pattern.exec(error.message);
    if (match) return new GraphQLError(match[1]!, { nodes: error.nodes, extensions: { code: limitCode, http: { status: 400 } } });
  }
  const { originalError: internal, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  // Yoga tells a malformed request (400) from a GraphQL error by that
  // originalError; without it, the status must stand on its own.
  if (internal !== undefined && extensions.http) extensions.http = { ...(extensions.http as object), spec: false };
  const status = (extensions.http as { status?: number } | undefined)?.status;
  const code = extensions.code ?? codeFor(error, status);
  if (code === ErrorCode.BAD_REQUEST && status === undefined) extensions.http = { ...(extensions.http as object), status: 400 };
  if (code === extensions.code && internal === undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...extensions, ...(code === undefined ? {} : { code }) },
  });
}

const badRequest = (message: string) =>
  createGraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });

/** The keys of a GraphQL request that mean something here: the spec's four, and a trusted document's id. */
const REQUEST_KEYS = new Set(["query", "variables", "operationName", "extensions", "documentId"]);

/**
 * Requests that parse but make no sense are refused with 400 BAD_REQUEST
 * before any plugin reads them: `variables` or `extensions` that are not JSON
 * (in a query string or a form body, where yoga's own parse error would
 * surface as an unexpected error), and batch items that are not objects.
 * Keys beyond REQUEST_KEYS are dropped.
 */

export function useRequestShape(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (requestParser) {
        setRequestParser(async (request) => {
          try {
            return await requestParser(request);
          } catch (error) {
            if (error instanceof SyntaxError) throw badRequest("`variables` and `extensions` must be JSON objects.");
            throw error;
          }
        });
      }
      return {
        onRequestParseDone({ requestParserResult }) {
          const items = Array.isArray(requestParserResult) ? requestParserResult : [requestParserResult];
          // An empty batch asks for nothing; answering `[]` would skip even the token check.
          if (items.length === 0) throw badRequest("A batch must hold at least one operation.");
          if (items.some((item) => item === null || typeof item !== "object" || Array.isArray(item))) {
            throw badRequest("Each operation must be a JSON object with a `query` or a persisted document id.");
          }
          // The GraphQL-over-HTTP spec lets a server ignore keys it does not know, and clients send some
          // (Apollo Client's `operationType`, say): they are dropped, not refused.
          for (const item of items as Record<string, unknown>[]) {
            for (const key of Object.keys(item)) if (!REQUEST_KEYS.has(key)) delete item[key];
          }
        },
      };
    },
  };
}

/**
 * Subscriptions are streamed: as Server-Sent Events (yoga's own), or as
 * multipart/mixed in the format of Apollo's multipart subscription protocol,
 * which Apollo Client's HTTP link uses by default (yoga streams multipart
 * only for @defer and @stream). A subscription asked for as plain JSON gets
 * 406 with a coded error, and its stream is closed at once. yoga answers such
 * a request 406 but leaves the stream it opened running, with its event
 * listener and its place among the client's subscriptions, until the process
 * ends: one anonymous client could pile them up without limit.
 */
export function useStreamedSubscriptionsOnly(): Plugin {
  return {
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      if (resultProcessor || !isAsyncIterable(result)) return;
      if (/(?:^|,)\s*multipart\/mixed\b/i.test(request.headers.get("accept") ?? "")) {
        setResultProcessor(multipartSubscription, "multipart/mixed");
        return;
      }
      void result[Symbol.asyncIterator]().return?.();
      setResultProcessor(
        (_result, fetchAPI) =>
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: "Subscriptions are streamed: ask for them with `Accept: text/event-stream` (Server-Sent Events) or `multipart/mixed`.",
                  extensions: { code: ErrorCode.NOT_ACCEPTABLE },
                },
              ],
            }),
            { status: 406, headers: { "content-type": "application/json; charset=utf-8", accept: "text/event-stream, multipart/mixed" } },
          ),
        "application/json",
      );
    },
  };
}

/** yoga's type of a result processor, which it does not export by name. */
type ResultProcessor = Parameters<Parameters<NonNullable<Plugin["onResultProcess"]>>[0]["setResultProcessor"]>[0];

/** How often a multipart subscription says it is still there when nothing happens, as the protocol asks. */
const MULTIPART_HEARTBEAT_MS = 5_000;

/**
 * A subscription's events as parts of a multipart/mixed response, in the
 * shape of Apollo's multipart subscription protocol: each event is a JSON part
 * `{"payload": {data, errors}}`, an empty `{}` part is a heartbeat, and the
 * closing boundary ends the stream. The client's cancelling ends the
 * subscription, as for Server-Sent Events.
 */
const multipartSubscription: ResultProcessor = (result, fetchAPI) => {
  const events = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  // Each part is followed by the boundary at once, so that a client reading up to the next boundary gets it now.
  const part = (json: string) => encoder.encode(`\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--graphql`);
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\r\n--graphql"));
      heartbeat = setInterval(() => controller.enqueue(part("{}")), MULTIPART_HEARTBEAT_MS);
      heartbeat.unref?.();
    },
    async pull(controller) {
      try {
        const { done, value } = await events.next();
        if (done) {
          clearInterval(heartbeat);
          controller.enqueue(encoder.encode("--\r\n"));
          controller.close();
          return;
        }
        const { data, errors, extensions } = value;
        controller.enqueue(part(JSON.stringify({ payload: { data: data ?? null, ...(errors?.length ? { errors } : {}), ...(extensions ? { extensions } : {}) } })));
      } catch (error) {
        clearInterval(heartbeat);
        controller.error(error);
      }
    },
    cancel() {
      clearInterval(heartbeat);
      // Not awaited: ending the subscription settles its pending read, which the stream is waiting on.
      void events.return?.();
    },
  });
  return new fetchAPI.Response(stream, {
    status: 200,
    headers: { "content-type": 'multipart/mixed; boundary="graphql"; subscriptionSpec="1.0"', "cache-control": "no-store" },
  });
};
