// The test OpenID Connect provider that Playwright starts beside the app
// (playwright.config.ts, webServer[0]): a real `oidc-provider` 9 on loopback,
// plain http. The app is configured with OIDC_ISSUER=http://127.0.0.1:3101,
// OIDC_CLIENT_ID=kintsugi-e2e and OIDC_CLIENT_SECRET=e2e-secret-change-me-0123456789
// (scripts/e2e-server.ts).
//
// Contract Playwright relies on:
//   - listen on 127.0.0.1:${OIDC_PORT ?? 3101} (issuer http://127.0.0.1:${port});
//   - answer 200 on GET /health once ready (Playwright polls it);
//   - exit on SIGINT/SIGTERM.
//
// Anyone can sign in: the login page asks only for a username (no password).
// The account's claims are derived from it: sub = username, email = username
// when it contains "@" (else `${username}@sso.e2e.test`), email_verified true,
// name from the email's local part. Consent is granted automatically (the
// client is first-party); "Cancel" on the login page ends the authorization
// with error=access_denied, as a user declining would.
//
// Run by hand: node_modules/.bin/tsx e2e/support/oidc-provider.ts
import crypto from "node:crypto";
import http from "node:http";
// Before oidc-provider: explains its Node.js 20 warning (see the file).
import "./oidc-node-note";
// @ts-expect-error -- oidc-provider ships no type declarations (and @types/oidc-provider is not installed); the small part used here is typed below.
import { Provider as UntypedProvider } from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3101);
const appPort = Number(process.env.E2E_PORT ?? 3100);
const issuer = `http://127.0.0.1:${port}`;
// Chromium applies form-action to the redirects that follow a form post too:
// the login form's answer ends at the app's redirect_uri.
const appOrigin = `http://127.0.0.1:${appPort}`;

const CLIENT_ID = "kintsugi-e2e";
const CLIENT_SECRET = "e2e-secret-change-me-0123456789";
const SSO_EMAIL_DOMAIN = "sso.e2e.test";

// ---- The part of oidc-provider's API this file uses ------------------------

type Interaction = {
  uid: string;
  prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId?: string };
};
type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
type InteractionResult =
  | { login?: { accountId: string }; consent?: { grantId: string } }
  | { error: string; error_description?: string };
type OidcProvider = {
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
  interactionDetails(req: http.IncomingMessage, res: http.ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: InteractionResult,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  on(event: string, listener: (...args: unknown[]) => void): void;
};
const Provider = UntypedProvider as new (issuer: string, configuration: object) => OidcProvider;

// ---- Accounts ---------------------------------------------------------------

/** Claims for a login id: any id is a valid account. */
function claimsFor(login: string) {
  const email = login.includes("@") ? login : `${login}@${SSO_EMAIL_DOMAIN}`;
  const local = email.slice(0, email.indexOf("@"));
  const name =
    local
      .split(/[._+-]+/)
      .filter(Boolean)
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join(" ") || email;
  return { sub: login, email, email_verified: true, name };
}

// ---- Storage ----------------------------------------------------------------

// A small in-memory adapter (the built-in one works too, but warns loudly that
// it is for development). Everything is lost when the process ends: fine, each
// Playwright run starts a fresh provider.
type Payload = { uid?: string; userCode?: string; grantId?: string; consumed?: number } & Record<
  string,
  unknown
>;
const store = new Map<string, { payload: Payload; expiresAt: number }>();

function live(key: string) {
  const entry = store.get(key);
  if (entry && entry.expiresAt <= Date.now()) {
    store.delete(key);
    return undefined;
  }
  return entry?.payload;
}

class MemoryAdapter {
  constructor(private readonly model: string) {}

  private key(id: string) {
    return `${this.model}:${id}`;
  }

  private findWhere(match: (payload: Payload) => boolean) {
    for (const key of store.keys()) {
      if (!key.startsWith(`${this.model}:`)) continue;
      const payload = live(key);
      if (payload && match(payload)) return payload;
    }
    return undefined;
  }

  async upsert(id: string, payload: Payload, expiresIn?: number) {
    const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
    store.set(this.key(id), { payload, expiresAt });
  }
  async find(id: string) {
    return live(this.key(id));
  }
  async findByUid(uid: string) {
    return this.findWhere((payload) => payload.uid === uid);
  }
  async findByUserCode(userCode: string) {
    return this.findWhere((payload) => payload.userCode === userCode);
  }
  async consume(id: string) {
    const payload = live(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    store.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const [key, entry] of store) {
      if (entry.payload.grantId === grantId) store.delete(key);
    }
  }
}

// ---- Provider ---------------------------------------------------------------

// A fresh signing key per run (the app fetches the JWKS from the issuer).
const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "e2e-rs256", alg: "RS256", use: "sig" };

