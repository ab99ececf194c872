import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request from the lazily created options (no secrets at build time).
async function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, getAuthOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
