import { randomUUID } from "node:crypto";
import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { isAsyncIterable, type Plugin, type YogaLogger } from "graphql-yoga";
import { operationOf } from "./operation.js";

// Structured JSON logs, one line per event, with pino. A request line names
// the request id, method, path (never the query string), status, duration,
// the operation's name and the codes of any errors. Headers, variables,
// bodies and tokens are never logged.

/** A logger at `level` (the config's `logLevel`, from LOG_LEVEL), writing to stdout or to `destination`. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: "colloquy" },
    // A second guard: should a secret ever be passed to a log call, it is censored.
    redact: { paths: ["authorization", "*.authorization", "token", "*.token", "secret", "*.secret", "password", "*.password"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Yoga's own messages, through the same logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward = (level: "debug" | "info" | "warn" | "error") => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[level]({ err: first }, rest.map(String).join(" ") || first.message);
    else logger[level](args.map(String).join(" "));
  };
  return { debug: forward("debug"), info: forward("info"), warn: forward("warn"), error: forward("error") };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

interface RequestRecord {
  id: string;
  started: number;
  operationName?: string;
  errorCodes: string[];
}

/** The id of a request: the caller's `X-Request-Id` when it is a sane token, otherwise a new UUID. */
export function requestIdOf(given: string | null | undefined): string {
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** What the log says of one answered request. */
export interface AnsweredRequest {
  id: string;
  method: string;
  path: string;
  status: number;
  started: number;
  operationName?: string;
  errorCodes?: string[];
  /** Set when the front cache answered, before yoga saw the request. */
  servedBy?: "front cache";
}

/** One line per answered request: an error for a 5xx, information otherwise. */
export function logAnswered(logger: Logger, answered: AnsweredRequest): void {
  const line = {
    reqId: answered.id,
    method: answered.method,
    path: answered.path,
    status: answered.status,
    durationMs: Math.round((performance.now() - answered.started) * 10) / 10,
    ...(answered.operationName ? { operation: answered.operationName } : {}),
    ...(answered.errorCodes?.length ? { errors: answered.errorCodes } : {}),
    ...(answered.servedBy ? { servedBy: answered.servedBy } : {}),
  };
  if (answered.status >= 500) logger.error(line, "request");
  else logger.info(line, "request");
}

/**
 * Logs every request once it is answered, and echoes its id in the
 * `X-Request-Id` response header so a client can quote it.
 */
export function useRequestLogging(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, { id: requestIdOf(request.headers.get("x-request-id")), started: performance.now(), errorCodes: [] });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && typeof params.operationName === "string") record.operationName = params.operationName.slice(0, 100);
    },
    onExecute({ args }) {
      // The name in the document, when the request did not send one.
      const request = (args.contextValue as { request?: Request }).request;
      const record = request && records.get(request);
      const { name } = operationOf(args);
      if (record && !record.operationName && name) record.operationName = name;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record || isAsyncIterable(result)) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        for (const error of single.errors ?? []) record.errorCodes.push(String(error.extensions?.code ?? "UNKNOWN"));
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set("x-request-id", record.id);
      const { pathname } = new URL(request.url, "http://localhost");
      logAnswered(logger, { ...record, method: request.method, path: pathname, status: response.status });
    },
  };
}
