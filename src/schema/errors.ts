import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";


export function badUserInput(message: string, argument: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, ...extra } });
}

export function invalidCursor(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`The \`${argument}\` cursor is not valid here: ${reason}.`, {
    extensions: { code: ErrorCode.INVALID_CURSOR, argument },
  });
}
