// Whether a request reached us over https, for Strict-Transport-Security and
// the Secure flag on our own cookies. Pure: the caller passes what it knows.
//
// - NEXTAUTH_URL (the public URL) is https: the app is only meant to be
//   reached over https, whatever the hop in front of it speaks.
// - Behind TRUSTED_PROXY_HOPS > 0 proxies: X-Forwarded-Proto says "https".
//   Proxies usually overwrite the header (one value); where they append, the
//   value of the outermost trusted proxy is the n-th from the right.
// - With no trusted proxy, X-Forwarded-Proto is ignored: a client can send it.
//   Next.js also folds the socket's own TLS state into that same header, so a
//   server terminating TLS itself is recognised through its https NEXTAUTH_URL.

/** One year, subdomains included (no preload: that is the operator's decision). */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export type HttpsSignals = {
  publicUrl: string | undefined;
  trustedProxyHops: number;
  forwardedProto: string | null | undefined;
};

export function isHttpsRequest({ publicUrl, trustedProxyHops, forwardedProto }: HttpsSignals): boolean {
  if (publicUrl?.trim().toLowerCase().startsWith("https://")) return true;
  if (trustedProxyHops <= 0 || !forwardedProto) return false;
  const values = forwardedProto
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const trusted = values.length >= trustedProxyHops ? values[values.length - trustedProxyHops] : values[0];
  return trusted === "https";
}
