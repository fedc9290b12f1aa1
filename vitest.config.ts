import { defineConfig } from "vitest/config";
import { filesOf } from "./test/projects.ts";

// npm test: the fast, app and process projects on SQLite. npm run test:fast: the fast project
// alone, in seconds. npm run test:postgres (TEST_POSTGRES_URL set): the same on PostgreSQL, plus the
// tests that need a server. npm run test:outage: stops and starts the local PostgreSQL server, so it
// runs alone. Which file is in which project: test/projects.ts.
const outage = process.env.TEST_POSTGRES_OUTAGE === "1";
const postgres = Boolean(process.env.TEST_POSTGRES_URL);
const withDatabase = { globalSetup: ["test/global-setup.ts"], setupFiles: ["test/setup.ts"] };

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Most tests wait on loopback HTTP, the database or a child process rather than on the CPU:
    // one worker more than the two cores keeps both busy.
    maxWorkers: outage ? 1 : 3,
    projects: outage
      ? [{ extends: true, test: { name: "outage", include: filesOf("outage"), ...withDatabase } }]
      : [
          {
            extends: true,
            test: {
              name: "fast",
              include: filesOf("fast"),
              setupFiles: ["test/setup.ts"],
              // Pure modules: loading them once per worker rather than once per file is most of the win.
              isolate: false,
            },
          },
          {
            extends: true,
            test: {
              name: "app",
              include: filesOf("app", ...(postgres ? (["postgres"] as const) : [])),
              ...withDatabase,
              // Each file still starts its own app on its own copy of the template database (a few
              // milliseconds once loaded); what the files of one worker share is the loaded modules.
              isolate: false,
            },
          },
          { extends: true, test: { name: "process", include: filesOf("process"), ...withDatabase } },
        ],
  },
});
