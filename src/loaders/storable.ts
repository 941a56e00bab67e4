/** The largest id a row can have: ids are `Int`, a 32-bit integer on PostgreSQL. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * The lookup keys that could name a stored row. PostgreSQL refuses U+0000 in
 * text (Colloquy refuses it on input everywhere), and ids are 32-bit integers:
 * a key outside those bounds matches nothing on either database, so it is left
 * out of the query rather than sent to fail there.
 */
export function storableKeys<T extends number | string>(values: readonly T[]): T[] {
  return values.filter((value) =>
    typeof value === "string" ? !value.includes("\u0000") : Number.isSafeInteger(value) && Math.abs(value) <= MAX_ROW_ID,
  );
}
