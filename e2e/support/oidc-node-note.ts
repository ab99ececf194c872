// Imported by oidc-provider.ts before the `oidc-provider` package. That
// package (test-only: the SSO provider of the end-to-end tests) supports
// Node.js 22+ and prints "Unsupported runtime. Use Node.js v22.x LTS" on
// import under Node.js 20. Kintsugi itself supports Node.js 20.9+ (README),
// and the SSO tests pass on 20, so on Node.js 20 that one warning is replaced
// by this note; every other warning passes through.
import { checkNodeSupport } from "../../lib/node-support";

const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("oidc-provider WARNING: Unsupported runtime")) return;
    warn(...args);
  };
  // Restored once the imports have run (they run synchronously, before this).
  setImmediate(() => (console.warn = warn));
  const eol = checkNodeSupport(process.versions.node).status === "end-of-life" ? " (end of life)" : "";
  console.log(
    `[oidc] Note: oidc-provider, the test-only SSO provider, supports Node.js 22+ and warns on ` +
      `Node.js ${process.versions.node}${eol}; the SSO tests run on it. Use Node.js 22 or newer to match upstream.`,
  );
}
