import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";
import { getOperationAST, GraphQLError, OperationTypeNode, type ExecutionResult } from "graphql";
import { createHandler, type Handler, type Request as SseRequest, type RequestParams, type Response as SseResponse } from "graphql-sse";
import { isAsyncIterable, type MaskError, type Plugin, type YogaInitialContext, type YogaServerInstance } from "graphql-yoga";
import type { Authentication } from "../../auth/authenticate.js";
import { ErrorCode } from "../../errors.js";
import type { CsrfPrevention } from "../../config.js";
import { CSRF_HEADERS, readBoundedBody, withCleanErrors } from "../plugins/hardening.js";
import { documentTooLong } from "../plugins/limits.js";
import type { PersistedQueries } from "../plugins/persisted-operations.js";
import { clientKey, type RateLimits } from "../plugins/rate-limit.js";

// The GraphQL over Server-Sent Events protocol's single-connection mode, at
// /graphql/stream, with graphql-sse's own handler: a client reserves a stream
// with PUT (its token comes back), opens it with GET, runs operations on it
// with POST (each with an `operationId`) and stops one with DELETE. yoga's
// built-in SSE at /graphql already serves the protocol's distinct-connections
// mode, which needs none of this.
//
// graphql-sse answers these requests itself, before yoga's request pipeline
// (and @graphql-yoga/plugin-graphql-sse does the same), so what that pipeline
// does for /graphql is done here: the body limit, the CSRF rule, the document
// length limit, trusted documents, codes on every error, and masking. The rest
// (parsing with its limits, validation, the token check, the cost, rate and
// subscription limits, error masking) runs as for /graphql, through yoga's
// envelop. What graphql-sse leaves open is closed too: a reservation nobody
// connects to is dropped after `reservationMs`, reservations are bounded
// per client and in all, and a stream serves only the client that reserved it.

export const EVENT_STREAM_PATH = "/graphql/stream";

const TOKEN_HEADER = "x-graphql-event-stream-token";

export interface EventStreamOptions {
  csrfPrevention: CsrfPrevention;
  maxBodyBytes: number;
  maxDocumentLength: number;
  /** How long a reserved stream waits to be opened before it is dropped. */
  reservationMs: number;
  /** Streams held per client and in all, reserved or open: the subscription bounds. */
  limits: Pick<RateLimits, "subscriptionsPerClient" | "subscriptionsTotal" | "trustProxy">;
  persisted: PersistedQueries;
  authenticate(request: Request): Promise<Authentication>;
  maskError: MaskError;
}

interface Reservation {
  client: string;
  open: boolean;
  expiry?: ReturnType<typeof setTimeout>;
}

