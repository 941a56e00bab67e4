import { ErrorCode } from "../errors.js";

// Expected failures of writes, and the server's refusal when it is too busy.
// They are plain errors with a code: nothing here knows GraphQL. A mutation
// that lists one returns it as a typed result (src/schema/user-errors.ts).
// Anywhere else the masking boundary (server/plugins/hardening.ts) makes it the
// response's error, with its code and details, never masked as internal.

export interface FieldProblem {
  /** Path of the offending input field, from the mutation's `input`. */
  path: string[];
  message: string;
}

/** A failure the server means to report as it is: a message for the client, and a code from src/errors.ts. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }

  /**
   * What a response says of it besides the message. graphql-js copies an
   * error's `extensions` onto the error it locates at a field, so every
   * plugin that reads a result's error codes sees this one.
   */
  get extensions(): { code: ErrorCode } & Record<string, unknown> {
    return { code: this.code };
  }
}

export class ValidationError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; "));
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

/**
 * The server cannot take the work on now (its Markdown workers are all
 * busy with a long queue): a request error with SERVER_BUSY and, over HTTP,
 * 503 with Retry-After; never a typed result, since retrying later is all a
 * client can do.
 */
export class ServerBusyError extends DomainError {
  readonly code = ErrorCode.SERVER_BUSY;
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }

  override get extensions() {
    return { code: this.code, retryAfterSeconds: this.retryAfterSeconds };
  }
}
