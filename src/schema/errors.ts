import { GraphQLError } from "graphql";

/** The `extensions.code` of every error Colloquy raises on purpose. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BAD_REQUEST: "BAD_REQUEST",
  INVALID_CURSOR: "INVALID_CURSOR",
  INVALID_ID: "INVALID_ID",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  VALIDATION_FAILED: "VALIDATION_FAILED",
  CONFLICT: "CONFLICT",
  COST_LIMIT_EXCEEDED: "COST_LIMIT_EXCEEDED",
  DEPTH_LIMIT_EXCEEDED: "DEPTH_LIMIT_EXCEEDED",
  ALIAS_LIMIT_EXCEEDED: "ALIAS_LIMIT_EXCEEDED",
  DIRECTIVE_LIMIT_EXCEEDED: "DIRECTIVE_LIMIT_EXCEEDED",
  TOKEN_LIMIT_EXCEEDED: "TOKEN_LIMIT_EXCEEDED",
  DOCUMENT_TOO_LARGE: "DOCUMENT_TOO_LARGE",
  SUBSCRIPTION_LIMIT_EXCEEDED: "SUBSCRIPTION_LIMIT_EXCEEDED",
  SERVER_BUSY: "SERVER_BUSY",
  NOT_ACCEPTABLE: "NOT_ACCEPTABLE",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  RATE_LIMITED: "RATE_LIMITED",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  CSRF_HEADER_MISSING: "CSRF_HEADER_MISSING",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export function badUserInput(message: string, argument: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, ...extra } });
}

export function invalidCursor(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`The \`${argument}\` cursor is not valid here: ${reason}.`, {
    extensions: { code: ErrorCode.INVALID_CURSOR, argument },
  });
}
