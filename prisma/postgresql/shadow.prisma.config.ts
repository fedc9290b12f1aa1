import { defineConfig } from "prisma/config";
import { cliPostgresAdapter } from "../postgres-adapter";

// Diffs the PostgreSQL migration history against the generated schema (new migrations, drift
// check). It needs a server: the shadow database is created and dropped on it, beside the database
// named by POSTGRES_SHADOW_URL (default: the one `npm run db:up` creates).
export const POSTGRES_SHADOW_URL = process.env.POSTGRES_SHADOW_URL ?? "postgresql://tandem:tandem@127.0.0.1:5432/tandem";

export default defineConfig({
  experimental: { adapter: true },
  schema: "schema.prisma",
  engine: "js",
  adapter: async () => cliPostgresAdapter(POSTGRES_SHADOW_URL),
});
