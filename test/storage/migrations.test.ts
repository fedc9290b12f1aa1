import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "../../scripts/generate-postgres-schema";
import { TEST_POSTGRES_URL } from "../support/database";

const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const migrations = (dir: string) =>
  readdirSync(dir)
    .filter((entry) => /^\d{4}_/.test(entry))
    .sort();

describe("migrations", () => {
  it("match prisma/schema.prisma exactly (no drift)", () => {
    const result = spawnSync(
      process.execPath,
      [
        cli,
        "migrate",
        "diff",
        "--config",
        "prisma/shadow.prisma.config.ts",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = the schema changed without a migration (npm run db:migration).
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  }, 60_000);

  it("keep the PostgreSQL schema generated from the SQLite one", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("have the same history, by name, for both databases", () => {
    expect(migrations("prisma/postgresql/migrations")).toEqual(migrations("prisma/migrations"));
  });

  if (TEST_POSTGRES_URL) {
    it("match the PostgreSQL schema exactly (no drift), replayed on a real server", () => {
      const result = spawnSync(
        process.execPath,
        [
          cli,
          "migrate",
          "diff",
          "--config",
          "prisma/postgresql/shadow.prisma.config.ts",
          "--from-migrations",
          "prisma/postgresql/migrations",
          "--to-schema-datamodel",
          POSTGRES_SCHEMA,
          "--exit-code",
        ],
        { encoding: "utf8", env: { ...process.env, POSTGRES_SHADOW_URL: TEST_POSTGRES_URL } },
      );
      expect(result.stdout + result.stderr).toContain("No difference detected");
      expect(result.status).toBe(0);
    }, 60_000);
  }
});
