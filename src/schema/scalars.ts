import {
  DateTimeResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from "graphql-scalars";
import { builder } from "./builder.js";

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("URL", URLResolver);
builder.addScalarType("NonEmptyString", NonEmptyStringResolver);
builder.addScalarType("PositiveInt", PositiveIntResolver);
builder.addScalarType("NonNegativeInt", NonNegativeIntResolver);

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