/** The code an error of graphql-sse's own gets, by its status: it gives none. */
const CODE_BY_STATUS: Record<number, string> = {
  400: ErrorCode.BAD_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.BAD_REQUEST,
  406: ErrorCode.NOT_ACCEPTABLE,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/** graphql-sse's terse messages, said so that a client's developer knows what to do. */
const CLEARER_MESSAGES: Record<string, string> = {
  "Stream not found": "No event stream is reserved under this token for this client: reserve one with PUT, and open it soon (a reservation not opened in time is dropped).",
  "Stream already open": "This event stream is already open; a stream may be opened once.",
  "Operation ID is missing": "Give the operation an id: `extensions.operationId` on POST, `operationId` in the query string on DELETE.",
  "Operation with ID already exists": "An operation with this id is already running on this stream.",
  "Missing query": "Send a `query`.",
  "Unable to detect operation AST": "The document has no operation of that name.",
  "Not Acceptable": "Accept `text/event-stream` to open a stream, `text/plain` to reserve one, or `application/json` to run an operation.",
  "Unsupported Media Type": "Send the operation as application/json.",
  "Method Not Allowed": "The event stream endpoint takes GET, POST, PUT and DELETE.",
};

type WireError = { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> };

/** An error as it goes on the wire: its code, never yoga's `http` instructions. */
function wireError(error: GraphQLError | WireError, fallbackCode: string): WireError {
  const json = error instanceof GraphQLError ? (error.toJSON() as WireError) : error;
  const { http: _http, ...extensions } = json.extensions ?? {};
  return { ...json, message: CLEARER_MESSAGES[json.message] ?? json.message, extensions: { ...extensions, code: extensions.code ?? fallbackCode } };
}

function refusal(errors: readonly GraphQLError[], status: number, headers: Record<string, string> = {}): SseResponse {
  const asked = errors.flatMap((e) => Object.entries(((e.extensions?.http as { headers?: Record<string, string> } | undefined)?.headers) ?? {}));
  return [
    JSON.stringify({ errors: errors.map((e) => wireError(withCleanErrors({ errors: [e] }).errors![0]!, CODE_BY_STATUS[status] ?? ErrorCode.BAD_REQUEST)) }),
    { status, statusText: "", headers: { "content-type": "application/json; charset=utf-8", ...Object.fromEntries(asked), ...headers } },
  ];
}

/** A request error as graphql-sse streams it: one result, with no `data`. */
async function* failed(errors: readonly GraphQLError[]): AsyncGenerator<ExecutionResult> {
  yield { errors };
}

const coded = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

export function useEventStreams(options: EventStreamOptions): Plugin {
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();
  const reservations = new Map<string, Reservation>();
  const held = new Map<string, number>();
  let handler!: Handler<Request>;

  const clientOf = async (request: Request): Promise<string | GraphQLError> => {
    const authentication = await options.authenticate(request);
    if (!authentication.ok) {
      return new GraphQLError(authentication.reason, {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { "WWW-Authenticate": "Bearer" } } },
      });
    }
    const socket = serverContexts.get(request)?.req as IncomingMessage | undefined;
    return clientKey(authentication.viewer, request, socket, options.limits.trustProxy);
  };

  const release = (token: string) => {
    const reservation = reservations.get(token);
    if (!reservation) return;
    clearTimeout(reservation.expiry);
    reservations.delete(token);
    const left = (held.get(reservation.client) ?? 1) - 1;
    if (left > 0) held.set(reservation.client, left);
    else held.delete(reservation.client);
  };

  // graphql-sse drops a stream only when it closes: one never opened is
  // opened here, as its client would, and closed at once. Its operations end with it.
  const expire = async (token: string) => {
    const reservation = reservations.get(token);
    if (!reservation || reservation.open) return;
    release(token);
    const [body] = await handler({
      method: "GET",
      url: `http://localhost${EVENT_STREAM_PATH}?token=${token}`,
      headers: { get: (key) => (key === "accept" ? "text/event-stream" : null) },
      body: null,
      raw: new Request(`http://localhost${EVENT_STREAM_PATH}`),
      context: undefined,
    });
    if (body && typeof body !== "string") await body.return(undefined);
  };

  const tokenOf = (headers: { get(key: string): string | null | undefined }, url: string) =>
    headers.get(TOKEN_HEADER) ?? new URL(url, "http://localhost").searchParams.get("token") ?? "";

  /**
   * Runs an operation through yoga's envelop, as /graphql would. An operation
   * refused before it runs gets its errors as the stream's one result, as the
   * protocol asks in distinct-connections mode: graphql-sse's client would
   * retry any answer but 202 to a single-connection POST, and show only its status.
   */
  async function onSubscribe(req: SseRequest<Request>, params: RequestParams): Promise<ExecutionResult | AsyncIterable<ExecutionResult>> {
    const request = req.raw;
    const refused = documentTooLong(params.query, options.maxDocumentLength) ?? options.persisted.refusal(params.query, params.extensions);
    if (refused) return failed([refused]);
    try {
      const enveloped = getEnveloped({ ...serverContexts.get(request), request, params } as YogaInitialContext);
      let document;
      try {
        document = enveloped.parse(params.query);
      } catch (error) {
        if (error instanceof GraphQLError) return failed([error]);
        throw error;
      }
      const errors = enveloped.validate(enveloped.schema, document);
      if (errors.length > 0) return failed(errors);
      const operation = getOperationAST(document, params.operationName);
      if (!operation) return failed([coded("The document has no operation of that name.", ErrorCode.BAD_REQUEST, 400)]);
      if (operation.operation === OperationTypeNode.MUTATION && req.method === "GET") {
        return failed([coded("Mutations are sent with POST.", ErrorCode.BAD_REQUEST, 405)]);
      }
      let contextValue;
      try {
        contextValue = await enveloped.contextFactory();
      } catch (error) {
        if (error instanceof GraphQLError) return failed([error]);
        throw error;
      }
      const args = { schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName };
      const result = await (operation.operation === OperationTypeNode.SUBSCRIPTION ? enveloped.subscribe(args) : enveloped.execute(args));
      if (isAsyncIterable(result)) return result as AsyncIterable<ExecutionResult>;
      // graphql-sse takes a result without `data` (one refused by a rate or subscription limit) for arguments to run.
      const single = result as ExecutionResult;
      return single.data === undefined ? failed(single.errors ?? []) : single;
    } catch (error) {
      return failed([options.maskError(error, "Unexpected error.") as GraphQLError]);
    }
  }

  let getEnveloped!: YogaServerInstance<Record<string, never>, Record<string, unknown>>["getEnveloped"];
  return {
    onYogaInit({ yoga }) {
      getEnveloped = yoga.getEnveloped;
      handler = createHandler<Request>({
        async authenticate(req) {
          if (req.method !== "PUT") return tokenOf(req.headers, req.url);
          const client = await clientOf(req.raw);
          if (client instanceof GraphQLError) return refusal([client], 401);
          if ((held.get(client) ?? 0) >= options.limits.subscriptionsPerClient) {
            return refusal([coded(`This client already holds ${options.limits.subscriptionsPerClient} event streams, the most one client may hold. Close one first.`, ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED, 429)], 429, { "retry-after": "30" });
          }
          if (reservations.size >= options.limits.subscriptionsTotal) {
            return refusal([coded("The server holds as many event streams as it may. Try again later.", ErrorCode.SUBSCRIPTION_LIMIT_EXCEEDED, 429)], 429, { "retry-after": "30" });
          }
          const token = randomUUID();
          const expiry = setTimeout(() => void expire(token), options.reservationMs);
          expiry.unref?.();
          reservations.set(token, { client, open: false, expiry });
          held.set(client, (held.get(client) ?? 0) + 1);
          return token;
        },
        onSubscribe,
        onNext(_ctx, _req, result) {
          const clean = withCleanErrors(result as ExecutionResult);
          return clean.errors ? ({ ...clean, errors: clean.errors.map((e) => wireError(e, ErrorCode.INTERNAL_SERVER_ERROR)) } as never) : undefined;
        },
      });
    },
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      if (url.pathname !== EVENT_STREAM_PATH) return;
      serverContexts.set(request, serverContext as Record<string, unknown>);
      const send = (response: SseResponse, onEnd?: () => void) => endResponse(toFetchResponse(fetchAPI, request, response, onEnd));
      const token = tokenOf(request.headers, request.url);
      const reservation = token ? reservations.get(token) : undefined;
      const accept = request.headers.get("accept") ?? "*/*";
      // A reserved stream serves the client that reserved it, and no other.
      if (reservation && request.method !== "PUT") {
        const client = await clientOf(request);
        if (client instanceof GraphQLError) return send(refusal([client], 401));
        if (client !== reservation.client) return send(refusal([coded("Stream not found", ErrorCode.NOT_FOUND, 404)], 404));
      }
      // What a page on another site could make a browser send without a
      // preflight: a GET (an EventSource's, say) that runs an operation, and a
      // POST whose type is not JSON. The first needs a CSRF header where the
      // rule covers GETs; the second is refused, as graphql-sse would read it.
      if (request.method === "GET" && !reservation && options.csrfPrevention === "all" && url.searchParams.has("query")) {
        if (![...CSRF_HEADERS, TOKEN_HEADER].some((name) => request.headers.has(name))) {
          return send(refusal([coded("Required CSRF header(s) not present", ErrorCode.CSRF_HEADER_MISSING, 403)], 403));
        }
      }
      let body: string | null = null;
      if (request.method === "POST") {
        const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== "application/json") return send(refusal([coded("Unsupported Media Type", ErrorCode.UNSUPPORTED_MEDIA_TYPE, 415)], 415));
        const tooLarge = coded(`The request body is larger than the limit of ${options.maxBodyBytes} bytes.`, ErrorCode.PAYLOAD_TOO_LARGE, 413);
        if (Number(request.headers.get("content-length") ?? "0") > options.maxBodyBytes) return send(refusal([tooLarge], 413));
        const bytes = await readBoundedBody(request, options.maxBodyBytes);
        if (bytes === null) return send(refusal([tooLarge], 413));
        body = bytes.toString("utf8");
      }
      const response = await handler({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
        raw: request,
        context: undefined,
      });
      const opened = reservation && !reservation.open && request.method === "GET" && accept === "text/event-stream" && response[0] !== null && typeof response[0] !== "string";
      if (opened) {
        reservation.open = true;
        clearTimeout(reservation.expiry);
        return send(response, () => release(token));
      }
      return send(response);
    },
    onDispose() {
      return Promise.all([...reservations.keys()].map((token) => expire(token))).then(() => undefined);
    },
  };
}

