import { GraphQLError } from "graphql";
import { NotFoundError } from "../domain/errors.js";
import { MAX_ROW_ID } from "../loaders/storable.js";
import { ErrorCode } from "../errors.js";

// Global IDs are base64url("Type:id"). Opaque to clients; decoded strictly so a
// malformed one is a clear error rather than a silent null.

/** The types that implement Node. An ID naming any other type was not issued here. */
const nodeTypes = new Set(["Post", "Author", "Discussion", "Footnote", "Source", "Comment"]);

export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${String(id)}`, "utf8").toString("base64url");
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const fail = (): never => {
    throw new GraphQLError(`"${globalId.slice(0, 80)}" is not a valid Colloquy ID.`, {
      extensions: { code: ErrorCode.INVALID_ID },
    });
  };
  if (!/^[A-Za-z0-9_-]{1,200}={0,2}$/.test(globalId)) fail();
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || !nodeTypes.has(match[1]!)) fail();
  return { typename: match![1]!, id: match![2]! };
}

/**
 * The database id inside a global ID that must name a `typename`. An ID of
 * another type names nothing a mutation could act on: NotFoundError.
 */
export function idOfType(typename: string, globalId: string | number): number {
  const decoded = decodeGlobalId(String(globalId));
  if (decoded.typename !== typename) throw new NotFoundError(`That ID is not a ${typename.toLowerCase()}'s.`);
  const id = Number(decoded.id);
  // Well formed, but past the largest id a row can have: it names nothing.
  if (id > MAX_ROW_ID) throw new NotFoundError(`No ${typename.toLowerCase()} has that ID.`);
  return id;
}
