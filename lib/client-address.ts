// Which address a request came from, for throttling sign-in and for the
// sessions list. Pure: the caller passes the headers it has.
//
// Only addresses that something we trust wrote are used:
// - TRUSTED_PROXY_HOPS = 0 (the default): the socket's remote address, which
//   the production server (`npm start`) writes into PEER_ADDRESS_HEADER on every
//   request, overwriting whatever the client sent. X-Forwarded-For is ignored:
//   a client can put anything there.
// - TRUSTED_PROXY_HOPS = n > 0: the app is behind n proxies, each of which
//   appends the address it received the request from to X-Forwarded-For. The
//   n-th entry from the right is then the address the outermost proxy saw; the
//   entries left of it came from the client and are ignored. When the header
//   has fewer than n entries the request did not come through all the proxies
//   (or they are set up differently), and the socket address is used instead.
//
// Without the peer header (`next dev`, or `next start` run by hand) there is no
// trustworthy address at all; every such request shares UNKNOWN_ADDRESS, one
// throttle bucket, which is strict but never spoofable.

export const PEER_ADDRESS_HEADER = "x-kintsugi-peer-address";
export const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = { get(name: string): string | null | undefined };

export function clientAddress(headers: HeaderSource, trustedProxyHops: number): string {
  const peer = normalizeAddress(headers.get(PEER_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded.length < trustedProxyHops) return peer;
  return normalizeAddress(forwarded[forwarded.length - trustedProxyHops]) ?? peer;
}

/**
 * An address as written by a socket or a proxy, without port or brackets and
 * with IPv4-mapped IPv6 ("::ffff:10.0.0.1") as plain IPv4. Null when it is not
 * an IP address.
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = raw?.trim().toLowerCase();
  if (!value || value.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (ipv4WithPort) value = ipv4WithPort[1]!;
  value = value.replace(/%[0-9a-z._~-]+$/, ""); // zone id (fe80::1%eth0)
  if (value.startsWith("::ffff:") && isIPv4(value.slice(7))) value = value.slice(7);
  if (isIPv4(value)) return value;
  return isIPv6(value) ? value : null;
}

function isIPv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(value: string): boolean {
  if (!/^[0-9a-f:.]+$/.test(value) || !value.includes(":")) return false;
  const doubleColons = value.split("::").length - 1;
  if (doubleColons > 1) return false;
  const groups = expandIPv6(value);
  return groups !== null;
}

/** The eight 16-bit groups of an IPv6 address, or null. */
function expandIPv6(value: string): number[] | null {
  let text = value;
  // A trailing dotted IPv4 part counts as two groups.
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIPv4(tail)) return null;
    const [a, b, c, d] = tail.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.includes("::") ? text.split("::") : [text, null];
  const parse = (part: string | undefined) => (part ? part.split(":") : []);
  const left = parse(head);
  const right = rest === null ? [] : parse(rest);
  const missing = 8 - left.length - right.length;
  if (rest === null ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(rest === null ? 0 : missing).fill("0"), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The throttle bucket of an address. IPv6 addresses are grouped by their /64
 * network: one subscriber usually gets a whole /64, so counting single
 * addresses would let them rotate through 2^64 of them.
 */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  const groups = expandIPv6(address);
  if (!groups) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}
