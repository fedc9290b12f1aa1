import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("match prisma/schema.prisma exactly (no drift)", () => {
    const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const result = spawnSync(
      process.execPath,
      [cli, "migrate", "diff", "--config", "prisma/shadow.prisma.config.ts", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = the schema changed without a migration (npm run db:migration).
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  }, 60_000);
});
