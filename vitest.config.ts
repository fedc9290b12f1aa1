import { defineConfig } from "vitest/config";

// npm test: everything on SQLite. npm run test:postgres (TEST_POSTGRES_URL set): everything on
// PostgreSQL, plus the tests that need a server. npm run test:outage: stops and starts the local
// PostgreSQL server, so it runs alone.
const outage = process.env.TEST_POSTGRES_OUTAGE === "1";
const postgres = Boolean(process.env.TEST_POSTGRES_URL);

export default defineConfig({
  test: {
    include: outage ? ["test/outage/**/*.test.ts"] : ["test/**/*.test.ts"],
    exclude: [
      "node_modules/**",
      "test/playground/**",
      ...(outage ? [] : ["test/outage/**"]),
      ...(postgres ? [] : ["test/postgres/**"]),
    ],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: !outage,
  },
});
