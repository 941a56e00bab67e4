import { builder } from "./builder.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from "../domain/errors.js";

// The schema side of expected failures: one interface, one type per class.

const UserErrorInterface = builder.interfaceRef<Error & { code: string }>("UserError").implement({
  description: "An expected failure of a mutation. Nothing was written.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people." }),
    code: t.exposeString("code", { description: "What went wrong, for programs." }),
  }),
});

const FieldProblemRef = builder.objectRef<FieldProblem>("FieldProblem").implement({
  description: "One offending input field.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: "Path of the field within the mutation's `input`." }),
    message: t.exposeString("message", { description: "What is wrong with it." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "Some input fields are invalid; each is listed with its path.",
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    fields: t.field({ type: [FieldProblemRef], description: "The offending fields.", resolve: (error) => error.problems }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The object does not exist, or is not visible to you.",
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "Your role or ownership does not allow this.",
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change conflicts with the current state, such as a newer revision or a taken slug.",
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});
