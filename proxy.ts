import { NextResponse, type NextRequest } from "next/server";
import { loadEnv } from "@/lib/env-schema";
import { HSTS_VALUE, isHttpsRequest } from "@/lib/https";

// Runs before every page. It sets the Content-Security-Policy with a fresh
// nonce (Next applies it to its own scripts), Strict-Transport-Security when
// the request came over https (lib/https.ts), and sends visitors without a
// session cookie to sign-in. It never decides access: the data layer does.
// (lib/env.ts is "server-only", which the proxy bundle cannot import; the
// schema is the same.)
let settings: { publicUrl: string | undefined; trustedProxyHops: number } | undefined;

function transportSettings() {
  if (!settings) {
    const env = loadEnv(process.env);
    settings = { publicUrl: env.NEXTAUTH_URL, trustedProxyHops: env.TRUSTED_PROXY_HOPS };
  }
  return settings;
}

const PUBLIC_PATHS = ["/sign-in", "/sign-up", "/invite/", "/api/auth/", "/api/health"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ]
    .filter((d) => !(d === "upgrade-insecure-requests" && request.nextUrl.protocol === "http:"))
    .join("; ");

  const https = isHttpsRequest({
    ...transportSettings(),
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession && !pathname.startsWith("/api/")) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    const redirect = NextResponse.redirect(url);
    if (https) redirect.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return redirect;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

// Not for static files anyone may fetch without a session: Next's assets, app/icon.svg and
// every file in public/ (icons, the web manifest, robots.txt). proxy.test.ts checks that each
// file in public/ is listed.
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon\\.ico$|icon\\.svg$|icon-192\\.png$|icon-512\\.png$|apple-touch-icon\\.png$|manifest\\.webmanifest$|robots\\.txt$).*)",
    },
  ],
};
