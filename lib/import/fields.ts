// Checks shared by the parsers: description, actor name, links.
import { MAX_ACTOR_NAME_LENGTH, MAX_DESCRIPTION_LENGTH } from "./types";

export function checkDescription(text: string): string | null {
  if (!text.trim()) return "Description is empty.";
  if (text.length > MAX_DESCRIPTION_LENGTH)
    return `Description is ${text.length.toLocaleString("en-US")} characters; the limit is ${MAX_DESCRIPTION_LENGTH.toLocaleString("en-US")}.`;
  return null;
}

export function cleanActorName(name: string | null | undefined): string | null {
  const trimmed = (name ?? "").trim().replace(/\s+/g, " ");
  if (!trimmed) return null;
  return trimmed.length > MAX_ACTOR_NAME_LENGTH ? trimmed.slice(0, MAX_ACTOR_NAME_LENGTH) : trimmed;
}

/** Links in a cell (separated by spaces); each must be http(s). */
export function parseLinks(cell: string | undefined): { links: string[] } | { error: string } {
  const parts = (cell ?? "").split(/\s+/).filter(Boolean);
  const links: string[] = [];
  for (const part of parts) {
    let url: URL | null = null;
    try {
      url = new URL(part);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
      return { error: `Link “${part.slice(0, 80)}” is not an http:// or https:// address.` };
    if (part.length > 2000) return { error: "Link is longer than 2,000 characters." };
    links.push(url.toString());
  }
  return { links };
}
