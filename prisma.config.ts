// Prisma CLI configuration. The CLI is used only for `prisma generate` and
// `prisma migrate diff` (schema to schema, no database): migrations are
// applied by lib/db/migrate.ts in both database modes. The in-memory PGlite
// adapter lets Prisma 6.19 use its WebAssembly schema engine, so nothing is
// downloaded (see docs/ARCHITECTURE.md).
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// Prisma 6 reads DATABASE_URL from the schema even though the adapter connects.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/kintsugi";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
});
