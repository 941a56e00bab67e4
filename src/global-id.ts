import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors.js";

// Global IDs are base64url("Type:id"). Opaque to clients; decoded strictly so a
// malformed one is a clear error rather than a silent null. This is a neutral
// module: the schema decodes them, and the domain's events and the response
// cache's tags encode them, without importing one another for the format.

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
