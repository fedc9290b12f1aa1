import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "./src/config/database-url";
import { cliPostgresAdapter } from "./prisma/postgres-adapter";

// The CLI (migrate deploy, migrate status) opens the same database as the bot: DATABASE_URL, or the
// embedded default under ./data/. postgresql:// URLs use the PostgreSQL schema and migrations.
// Prisma 6.19 with a driver adapter downloads no engine.
const url = resolveDatabaseUrl();
const postgres = databaseProvider(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  engine: "js",
  adapter: async () => {
    if (postgres) return cliPostgresAdapter(url);
    mkdirSync(dirname(sqliteFilePath(url)), { recursive: true });
    // Wait for another process holding the file (a second replica starting) instead of failing.
    return new PrismaBetterSQLite3({ url, timeout: 15_000 });
  },
});
