import { GraphQLError } from "graphql";

/** The `extensions.code` of every error Colloquy raises on purpose. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  INVALID_CURSOR: "INVALID_CURSOR",
  INVALID_ID: "INVALID_ID",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  VALIDATION_FAILED: "VALIDATION_FAILED",
  CONFLICT: "CONFLICT",
} as const;

export function badUserInput(message: string, argument: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, ...extra } });
}

export function invalidCursor(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`The \`${argument}\` cursor is not valid here: ${reason}.`, {
    extensions: { code: ErrorCode.INVALID_CURSOR, argument },
  });
}
