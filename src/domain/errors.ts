// Expected failures of writes. The schema exposes each as a type
// (src/schema/user-errors.ts): a mutation's result is its payload or one of these.

export interface FieldProblem {
  /** Path of the offending input field, from the mutation's `input`. */
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  readonly code = "VALIDATION_FAILED" as const;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; "));
  }
}

export class NotFoundError extends Error {
  readonly code = "NOT_FOUND" as const;
}

export class ForbiddenError extends Error {
  readonly code = "FORBIDDEN" as const;
}

export class ConflictError extends Error {
  readonly code = "CONFLICT" as const;
}
