import {
  DateTimeResolver,
  JSONObjectResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from "graphql-scalars";
import { GraphQLError, GraphQLScalarType } from "graphql";
import { ErrorCode } from "../errors.js";
import { builder } from "./builder.js";

/**
 * graphql-scalars' DateTime, within the years both databases store: 0001 to
 * 9999. RFC 3339 allows the year 0000, which PostgreSQL has no such year for.
 */
const StoredDateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => withinStoredYears(DateTimeResolver.parseValue(value)),
  parseLiteral: (literal, variables) => withinStoredYears(DateTimeResolver.parseLiteral(literal, variables)),
});

const EARLIEST = Date.parse("0001-01-01T00:00:00.000Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");

function withinStoredYears(value: unknown): Date {
  const date = value as Date;
  const time = date.getTime();
  // A GraphQLError, as graphql-scalars' own refusals are: anything else would be masked as an unexpected error.
  if (!(time >= EARLIEST && time <= LATEST)) {
    throw new GraphQLError("DateTime must lie between the years 0001 and 9999.", { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  return date;
}

builder.addScalarType("DateTime", StoredDateTime);
builder.addScalarType("URL", URLResolver);
builder.addScalarType("NonEmptyString", NonEmptyStringResolver);
builder.addScalarType("PositiveInt", PositiveIntResolver);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver);
builder.addScalarType("JSONObject", JSONObjectResolver);

export const ContentFormatEnum = builder.enumType("ContentFormat", {
  description: "How a Markdown field is returned.",
  values: {
    HTML: { description: "Rendered and sanitized HTML; footnote markers link to the notes and back." },
    MARKDOWN: { description: "The Markdown source, exactly as written." },
    TEXT: { description: "Plain text for previews and search: no markup, no footnote markers or notes." },
  } as const,
});

export const SortDirectionEnum = builder.enumType("SortDirection", {
  description: "Ascending or descending order.",
  values: { ASC: { description: "Smallest, oldest or A first." }, DESC: { description: "Largest, newest or Z first." } } as const,
});
