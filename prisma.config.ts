import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { resolveDatabaseUrl, sqliteFilePath } from "./src/config/database-url";

// The CLI (migrate deploy, migrate status) opens the same database as the bot: DATABASE_URL, or the
// embedded default under ./data/. Prisma 6.19 with a driver adapter downloads no engine.
export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  engine: "js",
  adapter: async () => {
    const url = resolveDatabaseUrl();
    mkdirSync(dirname(sqliteFilePath(url)), { recursive: true });
    // Wait for another process holding the file (a second replica starting) instead of failing.
    return new PrismaBetterSQLite3({ url, timeout: 15_000 });
  },
});
