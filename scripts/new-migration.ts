import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/NNNN_<name>/migration.sql with the SQL
 * that takes the committed migrations to prisma/schema.prisma. (`prisma migrate dev` cannot run with
 * the SQLite driver adapter; this is the `migrate diff` workflow it stands for.)
 */
const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  process.stderr.write("Usage: npm run db:migration -- <what_changed>   (for example: add_cohorts)\n");
  process.exit(1);
}
const dir = "prisma/migrations";
const last = readdirSync(dir)
  .map((entry) => /^(\d{4})_/.exec(entry)?.[1])
  .filter((n): n is string => Boolean(n))
  .map(Number)
  .reduce((a, b) => Math.max(a, b), 0);
const folder = join(dir, `${String(last + 1).padStart(4, "0")}_${name}`);
// Written outside prisma/migrations first: an empty folder there would break the diff itself.
mkdirSync(".tmp", { recursive: true });
const draft = join(".tmp", "new-migration.sql");
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(
  process.execPath,
  [cli, "migrate", "diff", "--config", "prisma/shadow.prisma.config.ts", "--from-migrations", dir, "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", draft],
  { stdio: "inherit" },
);
if (result.status !== 0) process.exit(result.status ?? 1);
const sql = readFileSync(draft, "utf8");
if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/i.test(sql)) {
  rmSync(draft, { force: true });
  process.stdout.write("The schema matches the migrations already: no migration written.\n");
} else {
  mkdirSync(folder, { recursive: true });
  renameSync(draft, join(folder, "migration.sql"));
  process.stdout.write(`Wrote ${folder}/migration.sql. Review it, then run npm run db:deploy (npm start does it too).\n`);
}
