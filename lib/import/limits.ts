// Size limits for timeline imports, shared by the browser (checked before
// upload) and the server (checked again, never trusting the browser).

/** Data rows (CSV), messages in the chosen range (Slack) or lines (JSON lines). */
export const MAX_IMPORT_ROWS = 10_000;
/** The file (or all Slack day files together), in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const count = (n: number) => n.toLocaleString("en-US");

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** UTF-8 length without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function tooManyBytesMessage(bytes: number): string {
  return `This file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one after another.`;
}

export function tooManyRowsMessage(rows: number, noun = "rows"): string {
  return `This file has ${count(rows)} ${noun}; the limit is ${count(MAX_IMPORT_ROWS)}. Split it into smaller files and import them one after another.`;
}

/** The byte-limit message, or null when the text fits. */
export function checkBytes(text: string | string[]): string | null {
  const bytes = (Array.isArray(text) ? text : [text]).reduce((sum, t) => sum + utf8ByteLength(t), 0);
  return bytes > MAX_IMPORT_BYTES ? tooManyBytesMessage(bytes) : null;
}
