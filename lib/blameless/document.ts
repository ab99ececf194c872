// Runs the checker over a whole postmortem: the title, the TL;DR, the
// impact notes and every section, each flag tagged with where it is.
import { checkBlameless } from "./check";
import type { BlamelessFlag } from "./rules";

export type DocumentText = {
  title: string;
  summary: string;
  impactNotes: string;
  sections: { key: string; title: string; body: string }[];
};

export type LocatedFlag = BlamelessFlag & {
  /** "field:title", "field:summary", "field:impactNotes" or "section:<key>". */
  location: string;
  /** Human label of the location, e.g. "Five whys". */
  locationLabel: string;
  /** A short excerpt around the match, for lists. */
  context: string;
};

const CONTEXT = 60;

function excerpt(text: string, flag: BlamelessFlag): string {
  const from = Math.max(0, flag.start - CONTEXT);
  const to = Math.min(text.length, flag.end + CONTEXT);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}

/** Names as the checker wants them: full names and first names, deduplicated. */
export function personNames(fullNames: string[]): string[] {
  const names = new Set<string>();
  for (const full of fullNames) {
    const trimmed = full.trim();
    if (!trimmed || trimmed.includes("@")) continue;
    names.add(trimmed);
    const first = trimmed.split(/\s+/)[0];
    if (first && first.length > 2) names.add(first);
  }
  return [...names];
}

export function checkDocument(doc: DocumentText, names: string[] = []): LocatedFlag[] {
  const parts: { location: string; label: string; text: string }[] = [
    { location: "field:title", label: "Title", text: doc.title },
    { location: "field:summary", label: "TL;DR", text: doc.summary },
    { location: "field:impactNotes", label: "Impact notes", text: doc.impactNotes },
    ...doc.sections.map((s) => ({ location: `section:${s.key}`, label: s.title, text: s.body })),
  ];
  return parts.flatMap((part) =>
    checkBlameless(part.text, { names }).map((flag) => ({
      ...flag,
      location: part.location,
      locationLabel: part.label,
      context: excerpt(part.text, flag),
    })),
  );
}

/** The key a dismissal is stored under: same phrase, same rule, same place. */
export function dismissalKey(flag: {
  location: string;
  ruleId: string;
  phrase?: string;
  match?: string;
}): string {
  return `${flag.location}|${flag.ruleId}|${(flag.phrase ?? flag.match ?? "").toLowerCase()}`;
}
