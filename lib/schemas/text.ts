// Text fields of every schema start here. PostgreSQL refuses the NUL
// character (U+0000) in text and JSON, so a NUL that reached the database
// would fail the whole write with an error the user cannot act on (and an
// autosave would retry it forever). It is refused at the boundary instead,
// with a message next to the field.
import { z } from "zod";

export const NUL_MESSAGE =
  "This text contains an invisible NUL character (often pasted from a binary file or a terminal). Remove it and try again.";

const hasNul = (value: string) => value.includes("\u0000");

/** A string without NUL characters; chain `.trim()`, `.min()`, `.max()` as usual. */
export const text = (options?: { error?: string }) =>
  z.string(options).refine((value) => !hasNul(value), { message: NUL_MESSAGE, abort: true });

/** Removes NUL characters (for text the user did not type: imported files, their parsed rows). */
export const stripNul = (value: string) => (hasNul(value) ? value.replaceAll("\u0000", "") : value);

/** A string with its NUL characters removed rather than refused. */
export const nulStrippedText = () => z.string().transform(stripNul);
