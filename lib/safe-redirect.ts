// Where to send someone after signing in or out: only a path on this site.
// Used by next-auth's redirect callback (which also sees the planted or stale
// `next-auth.callback-url` cookie on every request, so it must never throw) and
// by the sign-in page for its `callbackUrl` parameter.

const MAX_LENGTH = 2048;

/**
 * A same-origin path (with query and fragment) for `value`, or `fallback`.
 * Accepts relative paths ("/postmortems?x=1") and absolute URLs on `origin`;
 * refuses protocol-relative ("//evil"), backslash ("/\evil"), other hosts,
 * other schemes, control characters and anything that does not parse.
 */
export function safeCallbackPath(value: unknown, origin: string | undefined, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines: "/\evil" and "/\t/evil" are "//evil".
  if (/[\\\u0000-\u001f\u007f\s]/.test(value)) return fallback;
  const base = parseOrigin(origin);
  try {
    if (value.startsWith("/")) {
      if (value.startsWith("//")) return fallback;
      const url = new URL(value, base ?? "http://kintsugi.invalid");
      return url.pathname.startsWith("//") ? fallback : url.pathname + url.search + url.hash;
    }
    if (!base) return fallback;
    const url = new URL(value);
    if (url.origin !== base || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
    return url.pathname.startsWith("//") ? fallback : url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

function parseOrigin(origin: string | undefined): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).origin;
  } catch {
    return null;
  }
}
