import "server-only";
// Who is asking, as far as we can trust it: the client address (through the
// configured number of trusted proxies, lib/client-address.ts) and the
// User-Agent (shown as the device in the sessions list, never trusted).
import { headers } from "next/headers";
import { UNKNOWN_ADDRESS, clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { isHttpsRequest } from "@/lib/https";

export type RequestInfo = { address: string; userAgent: string };

type HeaderSource = { get(name: string): string | null | undefined };

export function requestInfoFrom(
  source: HeaderSource,
  trustedProxyHops = env.TRUSTED_PROXY_HOPS,
): RequestInfo {
  return {
    address: clientAddress(source, trustedProxyHops),
    userAgent: (source.get("user-agent") ?? "").slice(0, 512),
  };
}

/** From next-auth's `req.headers` (a plain object with lower-case names). */
export function requestInfoFromRecord(
  record: Record<string, unknown> | undefined,
  trustedProxyHops = env.TRUSTED_PROXY_HOPS,
): RequestInfo {
  return requestInfoFrom(
    {
      get: (name) => {
        const value = record?.[name];
        return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : null;
      },
    },
    trustedProxyHops,
  );
}

/** The current request's info (Server Components, Server Actions, route handlers). */
export async function currentRequestInfo(): Promise<RequestInfo> {
  try {
    return requestInfoFrom(await headers());
  } catch {
    // Outside a request (scripts, tests).
    return { address: UNKNOWN_ADDRESS, userAgent: "" };
  }
}

/** Whether this request came over https (lib/https.ts): for the Secure flag on our own cookies. */
export async function requestIsHttps(): Promise<boolean> {
  let forwardedProto: string | null = null;
  try {
    forwardedProto = (await headers()).get("x-forwarded-proto");
  } catch {
    // Outside a request: only the configured public URL counts.
  }
  return isHttpsRequest({
    publicUrl: env.NEXTAUTH_URL,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    forwardedProto,
  });
}
