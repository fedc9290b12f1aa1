import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

describe("architecture", () => {
  it("keeps src/domain free of Slack, Teams, botbuilder, Prisma and storage", () => {
    const forbidden =
      /^(@slack\/|botbuilder|botframework|@prisma\/|prisma|node-cron|express)|\/(storage|platforms|scheduler|generated)\//;
    const offenders = sources("src/domain").flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps src/app (the use cases) free of Slack, Teams, botbuilder, Prisma and the platforms", () => {
    const forbidden = /^(@slack\/|botbuilder|botframework|@prisma\/|prisma|express)|\/(storage|platforms|generated)\//;
    const offenders = sources("src/app").flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps botbuilder inside one transport module of src/platforms/teams (its successor then touches that module alone)", () => {
    const offenders = sources("src")
      .filter((file) => file !== join("src", "platforms", "teams", "transport.ts"))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => /^(botbuilder|botframework)/.test(spec))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps Slack's SDK inside src/platforms/slack (and the logger's adapter)", () => {
    const allowed = [join("src", "platforms", "slack"), join("src", "logger.ts")];
    const offenders = sources("src")
      .filter((file) => !allowed.some((prefix) => file.startsWith(prefix)))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec.startsWith("@slack/"))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("uses node-cron only in src/scheduler", () => {
    const offenders = sources("src")
      .filter((file) => !file.startsWith(join("src", "scheduler")))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => spec === "node-cron")
          .map((spec) => `${file}: ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("never reads the wall clock in src/domain", () => {
    const offenders = sources("src/domain").filter((file) =>
      /new Date\(\)|Date\.now\(\)|DateTime\.(now|local)\(\)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual(["src/domain/clock.ts"]);
  });
});
