import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { authorizeCredentials } from "./credentials";
import { currentRequestInfo } from "./request";
import { resolveAuthSecret } from "./secret";
import { endSession, startSession } from "./sessions";
import { resolveSsoUser } from "./sso";

export const OIDC_PROVIDER_ID = "oidc";

declare module "next-auth" {
  interface Session {
    uid?: string;
    /** The UserSession row of this sign-in. */
    sid?: string;
    sv?: number;
    authTime?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    sv?: number;
    authTime?: number;
  }
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

let cached: AuthOptions | undefined;

/** next-auth configuration, built on first use (never at build time). */
export function getAuthOptions(): AuthOptions {
  if (cached) return cached;
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req.headers),
    }),
  ];
  if (env.oidcEnabled) {
    const issuer = env.OIDC_ISSUER!.replace(/\/$/, "");
    providers.push({
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      httpOptions: { timeout: env.OIDC_HTTP_TIMEOUT_MS },
      profile(profile: OidcProfile) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? null };
      },
    });
  }

  const maxAgeSeconds = Math.round(env.SESSION_MAX_AGE_HOURS * 3600);
  cached = {
    secret: resolveAuthSecret(env),
    providers,
    session: { strategy: "jwt", maxAge: maxAgeSeconds },
    jwt: { maxAge: maxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      // Only paths on this site, whatever the callbackUrl parameter or cookie holds;
      // never throws (next-auth's default does on garbage, on every request).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, baseUrl, "/")}`;
      },
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const p = profile as OidcProfile | undefined;
        if (!p?.sub) return false;
        const user = await resolveSsoUser({
          provider: OIDC_PROVIDER_ID,
          providerAccountId: p.sub,
          email: p.email ?? null,
          emailVerified: p.email_verified === true,
          name: p.name ?? null,
        });
        return user ? true : "/sign-in?error=AccessDenied";
      },
      async jwt({ token, user, account }) {
        if (!account || !user) return token;
        // A fresh sign-in: bind the token to the local user, its session version and a new session row.
        let userId = user.id;
        if (account.provider === OIDC_PROVIDER_ID) {
          const linked = await db.account.findUnique({
            where: {
              provider_providerAccountId: {
                provider: OIDC_PROVIDER_ID,
                providerAccountId: account.providerAccountId,
              },
            },
            select: { userId: true },
          });
          if (!linked) return {};
          userId = linked.userId;
          await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
        }
        const local = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
        if (!local) return {};
        const sid = await startSession(userId, await currentRequestInfo());
        return { uid: userId, sid, sv: local.sessionVersion, authTime: Date.now() };
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sid: token.sid, sv: token.sv, authTime: token.authTime };
      },
    },
    events: {
      // Signing out ends this session (this browser) only; the sessions list in
      // settings ends others, or all of them.
      async signOut({ token }) {
        if (token?.uid && token.sid) await endSession(token.uid, token.sid);
      },
    },
  };
  return cached;
}
