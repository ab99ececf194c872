// ESLint 9 flat config: Next.js rules (eslint-config-next 16 exports flat
// config arrays) plus the layering of docs/house-style.md:
//   app → components → server → lib; nothing imports app/; client code never
//   reaches server/ (except Server Actions); only the data layer touches the
//   Prisma client.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Relative imports are matched too ("../app/x", "../../lib/db"), so a
// relative path cannot sneak around an alias rule.
const noApp = [
  {
    regex: "^(@/|(\\.\\./)+)app(/|$)",
    message: "Nothing imports from app/ (routing only). Move shared code to components/, server/ or lib/.",
  },
];

const noDataLayer = [
  {
    regex: "^(@/|(\\.{1,2}/)+)(lib/)?db(/|$)",
    allowTypeImports: true,
    message:
      "Only server/ (and scripts, tests) use the database. Call a query or mutation in server/ instead.",
  },
  {
    regex: "^(@/|(\\.{1,2}/)+)(lib/)?generated/prisma/(client|internal)(/|$)",
    allowTypeImports: true,
    message:
      "Only server/ (and scripts, tests) use the Prisma client. Types (import type) are fine; enums come from lib/generated/prisma/enums.",
  },
];

const noServerExceptActions = [
  {
    // Anything under server/ except a module named actions (Server Actions are
    // public endpoints meant to be called from client components).
    regex: "^(@/|(\\.\\./)+)server/(?!(.*/)?actions$)",
    allowTypeImports: true,
    message:
      "Components must not import server/ (only its actions modules). Let the page fetch and pass plain props.",
  },
];

const noComponents = [
  {
    regex: "^(@/|(\\.\\./)+)components(/|$)",
    allowTypeImports: true,
    message: "Data flows app → components → server → lib: server/ and lib/ never import components/.",
  },
];

const noServer = [
  {
    regex: "^(@/|(\\.\\./)+)server(/|$)",
    allowTypeImports: true,
    message: "Data flows app → components → server → lib: lib/ never imports server/.",
  },
];

// Components get plain view types from lib/ (or a Server Action's result), never Prisma's
// records or types: a model type in a prop invites passing the whole row, secrets included.
const noPrismaTypes = [
  {
    regex: "^(@/|(\\.{1,2}/)+)(lib/)?generated/prisma/(client|internal|models)(/|$)|^@prisma/client(/|$)",
    message:
      "Components use view types (lib/), not Prisma's, even as types: declare the shape the component needs. Enums come from lib/generated/prisma/enums.",
  },
];

// no-restricted-imports sees static imports only; `await import("@/server/…")` is caught here.
const noDynamicImport = (pattern, message) => ({
  selector: `ImportExpression[source.value=${pattern}]`,
  message,
});
const dynamicServer = noDynamicImport(
  "/^(@\\/|(\\.{1,2}\\/)+)(server|lib\\/db|db|lib\\/generated\\/prisma|generated\\/prisma)(\\/|$)/",
  "No dynamic import of server/, the database or the Prisma client here: the layering rules apply to import() too.",
);

const layering = (...groups) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: groups.flat().map((p) => ({ caseSensitive: true, ...p })) },
  ],
});

// In flat config a later block replaces a rule's options instead of merging
// them, so each group of files lists all the patterns that apply to it.
const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      "data/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "blob-report/**",
      ".e2e/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Default (scripts/, tests/, e2e/, prisma/): only the app/ rule.
  { files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"], rules: layering(noApp) },
  // The data layer.
  { files: ["server/**"], rules: layering(noApp, noComponents) },
  { files: ["lib/db.ts", "lib/db/**"], rules: layering(noApp, noComponents, noServer) },
  // Everything else stays away from the database: routes, root files
  // (proxy.ts, instrumentation.ts, configs), lib/ outside the bootstrap, components.
  { files: ["app/**"], rules: layering(noDataLayer) },
  { files: ["*.{js,mjs,cjs,ts,mts,cts}"], rules: layering(noApp, noDataLayer) },
  {
    files: ["lib/**"],
    ignores: ["lib/db.ts", "lib/db/**"],
    rules: {
      ...layering(noApp, noDataLayer, noComponents, noServer),
      "no-restricted-syntax": ["error", dynamicServer],
    },
  },
  {
    files: ["components/**"],
    rules: {
      ...layering(noApp, noDataLayer.slice(0, 1), noServerExceptActions, noPrismaTypes),
      "no-restricted-syntax": ["error", dynamicServer],
    },
  },
  // Playwright fixtures call `use()`, which is not React's.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
