// PLACEHOLDER for the test OpenID Connect provider that Playwright starts
// beside the app (playwright.config.ts, webServer[0]). The app is configured
// with OIDC_ISSUER=http://127.0.0.1:3101, OIDC_CLIENT_ID=kintsugi-e2e and
// OIDC_CLIENT_SECRET=e2e-secret-change-me-0123456789 (scripts/e2e-server.ts).
//
// To replace it with a real provider (oidc-provider 9 is installed), keep the
// contract Playwright relies on:
//   - listen on 127.0.0.1:${OIDC_PORT ?? 3101};
//   - answer 200 on GET /health once ready (Playwright polls it);
//   - exit on SIGINT/SIGTERM.
import http from "node:http";

const port = Number(process.env.OIDC_PORT ?? 3101);

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "ok" }));
    return;
  }
  res.writeHead(404, { "content-type": "text/plain" });
  res.end("Not found (placeholder OpenID Connect provider)\n");
});

server.listen(port, "127.0.0.1", () => {
  console.log(`[oidc] placeholder provider on http://127.0.0.1:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
