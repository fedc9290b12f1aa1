import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * prisma/schema.prisma (SQLite) is the one source of truth for the models. Prisma needs a fixed
 * provider per schema file, so the PostgreSQL schema is written from it: same models, another
 * provider and client output. `--check` fails when the committed copy is out of date.
 */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

export function postgresSchemaFrom(sqliteSchema: string): string {
  const header = [
    "// GENERATED from prisma/schema.prisma by `npm run db:generate`: do not edit by hand.",
    "// Same models as the SQLite schema; only the provider and the client's output differ.",
    "",
  ].join("\n");
  let schema = sqliteSchema;
  const replace = (from: RegExp, to: string) => {
    if (!from.test(schema))
      throw new Error(`prisma/schema.prisma no longer contains ${from}: update scripts/generate-postgres-schema.ts`);
    schema = schema.replace(from, to);
  };
  replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  replace(/output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output     = "../../src/generated/prisma-postgresql"');
  replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://unused@localhost/unused"');
  return header + schema;
}

function main(): void {
  const expected = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {
      actual = "";
    }
    if (actual !== expected) {
      process.stderr.write(
        `${POSTGRES_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run npm run db:migration -- <name> (or npm run db:generate).\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${POSTGRES_SCHEMA} matches ${SQLITE_SCHEMA}.\n`);
    return;
  }
  mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, expected);
  process.stdout.write(`Wrote ${POSTGRES_SCHEMA}.\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
