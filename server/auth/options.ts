import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { checkCredentials } from "./credentials";
import { resolveAuthSecret } from "./secret";
import { resolveSsoUser } from "./sso";

export const OIDC_PROVIDER_ID = "oidc";

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
    authTime?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    authTime?: number;
  }
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

let cached: AuthOptions | undefined;

/** next-auth configuration, built on first use (never at build time). */
export function getAuthOptions(): AuthOptions {
  if (cached) return cached;
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(credentials, clientIp(req.headers));
        // next-auth passes a thrown error's message to the sign-in page.
        if (!result.ok && result.reason === "throttled") throw new Error("TooManyAttempts");
        if (!result.ok) return null;
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
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
        // A fresh sign-in: bind the token to the local user and its session version.
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
        return { uid: userId, sv: local?.sessionVersion ?? -1, authTime: Date.now() };
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv, authTime: token.authTime };
      },
    },
    events: {
      // Signing out ends every session of the user, not just this cookie.
      async signOut({ token }) {
        if (token?.uid) {
          await db.user.updateMany({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
        }
      },
    },
  };
  return cached;
}