const provider = new Provider(issuer, {
  adapter: MemoryAdapter,
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      client_name: "Kintsugi (e2e)",
      redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // openid-client 5 (next-auth 4) authenticates with HTTP Basic unless told otherwise.
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    },
  ],
  jwks: { keys: [signingKey] },
  // Keys for the provider's signed cookies (the .sig companions). Over plain
  // http the cookies are not marked Secure (oidc-provider adds Secure only
  // when the request itself is https), so Chromium keeps them on loopback.
  cookies: { keys: ["e2e-oidc-cookie-key-0123456789abcdef"] },
  async findAccount(_ctx: unknown, id: string) {
    return { accountId: id, claims: async () => claimsFor(id) };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // next-auth 4 with `idToken: true` reads the profile from the ID token, not
  // from userinfo: put the scope's claims in the ID token of the code flow too.
  conformIdTokenClaims: false,
  // next-auth always sends an S256 challenge; make it mandatory so the check is real.
  pkce: { required: () => true },
  features: {
    // Our own pages below replace the built-in development interactions.
    devInteractions: { enabled: false },
    // No resource servers here: access tokens are only for userinfo.
    resourceIndicators: { enabled: false },
  },
  interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  ttl: {
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    AuthorizationCode: 60,
    AccessToken: 600,
    IdToken: 600,
  },
});

provider.on("server_error", (_ctx, error) => console.error("[oidc] server_error:", error));
// Expected protocol errors (a user cancelling, a bad code) in one line each.
for (const event of ["authorization.error", "grant.error", "userinfo.error"]) {
  provider.on(event, (_ctx, error) => {
    const { message, error_description } = error as { message?: string; error_description?: string };
    console.warn(
      `[oidc] ${event}: ${message ?? "error"}${error_description ? ` (${error_description})` : ""}`,
    );
  });
}

// ---- Interactions (login, consent) -------------------------------------------

function escapeHtml(value: string) {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function page(res: http.ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${appOrigin}`,
  });
  res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.5rem 0}
input,button{padding:.5rem;font:inherit}</style></head>
<body>${body}</body>
</html>`);
}

function loginPage(res: http.ServerResponse, interaction: Interaction, error?: string) {
  const uid = escapeHtml(interaction.uid);
  const client = escapeHtml(String(interaction.params.client_id ?? ""));
  page(
    res,
    error ? 400 : 200,
    "Test SSO · Sign in",
    `<h1>Test SSO</h1>
<p>Sign in to continue to <strong>${client}</strong>. Any username works; there is no password.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${uid}/login" autocomplete="off">
  <label for="login">Username</label>
  <input id="login" name="login" type="text" required autofocus>
  <button type="submit">Continue</button>
  <button type="submit" formaction="/interaction/${uid}/abort" formnovalidate>Cancel</button>
</form>`,
  );
}

async function readForm(req: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) throw new Error("form too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Consent is automatic: grant the client every OIDC scope it asked for. */
async function grantFor(accountId: string, interaction: Interaction) {
  const grant = new provider.Grant({ accountId, clientId: String(interaction.params.client_id) });
  grant.addOIDCScope(String(interaction.params.scope ?? "openid"));
  return grant.save();
}

async function handleInteraction(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
  const [, , , action] = path.split("/"); // "", "interaction", uid, action?
  const interaction = await provider.interactionDetails(req, res);

  if (req.method === "GET" && !action) {
    if (interaction.prompt.name === "login") return loginPage(res, interaction);
    if (interaction.prompt.name === "consent") {
      const accountId = interaction.session?.accountId;
      if (!accountId) throw new Error("consent prompt without a signed-in account");
      const grantId = await grantFor(accountId, interaction);
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    }
    return page(res, 400, "Test SSO", `<p>Unsupported prompt: ${escapeHtml(interaction.prompt.name)}</p>`);
  }

  if (req.method === "POST" && action === "login") {
    const login = (await readForm(req)).get("login")?.trim() ?? "";
    if (!login) return loginPage(res, interaction, "Enter a username.");
    const grantId = await grantFor(login, interaction);
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: login }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  if (req.method === "POST" && action === "abort") {
    return provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "End-User aborted interaction" },
      { mergeWithLastSubmission: false },
    );
  }

  res.writeHead(405, { "content-type": "text/plain" });
  res.end("Method not allowed\n");
}

// ---- Server -----------------------------------------------------------------

const oidc = provider.callback();

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", issuer).pathname;
  if (req.method === "GET" && path === "/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "ok", issuer }));
    return;
  }
  if (path.startsWith("/interaction/")) {
    handleInteraction(req, res, path).catch((error: unknown) => {
      console.error("[oidc] interaction failed:", error);
      if (res.headersSent) return res.end();
      // Typically an expired or unknown interaction (SessionNotFound).
      page(
        res,
        400,
        "Test SSO · Error",
        `<h1>Test SSO</h1><p role="alert">This sign-in request is no longer valid. Start again from the app.</p>`,
      );
    });
    return;
  }
  oidc(req, res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`[oidc] provider ${issuer} (client ${CLIENT_ID} → ${appOrigin})`);
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
