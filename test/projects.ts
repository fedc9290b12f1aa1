import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Which test file runs in which vitest project (vitest.config.ts). A folder ends with "/"; a new
 * file lands in `app` unless a line here says otherwise. test/architecture/test-projects.test.ts
 * keeps `fast` free of databases, servers and child processes.
 */
export type TestProject = "fast" | "app" | "process" | "postgres" | "outage" | "playground";

const RULES: [prefix: string, project: TestProject][] = [
  // Needs Chromium: npm run test:playground, with its own config.
  ["test/playground/", "playground"],
  // Stops and starts the local PostgreSQL server (npm run test:outage): runs alone.
  ["test/outage/", "outage"],
  // Needs a PostgreSQL server (npm run test:postgres).
  ["test/postgres/", "postgres"],
  // Real child processes or real timers: the bot as `npm start` runs it, the cron tick, the CLI.
  ["test/process/", "process"],
  ["test/scheduler/crash-recovery.test.ts", "process"],
  ["test/scheduler/clock-jump.test.ts", "process"],
  ["test/storage/migrations.test.ts", "process"],
  // Domain services against the real database: they live with the domain, run with the app.
  ["test/domain/applications.test.ts", "app"],
  ["test/domain/cohorts.test.ts", "app"],
  ["test/domain/people.test.ts", "app"],
  // Both platforms' real endpoints, and a saved language choice read back from the database.
  ["test/architecture/same-words.test.ts", "app"],
  ["test/i18n/latin-american-spanish.test.ts", "app"],
  // Pure: domain rules, views, cards, catalogues, config. No database, no HTTP, no process.
  ["test/architecture/", "fast"],
  ["test/config/", "fast"],
  ["test/documents/", "fast"],
  ["test/i18n/", "fast"],
  ["test/manifests/", "fast"],
  ["test/domain/", "fast"],
  ["test/slack/views-unit/", "fast"],
  ["test/slack/strict-fake.test.ts", "fast"],
  ["test/teams/cards.test.ts", "fast"],
  ["test/teams/strict-connector.test.ts", "fast"],
  ["test/security/escaping-every-view.test.ts", "fast"],
];

/** The project of a test file, by its path from the repository root ("test/…"). */
export function projectOf(file: string): TestProject {
  return RULES.find(([prefix]) => (prefix.endsWith("/") ? file.startsWith(prefix) : file === prefix))?.[1] ?? "app";
}

/** Every test file under test/, as "test/…" paths. */
export function testFiles(dir = "test"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path.split("\\").join("/")] : [];
  });
}

/** The test files of the given projects. */
export function filesOf(...projects: TestProject[]): string[] {
  return testFiles().filter((file) => projects.includes(projectOf(file)));
}
