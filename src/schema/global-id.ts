import { NotFoundError } from "../domain/errors.js";
import { MAX_ROW_ID } from "../loaders/storable.js";
import { decodeGlobalId } from "../global-id.js";

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