/**
 * graphql-sse's answer as a fetch Response. An error answer always has a
 * GraphQL body with codes; a stream ends, and `onEnd` runs, when it finishes,
 * when the client cancels it, or when the request is aborted.
 */
function toFetchResponse(
  fetchAPI: { Response: typeof Response; ReadableStream: typeof ReadableStream },
  request: Request,
  [body, init]: SseResponse,
  onEnd?: () => void,
): Response {
  if (body === null || typeof body === "string") {
    if (init.status < 400) return new fetchAPI.Response(body, { status: init.status, headers: init.headers });
    let errors: WireError[] = [{ message: init.statusText || "Bad Request" }];
    try {
      if (body) errors = (JSON.parse(body) as { errors?: WireError[] }).errors ?? errors;
    } catch {
      // graphql-sse's bodies are JSON; a reserved token (PUT's answer) is not, but is no error.
    }
    const code = CODE_BY_STATUS[init.status] ?? ErrorCode.BAD_REQUEST;
    return new fetchAPI.Response(JSON.stringify({ errors: errors.map((e) => wireError(e, code)) }), {
      status: init.status,
      headers: { ...init.headers, "content-type": "application/json; charset=utf-8" },
    });
  }
  const encoder = new TextEncoder();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd?.();
  };
  const close = () => {
    end();
    // Not awaited: graphql-sse's return settles the read the stream may be waiting on.
    void body.return(undefined);
  };
  const stream = new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await body.next();
        if (value != null) controller.enqueue(encoder.encode(value));
        if (done) {
          end();
          controller.close();
        }
      } catch (error) {
        end();
        controller.error(error);
      }
    },
    cancel: close,
  });
  if (request.signal.aborted) close();
  else request.signal.addEventListener("abort", close, { once: true });
  return new fetchAPI.Response(stream, { status: init.status, headers: { ...init.headers, "cache-control": "no-store" } });
}
