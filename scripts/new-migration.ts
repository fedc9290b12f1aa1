import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./generate-postgres-schema";

/**
 * `npm run db:migration -- <name>`: after an edit of prisma/schema.prisma, writes the next migration
 * for both databases, with the same name: prisma/migrations/NNNN_<name> (SQLite) and
 * prisma/postgresql/migrations/NNNN_<name> (PostgreSQL), and regenerates the PostgreSQL schema
 * and both clients. (`prisma migrate dev` cannot run with the SQLite driver adapter; this is the
 * `migrate diff` workflow it stands for.) The PostgreSQL diff replays that history on a shadow
 * database, so it needs a server: `npm run db:up`, or POSTGRES_SHADOW_URL.
 */
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const prisma = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

const name = (process.argv[2] ?? "")
  .trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) fail("Usage: npm run db:migration -- <what_changed>   (for example: add_cohorts)");

const SQLITE_DIR = "prisma/migrations";
const POSTGRES_DIR = "prisma/postgresql/migrations";
const last = readdirSync(SQLITE_DIR)
  .map((entry) => /^(\d{4})_/.exec(entry)?.[1])
  .filter((n): n is string => Boolean(n))
  .map(Number)
  .reduce((a, b) => Math.max(a, b), 0);
const folder = `${String(last + 1).padStart(4, "0")}_${name}`;

writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
mkdirSync(".tmp", { recursive: true });
const drafts = { sqlite: join(".tmp", "migration.sqlite.sql"), postgres: join(".tmp", "migration.postgresql.sql") };

const sqlite = prisma([
  "migrate",
  "diff",
  "--config",
  "prisma/shadow.prisma.config.ts",
  "--from-migrations",
  SQLITE_DIR,
  "--to-schema-datamodel",
  SQLITE_SCHEMA,
  "--script",
  "-o",
  drafts.sqlite,
]);
if (sqlite.status !== 0) fail(`The SQLite diff failed:\n${sqlite.stdout}${sqlite.stderr}`);
const postgres = prisma([
  "migrate",
  "diff",
  "--config",
  "prisma/postgresql/shadow.prisma.config.ts",
  "--from-migrations",
  POSTGRES_DIR,
  "--to-schema-datamodel",
  POSTGRES_SCHEMA,
  "--script",
  "-o",
  drafts.postgres,
]);
if (postgres.status !== 0) {
  fail(
    `The PostgreSQL diff failed. It needs a PostgreSQL server for its shadow database: run npm run db:up (or set POSTGRES_SHADOW_URL).\n${postgres.stdout}${postgres.stderr}`,
  );
}

const changes = (file: string) => /\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/i.test(readFileSync(file, "utf8"));
if (!changes(drafts.sqlite) && !changes(drafts.postgres)) {
  process.stdout.write("The schema matches the migrations already: no migration written.\n");
} else {
  for (const [dir, draft] of [
    [SQLITE_DIR, drafts.sqlite],
    [POSTGRES_DIR, drafts.postgres],
  ] as const) {
    mkdirSync(join(dir, folder), { recursive: true });
    renameSync(draft, join(dir, folder, "migration.sql"));
  }
  process.stdout.write(
    `Wrote ${SQLITE_DIR}/${folder} and ${POSTGRES_DIR}/${folder}. Review them; npm start applies them.\n`,
  );
}
for (const draft of Object.values(drafts)) rmSync(draft, { force: true });
for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
  const generated = prisma(["generate", "--schema", schema]);
  if (generated.status !== 0) fail(`prisma generate failed for ${schema}:\n${generated.stdout}${generated.stderr}`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
