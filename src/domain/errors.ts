import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";

// Expected failures of writes. A mutation that lists one of these returns it
// as a typed result (src/schema/user-errors.ts). Anywhere else it reaches the
// client as a GraphQL error with the same code, never masked as internal.

export interface FieldProblem {
  /** Path of the offending input field, from the mutation's `input`. */
  path: string[];
  message: string;
}

abstract class UserError extends GraphQLError {
  abstract readonly code: string;
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

export class ValidationError extends UserError {
  readonly code = ErrorCode.VALIDATION_FAILED;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; "), ErrorCode.VALIDATION_FAILED);
  }
}

export class NotFoundError extends UserError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(message: string) {
    super(message, ErrorCode.NOT_FOUND);
  }
}

export class ForbiddenError extends UserError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class ConflictError extends UserError {
  readonly code = ErrorCode.CONFLICT;
  constructor(message: string) {
    super(message, ErrorCode.CONFLICT);
  }
}

/**
 * The server cannot take the work on now (its Markdown workers are all
 * busy with a long queue): a request error with SERVER_BUSY and 503, never a
 * typed result, since retrying later is all a client can do.
 */
export class ServerBusyError extends GraphQLError {
  constructor(message: string, retryAfterSeconds = 5) {
    super(message, {
      extensions: { code: ErrorCode.SERVER_BUSY, retryAfterSeconds, http: { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } } },
    });
  }
}
