import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { createGraphQLError, maskError as yogaMaskError, type MaskError, type Plugin } from "graphql-yoga";
import { ErrorCode } from "../schema/errors.js";

/** One line of the error log: what went wrong, under the id the client was given. */
export interface InternalErrorEntry {
  errorId: string;
  message: string;
  stack?: string;
  path?: readonly (string | number)[];
}

export type ErrorLogger = (entry: InternalErrorEntry) => void;

/**
 * Unexpected errors reach clients as "Unexpected error." with
 * INTERNAL_SERVER_ERROR and an `errorId`; the message, stack and path go to
 * the log under that id. Errors raised on purpose (a GraphQLError with a code,
 * a user error) pass unchanged. Nothing of SQL, Prisma, file paths or stacks
 * reaches a response.
 */
export function maskedErrors(log: ErrorLogger): { maskError: MaskError } {
  return {
    maskError(error: unknown, message: string): Error {
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
        const reader = incoming.body?.getReader();
        const chunks: Uint8Array[] = [];
        let total = 0;
        if (reader) {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            total += value.byteLength;
            if (total > maxBytes) {
              await reader.cancel();
              throw tooLarge();
            }
            chunks.push(value);
          }
        }
        const body = Buffer.concat(chunks, total);
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
      });
    },
  };
}
